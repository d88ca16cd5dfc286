"""Pseudonymous case references: short codes such as CDF24-07, never a child's name."""

from __future__ import annotations

import re

_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/.]{1,31}$")

AGE_BANDS: tuple[str, ...] = ("unborn", "under_1", "1_4", "5_11", "12_15", "16_17")

_AGE_BAND_ALIASES = {
    "under 1": "under_1",
    "<1": "under_1",
    "1-4": "1_4",
    "1–4": "1_4",
    "5-11": "5_11",
    "5–11": "5_11",
    "12-15": "12_15",
    "12–15": "12_15",
    "16-17": "16_17",
    "16–17": "16_17",
}


def reference_problem(reference: str) -> str | None:
    """Why *reference* is not an acceptable pseudonymous reference, or None when it is."""
    if not reference.strip():
        return "the case reference is empty"
    if not _REFERENCE.match(reference):
        return (
            f"{reference!r} is not a case reference: use 2–32 letters, digits, '-', '_', '/' or '.', "
            "with no spaces (for example CDF24-07)"
        )
    if not any(ch.isdigit() for ch in reference):
        return (
            f"{reference!r} has no digits: a case reference is a code such as CDF24-07, "
            "never a child's name"
        )
    return None


def normalise_age_band(value: str) -> str:
    """Accept the catalogue's age bands as written in a sampling list; '' means not given."""
    text = value.strip().lower()
    if not text:
        return ""
    text = _AGE_BAND_ALIASES.get(text, text.replace(" ", "_").replace("-", "_"))
    if text not in AGE_BANDS:
        raise ValueError(f"unknown age band {value!r}: use one of {', '.join(AGE_BANDS)}")
    return text


CASE_KINDS: tuple[str, ...] = ("sampled", "tracked")


def normalise_kind(value: str) -> str:
    text = value.strip().lower()
    aliases = {"sample": "sampled", "s": "sampled", "track": "tracked", "t": "tracked"}
    text = aliases.get(text, text)
    if text not in CASE_KINDS:
        raise ValueError(f"unknown file kind {value!r}: use 'sampled' or 'tracked'")
    return text
