"""Percentages as the report's proportion words ("nearly all", "most", "a minority"...), from one table.

The default bands follow the proportion vocabulary of Estyn's writing guide ("A guide to Estyn's report
writing style", estyn.gov.wales), which the JICPA reports share (catalogue §3.4 point 4). The catalogue
asks for the bands to be verified against the current guide before a report relies on them: change
PROPORTION_BANDS, the single table below, and every export follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from jicpa_desktop.domain.localized import LocalizedText


@dataclass(frozen=True, slots=True)
class ProportionBand:
    """Applies when the percentage is above *lower* (or equal to it, when *inclusive*)."""

    lower: Fraction
    inclusive: bool
    word: LocalizedText
    description: str  # the band as a person reads it, e.g. "90–99%"

    def admits(self, percent: Fraction) -> bool:
        return percent > self.lower or (self.inclusive and percent == self.lower)


def _band(lower: int, inclusive: bool, en: str, cy: str, description: str) -> ProportionBand:
    return ProportionBand(Fraction(lower), inclusive, LocalizedText(en, cy), description)


# Checked from the top; the first band that admits the exact percentage wins (so 99.6% is "nearly all",
# never "all", and 50.5% is "a majority", never "half").
PROPORTION_BANDS: tuple[ProportionBand, ...] = (
    _band(100, True, "all", "y cyfan", "100%"),
    _band(90, True, "nearly all", "bron y cyfan", "90–99%"),
    _band(70, True, "most", "y rhan fwyaf", "70–89%"),
    _band(60, True, "many", "llawer", "60–69%"),
    _band(50, False, "a majority", "mwyafrif", "51–59%"),
    _band(50, True, "half", "hanner", "50%"),
    _band(20, True, "a minority", "lleiafrif", "20–49%"),
    _band(0, False, "few", "ychydig", "1–19%"),
    _band(0, True, "none", "dim", "0%"),
)

NO_BASE = LocalizedText("no answers", "dim atebion")


def proportion_word(count: int, n: int, bands: tuple[ProportionBand, ...] = PROPORTION_BANDS) -> LocalizedText:
    """The word for *count* out of *n* (n excludes N/A and unanswered); NO_BASE when n is 0."""
    if n <= 0:
        return NO_BASE
    if not 0 <= count <= n:
        raise ValueError(f"count {count} is not between 0 and n = {n}")
    percent = Fraction(100 * count, n)
    for band in bands:
        if band.admits(percent):
            return band.word
    raise ValueError(f"no proportion band admits {float(percent):.1f}%")
