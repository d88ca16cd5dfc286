"""Short human headings for grid columns: the question's number and the first words of its text, never its id."""

from __future__ import annotations

import re
from collections.abc import Iterable

HEADING_WORDS = 6  # words of the question kept in a short heading
_NUMBERED = re.compile(r"^[a-z]+_0*(\d+)(_.+)?$")


def question_numbers(question_ids: Iterable[str]) -> dict[str, str]:
    """The number each question is known by, read from its id as the catalogue numbers them: voc_06 → "6";
    follow-ups that share a number (voc_06_methods, voc_13_how, voc_13_who) → "6a", "13a", "13b" in form
    order; an id without a number → "" (its heading is then its words alone)."""
    numbers: dict[str, str] = {}
    follow_ups: dict[str, int] = {}
    for question_id in question_ids:
        found = _NUMBERED.match(question_id)
        if found is None:
            numbers[question_id] = ""
            continue
        number, suffix = found.group(1), found.group(2)
        if suffix:
            follow_ups[number] = follow_ups.get(number, 0) + 1
            number += "abcdefghijklmnopqrstuvwxyz"[min(follow_ups[number], 26) - 1]
        numbers[question_id] = number
    return numbers


def numbered(number: str, text: str) -> str:
    """"6a. text", or the text alone for a question without a number."""
    return f"{number}. {text}" if number else text


def short_heading(number: str, label: str, words: int = HEADING_WORDS) -> str:
    """"2. Was the child seen alone where…": the number, then the first *words* words of the question."""
    parts = label.split()
    return numbered(number, " ".join(parts[:words]) + ("…" if len(parts) > words else ""))
