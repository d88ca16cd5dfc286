"""The result of a sampling-list import: how many files were added, or every bad row with how to fix it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.ui.i18n import current_language

if TYPE_CHECKING:
    from jicpa_desktop.services.dto import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, file_name: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReportDialog")
        self.setWindowTitle(self.tr("Sampling list import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problems_table = QTableWidget(len(report.problems), 3)
        self.problems_table.setAccessibleName(self.tr("Rows to fix"))
        self.problems_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems_table.verticalHeader().hide()
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setWordWrap(True)
        self.problems_table.setTabKeyNavigation(False)
        for row, problem in enumerate(report.problems):
            self.problems_table.setItem(row, 0, QTableWidgetItem(str(problem.line)))
            self.problems_table.setItem(row, 1, QTableWidgetItem(problem.column))
            self.problems_table.setItem(row, 2, QTableWidgetItem(problem.text.get(current_language())))
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems_table.resizeRowsToContents()
        if report.problems:
            self.summary.setText(
                self.tr(
                    "Nothing was imported from %1: %n row(s) need fixing. Correct them in the file and import it "
                    "again; no file is added until every row is right.", "", len(report.problems)
                ).replace("%1", file_name)
            )
            layout.addWidget(self.problems_table, 1)
            self.resize(760, 420)
        else:
            self.problems_table.hide()
            self.summary.setText(
                self.tr("%n file(s) imported from %1.", "", report.imported).replace("%1", file_name)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
