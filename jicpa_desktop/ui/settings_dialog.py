"""Settings: the interface language (English or Cymraeg); form text follows it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
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
        layout.addLayout(form)
        note = QLabel(self.tr("Forms show their Welsh text where the form definition has it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def language(self) -> str:
        return str(self.language_combo.currentData())
