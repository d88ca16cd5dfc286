"""Files shipped beside the code (fonts and their licence), found in the source tree or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"
FONT_LICENCE = "LICENSE-DejaVu.txt"


def resources_dir() -> Path:
    """resources/ at the top of the source tree, else inside the PyInstaller bundle (sys._MEIPASS)."""
    beside_package = Path(__file__).resolve().parents[2] / "resources"
    if beside_package.is_dir():
        return beside_package
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return beside_package


def font_path(name: str) -> Path:
    path = resources_dir() / "fonts" / name
    if not path.is_file():
        raise FileNotFoundError(
            f"The font {name} is missing from {path.parent}: reinstall JICPA Desktop "
            "(the PDF exports embed it so that Welsh letters such as ŵ and ŷ print)."
        )
    return path
