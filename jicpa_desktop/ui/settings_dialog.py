"""Settings: the interface language (English or Cymraeg; form text follows it) and when the app locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.ui.settings import IDLE_LOCK_MINUTES_DEFAULT, IDLE_LOCK_MINUTES_RANGE


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None,
                 idle_lock_minutes: int = IDLE_LOCK_MINUTES_DEFAULT) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        # Each language is named in itself, so someone who reads only one of them can find it.
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Cymraeg", "cy")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        form.addRow(self.tr("&Language / Iaith:"), self.language_combo)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(*IDLE_LOCK_MINUTES_RANGE)
        self.idle_minutes.setValue(idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes without use before the app locks itself"))
        form.addRow(self.tr("Lock &after:"), self.idle_minutes)
        layout.addLayout(form)
        note = QLabel(self.tr("Forms show their Welsh text where the form definition has it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        lock_note = QLabel(self.tr(
            "Left without use that long, the app hides every window behind the database passphrase (Ctrl+L "
            "locks it at once). Everything typed is saved first."))
        lock_note.setWordWrap(True)
        layout.addWidget(lock_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def idle_lock_minutes(self) -> int:
        return self.idle_minutes.value()
