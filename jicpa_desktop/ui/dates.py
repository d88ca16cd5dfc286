"""The one way dates are shown and edited in the interface: explicit formats in the UK English or Welsh locale.

Qt's own default follows the system locale, which under C.UTF-8 gives "2 12 2026"; every QDateEdit and every
date shown in a label or a table goes through here instead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "d MMMM yyyy"  # "2 December 2026", "2 Rhagfyr 2026"
EDIT_FORMAT = "dd/MM/yyyy"  # what an inspector types


def ui_locale(language: str) -> QLocale:
    if language == "cy":
        return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _as_qdate(value: QDate | dt.date | str) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return QDate.fromString(value[:10], "yyyy-MM-dd")


def display_date(value: QDate | dt.date | str, language: str) -> str:
    """A date for reading: "2 December 2026" (or the ISO text unchanged when it is not a date)."""
    date = _as_qdate(value)
    if not date.isValid():
        return str(value)
    return ui_locale(language).toString(date, DISPLAY_FORMAT)


def display_range(start: str, end: str, language: str) -> str:
    return f"{display_date(start, language)} – {display_date(end, language)}"


def date_edit(date: QDate, language: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field in the edit format, with a calendar popup in the interface language."""
    edit = QDateEdit(date, parent)
    edit.setLocale(ui_locale(language))
    edit.setDisplayFormat(EDIT_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def display_moment(iso: str, language: str) -> str:
    """A stored UTC timestamp in local time for reading: "2 December 2026, 14:03"."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{display_date(moment.date(), language)}, {moment:%H:%M}"
