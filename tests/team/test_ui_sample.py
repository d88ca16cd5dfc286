"""The sample in the app: the lead imports the list of children, previews a seeded draw, draws it, and the
chosen become files on the dashboard; the same seed in the preview and the draw gives the same references."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.team.sample_dialog import SampleDialog
from tests.team.test_ui_identity import _identity_dialog, two_inspections, window  # noqa: F401  (fixtures)
from tests.ui.conftest import Dialogs, dialogs, settings_file  # noqa: F401  (fixtures used here)


def test_import_the_list_preview_and_draw_the_sample(qtbot: QtBot, window: MainWindow,  # noqa: F811
                                                     two_inspections: tuple[Path, str, str],  # noqa: F811
                                                     dialogs: Dialogs, tmp_path: Path) -> None:  # noqa: F811
    _path, first, _second = two_inspections
    window.open_inspection(first)
    identity = _identity_dialog(qtbot, window)
    identity.choose("Lena Lead")
    identity.accept()
    qtbot.waitUntil(lambda: window.me is not None, timeout=10000)
    children = tmp_path / "children.csv"
    children.write_text("reference,agency,status\n" + "".join(
        f"KID-{n:02d},{('children_services', 'health', 'police')[n % 3]},{('cpr', 'cla')[n % 2]}\n"
        for n in range(1, 16)), encoding="utf-8")
    window.open_people_window("open_sample")
    sample = window.findChild(SampleDialog, "sampleDialog")
    assert sample is not None
    qtbot.waitUntil(lambda: sample.frame_size == 0, timeout=10000)
    dialogs.answer_yes = True
    sample.import_list(str(children))
    qtbot.waitUntil(lambda: sample.frame_size == 15, timeout=10000)
    assert any("Add 15 children to the frame" in q for q in dialogs.questions)
    assert sample.frame_label.text() == "15 children in the frame."

    sample.sampled.setValue(5)
    sample.tracked.setValue(1)
    sample.seed.setText("2024-01")
    sample.rationale.setPlainText("One in three, across agencies")
    sample.preview_button.click()
    qtbot.waitUntil(lambda: sample.previewed is not None, timeout=10000)
    assert sample.previewed is not None and sample.previewed.case_ids == ()
    assert sample.result.toPlainText().startswith("Preview (no files made):")
    sample.draw_button.click()
    qtbot.waitUntil(lambda: sample.drawn is not None, timeout=10000)
    assert sample.drawn is not None and len(sample.drawn.case_ids) == 6
    assert (sample.drawn.sampled, sample.drawn.tracked) == (sample.previewed.sampled, sample.previewed.tracked)
    dashboard = window.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.cases_model.rowCount() == 6, timeout=10000)

    sample.sampled.setValue(20)
    sample.preview_button.click()
    qtbot.waitUntil(lambda: "only 9 children" in sample.problem.text(), timeout=10000)
    sample.close()
