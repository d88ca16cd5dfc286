"""The form side panel's "Still to do" list says so when nothing is left, from the first time it is shown."""

from __future__ import annotations

from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.ui.widgets.grade_panel import GradePanel


def test_a_complete_form_shows_nothing_missing_the_first_time(
    qtbot: QtBot, bundled_catalogue: FormCatalogue
) -> None:
    panel = GradePanel("en")
    qtbot.addWidget(panel)
    nothing_left = SimpleNamespace(required_missing=(), evidence_missing=(), constraint_errors={})
    panel._fill_todo(bundled_catalogue.get("voice_of_child"), nothing_left)  # type: ignore[arg-type]
    assert [panel.todo_list.item(i).text() for i in range(panel.todo_list.count())] == [
        "Nothing missing: this form is complete."]
