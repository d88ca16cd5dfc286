"""Helpers for the forms engine tests: real YAML files written to a temporary folder."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# Tests find line numbers with line_of() on the text they load, never by counting the head by hand.
FORM_HEAD = """\
form: {form_id}
version: 1
order: 1
welsh: reviewed
title: {{en: Test form, cy: Ffurflen brawf}}
agencies:
  children_services: always
principles: [people]
standard: {standard}
sections:
  - id: main
    title: {{en: Main, cy: Prif}}
    questions:
"""


def form_yaml(questions: str, *, form_id: str = "demo", standard: bool = False) -> str:
    """A whole form whose only section holds `questions` (YAML list items, written at column 0)."""
    head = FORM_HEAD.format(form_id=form_id, standard="true" if standard else "false")
    return head + textwrap.indent(textwrap.dedent(questions).strip("\n") + "\n", "      ")


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing `needle`."""
    hits = [number for number, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    """A folder holding the fixture standard section and demo form."""
    folder = tmp_path / "forms"
    folder.mkdir()
    for name in ("_standard.yaml", "demo.yaml"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder
