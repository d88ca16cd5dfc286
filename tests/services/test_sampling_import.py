"""Sampling lists from the local authority: CSV and XLSX, every bad row reported, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import OperationCancelledError, UserError
from jicpa_desktop.services.long_work import CancelToken


def _write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_good_csv_imports_every_row(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "list.csv", "Reference,Agency,Kind,Age band,Inspector\n"
                      "CDF24-01,children_services,sampled,5-11,Inspector A\n"
                      "CDF24-01,police,sampled,5-11,Inspector B\n"
                      "CDF24-02,health,tracked,under 1,\n")
    report = services.sampling.run(inspection_id, path)
    assert report.imported == 3 and report.problems == ()
    cases = {(c.reference, c.agency): c for c in services.cases.list(inspection_id)}
    assert cases[("CDF24-02", "health")].kind == "tracked"
    assert cases[("CDF24-02", "health")].age_band == "under_1"
    assert cases[("CDF24-01", "police")].inspector == "Inspector B"


def test_bad_rows_are_all_reported_by_line_and_nothing_is_imported(
    services: AppServices, inspection_id: str, tmp_path: Path
) -> None:
    services.cases.add(inspection_id, reference="CDF24-09", agency="police", kind="sampled")
    path = _write_csv(tmp_path / "list.csv", "reference,agency,kind,age_band\n"
                      "CDF24-01,children_services,sampled,5-11\n"   # line 2: good
                      "Jane Smith,police,sampled,5-11\n"             # line 3: a name
                      "CDF24-03,fire_brigade,sampled,\n"             # line 4: agency
                      "CDF24-04,health,sometimes,\n"                 # line 5: kind
                      "CDF24-05,health,sampled,teen\n"               # line 6: age band
                      "CDF24-01,children_services,tracked,\n"        # line 7: duplicate of line 2
                      "CDF24-09,police,sampled,\n")                  # line 8: already in the store
    report = services.sampling.run(inspection_id, path)
    assert report.imported == 0
    lines = [p.line for p in report.problems]
    assert lines == [3, 4, 5, 6, 7, 8]  # the file already in the store too, in the same run
    text = "\n".join(str(p) for p in report.problems)
    assert "line 3" in text and "not a case reference" in text
    assert "fire_brigade" in text and "sometimes" in text and "teen" in text and "line 2" in text
    assert [c.reference for c in services.cases.list(inspection_id)] == ["CDF24-09"]
    assert "CDF24-09" in report.problems[-1].message and "already recorded" in report.problems[-1].message


def test_identifying_columns_are_refused(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "list.csv", "reference,agency,Child name,DOB\nCDF24-01,police,A,2019-01-01\n")
    report = services.sampling.run(inspection_id, path)
    assert report.imported == 0
    assert {p.column for p in report.problems} == {"Child name", "DOB"}
    assert all("identifies a person" in p.message for p in report.problems)


def test_xlsx_list_imports(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Case ref", "Agency", "Type"])
    sheet.append(["CDF24-11", "Education", "sampled"])
    sheet.append(["CDF24-12", "YJS", "tracked"])
    workbook.save(tmp_path / "list.xlsx")
    report = services.sampling.run(inspection_id, tmp_path / "list.xlsx")
    assert report.imported == 2
    assert {(c.reference, c.agency) for c in services.cases.list(inspection_id)} == {
        ("CDF24-11", "education"), ("CDF24-12", "youth_justice")}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("list.xlsx", b"PK\x03\x04 truncated zip", "cannot be read as a sampling list"),
    ("list.pdf", b"%PDF-1.4", "must be a .csv or .xlsx"),
    ("list.csv", b"", "is empty"),
])
def test_unreadable_files_get_a_clear_message(services: AppServices, inspection_id: str, tmp_path: Path,
                                              name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UserError, match=message):
        services.sampling.run(inspection_id, tmp_path / name)
    assert services.cases.list(inspection_id) == []


def test_cancelling_keeps_nothing(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    rows = "".join(f"CDF24-{n:03d},police,sampled\n" for n in range(50))
    path = _write_csv(tmp_path / "list.csv", "reference,agency,kind\n" + rows)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done == 10:
            token.cancel()

    with pytest.raises(OperationCancelledError):
        services.sampling.run(inspection_id, path, progress=progress, cancel=token)
    assert services.cases.list(inspection_id) == []


def test_every_problem_of_every_row_is_reported_at_once_in_both_languages(
    services: AppServices, inspection_id: str, tmp_path: Path
) -> None:
    services.cases.add(inspection_id, reference="CDF-51", agency="children_services", kind="sampled")
    path = _write_csv(tmp_path / "list.csv", "reference,agency,kind,age_band\n"
                      "cdf-51,children_services,sometimes,teen\n"  # line 2: already there (case aside), kind, age
                      "Jane Smith,fire_brigade,sampled,\n"          # line 3: a name, and the agency
                      "CDF24-07,police,sampled,5-11\n"              # line 4: good
                      "cdf24-07,police,tracked,\n")                 # line 5: line 4 again, in other letters
    report = services.sampling.run(inspection_id, path)
    assert report.imported == 0
    found = sorted((p.line, p.column) for p in report.problems)
    assert found == [(2, "age_band"), (2, "kind"), (2, "reference"), (3, "agency"), (3, "reference"),
                     (5, "reference")]
    assert all(p.message and p.message_cy and p.message_cy != p.message for p in report.problems)
    by_place = {(p.line, p.column): p for p in report.problems}
    assert "CDF-51" in by_place[(2, "reference")].message and "already" in by_place[(2, "reference")].message
    assert "line 4" in by_place[(5, "reference")].message and "linell 4" in by_place[(5, "reference")].message_cy
    assert [c.reference for c in services.cases.list(inspection_id)] == ["CDF-51"]


def test_adding_a_reference_that_differs_only_in_case_is_refused(services: AppServices, inspection_id: str) -> None:
    services.cases.add(inspection_id, reference="CDF-51", agency="children_services", kind="sampled")
    with pytest.raises(UserError) as caught:
        services.cases.add(inspection_id, reference="cdf-51", agency="children_services", kind="sampled")
    assert "CDF-51" in caught.value.message.en and "CDF-51" in caught.value.message.cy
    assert [c.reference for c in services.cases.list(inspection_id)] == ["CDF-51"]
