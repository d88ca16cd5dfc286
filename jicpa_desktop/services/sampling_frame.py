"""The sampling frame and the sample: the local authority's list of children becomes the inspection's candidates
(pseudonymous references only); the lead draws a stratified random sample from them with a seed and a written
rationale, and the chosen candidates become case files.

The draw is reproducible: the same frame (its checksum) and seed always choose the same references. The rule
(docs/app.md, "The sample"): candidates not yet files are grouped by the strata chosen; the total size is shared
between the strata in proportion to their candidates by largest remainders (Hamilton), and when the size is at
least the number of strata every stratum with candidates gets one (taken from the strata with the most); within
each stratum the candidates, in reference order, are sampled with Python's random.Random seeded by
"<seed>:<frame checksum>"; the tracked files are then drawn from the chosen the same way, the rest are sampled.
The draw (checksum, strata, sizes, seed, rationale, chosen references) is one audit event, so it travels in
every package with the rest of the audit trail.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import parse_agency
from jicpa_desktop.domain.case_reference import (
    CaseFieldError,
    normalise_age_band,
    normalise_kind,
    reference_problem_text,
)
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.allocation import delete_case_rows, record_tombstone
from jicpa_desktop.services.cases import Cases, NewCase
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import RowProblem
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.identity import require_inspection
from jicpa_desktop.services.sampling_import import _IDENTIFYING_HEADERS, MAX_ROWS, _key, _problem, read_rows
from jicpa_desktop.services.team import refuse_unless_lead
from jicpa_desktop.store.tables import new_id

STRATA = ("agency", "age_band", "status", "concern")
_HEADERS = {
    "reference": "reference", "ref": "reference", "case_reference": "reference", "case_ref": "reference",
    "agency": "agency",
    "age_band": "age_band", "age": "age_band", "age_group": "age_band",
    "status": "status", "cpr_cla": "status", "cpr/cla": "status", "legal_status": "status",
    "concern": "concern", "concern_type": "concern", "category": "concern", "category_of_concern": "concern",
}
MAX_TEXT = 40


@dataclass(frozen=True, slots=True)
class Candidate:
    reference: str
    agency: str
    age_band: str = ""
    status: str = ""
    concern: str = ""

    def stratum(self, strata: Sequence[str]) -> tuple[str, ...]:
        return tuple(getattr(self, s) for s in strata)


@dataclass(frozen=True, slots=True)
class FramePreview:
    new: tuple[Candidate, ...]  # what importing would add
    already: int  # rows of the list the frame holds already
    problems: tuple[RowProblem, ...]  # nothing is imported while there are any
    applied: bool = False


@dataclass(frozen=True, slots=True)
class SampleDraw:
    draw_id: str
    frame_checksum: str
    strata: tuple[str, ...]
    sampled: tuple[str, ...]  # "REF (agency)" of each, in reference order
    tracked: tuple[str, ...]
    seed: str
    rationale: str
    allocation: tuple[tuple[tuple[str, ...], int, int], ...]  # (stratum, candidates, drawn)
    case_ids: tuple[str, ...] = ()


def _read_frame(path: Path) -> tuple[list[tuple[int, Candidate]], list[RowProblem]]:
    try:
        rows = [(n, r) for n, r in read_rows(path) if any(c.strip() for c in r)]
    except UserError:
        raise
    except FileNotFoundError:
        raise UserError(LocalizedText(f"There is no file {path}.", f"Nid oes ffeil {path}.")) from None
    except Exception as error:  # zip, xml or encoding errors all mean the same thing to the user
        raise UserError(LocalizedText(
            f"{path.name} cannot be read as a list of children ({type(error).__name__}). Save it again as CSV "
            "(UTF-8) or Excel .xlsx and retry.",
            f"Nid oes modd darllen {path.name} fel rhestr o blant ({type(error).__name__}). Cadwch hi eto fel CSV "
            "(UTF-8) neu Excel .xlsx a rhowch gynnig arall arni.",
        )) from None
    if len(rows) < 2:
        raise UserError(LocalizedText(
            f"{path.name} has no children listed: the list needs a header row (reference, agency, and optionally "
            "age_band, status, concern) and one row per child. Nothing was imported.",
            f"Nid oes plant wedi'u rhestru yn {path.name}: mae angen rhes pennawd ar y rhestr (reference, agency, "
            "a status, concern, age_band os dymunir) ac un rhes i bob plentyn. Ni fewnforiwyd dim.",
        ))
    header_line, header = rows[0]
    problems: list[RowProblem] = []
    positions: dict[str, int] = {}
    for index, heading in enumerate(header):
        key = _key(heading)
        if not key:
            continue
        if key in _IDENTIFYING_HEADERS or "name" in key.split("_"):
            problems.append(_problem(header_line, heading, LocalizedText(
                "this column identifies a person; remove it before import — the tool holds pseudonymous "
                "references only",
                "mae'r golofn hon yn adnabod person; tynnwch hi cyn mewnforio — dim ond cyfeirnodau ffugenw "
                "y mae'r offeryn yn eu cadw",
            )))
            continue
        column = _HEADERS.get(key)
        if column is None:
            problems.append(_problem(header_line, heading, LocalizedText(
                "unknown column; expected reference, agency, age_band, status, concern: rename or remove it",
                "colofn anhysbys; disgwylid reference, agency, age_band, status, concern: ailenwch hi neu ei thynnu",
            )))
        elif column in positions:
            problems.append(_problem(header_line, heading, LocalizedText(
                f"column '{column}' appears twice: keep one of them",
                f"mae colofn '{column}' yn ymddangos ddwywaith: cadwch un ohonynt")))
        else:
            positions[column] = index
    for column in ("reference", "agency"):
        if column not in positions:
            problems.append(_problem(header_line, column, LocalizedText(
                "required column is missing from the header row: add it",
                "mae colofn ofynnol ar goll o'r rhes pennawd: ychwanegwch hi")))
    if len(rows) - 1 > MAX_ROWS:
        problems.append(_problem(header_line, "", LocalizedText(
            f"the list has {len(rows) - 1:,} rows; at most {MAX_ROWS:,} are accepted: split it",
            f"mae gan y rhestr {len(rows) - 1:,} rhes; derbynnir {MAX_ROWS:,} ar y mwyaf: rhannwch hi")))
    if problems:
        return [], problems

    def cell(row: list[str], column: str) -> str:
        index = positions.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    found: list[tuple[int, Candidate]] = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in rows[1:]:
        reference = cell(row, "reference")
        problem = reference_problem_text(reference)
        if problem:
            problems.append(_problem(line, "reference", problem))
            continue
        try:
            agency = parse_agency(cell(row, "agency")).value
        except ValueError:
            problems.append(_problem(line, "agency", LocalizedText(
                f"unknown agency {cell(row, 'agency')!r}", f"asiantaeth anhysbys {cell(row, 'agency')!r}")))
            continue
        try:
            band = normalise_age_band(cell(row, "age_band"))
        except CaseFieldError as error:
            problems.append(_problem(line, "age_band", error.message))
            continue
        status, concern = cell(row, "status").lower(), cell(row, "concern").lower()
        if len(status) > MAX_TEXT or len(concern) > MAX_TEXT:
            problems.append(_problem(line, "concern" if len(concern) > MAX_TEXT else "status", LocalizedText(
                f"at most {MAX_TEXT} characters: a category (cpr, cla, neglect…), not a description",
                f"{MAX_TEXT} nod ar y mwyaf: categori (cpr, cla, esgeulustod…), nid disgrifiad")))
            continue
        natural = (reference.casefold(), agency)
        if natural in seen:
            problems.append(_problem(line, "reference", LocalizedText(
                f"{reference} for {agency} is already on line {seen[natural]}: keep one of the two lines",
                f"Mae {reference} ar gyfer {agency} eisoes ar linell {seen[natural]}: cadwch un o'r ddwy linell")))
            continue
        seen[natural] = line
        found.append((line, Candidate(reference, agency, band, status, concern)))
    return found, problems


def _frame(session: Session, inspection_id: str) -> list[Candidate]:
    rows = session.execute(
        text("SELECT reference, agency, age_band, status, concern FROM sampling_candidate WHERE inspection_id = :i "
             "ORDER BY reference, agency"),
        {"i": inspection_id},
    ).all()
    return [Candidate(*(str(v) for v in r)) for r in rows]


def frame_checksum(candidates: Sequence[Candidate]) -> str:
    """SHA-256 of the frame's candidates, one tab-separated line each in reference order."""
    lines = sorted("\t".join((c.reference, c.agency, c.age_band, c.status, c.concern)) for c in candidates)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def apportion(sizes: Sequence[int], total: int) -> list[int]:
    """*total* shared in proportion to *sizes* by largest remainders; every non-empty group gets one when the
    total allows, taken from the groups given most; never more than a group holds."""
    whole = sum(sizes)
    shares = [total * s / whole for s in sizes]
    given = [int(x) for x in shares]
    order = sorted(range(len(sizes)), key=lambda i: (-(shares[i] - given[i]), i))
    for i in order[: total - sum(given)]:
        given[i] += 1
    if total >= sum(1 for s in sizes if s):
        for i in range(len(sizes)):
            if sizes[i] and not given[i]:
                donor = max(range(len(sizes)), key=lambda j: (given[j], -j))
                given[donor] -= 1
                given[i] += 1
    return given


class SamplingFrame:
    def __init__(self, context: ServiceContext, cases: Cases) -> None:
        self._context = context
        self._cases = cases

    @property
    def choices(self) -> SampleChoices:
        """Picking by hand and swapping, each with a reason."""
        return SampleChoices(self._context, self._cases)

    def candidates(self, inspection_id: str) -> list[Candidate]:
        with self._context.reading() as session:
            require_inspection(session, inspection_id)
            return _frame(session, inspection_id)

    def import_list(self, inspection_id: str, path: str | Path, *, apply: bool = True) -> FramePreview:
        """Add the list's children that the frame does not hold yet (a re-import adds only what is new);
        apply=False previews. Nothing is imported while any row is wrong."""
        found, problems = _read_frame(Path(path))
        now = utc_now_iso()
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            held = {(c.reference.casefold(), c.agency) for c in _frame(session, inspection_id)}
            new = tuple(c for _line, c in found if (c.reference.casefold(), c.agency) not in held)
            preview = FramePreview(new, len(found) - len(new), tuple(problems))
            if problems or not apply or not new:
                session.rollback()
                return preview
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "imports the list of children", "mewnforio'r rhestr o blant"))
            # One executemany: a 5,000-row list took 4.4 s one statement at a time, 1.25 s so (shared 2 cores).
            session.execute(
                text("INSERT INTO sampling_candidate (id, inspection_id, reference, agency, age_band, status, "
                     "concern, added_at) VALUES (:id, :i, :r, :a, :b, :s, :c, :t)"),
                [{"id": new_id(), "i": inspection_id, "r": c.reference, "a": c.agency, "b": c.age_band,
                  "s": c.status, "c": c.concern, "t": now} for c in new],
            )
            audit.record(
                session, inspection_id=inspection_id, actor=self._context.actor, action="import",
                entity="sampling_frame", entity_id=inspection_id,
                new={"file": Path(path).name, "added": len(new), "already": preview.already,
                     "checksum": frame_checksum(_frame(session, inspection_id))}, at=now,
            )
        return FramePreview(new, preview.already, (), applied=True)

    def draw(
        self, inspection_id: str, *, sampled: int, tracked: int, seed: str, rationale: str,
        strata: Sequence[str] = ("agency",), apply: bool = True,
    ) -> SampleDraw:
        """Draw the sample (see the module's rule); the chosen become case files unless apply=False."""
        strata = tuple(dict.fromkeys(s.strip() for s in strata if s.strip()))
        unknown = [s for s in strata if s not in STRATA]
        if unknown:
            raise UserError(LocalizedText(
                f"Unknown stratum {unknown[0]!r}: use any of {', '.join(STRATA)}.",
                f"Haen anhysbys {unknown[0]!r}: defnyddiwch unrhyw un o {', '.join(STRATA)}."))
        if sampled < 0 or tracked < 0 or sampled + tracked == 0:
            raise UserError(LocalizedText(
                "Give how many sampled and how many tracked files to draw (whole numbers, at least one in all).",
                "Rhowch faint o ffeiliau wedi'u samplu a faint wedi'u holrhain i'w tynnu (rhifau cyfan, o leiaf un "
                "i gyd)."))
        if not str(seed).strip():
            raise UserError(LocalizedText(
                "Give a seed (any number or word, recorded so that the draw can be repeated).",
                "Rhowch hedyn (unrhyw rif neu air, wedi'i gofnodi fel bod modd ailadrodd y tynnu)."))
        if not rationale.strip():
            raise UserError(LocalizedText(
                "Write the rationale for the sample (why these strata and sizes); it is recorded with the draw.",
                "Ysgrifennwch resymeg y sampl (pam yr haenau a'r meintiau hyn); caiff ei chofnodi gyda'r tynnu."))
        total = sampled + tracked
        now = utc_now_iso()
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "draws the sample", "tynnu'r sampl"))
            frame = _frame(session, inspection_id)
            files = {(str(r[0]).casefold(), str(r[1])) for r in session.execute(
                text("SELECT reference, agency FROM case_file WHERE inspection_id = :i"), {"i": inspection_id})}
            free = [c for c in frame if (c.reference.casefold(), c.agency) not in files]
            if not frame:
                raise UserError(LocalizedText(
                    "The sampling frame is empty: import the local authority's list of children first "
                    "('jicpa frame import').",
                    "Mae'r ffrâm samplu yn wag: mewnforiwch restr yr awdurdod lleol o blant yn gyntaf "
                    "('jicpa frame import')."))
            if total > len(free):
                raise UserError(LocalizedText(
                    f"The sample asks for {total} files ({sampled} sampled, {tracked} tracked) but the frame has "
                    f"only {len(free)} children who are not files yet. Ask for {len(free)} or fewer, or import "
                    "more of the list. Nothing was drawn.",
                    f"Mae'r sampl yn gofyn am {total} ffeil ({sampled} wedi'u samplu, {tracked} wedi'u holrhain) ond "
                    f"dim ond {len(free)} plentyn nad ydynt yn ffeiliau eto sydd yn y ffrâm. Gofynnwch am {len(free)} "
                    "neu lai, neu mewnforiwch fwy o'r rhestr. Ni thynnwyd dim."))
            checksum = frame_checksum(frame)
            rng = random.Random(f"{seed}:{checksum}")
            groups: dict[tuple[str, ...], list[Candidate]] = {}
            for c in free:
                groups.setdefault(c.stratum(strata), []).append(c)
            keys = sorted(groups)
            counts = apportion([len(groups[k]) for k in keys], total)
            chosen: list[Candidate] = []
            for key, count in zip(keys, counts, strict=True):
                chosen.extend(rng.sample(groups[key], count))
            chosen.sort(key=lambda c: (c.reference, c.agency))
            tracked_set = set(rng.sample(range(len(chosen)), tracked))
            draw = SampleDraw(
                draw_id=new_id(), frame_checksum=checksum, strata=strata,
                sampled=tuple(f"{c.reference} ({c.agency})" for i, c in enumerate(chosen) if i not in tracked_set),
                tracked=tuple(f"{c.reference} ({c.agency})" for i, c in enumerate(chosen) if i in tracked_set),
                seed=str(seed), rationale=rationale.strip(),
                allocation=tuple((k, len(groups[k]), n) for k, n in zip(keys, counts, strict=True)),
            )
            if not apply:
                session.rollback()
                return draw
            case_ids = [
                self._cases.insert(session, inspection_id, NewCase(
                    c.reference, parse_agency(c.agency), "tracked" if i in tracked_set else "sampled", c.age_band))
                for i, c in enumerate(chosen)
            ]
            audit.record(
                session, inspection_id=inspection_id, actor=self._context.actor, action="draw", entity="sample",
                entity_id=draw.draw_id,
                new={"frame_checksum": checksum, "strata": list(strata), "sampled": sampled, "tracked": tracked,
                     "seed": draw.seed, "rationale": draw.rationale, "chosen_sampled": list(draw.sampled),
                     "chosen_tracked": list(draw.tracked), "candidates": len(frame), "free": len(free)},
                at=now,
            )
        return SampleDraw(draw.draw_id, checksum, strata, draw.sampled, draw.tracked, draw.seed, draw.rationale,
                          draw.allocation, tuple(case_ids))


def _candidate(session: Session, inspection_id: str, reference: str, agency: str) -> Candidate:
    row = session.execute(
        text("SELECT reference, agency, age_band, status, concern FROM sampling_candidate WHERE inspection_id = :i "
             "AND lower(reference) = lower(:r) AND agency = :a"),
        {"i": inspection_id, "r": reference.strip(), "a": agency},
    ).first()
    if row is None:
        raise UserError(LocalizedText(
            f"{reference} ({agency}) is not in the sampling frame: import the list that has it, or check the "
            "reference and agency.",
            f"Nid yw {reference} ({agency}) yn y ffrâm samplu: mewnforiwch y rhestr sydd ag ef, neu gwiriwch y "
            "cyfeirnod a'r asiantaeth."))
    return Candidate(*(str(v) for v in row))


def _require_reason(reason: str) -> str:
    if not reason.strip():
        raise UserError(LocalizedText(
            "Give the reason (it is recorded in the audit trail with the choice).",
            "Rhowch y rheswm (caiff ei gofnodi yn y trywydd archwilio gyda'r dewis)."))
    return reason.strip()


class SampleChoices:
    """Picking a file by hand from the frame, and swapping a drawn file for another, each with a reason."""

    def __init__(self, context: ServiceContext, cases: Cases) -> None:
        self._context = context
        self._cases = cases

    def pick(self, inspection_id: str, reference: str, agency: str, kind: str, reason: str) -> str:
        """Make the frame's candidate a file (sampled or tracked) by hand; returns the case id."""
        why = _require_reason(reason)
        try:
            kind = normalise_kind(kind)
        except CaseFieldError as error:
            raise UserError(error.message) from None
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "picks files for the sample", "dewis ffeiliau ar gyfer y sampl"))
            c = _candidate(session, inspection_id, reference, parse_agency(agency).value)
            case_id = self._cases.insert(session, inspection_id, NewCase(c.reference, parse_agency(c.agency),
                                                                         kind, c.age_band))
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="pick",
                         entity="sample", entity_id=case_id,
                         new={"reference": c.reference, "agency": c.agency, "kind": kind, "reason": why})
        return case_id

    def swap(self, inspection_id: str, out_case_id: str, reference: str, agency: str, reason: str) -> str:
        """Replace a drawn file (with no answers yet) by another candidate of the frame, of the same kind."""
        why = _require_reason(reason)
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "swaps files in the sample", "cyfnewid ffeiliau yn y sampl"))
            out = session.execute(text("SELECT reference, agency, kind FROM case_file WHERE id = :c AND "
                                       "inspection_id = :i"), {"c": out_case_id, "i": inspection_id}).first()
            if out is None:
                raise UserError(LocalizedText(f"There is no case file {out_case_id!r} in this inspection.",
                                              f"Nid oes ffeil achos {out_case_id!r} yn yr arolygiad hwn."))
            answered = session.execute(text(
                "SELECT COUNT(*) FROM answer a JOIN form_response r ON r.id = a.response_id WHERE r.case_id = :c "
                "AND a.value_json != 'null'"), {"c": out_case_id}).scalar() or 0
            if answered:
                raise UserError(LocalizedText(
                    f"{out[0]} ({out[1]}) has answers already: it cannot be swapped out. Nothing was changed.",
                    f"Mae gan {out[0]} ({out[1]}) atebion eisoes: nid oes modd ei gyfnewid. Ni newidiwyd dim."))
            c = _candidate(session, inspection_id, reference, parse_agency(agency).value)
            # A tombstone, so no package that still holds the swapped-out file brings it back (docs/package-format.md).
            delete_case_rows(session, out_case_id)
            record_tombstone(session, inspection_id, out_case_id, str(out[0]), str(out[1]), removed_at=utc_now_iso(),
                             removed_by=self._context.actor)
            case_id = self._cases.insert(session, inspection_id, NewCase(c.reference, parse_agency(c.agency),
                                                                         str(out[2]), c.age_band))
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="swap",
                         entity="sample", entity_id=case_id,
                         old={"reference": str(out[0]), "agency": str(out[1])},
                         new={"reference": c.reference, "agency": c.agency, "kind": str(out[2]), "reason": why})
        return case_id
