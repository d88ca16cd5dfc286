"""The start page: reopen an inspection, set up a new one, join one from the lead's package, or try the demo
(offered first on a new database)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.ui import theme
from jicpa_desktop.ui.dates import display_range
from jicpa_desktop.ui.i18n import current_language

if TYPE_CHECKING:
    from jicpa_desktop.services.dto import InspectionInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QWidget):
    new_requested = Signal()
    demo_requested = Signal()
    join_requested = Signal()
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        title = QLabel(self.tr("JICPA Desktop"))
        title.setFont(theme.scaled_font(self.font(), 1.8, bold=True))
        column.addWidget(title)
        subtitle = QLabel(self.tr("Joint Inspections of Child Protection Arrangements: fieldwork audit"))
        subtitle.setWordWrap(True)
        column.addWidget(subtitle)
        self.welcome = QLabel(
            self.tr(
                "Welcome. There is no inspection in this database yet. Open the demo inspection to see how "
                "the app works with fictional files, set up the inspection you are about to carry out, or — "
                "if you are in the team — join it from the package the lead inspector gave you."
            )
        )
        self.welcome.setWordWrap(True)
        column.addSpacing(12)
        column.addWidget(self.welcome)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Open the &demo inspection"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.new_button = QPushButton(self.tr("&New inspection…"))
        self.new_button.clicked.connect(self.new_requested)
        self.join_button = QPushButton(self.tr("&Join an inspection from the lead's package…"))
        self.join_button.setObjectName("joinInspection")
        self.join_button.clicked.connect(self.join_requested)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addSpacing(12)
        self.list_label = QLabel(self.tr("&Inspections in this database:"))
        column.addWidget(self.list_label)
        self.inspection_list = QListWidget()
        self.inspection_list.setAccessibleName(self.tr("Inspections in this database"))
        self.inspection_list.itemActivated.connect(self._open_item)
        self.list_label.setBuddy(self.inspection_list)
        column.addWidget(self.inspection_list, 3)
        self.open_button = QPushButton(self.tr("&Open inspection"))
        self.open_button.clicked.connect(self._open_current)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(720)
        holder.setMinimumWidth(420)
        outer.addWidget(holder, 4)
        outer.addStretch(1)

    def set_inspections(self, inspections: Sequence[InspectionInfo]) -> None:
        self.inspection_list.clear()
        for inspection in inspections:
            text = (f"{inspection.name}\n{inspection.local_authority} · "
                    f"{display_range(inspection.start_date, inspection.end_date, current_language())} · "
                    + self.tr("%n file(s)", "", inspection.case_count))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, inspection.id)
            self.inspection_list.addItem(item)
        empty = not inspections
        self.welcome.setVisible(empty)
        for widget in (self.list_label, self.inspection_list, self.open_button):
            widget.setVisible(not empty)
        if not empty:
            self.inspection_list.setCurrentRow(0)
        (self.demo_button if empty else self.inspection_list).setFocus()
        self.demo_button.setDefault(empty)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(ID_ROLE)))

    def _open_current(self) -> None:
        item = self.inspection_list.currentItem()
        if item is not None:
            self._open_item(item)
