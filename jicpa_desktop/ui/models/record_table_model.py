"""A read-only table over a list of plain records: the rows, the columns and their translated headings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Headings longer than this go on two lines, so long (Welsh) headings do not squeeze the other columns.
ONE_LINE_HEADING = 14


def two_line_heading(text: str) -> str:
    """*text* broken at the space nearest its middle when it is long; every word is kept."""
    if len(text) <= ONE_LINE_HEADING or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [i for i, character in enumerate(text) if character == " "]
    split = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:split]}\n{text[split + 1:]}"


class RecordTableModel(QAbstractTableModel):
    """Subclasses set COLUMN_COUNT and NUMBER_COLUMNS, give headers() and cell(); records are replaced whole."""

    COLUMN_COUNT: ClassVar[int] = 0
    # Columns of counts: right-aligned, heading and cells, on every screen (the one alignment rule).
    NUMBER_COLUMNS: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._records: list[Any] = []

    def _replace_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def headers(self) -> dict[int, str]:
        """Column headings, translated when asked for so a language switch shows at once."""
        raise NotImplementedError

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMBER_COLUMNS:
            return RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.headers().get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        heading = self.headers().get(section)
        return two_line_heading(heading) if heading is not None else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT_ALIGNED if index.column() in self.NUMBER_COLUMNS else None
        return self.cell(self._records[index.row()], index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        """What *record* shows in *column* for *role* (alignment is the base class's)."""
        raise NotImplementedError
