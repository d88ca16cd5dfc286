"""Importing the local authority's sampling list (CSV or XLSX): all rows or none."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from sqlmodel import select

from jicpa_desktop.domain.agencies import parse_agency
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.cases import Cases, NewCase, case_problems, reference_clash
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import ImportReport, RowProblem
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress
from jicpa_desktop.store.tables import CaseFile, Inspection

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
    # newline="": the csv module sees every line ending as it is (\n, \r\n, and the \r alone of old Mac
    # files, which a plain StringIO would pass as one long line) and keeps newlines inside quoted cells.
    yield from enumerate(csv.reader(io.StringIO(content, newline=""), dialect), start=1)


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
    cases, problems, _ = _parse(path)
    return cases, problems


def _parse(path: Path) -> tuple[list[tuple[int, NewCase]], list[RowProblem], list[tuple[int, str, str]]]:
    """The good cases, every problem, and (line, reference, agency) of each row whose reference and agency
    are good (to check against the files already in the inspection)."""
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
        raise UserError(LocalizedText(
            f"{path.name} is empty: a sampling list needs a header row (reference, agency, kind, …) and one row "
            f"per file under it, at most {MAX_ROWS:,} rows. Nothing was imported.",
            f"Mae {path.name} yn wag: mae angen rhes pennawd (reference, agency, kind, …) ar restr samplu, ac un "
            f"rhes i bob ffeil oddi tani, {MAX_ROWS:,} rhes ar y mwyaf. Ni fewnforiwyd dim.",
        ))
    header_line, header = rows[0]
    problems: list[RowProblem] = []
    positions: dict[str, int] = {}
    for index, heading in enumerate(header):
        key = _key(heading)
        if not key:
            continue
        if key in _IDENTIFYING_HEADERS or ("name" in key.split("_") and key != "inspector_name"):
            problems.append(_problem(header_line, heading, LocalizedText(
                "this column identifies a person; remove it before import — the tool holds pseudonymous "
                "references only",
                "mae'r golofn hon yn adnabod person; tynnwch hi cyn mewnforio — dim ond cyfeirnodau ffugenw "
                "y mae'r offeryn yn eu cadw",
            )))
            continue
        column = _HEADER_ALIASES.get(key) or ("inspector" if key == "inspector_name" else None)
        if column is None:
            problems.append(_problem(header_line, heading, LocalizedText(
                f"unknown column; expected {', '.join(COLUMNS)}: rename or remove it",
                f"colofn anhysbys; disgwylid {', '.join(COLUMNS)}: ailenwch hi neu ei thynnu",
            )))
        elif column in positions:
            problems.append(_problem(header_line, heading, LocalizedText(
                f"column '{column}' appears twice: keep one of them",
                f"mae colofn '{column}' yn ymddangos ddwywaith: cadwch un ohonynt",
            )))
        else:
            positions[column] = index
    for column in REQUIRED_COLUMNS:
        if column not in positions:
            problems.append(_problem(header_line, column, LocalizedText(
                "required column is missing from the header row: add it",
                "mae colofn ofynnol ar goll o'r rhes pennawd: ychwanegwch hi",
            )))
    if problems:
        return [], problems, []
    if len(rows) == 1:  # refused like an empty file: "imported 0" would read as success
        raise UserError(LocalizedText(
            f"{path.name} has a header row but no case files under it: a sampling list needs one row per file "
            f"under the header, at most {MAX_ROWS:,} rows. Nothing was imported.",
            f"Mae gan {path.name} res pennawd ond dim ffeiliau achos oddi tani: mae angen un rhes i bob ffeil o "
            f"dan y pennawd ar restr samplu, {MAX_ROWS:,} rhes ar y mwyaf. Ni fewnforiwyd dim.",
        ))
    if len(rows) - 1 > MAX_ROWS:
        return [], [_problem(header_line, "", LocalizedText(
            f"the list has {len(rows) - 1:,} rows; at most {MAX_ROWS:,} are accepted: split it into several lists "
            "and import each",
            f"mae gan y rhestr {len(rows) - 1:,} rhes; derbynnir {MAX_ROWS:,} ar y mwyaf: rhannwch hi'n sawl "
            "rhestr a mewnforio pob un",
        ))], []

    def cell(row: list[str], column: str) -> str:
        index = positions.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    cases: list[tuple[int, NewCase]] = []
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    files: list[tuple[int, str, str]] = []
    for line_number, row in rows[1:]:
        new, row_problems = case_problems(
            cell(row, "reference"), cell(row, "agency"), cell(row, "kind") or "sampled",
            cell(row, "age_band"), cell(row, "inspector") or None,
        )
        problems.extend(_problem(line_number, column, message) for column, message in row_problems)
        if new is not None:
            cases.append((line_number, new))
        file = _file_of(row_problems, cell(row, "reference"), cell(row, "agency"))
        if file is None:
            continue
        # Upper and lower case make no difference to a reference: CDF-51 and cdf-51 are the same file.
        reference, agency = file
        natural_key = (reference.casefold(), agency)
        if natural_key in seen:
            first_line, first_reference = seen[natural_key]
            problems.append(_problem(line_number, "reference", LocalizedText(
                f"{reference} for {agency} is already on line {first_line} (as {first_reference}; "
                "upper and lower case make no difference): keep one of the two lines",
                f"Mae {reference} ar gyfer {agency} eisoes ar linell {first_line} (fel {first_reference}; nid yw "
                "priflythrennau a llythrennau bach yn gwneud gwahaniaeth): cadwch un o'r ddwy linell",
            )))
            continue
        seen[natural_key] = (line_number, reference)
        files.append((line_number, reference, agency))
    return cases, problems, files


def _file_of(row_problems: list[tuple[str, LocalizedText]], reference: str, agency: str) -> tuple[str, str] | None:
    """(reference, agency code) of a row whose reference and agency are good, whatever else is wrong with it,
    so that duplicates are reported in the same run as the row's other problems."""
    if any(column in ("reference", "agency") for column, _ in row_problems):
        return None
    return reference.strip(), parse_agency(agency).value


def _problem(line: int, column: str, message: LocalizedText) -> RowProblem:
    return RowProblem(line, column, message.en, message.cy)


class SamplingImport:
    def __init__(self, context: ServiceContext, cases: Cases) -> None:
        self._context = context
        self._cases = cases

    def run(self, inspection_id: str, path: Path, *, progress: ProgressCallback = no_progress,
            cancel: CancelToken = NEVER_CANCELLED) -> ImportReport:
        """Import every row in one transaction, or none of them when any row is bad."""
        progress(0, 1, "Reading the sampling list")
        new_cases, problems, files = _parse(Path(path))
        with self._context.writing() as session:
            if session.get(Inspection, inspection_id) is None:
                raise NotFoundError(f"There is no inspection {inspection_id!r}.")
            # Files already in the inspection are checked with everything else, so one run lists every problem.
            existing = session.exec(
                select(CaseFile.reference, CaseFile.agency).where(CaseFile.inspection_id == inspection_id)
            ).all()
            for line_number, reference, agency in files:
                clash = reference_clash(reference, agency, existing)
                if clash is not None:
                    problems.append(_problem(line_number, "reference", clash))
            if problems:
                return ImportReport(0, tuple(sorted(problems, key=lambda problem: problem.line)))
            for done, (line_number, new) in enumerate(new_cases):
                cancel.check()  # cancelling raises out of the transaction: nothing is kept
                try:
                    self._cases.insert(session, inspection_id, new)
                except UserError as error:
                    problems.append(_problem(line_number, "reference", error.message))
                progress(done + 1, len(new_cases), f"Adding {new.reference}")
            if problems:
                session.rollback()
                return ImportReport(0, tuple(problems))
        return ImportReport(len(new_cases), ())
