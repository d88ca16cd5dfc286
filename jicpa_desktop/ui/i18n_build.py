"""`make translations`: lupdate over the UI, fill in the Welsh from resources/i18n/cy_strings.py, lrelease.

It also writes qtbase_cy.ts/.qm: Qt ships no Welsh translation of its own strings, so we provide the
standard-button, message-box and wizard texts the app shows; and jicpa_en.ts/.qm, which holds only the
English plural forms ("1 file", "2 files") of the counted strings (`self.tr("%n file(s)", "", n)`).

Counted strings are numerus messages: lupdate writes one <numerusform> per plural form of the target
language (cy_GB has five in Qt's rules, en_GB two), and every form must be filled or the string stays unfinished.
"""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from jicpa_desktop.ui.resources import i18n_dir

UI_DIR = Path(__file__).resolve().parent
APP_TS = "jicpa_cy.ts"
QT_TS = "qtbase_cy.ts"
ENGLISH_TS = "jicpa_en.ts"
Numerus = dict[str, tuple[str, ...]]


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pyside6-essentials) in this environment")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")


def run_lupdate(target: Path, language: str = "cy_GB") -> None:
    files = [str(p) for p in ui_sources()]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-target-language", language,
                    "-ts", str(target)], check=True, capture_output=True)


def _fill_numerus(translation: ElementTree.Element, forms: tuple[str, ...] | None) -> bool:
    """Fill the <numerusform> slots lupdate made for the language; False when *forms* does not fit them."""
    slots = translation.findall("numerusform")
    if not forms or len(forms) != len(slots):
        return False
    for slot, form in zip(slots, forms, strict=True):
        slot.text = form
    translation.attrib.pop("type", None)
    return True


def fill(target: Path, by_context: dict[str, dict[str, str]], anywhere: dict[str, str],
         numerus: Numerus | None = None, language: str = "cy_GB") -> tuple[int, list[str]]:
    """Write the translations into *target*; returns (translated, sources left unfinished)."""
    tree = ElementTree.parse(target)
    root = tree.getroot()
    root.set("language", language)
    translated, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                if _fill_numerus(translation, (numerus or {}).get(source)):
                    translated += 1
                else:
                    translation.set("type", "unfinished")
                    missing.append(f"{name}: {source} (needs {len(translation.findall('numerusform'))} plural forms)")
                continue
            welsh = by_context.get(name, {}).get(source) or anywhere.get(source)
            if welsh:
                translation.text = welsh
                translation.attrib.pop("type", None)
                translated += 1
            else:
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source}")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return translated, missing


def keep_only_numerus(target: Path) -> None:
    """The English catalogue needs nothing but the plural forms: English source text is the English."""
    tree = ElementTree.parse(target)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def write_qt_ts(target: Path, by_context: dict[str, dict[str, str]]) -> None:
    root = ElementTree.Element("TS", version="2.1", language="cy_GB")
    for context_name, messages in by_context.items():
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for source, welsh in messages.items():
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = source
            ElementTree.SubElement(message, "translation").text = welsh
    ElementTree.indent(root)
    ElementTree.ElementTree(root).write(target, encoding="utf-8", xml_declaration=True)


def release(ts_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                   check=True, capture_output=True)


def main() -> int:
    folder = i18n_dir()
    folder.mkdir(parents=True, exist_ok=True)
    strings = runpy.run_path(str(folder / "cy_strings.py"))
    app_ts = folder / APP_TS
    run_lupdate(app_ts)
    translated, missing = fill(app_ts, strings["BY_CONTEXT"], strings["ANYWHERE"], strings.get("NUMERUS", {}))
    release(app_ts)
    english = runpy.run_path(str(folder / "en_plurals.py"))
    english_ts = folder / ENGLISH_TS
    run_lupdate(english_ts, "en_GB")
    keep_only_numerus(english_ts)
    english_done, english_missing = fill(english_ts, {}, {}, english["NUMERUS"], "en_GB")
    release(english_ts)
    qt_ts = folder / QT_TS
    write_qt_ts(qt_ts, strings["QT_STRINGS"])
    release(qt_ts)
    print(f"{APP_TS}: {translated} strings in Welsh, {len(missing)} left unfinished")
    for line in missing:
        print(f"  unfinished: {line}")
    print(f"{QT_TS}: {sum(len(m) for m in strings['QT_STRINGS'].values())} Qt strings")
    print(f"{ENGLISH_TS}: {english_done} plural strings, {len(english_missing)} left unfinished")
    for line in english_missing:
        print(f"  unfinished: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
