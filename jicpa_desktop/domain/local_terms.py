"""Local terms: what an area calls things (its front door is "SPOC" in one, "MASH" in another), filled into form
text where a form writes `{front_door}`; the words used where the inspection has not named its own."""

from __future__ import annotations

import re
from collections.abc import Mapping

from jicpa_desktop.domain.localized import LocalizedText

# The placeholders forms may use, each with the words shown when the inspection gives no local name.
KNOWN_TERMS: dict[str, LocalizedText] = {
    "front_door": LocalizedText("front door", "drws ffrynt"),
    "risk_model": LocalizedText("risk assessment model", "model asesu risg"),
    "missing_risk_category": LocalizedText("missing-person risk category", "categori risg person coll"),
}
PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# Where a term opens a sentence: the start of the text or a line, or after a full stop, question or exclamation
# mark (not the one ending "e.g." or "i.e.", which the forms use mid-sentence).
SENTENCE_START = re.compile(r"(?:^|(?<!e\.g)(?<!i\.e)[.!?]\s+|\n\s*)$")


def term_name(name: str, lang: str) -> str:
    """What a term is, in words: "front door" for front_door; a term of the area's own, its key in words."""
    usual = KNOWN_TERMS.get(name)
    return usual.get(lang) if usual is not None else name.replace("_", " ")


def glossary(terms: Mapping[str, str], lang: str) -> str:
    """The inspection's local terms as one line: "front door: SPOC; risk model: THRIVE"."""
    return "; ".join(f"{term_name(name, lang)}: {value}" for name, value in sorted(terms.items()) if value.strip())


def placeholders(text: str) -> list[str]:
    """The term names written as `{name}` in *text*, in order."""
    return PLACEHOLDER.findall(text)


def fill(text: str, terms: Mapping[str, str], lang: str) -> str:
    """*text* with each `{name}` replaced by the inspection's term, else the usual words; unknown ones stay."""
    if "{" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        name = match[1]
        local = (terms.get(name) or "").strip()
        usual = KNOWN_TERMS.get(name)
        words = local or (usual.get(lang) if usual is not None else "")
        if not words:
            return match[0]
        # "{front_door} strategy meeting" reads "Front door strategy meeting"; "SPOC" stays as the area writes it.
        if SENTENCE_START.search(text, 0, match.start()):
            return words[:1].upper() + words[1:]
        return words

    return PLACEHOLDER.sub(one, text)


def filled(text: LocalizedText, terms: Mapping[str, str]) -> LocalizedText:
    """Both languages of *text* filled (an empty Welsh stays empty, so it still falls back to English)."""
    return LocalizedText(fill(text.en, terms, "en"), fill(text.cy, terms, "cy") if text.cy else "", text.cy_draft)
