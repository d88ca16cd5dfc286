"""The lead's sample: import the local authority's list of children as the frame (a preview says what is new),
then draw the stratified random sample with a seed and a rationale; the preview shows each stratum's share and
the chosen references before any file is made (services/sampling_frame.py has the rule). The files drawn from
the frame are listed with their strata by name; the lead can pick a child by hand or swap a drawn file for
another, each with a reason (sample_choice_dialog.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.domain.sample_labels import stratum_label, value_label
from jicpa_desktop.services.dto import CaseInfo
from jicpa_desktop.services.sampling_frame import STRATA, Candidate, FramePreview, SampleDraw
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.labels import kind_label
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp, task_manager
from jicpa_desktop.ui.team.sample_choice_dialog import PickDialog, SwapDialog, candidate_cells, make_table

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices

ChoiceDialog = TypeVar("ChoiceDialog", PickDialog, SwapDialog)


class SampleDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleDialog")
        self.setWindowTitle(self.tr("The sample"))
        self.resize(1180, 680)
        self._services = services
        self._inspection_id = inspection_id
        self._language = current_language()
        self.frame_size = -1
        self.candidates: list[Candidate] = []  # the whole frame
        self.free: list[Candidate] = []  # the frame's children not yet files
        self.in_sample: list[tuple[CaseInfo, Candidate]] = []  # files that came from the frame
        self.choice_dialog: PickDialog | SwapDialog | None = None
        self.previewed: SampleDraw | None = None
        self.drawn: SampleDraw | None = None
        layout = QVBoxLayout(self)

        frame_box = QGroupBox(self.tr("The list of children (the sampling frame)"))
        frame_layout = QHBoxLayout(frame_box)
        self.frame_label = QLabel()
        self.frame_label.setObjectName("frameSize")
        self.frame_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import the list…"))
        self.import_button.setObjectName("importFrame")
        self.import_button.clicked.connect(self.choose_list)
        frame_layout.addWidget(self.frame_label, 1)
        frame_layout.addWidget(self.import_button)
        layout.addWidget(frame_box)

        draw_box = QGroupBox(self.tr("Draw the sample"))
        form = QFormLayout(draw_box)
        self.sampled = QSpinBox()
        self.sampled.setObjectName("sampledSize")
        self.sampled.setRange(0, 5000)
        self.tracked = QSpinBox()
        self.tracked.setObjectName("trackedSize")
        self.tracked.setRange(0, 5000)
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("Sampled")))
        sizes.addWidget(self.sampled)
        sizes.addWidget(QLabel(self.tr("Tracked")))
        sizes.addWidget(self.tracked)
        sizes.addStretch(1)
        form.addRow(self.tr("Files"), sizes)
        strata = QHBoxLayout()
        names = {"agency": self.tr("Agency"), "age_band": self.tr("Age band"), "status": self.tr("CPR/CLA status"),
                 "concern": self.tr("Concern type")}
        self.strata_boxes: dict[str, QCheckBox] = {}
        for stratum in STRATA:
            box = QCheckBox(names[stratum])
            box.setObjectName(f"stratum_{stratum}")
            box.setChecked(stratum == "agency")
            self.strata_boxes[stratum] = box
            strata.addWidget(box)
        strata.addStretch(1)
        form.addRow(self.tr("Strata"), strata)
        self.seed = QLineEdit()
        self.seed.setObjectName("sampleSeed")
        self.seed.setPlaceholderText(self.tr("any number or word; recorded, so the draw can be repeated"))
        form.addRow(self.tr("Seed"), self.seed)
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("sampleRationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr("Why these strata and sizes (recorded with the draw)"))
        self.rationale.setFixedHeight(self.rationale.fontMetrics().height() * 4)
        form.addRow(self.tr("Rationale"), self.rationale)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview the draw"))
        self.preview_button.setObjectName("previewDraw")
        self.preview_button.clicked.connect(lambda: self.draw(apply=False))
        self.draw_button = QPushButton(self.tr("&Draw and make the files"))
        self.draw_button.setObjectName("drawSample")
        self.draw_button.clicked.connect(lambda: self.draw(apply=True))
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.draw_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        layout.addWidget(draw_box)
        split = QSplitter()
        self.result = QPlainTextEdit()
        self.result.setObjectName("sampleResult")
        self.result.setReadOnly(True)
        self.result.setAccessibleName(self.tr("The draw"))
        self.result.setPlaceholderText(self.tr("Preview the draw to see here how many each stratum gets and which "
                                               "children are chosen, before any file is made."))
        split.addWidget(self.result)
        files_box = QGroupBox(self.tr("Files from the frame"))
        files_layout = QVBoxLayout(files_box)
        self.files_table = make_table("sampleFiles", self.tr("Files from the frame"))
        self.files_model = self._files_model()
        self.files_table.setModel(self.files_model)
        files_layout.addWidget(self.files_table, 1)
        choices = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pic&k by hand…"))
        self.pick_button.setObjectName("pickByHand")
        self.pick_button.setToolTip(self.tr("Make a child of the frame a file, with the reason"))
        self.pick_button.clicked.connect(self.open_pick)
        self.swap_button = QPushButton(self.tr("S&wap…"))
        self.swap_button.setObjectName("swapFile")
        self.swap_button.setToolTip(self.tr("Replace a drawn file by another child of the frame, with the reason"))
        self.swap_button.clicked.connect(self.open_swap)
        choices.addWidget(self.pick_button)
        choices.addWidget(self.swap_button)
        choices.addStretch(1)
        files_layout.addLayout(choices)
        split.addWidget(files_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.problem = QLabel()
        self.problem.setObjectName("sampleProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(close)
        task_manager().changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        frame, progress, inspection_id = self._services.frame, self._services.progress, self._inspection_id

        def read(_work: Work) -> tuple[list[Candidate], list[CaseInfo]]:
            # With each file's work status (the case list alone says "not started"): a file with answers
            # cannot be swapped, and the swap dialog shows which.
            files = [dataclasses.replace(p.case, status=p.status) for p in progress.cases(inspection_id)]
            return frame.candidates(inspection_id), files

        QueryOp(parent=self, op=read, success=self._show).run_in_background()

    def _on_changes(self, changes: Changes) -> None:
        # Answers too: a file with answers can no longer be swapped, and the swap dialog says so.
        if changes.touches_inspection(self._inspection_id) and changes.touches(ChangeKind.CASES, ChangeKind.ANSWERS):
            self.reload()

    def _show(self, data: tuple[Sequence[Candidate], Sequence[CaseInfo]]) -> None:
        candidates, files = data
        by_key = {(c.reference.casefold(), c.agency): c for c in candidates}
        self.candidates = list(candidates)
        self.in_sample = [(f, by_key[key]) for f in files if (key := (f.reference.casefold(), f.agency)) in by_key]
        taken = {(f.reference.casefold(), f.agency) for f in files}
        self.free = [c for c in candidates if (c.reference.casefold(), c.agency) not in taken]
        # A new model, filled before the table gets it: the header sizes its columns to what a model holds when
        # it is set, not to rows appended later (they showed elided, "Childr…").
        old, self.files_model = self.files_model, self._files_model()
        for case, candidate in self.in_sample:
            self.files_model.appendRow([QStandardItem(text) for text in
                                        (*candidate_cells(candidate, self._language), kind_label(case.kind))])
        self.files_table.setModel(self.files_model)
        old.deleteLater()
        self.pick_button.setEnabled(bool(self.free))
        self.swap_button.setEnabled(bool(self.free) and bool(self.in_sample))
        self._show_size(len(candidates))

    def _files_model(self) -> QStandardItemModel:
        model = QStandardItemModel(0, 6, self)
        model.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Agency"), self.tr("Age band"),
                                         self.tr("CPR/CLA status"), self.tr("Concern type"), self.tr("Kind")])
        return model

    def _show_size(self, size: int) -> None:
        self.frame_size = size
        if size:
            text = self.tr("%1 children in the frame.").replace("%1", str(size))
            if self.in_sample:
                text += " " + self.tr("%1 are files; %2 are not.").replace("%1", str(len(self.in_sample))) \
                    .replace("%2", str(len(self.free)))
        else:
            text = self.tr("No list yet: import the local authority's list of children (CSV or Excel; reference, "
                           "agency, and optionally age_band, status, concern).")
        self.frame_label.setText(text)

    def open_pick(self) -> PickDialog:
        """Pick a child of the frame by hand (a reason is required); the list reloads when it is made."""
        dialog = PickDialog(self._services, self._inspection_id, self.free, self._language, self)
        return self._open_choice(dialog)

    def open_swap(self) -> SwapDialog:
        """Swap a drawn file for another child of the frame (a reason is required)."""
        dialog = SwapDialog(self._services, self._inspection_id, self.in_sample, self.free, self._language, self)
        return self._open_choice(dialog)

    def _open_choice(self, dialog: ChoiceDialog) -> ChoiceDialog:
        self.problem.setText("")
        dialog.finished.connect(dialog.deleteLater)
        self.choice_dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, error: BaseException, trace: str) -> None:
        present_in_place(self.problem, self, error, trace)

    def choose_list(self) -> None:
        path = messages.choose_open_file(self, self.tr("The list of children"),
                                         self.tr("Lists (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_list(path)

    def import_list(self, path: str) -> None:
        """Preview the list, ask, then add what is new."""
        frame, inspection_id = self._services.frame, self._inspection_id
        self.problem.setText("")

        def previewed(preview: FramePreview) -> None:
            if preview.problems:
                language = current_language()
                self.problem.setText(self.tr("Nothing imported; fix these rows and import again:") + "\n" + "\n".join(
                    f"{p.line}: {p.column}: {p.text.get(language)}" for p in preview.problems[:20]))
                return
            question = self.tr("Add %1 children to the frame? %2 are in it already.") \
                .replace("%1", str(len(preview.new))).replace("%2", str(preview.already))
            if preview.new and messages.ask_yes_no(self, self.tr("The list of children"), question):
                WriteOp(parent=self, op=lambda _work: frame.import_list(inspection_id, path),
                        changes=Changes.of(inspection_id, ChangeKind.CASES),
                        success=lambda _result: self.reload()).failure(self._failed).run_in_background()
            elif not preview.new:
                self.problem.setText(self.tr("Every child on this list is in the frame already."))

        # A preview is a write transaction rolled back: it goes through the writer, in turn.
        WriteOp(parent=self, op=lambda _work: frame.import_list(inspection_id, path, apply=False), changes=Changes(),
                success=previewed).failure(self._failed).run_in_background()

    def draw(self, *, apply: bool) -> None:
        frame, inspection_id = self._services.frame, self._inspection_id
        strata = [s for s, box in self.strata_boxes.items() if box.isChecked()]
        sampled, tracked = self.sampled.value(), self.tracked.value()
        seed, rationale = self.seed.text(), self.rationale.toPlainText()
        self.problem.setText("")
        if apply and not messages.ask_yes_no(self, self.tr("Draw the sample"), self.tr(
                "Draw %1 sampled and %2 tracked files? The chosen become case files, and the draw is recorded.")
                .replace("%1", str(sampled)).replace("%2", str(tracked))):
            return

        def work(_work: Work) -> SampleDraw:
            return frame.draw(inspection_id, sampled=sampled, tracked=tracked, seed=seed, rationale=rationale,
                              strata=strata, apply=apply)

        WriteOp(parent=self, op=work, changes=Changes.of(inspection_id, ChangeKind.CASES) if apply else Changes(),
                success=lambda d: self._show_draw(d, apply)).failure(self._failed).run_in_background()

    def _show_draw(self, draw: Any, applied: bool) -> None:
        if applied:
            self.drawn = draw
        else:
            self.previewed = draw
        language = self._language
        lines = [self.tr("Drawn: %1 files made.").replace("%1", str(len(draw.case_ids))) if applied
                 else self.tr("Preview (no files made):"),
                 self.tr("Frame checksum %1, seed %2").replace("%1", draw.frame_checksum[:16]).replace("%2", draw.seed),
                 ""]
        lines += [self.tr("%1: %2 drawn of %3").replace("%1", stratum_label(draw.strata, key, language))
                  .replace("%2", str(drawn)).replace("%3", str(held)) for key, held, drawn in draw.allocation]
        lines += ["", self.tr("Tracked:"), *map(self._chosen_text, draw.tracked), "", self.tr("Sampled:"),
                  *map(self._chosen_text, draw.sampled)]
        self.result.setPlainText("\n".join(lines))

    def _chosen_text(self, chosen: str) -> str:
        """'REF (agency)' as the service gives it, with the agency's name."""
        reference, bracket, agency = chosen.rpartition(" (")
        if not bracket:
            return chosen
        return f"{reference} ({value_label('agency', agency.rstrip(')'), self._language)})"
