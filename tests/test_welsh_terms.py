"""One Welsh word for one thing: the passphrase is "ymadrodd cyfrin" on every screen, message and form."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "i18n" / "jicpa_cy.ts"
# "cyfrinymadrodd" and its mutations (ei gyfrinymadrodd, a chyfrinymadrodd): the app once said both, and a Welsh
# user met two words for the one passphrase between the export dialog and its error messages.
OTHER_WORD = re.compile(r"\b(?:c|g|ch|ngh)yfrinymadrodd", re.IGNORECASE)


def _shipped_texts() -> list[Path]:
    return [*sorted((ROOT / "jicpa_desktop").rglob("*.py")), ROOT / "resources" / "i18n" / "cy_strings.py",
            *sorted((ROOT / "forms").glob("*.yaml")), TRANSLATIONS]


def test_no_shipped_text_uses_the_other_word_for_passphrase() -> None:
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in _shipped_texts()
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if OTHER_WORD.search(line)]
    assert found == []


def test_every_welsh_interface_string_about_the_passphrase_says_ymadrodd_cyfrin() -> None:
    about_passphrase = []
    for message in ET.parse(TRANSLATIONS).getroot().iter("message"):
        source = message.findtext("source") or ""
        if "passphrase" in source.casefold():
            about_passphrase.append((source, message.findtext("translation") or ""))
    assert len(about_passphrase) >= 6
    wrong = [source for source, welsh in about_passphrase if "ymadrodd cyfrin" not in welsh.casefold()]
    assert wrong == []
