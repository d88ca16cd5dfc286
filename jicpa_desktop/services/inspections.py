"""Creating and listing inspections and their teams."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping

from sqlalchemy import func, text
from sqlmodel import Session, select

from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import InspectionInfo, TeamMemberInfo
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.identity import member_label
from jicpa_desktop.store.tables import CaseFile, Inspection, TeamMember

ROLES = ("lead", "inspector")


def _parse_date(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"The {what} {value!r} is not a date: write it as YYYY-MM-DD.") from None


def _member_info(member: TeamMember) -> TeamMemberInfo:
    return TeamMemberInfo(member.id, member.name, member.inspectorate, member.role, member.retired_at is not None)


class Inspections:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def create(
        self,
        *,
        name: str,
        local_authority: str,
        start: str,
        end: str,
        inspectorates: Iterable[str] = (),
        enabled_forms: Iterable[str] = (),
        local_terms: Mapping[str, str] | None = None,
        team: Iterable[tuple[str, str, str]] = (),
        me: str | None = None,
    ) -> str:
        """Create an inspection and return its id; team entries are (name, inspectorate, role).

        *me* names the team member creating it: remembered as who this laptop's user is (services/identity.py),
        and the creation is recorded as theirs.
        """
        if not name.strip():
            raise UserError("Give the inspection a name, for example 'Cardiff JICPA January 2024'.")
        if not local_authority.strip():
            raise UserError("Give the local authority being inspected.")
        start_date = _parse_date(start, "start date")
        end_date = _parse_date(end, "end date")
        if end_date < start_date:
            raise UserError(f"The end date {end} is before the start date {start}.")
        chosen = [self._inspectorate(i) for i in inspectorates]
        forms = list(enabled_forms)
        for form_id in forms:
            if form_id not in self._context.catalogue:
                raise UserError(f"There is no form {form_id!r} to switch on.")
        team = list(team)
        creator = next((t for t in team if me is not None and t[0].strip() == me.strip()), None)
        if me is not None and creator is None:
            raise UserError(LocalizedText(
                f"{me!r} is not in the team being set up: choose yourself from the team, or add yourself to it.",
                f"Nid yw {me!r} yn y tîm sy'n cael ei sefydlu: dewiswch eich hun o'r tîm, neu ychwanegwch eich hun "
                "ato.",
            ))
        actor = self._context.given_actor or (
            member_label(creator[0].strip(), self._inspectorate(creator[1])) if creator else self._context.actor
        )
        now = utc_now_iso()
        inspection = Inspection(
            name=name.strip(),
            local_authority=local_authority.strip(),
            start_date=start_date.isoformat(),
            end_date=end_date.isoformat(),
            inspectorates_json=json.dumps(chosen),
            enabled_forms_json=json.dumps(forms),
            local_terms_json=json.dumps(dict(local_terms or {}), ensure_ascii=False),
            created_at=now,
            updated_at=now,
        )
        with self._context.writing() as session:
            session.add(inspection)
            audit.record(
                session,
                inspection_id=inspection.id,
                actor=actor,
                action="create",
                entity="inspection",
                entity_id=inspection.id,
                new={"name": inspection.name, "local_authority": inspection.local_authority},
            )
            added = [
                self._add_member(session, inspection.id, member_name, inspectorate, role, actor)
                for member_name, inspectorate, role in team
            ]
            if creator is not None:
                creator_member = next(m for m in added if m.name == creator[0].strip())
                session.execute(
                    text("INSERT INTO local_identity (inspection_id, member_id, chosen_at) VALUES (:i, :m, :t)"),
                    {"i": inspection.id, "m": creator_member.id, "t": now},
                )
        if creator is not None:
            self._context.identities[inspection.id] = actor
            self._context.acting_for = inspection.id
        return inspection.id

    @staticmethod
    def _inspectorate(value: str) -> str:
        try:
            return Inspectorate(value).value
        except ValueError:
            known = ", ".join(i.value for i in Inspectorate)
            raise UserError(f"Unknown inspectorate {value!r}: use one of {known}.") from None

    def _add_member(
        self, session: Session, inspection_id: str, name: str, inspectorate: str, role: str, actor: str | None = None
    ) -> TeamMember:
        if not name.strip():
            raise UserError("A team member needs a name.")
        if role not in ROLES:
            raise UserError(f"Unknown role {role!r}: use 'lead' or 'inspector'.")
        existing = session.exec(
            select(TeamMember).where(TeamMember.inspection_id == inspection_id, TeamMember.name == name.strip())
        ).first()
        if existing is not None:
            return existing
        member = TeamMember(
            inspection_id=inspection_id,
            name=name.strip(),
            inspectorate=self._inspectorate(inspectorate),
            role=role,
            created_at=utc_now_iso(),
        )
        session.add(member)
        session.flush()
        audit.record(
            session,
            inspection_id=inspection_id,
            actor=actor or self._context.actor,
            action="create",
            entity="team_member",
            entity_id=member.id,
            new={"name": member.name, "inspectorate": member.inspectorate, "role": role},
        )
        return member

    def add_team_member(self, inspection_id: str, name: str, inspectorate: str, role: str = "inspector") -> str:
        with self._context.writing() as session:
            self._require(session, inspection_id)
            member = self._add_member(session, inspection_id, name, inspectorate, role)
            return member.id

    @staticmethod
    def _require(session: Session, inspection_id: str) -> Inspection:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFoundError(
                f"There is no inspection {inspection_id!r}. List them with 'jicpa inspection list'."
            )
        return inspection

    def _info(self, session: Session, inspection: Inspection, case_count: int = 0) -> InspectionInfo:
        members = session.exec(
            select(TeamMember).where(TeamMember.inspection_id == inspection.id).order_by(TeamMember.name)
        ).all()
        return InspectionInfo(
            id=inspection.id,
            name=inspection.name,
            local_authority=inspection.local_authority,
            start_date=inspection.start_date,
            end_date=inspection.end_date,
            inspectorates=tuple(json.loads(inspection.inspectorates_json)),
            enabled_forms=tuple(json.loads(inspection.enabled_forms_json)),
            local_terms=dict(json.loads(inspection.local_terms_json)),
            team=tuple(_member_info(m) for m in members),
            case_count=case_count,
        )

    def get(self, inspection_id: str) -> InspectionInfo:
        with self._context.reading() as session:
            inspection = self._require(session, inspection_id)
            count = session.exec(
                select(func.count()).select_from(CaseFile).where(CaseFile.inspection_id == inspection_id)
            ).one()
            return self._info(session, inspection, count)

    def list(self) -> list[InspectionInfo]:
        with self._context.reading() as session:
            counts = dict(
                session.exec(select(CaseFile.inspection_id, func.count()).group_by(CaseFile.inspection_id)).all()
            )
            inspections = session.exec(select(Inspection).order_by(Inspection.start_date.desc())).all()  # type: ignore[attr-defined]
            return [self._info(session, i, counts.get(i.id, 0)) for i in inspections]

    def set_local_terms(self, inspection_id: str, terms: Mapping[str, str]) -> None:
        with self._context.writing() as session:
            inspection = self._require(session, inspection_id)
            old = json.loads(inspection.local_terms_json)
            inspection.local_terms_json = json.dumps(dict(terms), ensure_ascii=False)
            inspection.updated_at = utc_now_iso()
            session.add(inspection)
            audit.record(
                session,
                inspection_id=inspection_id,
                actor=self._context.actor,
                action="update",
                entity="inspection",
                entity_id=inspection_id,
                field="local_terms",
                old=old,
                new=dict(terms),
            )
