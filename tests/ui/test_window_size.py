"""The first window fits the screen: a 1366×768 laptop must not get a window taller than itself."""

from __future__ import annotations

from PySide6.QtCore import QSize

from jicpa_desktop.ui.main_window import PREFERRED_SIZE, default_size
from tests.ui.conftest import Launch


def test_the_first_window_is_no_larger_than_the_screen(launch: Launch) -> None:
    window = launch()
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert default_size() == PREFERRED_SIZE.boundedTo(available)
    assert PREFERRED_SIZE.boundedTo(QSize(1366, 728)) == QSize(1180, 728)  # a laptop's screen less its taskbar
