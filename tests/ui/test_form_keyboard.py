"""The form screen under the keyboard of a new user: where Tab and F8 start, arrows in an answered choice,
and a focus frame that can be seen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from jicpa_desktop.ui import theme
from jicpa_desktop.ui.form_screen import FormScreen
from jicpa_desktop.ui.main_window import MainWindow
from jicpa_desktop.ui.settings import UiSettings
from tests.ui.conftest import Launch
from tests.ui.helpers import click_choice, focused, press, radio, row


def _open_fresh_form(qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: object,
                     db_path: object) -> tuple[MainWindow, FormScreen, str]:
    case_id = services.cases.add(inspection_id, reference="KEY24-02", agency="children_services",  # type: ignore[attr-defined]
                                 kind="sampled")
    UiSettings(settings_file).set_last_inspection(db_path, inspection_id)
    window = launch()
    qtbot.waitUntil(lambda: window.page == "dashboard")
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.page == "case")
    window.open_form(case_id, "voice_of_child")
    qtbot.waitUntil(lambda: window.page == "form" and window.form_screen is not None)
    assert window.form_screen is not None
    return window, window.form_screen, case_id


def test_the_first_tab_on_a_fresh_form_reaches_question_one(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: object, db_path: object
) -> None:
    _window, screen, _case = _open_fresh_form(qtbot, launch, services, inspection_id, settings_file, db_path)
    first = screen.ordered_items()[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert first.isAncestorOf(focused()), focused()


def test_f8_on_a_fresh_form_goes_to_question_one(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: object, db_path: object
) -> None:
    _window, screen, _case = _open_fresh_form(qtbot, launch, services, inspection_id, settings_file, db_path)
    first = screen.ordered_items()[0]
    press(qtbot, Qt.Key.Key_F8)
    assert first.isAncestorOf(focused()), focused()


def test_arrows_in_an_answered_choice_move_the_focus_and_change_nothing(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: object, db_path: object
) -> None:
    window, screen, case_id = _open_fresh_form(qtbot, launch, services, inspection_id, settings_file, db_path)
    click_choice(qtbot, screen, "voc_01", "yes")
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is radio(screen, "voc_01", "no")
    assert row(screen, "voc_01").input.read()[0] == "yes"
    assert window.flush_and_wait()
    assert services.answers.load(case_id, "voice_of_child").state.answers["voc_01"] == "yes"  # type: ignore[attr-defined]
    radio(screen, "voc_01", "no").setFocus()  # waiting for the disk took the keyboard away

    press(qtbot, Qt.Key.Key_Space)  # Space chooses the focused one
    assert row(screen, "voc_01").input.read()[0] == "no"
    assert not radio(screen, "voc_01", "yes").isChecked()
    press(qtbot, Qt.Key.Key_Left)
    assert focused() is radio(screen, "voc_01", "partly")
    assert row(screen, "voc_01").input.read()[0] == "no"


def _framed_share(widget: object, colour: QColor) -> float:
    """The share of the widget's outer two-pixel ring drawn in (about) the focus colour."""
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    width, height = image.width(), image.height()
    ring = [(x, y) for x in range(width) for y in range(height)
            if min(x, y, width - 1 - x, height - 1 - y) < 2]

    def near(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return (abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())) < 60

    return sum(near(x, y) for x, y in ring) / len(ring)


def test_the_focused_input_has_a_visible_frame(
    qtbot: QtBot, launch: Launch, services: object, inspection_id: str, settings_file: object, db_path: object
) -> None:
    _window, screen, _case = _open_fresh_form(qtbot, launch, services, inspection_id, settings_file, db_path)
    button = radio(screen, "voc_01", "yes")
    colour = theme.focus_colour(screen.palette())
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is button
    assert _framed_share(button, colour) > 0.8  # a frame all round the button, not a dotted hint
    press(qtbot, Qt.Key.Key_Tab)
    assert _framed_share(button, colour) < 0.1


def test_the_focus_colour_reads_on_light_and_dark_palettes() -> None:
    for window, base, text in (("#efefef", "#ffffff", "#000000"), ("#2b2b2b", "#1e1e1e", "#ffffff")):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        palette.setColor(QPalette.ColorRole.Base, QColor(base))
        palette.setColor(QPalette.ColorRole.Text, QColor(text))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
        colour = theme.focus_colour(palette)
        for background in (window, base):
            assert theme.contrast_ratio(colour, QColor(background)) >= 3.0, (window, colour.name())
