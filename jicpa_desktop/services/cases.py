"""Adding and listing case files (one child's records at one agency), by pseudonymous reference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, text
from sqlmodel import Session, select

from jicpa_desktop.domain.agencies import Agency, parse_agency
from jicpa_desktop.domain.case_reference import (
    CaseFieldError,
    normalise_age_band,
    normalise_kind,
    reference_problem_text,
    same_reference,
)
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import CaseInfo
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.team import agency_problem
from jicpa_desktop.store.tables import CaseFile, FormResponse, Inspection, TeamMember


@dataclass(frozen=True, slots=True)
class NewCase:
    """A case file as typed or read from a sampling list, already validated."""

    reference: str
    agency: Agency
    kind: str
    age_band: str = ""
    inspector: str | None = None


def case_problems(
    reference: str, agency: str, kind: str, age_band: str = "", inspector: str | None = None
) -> tuple[NewCase | None, list[tuple[str, LocalizedText]]]:
    """Check every field of one case: the case when all are good, else every (column, problem) found."""
    problems: list[tuple[str, LocalizedText]] = []
    reference_problem = reference_problem_text(reference.strip())
    if reference_problem:
        problems.append(("reference", reference_problem))
    parsed_agency: Agency | None = None
    try:
        parsed_agency = parse_agency(agency)
    except ValueError:
        codes = ", ".join(a.value for a in Agency)
        problems.append(("agency", LocalizedText(
            f"unknown agency {agency!r}: use one of {codes}",
            f"asiantaeth anhysbys {agency!r}: defnyddiwch un o {codes}",
        )))
    parsed_kind = parsed_band = ""
    try:
        parsed_kind = normalise_kind(kind)
    except CaseFieldError as error:
        problems.append(("kind", error.message))
    try:
        parsed_band = normalise_age_band(age_band)
    except CaseFieldError as error:
        problems.append(("age_band", error.message))
    if problems or parsed_agency is None:
        return None, problems
    return NewCase(reference.strip(), parsed_agency, parsed_kind, parsed_band, (inspector or "").strip() or None), []


def validate_new_case(
    reference: str, agency: str, kind: str, age_band: str = "", inspector: str | None = None
) -> NewCase:
    """Check one case's fields; raises CaseFieldError (a ValueError) naming every problem and its fix."""
    new, problems = case_problems(reference, agency, kind, age_band, inspector)
    if new is None:
        raise CaseFieldError(LocalizedText("; ".join(m.en for _, m in problems), "; ".join(m.cy for _, m in problems)))
    return new


def reference_clash(new_reference: str, new_agency: str, existing: Iterable[tuple[str, str]]) -> LocalizedText | None:
    """Why a file (*new_reference* at *new_agency*) clashes with the inspection's (reference, agency) files.

    References that differ only in case are the same reference: the same agency's file is a duplicate, and
    another agency's file must be written the same way so that the child's files line up.
    """
    for reference, agency in existing:
        if not same_reference(reference, new_reference):
            continue
        if agency == new_agency:
            return LocalizedText(
                f"{new_reference} is already recorded for {agency} in this inspection as {reference} "
                "(upper and lower case make no difference): leave it out, or correct the reference",
                f"Mae {new_reference} eisoes wedi'i gofnodi ar gyfer {agency} yn yr arolygiad hwn fel {reference} "
                "(nid yw priflythrennau a llythrennau bach yn gwneud gwahaniaeth): gadewch ef allan, neu cywirwch "
                "y cyfeirnod",
            )
        if reference != new_reference:
            return LocalizedText(
                f"this inspection writes the reference {new_reference} as {reference} (for {agency}): "
                f"write it as {reference} so that the child's files line up",
                f"mae'r arolygiad hwn yn ysgrifennu'r cyfeirnod {new_reference} fel {reference} (ar gyfer {agency}): "
                f"ysgrifennwch ef fel {reference} fel bod ffeiliau'r plentyn yn cyfateb",
            )
    return None


def case_info(case: CaseFile, inspector: str | None, status: str = "not_started", escalated: bool = False,
              conversations_with: tuple[str, ...] = ()) -> CaseInfo:
    return CaseInfo(
        id=case.id,
        inspection_id=case.inspection_id,
        reference=case.reference,
        agency=case.agency,
        kind=case.kind,
        age_band=case.age_band,
        inspector=inspector,
        status=status,
        escalated=escalated,
        conversations_with=conversations_with,
    )


class Cases:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def add(
        self,
        inspection_id: str,
        *,
        reference: str,
        agency: str,
        kind: str,
        age_band: str = "",
        inspector: str | None = None,
    ) -> str:
        try:
            new = validate_new_case(reference, agency, kind, age_band, inspector)
        except CaseFieldError as error:
            raise UserError(error.message) from None
        with self._context.writing() as session:
            return self.insert(session, inspection_id, new)

    def insert(self, session: Session, inspection_id: str, new: NewCase) -> str:
        """Insert inside the caller's transaction (used by add and by the sampling import)."""
        if session.get(Inspection, inspection_id) is None:
            raise NotFoundError(f"There is no inspection {inspection_id!r}.")
        not_taking_part = agency_problem(session, inspection_id, new.agency)
        if not_taking_part is not None:
            raise UserError(not_taking_part)
        # References are ASCII (domain.case_reference), so SQLite's lower() compares them without case.
        existing = session.exec(
            select(CaseFile.reference, CaseFile.agency).where(
                CaseFile.inspection_id == inspection_id,
                func.lower(CaseFile.reference) == new.reference.lower(),
            )
        ).all()
        clash = reference_clash(new.reference, new.agency.value, existing)
        if clash is not None:
            raise UserError(LocalizedText(clash.en[0].upper() + clash.en[1:] + ".",
                                          clash.cy[0].upper() + clash.cy[1:] + "."))
        inspector_id = self._inspector_id(session, inspection_id, new) if new.inspector else None
        now = utc_now_iso()
        case = CaseFile(
            inspection_id=inspection_id,
            reference=new.reference,
            agency=new.agency.value,
            kind=new.kind,
            age_band=new.age_band,
            inspector_id=inspector_id,
            created_at=now,
            updated_at=now,
        )
        session.add(case)
        audit.record(
            session,
            inspection_id=inspection_id,
            actor=self._context.actor,
            action="create",
            entity="case_file",
            entity_id=case.id,
            new={"reference": case.reference, "agency": case.agency, "kind": case.kind,
                 "age_band": case.age_band, "inspector": new.inspector},
            at=now,
        )
        return case.id

    def _inspector_id(self, session: Session, inspection_id: str, new: NewCase) -> str:
        member = session.exec(
            select(TeamMember).where(TeamMember.inspection_id == inspection_id, TeamMember.name == new.inspector)
        ).first()
        if member is not None:
            return member.id
        # An inspector named on a sampling list who is not yet in the team joins it, with the
        # inspectorate that reads this agency's records.
        member = TeamMember(
            inspection_id=inspection_id,
            name=new.inspector or "",
            inspectorate=new.agency.inspectorate.value,
            role="inspector",
            created_at=utc_now_iso(),
        )
        session.add(member)
        session.flush()
        audit.record(
            session,
            inspection_id=inspection_id,
            actor=self._context.actor,
            action="create",
            entity="team_member",
            entity_id=member.id,
            new={"name": member.name, "inspectorate": member.inspectorate, "role": "inspector"},
        )
        return member.id

    def list(self, inspection_id: str) -> list[CaseInfo]:
        with self._context.reading() as session:
            if session.get(Inspection, inspection_id) is None:
                raise NotFoundError(f"There is no inspection {inspection_id!r}.")
            rows = session.exec(
                select(CaseFile, TeamMember.name)
                .join(TeamMember, CaseFile.inspector_id == TeamMember.id, isouter=True)  # type: ignore[arg-type]
                .where(CaseFile.inspection_id == inspection_id)
                .order_by(CaseFile.kind.desc(), CaseFile.reference, CaseFile.agency)  # type: ignore[attr-defined]
            ).all()
            escalated = set(
                session.exec(
                    select(FormResponse.case_id)
                    .join(CaseFile, FormResponse.case_id == CaseFile.id)  # type: ignore[arg-type]
                    .where(CaseFile.inspection_id == inspection_id, FormResponse.escalated == True)  # noqa: E712
                ).all()
            )
            holders: dict[str, list[str]] = {}
            for case_id, holder in session.execute(text(
                    "SELECT a.case_id, t.name FROM conversation_allocation a JOIN team_member t ON t.id = a.member_id "
                    "WHERE a.inspection_id = :i ORDER BY t.name"), {"i": inspection_id}):
                names = holders.setdefault(str(case_id), [])
                if holder not in names:
                    names.append(str(holder))
            return [case_info(case, name, escalated=case.id in escalated,
                              conversations_with=tuple(holders.get(case.id, ()))) for case, name in rows]

    def get(self, case_id: str) -> CaseInfo:
        with self._context.reading() as session:
            return self.get_in(session, case_id)

    def get_in(self, session: Session, case_id: str) -> CaseInfo:
        row = session.exec(
            select(CaseFile, TeamMember.name)
            .join(TeamMember, CaseFile.inspector_id == TeamMember.id, isouter=True)  # type: ignore[arg-type]
            .where(CaseFile.id == case_id)
        ).first()
        if row is None:
            raise NotFoundError(f"There is no case file {case_id!r}. List them with 'jicpa case list'.")
        case, name = row
        escalated = session.exec(
            select(FormResponse.id).where(FormResponse.case_id == case_id, FormResponse.escalated == True)  # noqa: E712
        ).first()
        return case_info(case, name, escalated=escalated is not None)
