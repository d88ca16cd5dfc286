"""Importing the local authority's sampling list (CSV or XLSX): all rows or none."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from jicpa_desktop.services.cases import Cases, NewCase, validate_new_case
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import ImportReport, RowProblem
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.store.tables import Inspection

COLUMNS = ("reference", "agency", "kind", "age_band", "inspector")
REQUIRED_COLUMNS = ("reference", "agency")

_HEADER_ALIASES = {
    "reference": "reference", "ref": "reference", "case_reference": "reference", "case_ref": "reference",
    "agency": "agency",
    "kind": "kind", "type": "kind", "sampled_tracked": "kind", "sampled/tracked": "kind",
    "age_band": "age_band", "age": "age_band", "age_group": "age_band",
    "inspector": "inspector", "allocated_inspector": "inspector", "allocated_to": "inspector",
}

# A sampling list must be pseudonymous before it reaches a laptop: refuse columns that carry identity.
_IDENTIFYING_HEADERS = ("name", "first_name", "surname", "last_name", "forename", "dob", "date_of_birth",
                        "address", "postcode", "nhs_number", "upn")

MAX_ROWS = 5000


def _key(header: str) -> str:
    return header.strip().lower().replace(" ", "_").replace("-", "_")


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from enumerate(csv.reader(io.StringIO(content), dialect), start=1)


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported late: only this path needs it

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        for line_number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line_number, ["" if v is None else str(v) for v in values]
    finally:
        workbook.close()


def read_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix == ".txt":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise UserError(f"{path.name}: a sampling list must be a .csv or .xlsx file.")


def parse_sampling_list(path: Path) -> tuple[list[tuple[int, NewCase]], list[RowProblem]]:
    """Read and check every row; returns the cases and every problem found, by line number."""
    try:
        rows = list(read_rows(path))
    except UserError:
        raise
    except FileNotFoundError:
        raise UserError(f"There is no file {path}.") from None
    except Exception as error:  # zip, xml or encoding errors all mean the same thing to the user
        raise UserError(
            f"{path.name} cannot be read as a sampling list ({type(error).__name__}: {error}). "
            "Save it again as CSV (UTF-8) or Excel .xlsx and retry."
        ) from None
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise UserError(
            f"{path.name} is empty: it needs a header row (reference, agency, kind, …) and one row per file."
        )
    header_line, header = rows[0]
    problems: list[RowProblem] = []
    positions: dict[str, int] = {}
    for index, heading in enumerate(header):
        key = _key(heading)
        if not key:
            continue
        if key in _IDENTIFYING_HEADERS or ("name" in key.split("_") and key != "inspector_name"):
            problems.append(RowProblem(header_line, heading, "this column identifies a person; remove it "
                                       "before import — the tool holds pseudonymous references only"))
            continue
        column = _HEADER_ALIASES.get(key) or ("inspector" if key == "inspector_name" else None)
        if column is None:
            problems.append(RowProblem(header_line, heading, f"unknown column; expected {', '.join(COLUMNS)}"))
        elif column in positions:
            problems.append(RowProblem(header_line, heading, f"column '{column}' appears twice"))
        else:
            positions[column] = index
    for column in REQUIRED_COLUMNS:
        if column not in positions:
            problems.append(RowProblem(header_line, column, "required column is missing from the header row"))
    if problems:
        return [], problems
    if len(rows) - 1 > MAX_ROWS:
        return [], [RowProblem(header_line, "", f"the list has {len(rows) - 1} rows; at most {MAX_ROWS} are accepted")]

    def cell(row: list[str], column: str) -> str:
        index = positions.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    cases: list[tuple[int, NewCase]] = []
    seen: dict[tuple[str, str], int] = {}
    for line_number, row in rows[1:]:
        try:
            new = validate_new_case(
                cell(row, "reference"), cell(row, "agency"), cell(row, "kind") or "sampled",
                cell(row, "age_band"), cell(row, "inspector") or None,
            )
        except ValueError as error:
            message = str(error)
            column = next((c for c in COLUMNS if c.replace("_", " ") in message or c in message), "")
            problems.append(RowProblem(line_number, column, message))
            continue
        natural_key = (new.reference, new.agency.value)
        if natural_key in seen:
            problems.append(RowProblem(line_number, "reference",
                                       f"{new.reference} for {new.agency.value} is already on line "
                                       f"{seen[natural_key]}"))
            continue
        seen[natural_key] = line_number
        cases.append((line_number, new))
    return cases, problems


class SamplingImport:
    def __init__(self, context: ServiceContext, cases: Cases) -> None:
        self._context = context
        self._cases = cases

    def run(self, inspection_id: str, path: Path, *, progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER_CANCELLED) -> ImportReport:
        """Import every row in one transaction, or none of them when any row is bad."""
        progress(0, 1, "Reading the sampling list")
        new_cases, problems = parse_sampling_list(Path(path))
        if problems:
            return ImportReport(0, tuple(problems))
        with self._context.writing() as session:
            if session.get(Inspection, inspection_id) is None:
                raise NotFoundError(f"There is no inspection {inspection_id!r}.")
            for done, (line_number, new) in enumerate(new_cases):
                cancel.check()  # cancelling raises out of the transaction: nothing is kept
                try:
                    self._cases.insert(session, inspection_id, new)
                except UserError as error:
                    problems.append(RowProblem(line_number, "reference", str(error)))
                progress(done + 1, len(new_cases), f"Adding {new.reference}")
            if problems:
                session.rollback()
                return ImportReport(0, tuple(problems))
        return ImportReport(len(new_cases), ())
