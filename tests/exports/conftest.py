"""Fixtures for the export tests: the demo inspection built once per module, and grid-reading helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from tests.background import drain_background_work


@dataclass
class Demo:
    services: AppServices
    inspection_id: str
    folder: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("demo")
    services = build_services(folder / "demo.sqlite3", actor="Lead Test", catalogue=bundled_catalogue)
    inspection_id = services.demo.build()
    yield Demo(services, inspection_id, folder)
    drain_background_work()
    services.close()


def expected_value(services: AppServices, case_id: str, form_id: str, question_id: str, lang: str = "en") -> object:
    """What the grid must show for one question of one file, worked out through Answers.load (a different
    path from the exporter's batch read)."""
    from jicpa_desktop.domain.answer_types import answer_type, is_empty

    view = services.answers.load(case_id, form_id)
    if view.response_id is None:
        return None
    question = view.form.question(question_id)
    assert question is not None
    if not view.evaluation.is_relevant(question_id):
        return None
    if question.is_repeat:
        return len(view.state.rows.get(question_id, [])) or None
    value = view.state.answers.get(question_id)
    if value is None or is_empty(value):
        return None
    if isinstance(value, dt.date | int | float):
        return value
    return answer_type(question.type).display(value, question, lang)
