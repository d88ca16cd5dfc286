"""Deletion records: the inspections wiped from this laptop, each exportable as a PDF certificate (en/cy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.wipe import WipeRecordView, Wipes
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.operations import QueryOp

_TEXT = {
    "title": LocalizedText("Deletion records", "Cofnodion dileu"),
    "intro": LocalizedText(
        "Inspections closed and wiped from this laptop. Each record says what was deleted, when and by whom; "
        "no child's data is kept in it.",
        "Arolygiadau a gaewyd ac a ddilëwyd o'r gliniadur hwn. Mae pob cofnod yn dweud beth a ddilëwyd, pryd a "
        "chan bwy; nid oes data unrhyw blentyn yn cael ei gadw ynddo.",
    ),
    "none": LocalizedText("No inspection has been wiped from this laptop.",
                          "Nid oes arolygiad wedi'i ddileu o'r gliniadur hwn."),
    "inspection": LocalizedText("Inspection", "Arolygiad"),
    "dates": LocalizedText("Dates", "Dyddiadau"),
    "wiped_at": LocalizedText("Wiped at (UTC)", "Dilëwyd am (UTC)"),
    "by": LocalizedText("By", "Gan"),
    "rows": LocalizedText("Records deleted", "Cofnodion a ddilëwyd"),
    "checksum": LocalizedText("Content SHA-256", "SHA-256 y cynnwys"),
    "pdf_en": LocalizedText("Certificate (English)…", "Tystysgrif (Saesneg)…"),
    "pdf_cy": LocalizedText("Certificate (Cymraeg)…", "Tystysgrif (Cymraeg)…"),
    "close": LocalizedText("Close", "Cau"),
    "save": LocalizedText("Save the deletion certificate", "Cadw'r dystysgrif dileu"),
    "written": LocalizedText("Wrote {path}", "Ysgrifennwyd {path}"),
}


class WipesDialog(QDialog):
    def __init__(self, wipes: Wipes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wipes = wipes
        self._lang = current_language()
        self.records: list[WipeRecordView] = []
        self.setObjectName("wipesDialog")
        self.setWindowTitle(self._t("title"))
        self.resize(900, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self._t("intro"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("wipesTable")
        self.table.setHorizontalHeaderLabels(
            [self._t(k) for k in ("inspection", "dates", "wiped_at", "by", "rows", "checksum")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.status = QLabel("")
        self.status.setObjectName("wipesStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.pdf_en = QPushButton(self._t("pdf_en"))
        self.pdf_en.setObjectName("certificateEnglish")
        self.pdf_cy = QPushButton(self._t("pdf_cy"))
        self.pdf_cy.setObjectName("certificateWelsh")
        close = QPushButton(self._t("close"))
        close.clicked.connect(self.accept)
        self.pdf_en.clicked.connect(lambda: self._ask_and_export("en"))
        self.pdf_cy.clicked.connect(lambda: self._ask_and_export("cy"))
        buttons.addWidget(self.pdf_en)
        buttons.addWidget(self.pdf_cy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def _t(self, key: str, **values: object) -> str:
        return _TEXT[key].get(self._lang).format(**values)

    def reload(self) -> None:
        QueryOp(parent=self, op=lambda work: self._wipes.list(), success=self._show).run_in_background()

    def _show(self, records: list[WipeRecordView]) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, r in enumerate(records):
            cells = (r.inspection_name, f"{r.start_date} – {r.end_date}", r.wiped_at, r.wiped_by,
                     f"{sum(r.counts.values()):,}", r.content_sha256)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if records:
            self.table.selectRow(0)
        self.status.setText("" if records else self._t("none"))
        self._update_buttons()

    def selected(self) -> WipeRecordView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.pdf_en.setEnabled(chosen)
        self.pdf_cy.setEnabled(chosen)

    def _ask_and_export(self, lang: str) -> None:
        record = self.selected()
        if record is None:
            return
        proposed = f"deletion-certificate-{record.id[:8]}-{lang}.pdf"
        path = messages.choose_save_file(self, self._t("save"), "PDF (*.pdf)", proposed)
        if path:
            self.export_certificate(Path(path), lang)

    def export_certificate(self, path: Path, lang: str) -> None:
        """Write the selected record's certificate to *path* on a reader thread."""
        record = self.selected()
        if record is None:
            return
        wipe_id = record.id
        QueryOp(parent=self, op=lambda work: self._wipes.certificate(wipe_id, path, lang=lang),
                success=lambda written: self.status.setText(self._t("written", path=written))).run_in_background()
