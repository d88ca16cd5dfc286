"""Text that exists in English and Welsh, with a flag for Welsh drafts awaiting review."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["en", "cy"]
LANGUAGES: tuple[Language, ...] = ("en", "cy")


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A user-visible string in both languages; Welsh falls back to English only when missing."""

    en: str
    cy: str = ""
    cy_draft: bool = False

    def get(self, lang: str) -> str:
        if lang == "cy" and self.cy:
            return self.cy
        return self.en


def as_language(value: str) -> Language:
    """Validate a language code coming from settings or the command line."""
    if value == "en":
        return "en"
    if value == "cy":
        return "cy"
    raise ValueError(f"unknown language {value!r}: use 'en' (English) or 'cy' (Cymraeg)")
