"""The lead's sample: import the local authority's list of children as the frame (a preview says what is new),
then draw the stratified random sample with a seed and a rationale; the preview shows each stratum's share and
the chosen references before any file is made (services/sampling_frame.py has the rule)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.services.sampling_frame import STRATA, FramePreview, SampleDraw
from jicpa_desktop.ui import messages
from jicpa_desktop.ui.error_presenter import present_in_place
from jicpa_desktop.ui.i18n import current_language
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices


class SampleDialog(QDialog):
    def __init__(self, services: AppServices, inspection_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sampleDialog")
        self.setWindowTitle(self.tr("The sample"))
        self.resize(860, 640)
        self._services = services
        self._inspection_id = inspection_id
        self.frame_size = -1
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
        self.result = QPlainTextEdit()
        self.result.setObjectName("sampleResult")
        self.result.setReadOnly(True)
        layout.addWidget(self.result, 1)
        self.problem = QLabel()
        self.problem.setObjectName("sampleProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        frame, inspection_id = self._services.frame, self._inspection_id
        QueryOp(parent=self, op=lambda _work: len(frame.candidates(inspection_id)), success=self._show_size) \
            .run_in_background()

    def _show_size(self, size: int) -> None:
        self.frame_size = size
        self.frame_label.setText(self.tr("%1 children in the frame.").replace("%1", str(size)) if size else self.tr(
            "No list yet: import the local authority's list of children (CSV or Excel; reference, agency, and "
            "optionally age_band, status, concern)."))

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
        lines = [self.tr("Drawn: %1 files made.").replace("%1", str(len(draw.case_ids))) if applied
                 else self.tr("Preview (no files made):"),
                 self.tr("Frame checksum %1, seed %2").replace("%1", draw.frame_checksum[:16]).replace("%2", draw.seed),
                 ""]
        lines += [f"{' / '.join(k) or '—'}: {d} / {n}" for k, n, d in draw.allocation]
        lines += ["", self.tr("Tracked:"), *draw.tracked, "", self.tr("Sampled:"), *draw.sampled]
        self.result.setPlainText("\n".join(lines))
