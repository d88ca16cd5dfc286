"""Asks for the day of the meeting observed (never in the future) before an observation is made."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class NewObservationDialog(QDialog):
    def __init__(self, default: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newObservationDialog")
        self.setWindowTitle(self.tr("New observation"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Record a meeting you observed: a conference, a core group, a strategy meeting. "
                               "Write roles only, never names."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("newObservationDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        day = min(default, dt.date.today())
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        label = QLabel(self.tr("&Date of the meeting:"))
        label.setBuddy(self.date_edit)
        form.addRow(label, self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add observation"))
        ok.setObjectName("addObservation")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen_date(self) -> dt.date:
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())
