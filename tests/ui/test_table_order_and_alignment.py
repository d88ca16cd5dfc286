"""The tables as a new user reads them: the dashboard's sort arrow tells the truth, numbers line up right."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionHeader
from pytestqt.qtbot import QtBot

from jicpa_desktop.services.dto import InspectionInfo
from jicpa_desktop.services.progress import summarise
from jicpa_desktop.ui.dashboard import DashboardPage
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.models import case_table_model as cases
from jicpa_desktop.ui.models import form_status_model as forms
from jicpa_desktop.ui.models import progress_summary_model as summary
from jicpa_desktop.ui.models.case_table_model import CaseTableModel
from jicpa_desktop.ui.models.form_status_model import FormStatusModel
from jicpa_desktop.ui.models.progress_summary_model import ProgressSummaryModel
from jicpa_desktop.ui.models.record_table_model import RecordTableModel
from tests.ui.test_models import CASES, _form

RIGHT = Qt.AlignmentFlag.AlignRight


def _inspection() -> InspectionInfo:
    return InspectionInfo("insp", "Order test", "Testshire", "2026-12-01", "2026-12-04", (), (), {})


def test_the_dashboard_starts_in_the_order_its_arrow_shows(qtbot: QtBot) -> None:
    page = DashboardPage("en")
    qtbot.addWidget(page)
    page.show_inspection(_inspection(), list(reversed(CASES)), summarise(CASES))
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == cases.REFERENCE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    shown = [page.filter_model.index(r, cases.REFERENCE).data() for r in range(page.filter_model.rowCount())]
    assert shown == sorted(shown)


def _is_right(model: RecordTableModel, column: int) -> bool:
    cell = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
    heading = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    return bool(cell is not None and int(cell) & RIGHT and heading is not None and int(heading) & RIGHT)


def test_every_numeric_column_is_right_aligned_on_every_screen(qapp: object) -> None:
    case_model = CaseTableModel("en")
    case_model.set_cases(CASES)
    summary_model = ProgressSummaryModel("en")
    summary_model.set_rows(summarise(CASES))
    form_model = FormStatusModel("en")
    form_model.set_forms([_form("a", "in_progress", required=2)])
    for model, numeric in ((case_model, (cases.REQUIRED, cases.EVIDENCE)),
                           (summary_model, (summary.FILES, summary.REQUIRED, summary.EVIDENCE, summary.ESCALATIONS)),
                           (form_model, (forms.REQUIRED, forms.EVIDENCE))):
        for column in numeric:
            assert _is_right(model, column), (type(model).__name__, column)
        assert not _is_right(model, 0)  # text stays as it reads


def _arrow_points_up(page: DashboardPage) -> bool:
    """Draw the header's sort arrow alone, as its style draws it, and see which way the triangle points."""
    header = page.table.horizontalHeader()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, 16, 16)
    # What QHeaderView itself hands the style (Qt: ascending is "SortDown").
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    option.sortIndicator = (QStyleOptionHeader.SortIndicator.SortDown if ascending
                            else QStyleOptionHeader.SortIndicator.SortUp)
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    header.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, header)
    painter.end()
    widths = [sum(image.pixelColor(x, y).lightness() < 160 for x in range(16)) for y in range(16)]
    rows = [w for w in widths if w]
    assert len(rows) >= 3, "no sort arrow drawn"
    return rows[0] < rows[-1]


def test_the_sort_arrow_points_up_for_a_to_z_and_down_for_z_to_a(qtbot: QtBot) -> None:
    page = DashboardPage("en")
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    page.show_inspection(_inspection(), list(CASES), summarise(CASES))
    qtbot.waitExposed(page)
    assert _arrow_points_up(page)
    page.table.sortByColumn(cases.REFERENCE, Qt.SortOrder.DescendingOrder)
    assert page.filter_model.index(0, cases.REFERENCE).data() == "ABC24-03"
    assert not _arrow_points_up(page)


def test_no_dashboard_column_is_clipped_in_welsh_at_the_default_width(qtbot: QtBot) -> None:
    Translations().apply("cy")
    try:
        page = DashboardPage("cy")
        qtbot.addWidget(page)
        page.resize(1156, 600)  # the default window's width, less its margins
        page.show()
        page.show_inspection(_inspection(), list(CASES), summarise(CASES))
        qtbot.waitExposed(page)
        for table in (page.table, page.summary_table):
            header = table.horizontalHeader()
            metrics = header.fontMetrics()
            for column in range(table.model().columnCount()):
                heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
                widest_line = max(metrics.horizontalAdvance(line) for line in heading.split("\n"))
                assert header.sectionSize(column) >= widest_line, (heading, header.sectionSize(column))
                if table.itemDelegateForColumn(column) is None:
                    assert header.sectionSize(column) >= table.sizeHintForColumn(column) - 1, heading
    finally:
        Translations().apply("en")
