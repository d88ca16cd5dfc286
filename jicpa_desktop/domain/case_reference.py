"""Pseudonymous case references: short codes such as CDF24-07, never a child's name."""

from __future__ import annotations

import re

from jicpa_desktop.domain.localized import LocalizedText

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


class CaseFieldError(ValueError):
    """A case file field that cannot be accepted; the message says how to fix it, in English and Welsh."""

    def __init__(self, message: LocalizedText) -> None:
        super().__init__(message.en)
        self.message = message


def reference_problem_text(reference: str) -> LocalizedText | None:
    """Why *reference* is not an acceptable pseudonymous reference, in both languages, or None when it is."""
    if not reference.strip():
        return LocalizedText("the case reference is empty", "mae cyfeirnod yr achos yn wag")
    if not _REFERENCE.match(reference):
        return LocalizedText(
            f"{reference!r} is not a case reference: use 2–32 letters, digits, '-', '_', '/' or '.', "
            "with no spaces (for example CDF24-07)",
            f"Nid yw {reference!r} yn gyfeirnod achos: defnyddiwch 2–32 o lythrennau, digidau, '-', '_', '/' "
            "neu '.', heb fylchau (er enghraifft CDF24-07)",
        )
    if not any(ch.isdigit() for ch in reference):
        return LocalizedText(
            f"{reference!r} has no digits: a case reference is a code such as CDF24-07, never a child's name",
            f"Nid oes digidau yn {reference!r}: cod fel CDF24-07 yw cyfeirnod achos, byth enw plentyn",
        )
    return None


def reference_problem(reference: str) -> str | None:
    """Why *reference* is not an acceptable pseudonymous reference, or None when it is."""
    problem = reference_problem_text(reference)
    return problem.en if problem else None


def same_reference(first: str, second: str) -> bool:
    """References that differ only in upper and lower case name the same file (CDF-51 and cdf-51)."""
    return first.casefold() == second.casefold()


def normalise_age_band(value: str) -> str:
    """Accept the catalogue's age bands as written in a sampling list; '' means not given."""
    text = value.strip().lower()
    if not text:
        return ""
    text = _AGE_BAND_ALIASES.get(text, text.replace(" ", "_").replace("-", "_"))
    if text not in AGE_BANDS:
        raise CaseFieldError(LocalizedText(
            f"unknown age band {value!r}: use one of {', '.join(AGE_BANDS)}",
            f"band oedran anhysbys {value!r}: defnyddiwch un o {', '.join(AGE_BANDS)}",
        ))
    return text


CASE_KINDS: tuple[str, ...] = ("sampled", "tracked")


def normalise_kind(value: str) -> str:
    text = value.strip().lower()
    aliases = {"sample": "sampled", "s": "sampled", "track": "tracked", "t": "tracked"}
    text = aliases.get(text, text)
    if text not in CASE_KINDS:
        raise CaseFieldError(LocalizedText(
            f"unknown file kind {value!r}: use 'sampled' or 'tracked'",
            f"math anhysbys o ffeil {value!r}: defnyddiwch 'sampled' (sampl) neu 'tracked' (wedi'i olrhain)",
        ))
    return text
