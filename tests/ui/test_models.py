"""The item models without any view: columns, roles, filters and totals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jicpa_desktop.services.dto import CaseInfo, FormStatus, ProgressRow
from jicpa_desktop.services.progress import CaseProgress
from jicpa_desktop.ui.models import case_table_model as cases
from jicpa_desktop.ui.models import form_status_model as forms
from jicpa_desktop.ui.models import progress_summary_model as summary
from jicpa_desktop.ui.models.case_filter_model import CaseFilterModel
from jicpa_desktop.ui.models.case_table_model import CaseTableModel
from jicpa_desktop.ui.models.form_status_model import FormStatusModel
from jicpa_desktop.ui.models.progress_summary_model import ProgressSummaryModel
from jicpa_desktop.ui.models.roles import ESCALATED_ROLE, ID_ROLE, PROGRESS_ROLE, SORT_ROLE


def _form(form_id: str, status: str, *, escalated: bool = False, required: int = 0) -> FormStatus:
    return FormStatus(form_id, form_id.title(), "", status, 5, 10, required, 1, "good", None, escalated)


def _case(reference: str, agency: str, kind: str, inspector: str | None, *forms_: FormStatus) -> CaseProgress:
    info = CaseInfo(f"id-{reference}", "insp", reference, agency, kind, "5_11", inspector)
    return CaseProgress(info, tuple(forms_))


CASES = [
    _case("ABC24-01", "children_services", "sampled", "Ann", _form("a", "complete"), _form("b", "complete")),
    _case("ABC24-02", "police", "tracked", "Bob", _form("a", "in_progress", escalated=True, required=3)),
    _case("ABC24-03", "health", "sampled", None, _form("a", "not_started", required=7)),
]


def test_case_table_model_columns_and_roles(qapp: object) -> None:
    model = CaseTableModel("en")
    model.set_cases(CASES)
    assert model.rowCount() == 3 and model.columnCount() == cases.COLUMN_COUNT
    first = model.index(0, cases.REFERENCE)
    assert first.data() == "ABC24-01"
    assert first.data(ID_ROLE) == "id-ABC24-01"
    assert model.index(0, cases.FORMS).data(PROGRESS_ROLE) == (2, 2)
    assert model.index(0, cases.STATUS).data() == "Complete"
    assert model.index(1, cases.AGENCY).data() == "Police"
    assert model.index(1, cases.REQUIRED).data() == "3"
    assert model.index(1, cases.ESCALATED).data(ESCALATED_ROLE) is True
    assert model.index(1, cases.ESCALATED).data() == "⚠ Escalated"
    assert model.index(2, cases.INSPECTOR).data() == "Unallocated"
    assert model.index(2, cases.REQUIRED).data(SORT_ROLE) == 7
    assert model.headerData(cases.FORMS, Qt.Orientation.Horizontal) == "Forms complete"
    assert model.row_of("id-ABC24-03") == 2


def test_case_table_model_speaks_welsh_for_agencies(qapp: object) -> None:
    model = CaseTableModel("cy")
    model.set_cases(CASES)
    assert model.index(1, cases.AGENCY).data() == "Heddlu"


def test_case_filter_model_filters_and_searches(qapp: object) -> None:
    model = CaseTableModel("en")
    model.set_cases(CASES)
    proxy = CaseFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_kind("sampled")
    assert proxy.rowCount() == 2
    proxy.set_agency("health")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["ABC24-03"]
    proxy.set_kind(None)
    proxy.set_agency(None)
    proxy.set_escalated_only(True)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["ABC24-02"]
    proxy.set_escalated_only(False)
    proxy.set_search("ann 01")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_inspector("Bob")
    assert proxy.rowCount() == 1
    proxy.set_inspector(None)
    proxy.set_status("complete")
    assert proxy.rowCount() == 1
    proxy.set_status(None)
    proxy.sort(cases.REQUIRED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "ABC24-03"


def test_form_status_model(qapp: object) -> None:
    model = FormStatusModel("en")
    model.set_forms([_form("voice", "in_progress", escalated=True), _form("plan", "complete")])
    assert model.form_ids() == ["voice", "plan"]
    assert model.index(0, forms.ANSWERED).data() == "5 / 10"
    assert model.index(0, forms.ANSWERED).data(PROGRESS_ROLE) == (5, 10)
    assert model.index(0, forms.SUGGESTED).data() == "Good"
    assert model.index(0, forms.FINAL).data() == "—"
    assert model.index(0, forms.ESCALATED).data() == "⚠ Escalated"
    assert model.index(1, forms.STATUS).data() == "Complete"


def test_progress_summary_model_totals(qapp: object) -> None:
    model = ProgressSummaryModel("en")
    model.set_rows([ProgressRow("Ann", "police", 2, 10, 4, 3, 1, 1),
                    ProgressRow("(unallocated)", "health", 1, 5, 0, 7, 2, 0)])
    assert model.index(1, summary.INSPECTOR).data() == "Unallocated"
    assert model.index(0, summary.FORMS).data(PROGRESS_ROLE) == (4, 10)
    totals = model.totals()
    assert (totals.files, totals.forms_total, totals.forms_complete, totals.escalations) == (3, 15, 4, 1)
