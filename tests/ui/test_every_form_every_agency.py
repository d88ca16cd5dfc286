"""Every bundled form opens on the form screen for every agency it is offered to, showing only the questions
asked of that agency's records."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.ui.app import create_application
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.operations import task_manager


def test_every_form_opens_for_every_agency_it_applies_to(qtbot: QtBot, services: object,
                                                          inspection_id: str) -> None:
    create_application()
    writer = task_manager().writes
    opened = 0
    for form in services.forms.all():  # type: ignore[attr-defined]
        for agency in form.agencies:
            kind = form.kinds[0]
            case = services.cases.add(inspection_id, reference=f"ALL-{opened:03d}",  # type: ignore[attr-defined]
                                      agency=agency.value, kind=kind)
            view = services.answers.load(case, form.id)  # type: ignore[attr-defined]
            screen = FormScreen(services, writer, view, "cy" if opened % 2 else "en")  # type: ignore[arg-type]
            qtbot.addWidget(screen)
            shown = {question_id for question_id, row_id in screen.rows if row_id is None}
            expected = {q.id for q in form.questions() if not q.is_repeat and q.applies_to(agency.value)}
            assert shown == expected, (form.id, agency)
            assert not any(q.agencies and Agency(agency) not in q.agencies and q.id in shown
                           for q in form.questions()), (form.id, agency)
            screen.prepare_to_close()
            screen.deleteLater()
            opened += 1
    assert opened >= 30  # 7 forms, most for all six agencies
