"""Proportion words: one band table, exact at the edges."""

from __future__ import annotations

import pytest

from jicpa_desktop.exports.proportion_words import NO_BASE, PROPORTION_BANDS, proportion_word


@pytest.mark.parametrize(
    ("count", "n", "word", "welsh"),
    [
        (20, 20, "all", "y cyfan"),
        (199, 200, "nearly all", "bron y cyfan"),  # 99.5%: never "all"
        (9, 10, "nearly all", "bron y cyfan"),
        (89, 100, "most", "y rhan fwyaf"),
        (7, 10, "most", "y rhan fwyaf"),
        (69, 100, "many", "llawer"),
        (6, 10, "many", "llawer"),
        (59, 100, "a majority", "mwyafrif"),
        (101, 200, "a majority", "mwyafrif"),  # 50.5%: more than half
        (10, 20, "half", "hanner"),
        (99, 200, "a minority", "lleiafrif"),
        (2, 10, "a minority", "lleiafrif"),
        (19, 100, "few", "ychydig"),
        (1, 200, "few", "ychydig"),
        (0, 20, "none", "dim"),
    ],
)
def test_bands(count: int, n: int, word: str, welsh: str) -> None:
    assert proportion_word(count, n).en == word
    assert proportion_word(count, n).cy == welsh


def test_every_count_of_every_small_base_has_a_word() -> None:
    for n in range(1, 60):
        words = [proportion_word(count, n).en for count in range(n + 1)]
        assert words[0] == "none" and words[-1] == "all"
        order = [band.word.en for band in PROPORTION_BANDS][::-1]
        assert [order.index(w) for w in words] == sorted(order.index(w) for w in words)  # never goes down


def test_no_base_and_bad_counts() -> None:
    assert proportion_word(0, 0) is NO_BASE
    with pytest.raises(ValueError):
        proportion_word(3, 2)
