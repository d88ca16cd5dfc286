"""Colours and fonts derived from the system palette, so light, dark and high-contrast themes all stay legible."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget


def _palette(widget: QWidget | None = None) -> QPalette:
    return widget.palette() if widget is not None else QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def contrast_ratio(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _legible(light_choice: str, dark_choice: str, palette: QPalette) -> QColor:
    """The hue for this palette, falling back to the palette's own text colour below WCAG AA contrast."""
    colour = QColor(dark_choice if is_dark(palette) else light_choice)
    base = palette.color(QPalette.ColorRole.Base)
    if contrast_ratio(colour, base) < 4.5:
        return palette.color(QPalette.ColorRole.Text)
    return colour


def escalation_colour(widget: QWidget | None = None) -> QColor:
    return _legible("#a4161a", "#ff8a80", _palette(widget))


def warning_colour(widget: QWidget | None = None) -> QColor:
    return _legible("#8a4b00", "#ffcc80", _palette(widget))


def good_colour(widget: QWidget | None = None) -> QColor:
    return _legible("#1b5e20", "#a5d6a7", _palette(widget))


def muted_colour(widget: QWidget | None = None) -> QColor:
    palette = _palette(widget)
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    if contrast_ratio(colour, palette.color(QPalette.ColorRole.Base)) < 4.5:
        return palette.color(QPalette.ColorRole.Text)
    return colour


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The focus frame's colour: the palette's highlight, or its text colour where the highlight would not show
    (below 3:1 against the window or the input background, the WCAG minimum for a focus indicator)."""
    palette = palette or QApplication.palette()
    colour = palette.color(QPalette.ColorRole.Highlight)
    backgrounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    if min(contrast_ratio(colour, background) for background in backgrounds) < 3.0:
        return palette.color(QPalette.ColorRole.WindowText)
    return colour


def focus_frame_stylesheet(palette: QPalette | None = None) -> str:
    """A frame round whichever input has the keyboard, so a keyboard user always sees where they are.

    Every state keeps the same border width (transparent or thin when not focused): nothing moves when the
    focus does.
    """
    palette = palette or QApplication.palette()
    focus = colour_css(focus_colour(palette))
    edge = colour_css(palette.color(QPalette.ColorRole.Mid))
    return (
        "QRadioButton, QCheckBox { border: 2px solid transparent; border-radius: 3px; padding: 1px 3px; }\n"
        f"QRadioButton:focus, QCheckBox:focus {{ border-color: {focus}; }}\n"
        f"QLineEdit, QPlainTextEdit {{ border: 1px solid {edge}; border-radius: 2px; padding: 2px; }}\n"
        f"QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {focus}; padding: 1px; }}\n"
        "QLabel#formTitle { border-bottom: 2px solid transparent; }\n"
        f"QLabel#formTitle:focus {{ border-bottom-color: {focus}; }}\n"
    )


def monospace_font(base: QFont | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if base is not None:
        # Follow the user's chosen size: the fixed font often defaults smaller than the UI font.
        font.setPointSizeF(base.pointSizeF())
    return font


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """A font relative to the system size (never a fixed point size), so the user's setting still rules."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def colour_css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)
