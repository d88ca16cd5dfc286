"""`make translations`: lupdate over the UI, fill in the Welsh from resources/i18n/cy_strings.py, lrelease.

It also writes qtbase_cy.ts/.qm: Qt ships no Welsh translation of its own strings, so we provide the
standard-button, message-box and wizard texts the app shows.
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


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pyside6-essentials) in this environment")
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI_DIR.rglob("*.py") if p.name != "i18n_build.py")


def run_lupdate(target: Path) -> None:
    files = [str(p) for p in ui_sources()]
    subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-target-language", "cy_GB",
                    "-ts", str(target)], check=True, capture_output=True)


def fill(target: Path, by_context: dict[str, dict[str, str]], anywhere: dict[str, str]) -> tuple[int, list[str]]:
    """Write the Welsh into *target*; returns (translated, sources left unfinished)."""
    tree = ElementTree.parse(target)
    root = tree.getroot()
    root.set("language", "cy_GB")
    translated, missing = 0, []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            welsh = by_context.get(name, {}).get(source) or anywhere.get(source)
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            if welsh:
                translation.text = welsh
                translation.attrib.pop("type", None)
                translated += 1
            else:
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source}")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return translated, missing


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
    translated, missing = fill(app_ts, strings["BY_CONTEXT"], strings["ANYWHERE"])
    release(app_ts)
    qt_ts = folder / QT_TS
    write_qt_ts(qt_ts, strings["QT_STRINGS"])
    release(qt_ts)
    print(f"{APP_TS}: {translated} strings in Welsh, {len(missing)} left unfinished")
    for line in missing:
        print(f"  unfinished: {line}")
    print(f"{QT_TS}: {sum(len(m) for m in strings['QT_STRINGS'].values())} Qt strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
