"""`scope: inspection`: a form answered for the inspection itself (a meeting observation), checked with its line."""

from __future__ import annotations

from pathlib import Path

from jicpa_desktop.forms_engine import load_form_file
from jicpa_desktop.forms_engine.loader import collect_forms_dir

from .conftest import line_of
from .test_language_growth import one, problems, write

OBSERVATION = """\
form: demo
version: 1
welsh: reviewed
title: {en: Observation, cy: Arsylwad}
agencies:
  children_services: always
principles: [people]
SCOPE
standard: false
sections:
  - id: a
    title: {en: A, cy: A}
    questions:
      - id: kind
        type: single
        ROLE
        label: {en: Meeting, cy: Cyfarfod}
        choices:
          - {id: icpc, label: {en: ICPC, cy: CCAC}}
      - {id: chaired, type: ynp, label: {en: Chaired well?, cy: Wedi'i gadeirio'n dda?}}
"""


def _form(scope: str = "scope: inspection", role: str = "role: meeting_kind") -> str:
    return OBSERVATION.replace("SCOPE", scope).replace("ROLE", role)


def test_an_inspection_level_form_loads_and_is_not_a_case_form(tmp_path: Path) -> None:
    form = load_form_file(write(tmp_path, _form()), None)
    assert form.is_inspection_level and form.scope == "inspection"
    other = tmp_path / "other"
    other.mkdir()
    assert not load_form_file(write(other, _form(scope="scope: case")), None).is_inspection_level


def test_an_unknown_scope_is_located_with_a_suggestion(tmp_path: Path) -> None:
    text = _form(scope="scope: inspections")
    path = write(tmp_path, text)
    found = one(problems(path), "unknown form scope 'inspections'")
    assert found.startswith(f"{path}:{line_of(text, 'scope:')}:")
    assert "inspection" in found.split("unknown form scope")[1]


def test_an_inspection_level_form_must_name_its_meeting_by_a_role(tmp_path: Path) -> None:
    text = _form(role="required: true")
    path = write(tmp_path, text)
    found = one(problems(path), "must have a question with the role 'meeting_kind'")
    assert found.startswith(f"{path}:{line_of(text, 'scope:')}:")
    assert "add `role: meeting_kind`" in found


def test_an_inspection_level_form_has_no_repeat_groups(tmp_path: Path) -> None:
    text = _form() + """\
      - id: attendees
        type: repeat
        label: {en: Attendees, cy: Mynychwyr}
        columns:
          - {id: who, type: text, label: {en: Who, cy: Pwy}}
"""
    path = write(tmp_path, text)
    repeat = one(problems(path), "has no repeat groups")
    assert repeat.startswith(f"{path}:{line_of(text, 'type: repeat')}: question attendees")


def test_an_inspection_level_form_cannot_carry_the_standard_fields(tmp_path: Path) -> None:
    (tmp_path / "_standard.yaml").write_text(
        "standard: 1\nwelsh: reviewed\nsections:\n  - id: standard\n    title: {en: S, cy: S}\n    questions:\n"
        "      - {id: std_note, type: text, label: {en: Note, cy: Nodyn}}\n", encoding="utf-8")
    write(tmp_path, _form().replace("standard: false\n", ""))
    catalogue, found = collect_forms_dir(tmp_path)
    assert catalogue is None
    [standard] = [str(p) for p in found if "cannot carry the standard fields" in str(p)]
    assert "demo.yaml" in standard and "add `standard: false`" in standard
