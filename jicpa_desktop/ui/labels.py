"""Display names for the codes services hand back (status, kind, agency, grade…), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.grades import Grade


def status_label(code: str) -> str:
    labels = {
        "not_started": QCoreApplication.translate("Labels", "Not started"),
        "in_progress": QCoreApplication.translate("Labels", "In progress"),
        "complete": QCoreApplication.translate("Labels", "Complete"),
    }
    return labels.get(code, code)


def kind_label(code: str) -> str:
    labels = {
        "sampled": QCoreApplication.translate("Labels", "Sampled"),
        "tracked": QCoreApplication.translate("Labels", "Tracked"),
    }
    return labels.get(code, code)


def role_label(code: str) -> str:
    labels = {
        "lead": QCoreApplication.translate("Labels", "Lead inspector"),
        "inspector": QCoreApplication.translate("Labels", "Inspector"),
    }
    return labels.get(code, code)


def age_band_label(code: str) -> str:
    labels = {
        "": QCoreApplication.translate("Labels", "Not given"),
        "unborn": QCoreApplication.translate("Labels", "Unborn"),
        "under_1": QCoreApplication.translate("Labels", "Under 1"),
        "1_4": QCoreApplication.translate("Labels", "1 to 4"),
        "5_11": QCoreApplication.translate("Labels", "5 to 11"),
        "12_15": QCoreApplication.translate("Labels", "12 to 15"),
        "16_17": QCoreApplication.translate("Labels", "16 to 17"),
    }
    return labels.get(code, code)


def agency_label(code: str, language: str) -> str:
    try:
        return Agency(code).label.get(language)
    except ValueError:
        return code


def inspectorate_label(code: str, language: str) -> str:
    try:
        return Inspectorate(code).label.get(language)
    except ValueError:
        return code


def grade_label(code: str | None, language: str) -> str:
    if not code:
        return ""
    try:
        return Grade(code).label.get(language)
    except ValueError:
        return code


def unallocated_label() -> str:
    return QCoreApplication.translate("Labels", "Unallocated")


def escape_mnemonics(text: str) -> str:
    """Data shown on a button, check box, tab or buddy label: '&' must show as itself, never make a shortcut.

    Qt reads "Fire & Rescue" as "Fire _Rescue" with Alt+R; every place where data (agency, inspectorate,
    form or section title) becomes such a widget's text goes through here.
    """
    return text.replace("&", "&&")


def escape_rich_mnemonics(html_text: str) -> str:
    """The same for rich text on a label with a buddy: Qt takes the '&' of "&amp;" as a mnemonic (Alt+A) and
    drops it from the shown text; "&&amp;" shows one '&' and makes no shortcut."""
    return html_text.replace("&amp;", "&&amp;")
