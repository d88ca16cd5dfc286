"""Installing the interface language: our Welsh catalogue plus a Welsh stand-in for Qt's own strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jicpa_desktop.ui.resources import i18n_dir

APP_CATALOGUE = "jicpa_cy.qm"
# English needs a catalogue too, for plurals only: "%n file(s)" becomes "1 file" or "2 files".
ENGLISH_PLURALS = "jicpa_en.qm"
# Qt ships no Welsh qtbase translation: we provide the strings of standard buttons and dialogs we show.
QT_CATALOGUE = "qtbase_cy.qm"
_LANGUAGE_PROPERTY = "jicpaLanguage"


# Translators are process-wide in Qt, so the list of those we installed is too (Qt does not own them).
_installed: list[QTranslator] = []


class Translations:
    """Installs the translators for a language, replacing whichever this app installed before."""

    def apply(self, language: str) -> bool:
        """Install *language*; returns False when a Welsh catalogue is missing (English is shown instead)."""
        app = QCoreApplication.instance()
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
        _installed.clear()
        complete = True
        if language == "cy":
            for name in (QT_CATALOGUE, APP_CATALOGUE):
                translator = QTranslator()
                if translator.load(str(i18n_dir() / name)):
                    QCoreApplication.installTranslator(translator)
                    _installed.append(translator)
                else:
                    complete = False
            QLocale.setDefault(QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom))
        else:
            translator = QTranslator()
            if translator.load(str(i18n_dir() / ENGLISH_PLURALS)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if app is not None:
            app.setProperty(_LANGUAGE_PROPERTY, language)
        return complete


def current_language() -> str:
    """The interface language: 'en' or 'cy' (form text follows it too)."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if value in ("en", "cy") else "en"
