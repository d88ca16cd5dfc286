"""The inspection's team after set-up: add, edit, retire and bring back members; the participating inspectorates.

The participating inspectorates limit which agencies files can have (an agency's records are read by its
inspectorate); an inspection with none chosen (made from the command line) is not limited.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.identity import (
    Identity,
    find_member,
    member_info,
    member_label,
    remembered_member,
    require_inspection,
)
from jicpa_desktop.store.tables import new_id

ROLES = ("lead", "inspector")


def parse_inspectorate(value: str) -> str:
    try:
        return Inspectorate(value.strip().lower()).value
    except ValueError:
        known = ", ".join(i.value for i in Inspectorate)
        raise UserError(LocalizedText(
            f"Unknown inspectorate {value!r}: use one of {known}.",
            f"Arolygiaeth anhysbys {value!r}: defnyddiwch un o {known}.",
        )) from None


def parse_role(value: str) -> str:
    role = value.strip().lower()
    if role not in ROLES:
        raise UserError(LocalizedText(
            f"Unknown role {value!r}: use 'lead' or 'inspector'.",
            f"Rôl anhysbys {value!r}: defnyddiwch 'lead' (arweinydd) neu 'inspector' (arolygydd).",
        ))
    return role


def participating(session: Session, inspection_id: str) -> tuple[str, ...]:
    raw = session.execute(
        text("SELECT inspectorates_json FROM inspection WHERE id = :i"), {"i": inspection_id}
    ).scalar()
    return tuple(json.loads(raw or "[]"))


def agency_problem(session: Session, inspection_id: str, agency: Agency) -> LocalizedText | None:
    """Why a file of *agency* cannot be in the inspection (its inspectorate is not taking part), if so."""
    taking_part = participating(session, inspection_id)
    if not taking_part or agency.inspectorate.value in taking_part:
        return None
    who = agency.inspectorate.label
    return LocalizedText(
        f"{agency.label.en} records are read by {who.en}, which is not taking part in this inspection. Add "
        f"{who.en} to the participating inspectorates (Team ▸ Team…) first, or choose another agency.",
        f"Mae cofnodion {agency.label.cy} yn cael eu darllen gan {who.cy}, nad yw'n cymryd rhan yn yr arolygiad "
        f"hwn. Ychwanegwch {who.cy} at yr arolygiaethau sy'n cymryd rhan (Tîm ▸ Tîm…) yn gyntaf, neu dewiswch "
        "asiantaeth arall.",
    )


def acting_role(context: ServiceContext, session: Session, inspection_id: str) -> str | None:
    """The role of the member this laptop's user chose, or None when nobody chose (or --as names someone)."""
    if context.given_actor:
        return None
    member = remembered_member(session, inspection_id)
    return None if member is None else member.role


def refuse_unless_lead(context: ServiceContext, session: Session, inspection_id: str, what: LocalizedText) -> None:
    if acting_role(context, session, inspection_id) == "inspector":
        raise UserError(LocalizedText(
            f"Only the lead inspector {what.en}. You are working as an inspector in this inspection.",
            f"Dim ond yr arolygydd arweiniol sy'n {what.cy}. Rydych yn gweithio fel arolygydd yn yr arolygiad hwn.",
        ))


class Team:
    def __init__(self, context: ServiceContext, identity: Identity | None = None) -> None:
        self._context = context
        self._identity = identity or Identity(context)

    def members(self, inspection_id: str, *, include_retired: bool = True) -> list[TeamMemberInfo]:
        with self._context.reading() as session:
            require_inspection(session, inspection_id)
            rows = session.execute(
                text(
                    "SELECT id, name, inspectorate, role, retired_at FROM team_member WHERE inspection_id = :i "
                    "ORDER BY CASE role WHEN 'lead' THEN 0 ELSE 1 END, name"
                ),
                {"i": inspection_id},
            ).all()
        members = [member_info(tuple(r)) for r in rows]
        return [m for m in members if include_retired or not m.retired]

    def file_counts(self, inspection_id: str) -> dict[str, int]:
        """Files allocated to each member, by member id."""
        with self._context.reading() as session:
            rows = session.execute(
                text(
                    "SELECT inspector_id, COUNT(*) FROM case_file WHERE inspection_id = :i "
                    "AND inspector_id IS NOT NULL GROUP BY inspector_id"
                ),
                {"i": inspection_id},
            ).all()
        return {str(r[0]): int(r[1]) for r in rows}

    def add(
        self, inspection_id: str, name: str, inspectorate: str, role: str = "inspector", *, themselves: bool = False
    ) -> TeamMemberInfo:
        """Add a member; *themselves*: the user adding themselves (who am I), who signs it as the new member."""
        clean = " ".join(name.split())
        if not clean:
            raise UserError(LocalizedText("A team member needs a name.", "Mae angen enw ar aelod o'r tîm."))
        code, role = parse_inspectorate(inspectorate), parse_role(role)
        now = utc_now_iso()
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "adds members to the team", "ychwanegu aelodau at y tîm"))
            self._refuse_same_name(session, inspection_id, clean, None)
            self._refuse_not_taking_part(session, inspection_id, code)
            member_id = new_id()
            actor = (self._context.given_actor or member_label(clean, code)) if themselves else self._context.actor
            session.execute(
                text(
                    "INSERT INTO team_member (id, inspection_id, name, inspectorate, role, created_at, updated_at, "
                    "updated_by) VALUES (:id, :i, :n, :ins, :r, :c, :c, :a)"
                ),
                {"id": member_id, "i": inspection_id, "n": clean, "ins": code, "r": role, "c": now, "a": actor},
            )
            audit.record(
                session, inspection_id=inspection_id, actor=actor, action="create",
                entity="team_member", entity_id=member_id, new={"name": clean, "inspectorate": code, "role": role},
                at=now,
            )
        return TeamMemberInfo(member_id, clean, code, role)

    def edit(
        self, inspection_id: str, member_id: str, *, name: str | None = None, inspectorate: str | None = None,
        role: str | None = None,
    ) -> TeamMemberInfo:
        """Correct a member's name, inspectorate or role; each changed field is one audit event."""
        now = utc_now_iso()
        with self._context.writing() as session:
            old = self._member(session, inspection_id, member_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "edits the team", "golygu'r tîm"))
            new = {
                "name": old.name if name is None else " ".join(name.split()),
                "inspectorate": old.inspectorate if inspectorate is None else parse_inspectorate(inspectorate),
                "role": old.role if role is None else parse_role(role),
            }
            if not new["name"]:
                raise UserError(LocalizedText("A team member needs a name.", "Mae angen enw ar aelod o'r tîm."))
            if new["name"] != old.name:
                self._refuse_same_name(session, inspection_id, new["name"], member_id)
            if new["inspectorate"] != old.inspectorate:
                self._refuse_not_taking_part(session, inspection_id, new["inspectorate"])
            if (new["name"], new["inspectorate"], new["role"]) == (old.name, old.inspectorate, old.role):
                return old
            # updated_at/updated_by version the member as a whole: the merge keeps the latest (docs/package-format.md).
            session.execute(
                text("UPDATE team_member SET name = :n, inspectorate = :ins, role = :r, updated_at = :u, "
                     "updated_by = :a WHERE id = :id"),
                {"n": new["name"], "ins": new["inspectorate"], "r": new["role"], "u": now,
                 "a": self._context.actor, "id": member_id},
            )
            for field, before in (("name", old.name), ("inspectorate", old.inspectorate), ("role", old.role)):
                if new[field] != before:
                    audit.record(
                        session, inspection_id=inspection_id, actor=self._context.actor, action="update",
                        entity="team_member", entity_id=member_id, field=field, old=before, new=new[field], at=now,
                    )
        self._refresh_identity(inspection_id)
        return TeamMemberInfo(member_id, new["name"], new["inspectorate"], new["role"], old.retired)

    def retire(self, inspection_id: str, member_id: str, *, retired: bool = True) -> TeamMemberInfo:
        """Retire a member (kept in the history, offered for no new work) or, with retired=False, bring them back."""
        now = utc_now_iso()
        with self._context.writing() as session:
            member = self._member(session, inspection_id, member_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "retires members of the team", "tynnu aelodau o'r tîm"))
            if member.retired == retired:
                return member
            if retired:
                files = session.execute(
                    text("SELECT COUNT(*) FROM case_file WHERE inspector_id = :m"), {"m": member_id}
                ).scalar() or 0
                conversations = session.execute(
                    text("SELECT COUNT(*) FROM conversation_allocation WHERE member_id = :m"), {"m": member_id}
                ).scalar() or 0
                if conversations and not files:
                    raise UserError(LocalizedText(
                        f"{member.name} still has {conversations} conversation(s) of tracked files allocated. "
                        "Allocate them to someone else first (Team ▸ Allocate files…, Conversations…), then retire "
                        "them.",
                        f"Mae {conversations} sgwrs o ffeiliau wedi'u holrhain wedi'u dyrannu i {member.name} o hyd. "
                        "Dyrannwch nhw i rywun arall yn gyntaf (Tîm ▸ Dyrannu ffeiliau…, Sgyrsiau…), yna tynnwch "
                        "nhw o'r tîm.",
                    ))
                if files:
                    raise UserError(LocalizedText(
                        f"{member.name} still has {files} file(s) allocated. Allocate them to someone else first "
                        "(Team ▸ Allocate files…), then retire them.",
                        f"Mae {files} ffeil wedi'u dyrannu i {member.name} o hyd. Dyrannwch nhw i rywun arall yn "
                        "gyntaf (Tîm ▸ Dyrannu ffeiliau…), yna tynnwch nhw o'r tîm.",
                    ))
            session.execute(
                text("UPDATE team_member SET retired_at = :t, updated_at = :u, updated_by = :a WHERE id = :id"),
                {"t": now if retired else None, "u": now, "a": self._context.actor, "id": member_id},
            )
            audit.record(
                session, inspection_id=inspection_id, actor=self._context.actor,
                action="retire" if retired else "reinstate", entity="team_member", entity_id=member_id,
                new={"name": member.name}, at=now,
            )
        return TeamMemberInfo(member.id, member.name, member.inspectorate, member.role, retired)

    def set_inspectorates(self, inspection_id: str, codes: Iterable[str]) -> tuple[str, ...]:
        """The participating inspectorates; one still needed by a file's agency or a member cannot be dropped."""
        chosen = tuple(dict.fromkeys(parse_inspectorate(c) for c in codes))
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "chooses the participating inspectorates", "dewis yr arolygiaethau sy'n cymryd rhan"))
            old = participating(session, inspection_id)
            if chosen:
                agencies = {str(r[0]) for r in session.execute(
                    text("SELECT DISTINCT agency FROM case_file WHERE inspection_id = :i"), {"i": inspection_id})}
                needed = {Agency(a).inspectorate.value for a in agencies if a in {x.value for x in Agency}}
                needed |= {str(r[0]) for r in session.execute(
                    text("SELECT DISTINCT inspectorate FROM team_member WHERE inspection_id = :i "
                         "AND retired_at IS NULL"), {"i": inspection_id})}
                missing = sorted(needed - set(chosen))
                if missing:
                    names_en = ", ".join(Inspectorate(m).label.en for m in missing)
                    names_cy = ", ".join(Inspectorate(m).label.cy for m in missing)
                    raise UserError(LocalizedText(
                        f"{names_en} must stay: files or team members of this inspection need them. Nothing was "
                        "changed.",
                        f"Rhaid i {names_cy} aros: mae ffeiliau neu aelodau tîm yr arolygiad hwn eu hangen. Ni "
                        "newidiwyd dim.",
                    ))
            if chosen == old:
                return chosen
            now = utc_now_iso()
            session.execute(
                text("UPDATE inspection SET inspectorates_json = :j, updated_at = :u WHERE id = :i"),
                {"j": json.dumps(list(chosen)), "u": now, "i": inspection_id},
            )
            audit.record(
                session, inspection_id=inspection_id, actor=self._context.actor, action="update",
                entity="inspection", entity_id=inspection_id, field="inspectorates", old=list(old),
                new=list(chosen), at=now,
            )
        return chosen

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _member(session: Session, inspection_id: str, member_id: str) -> TeamMemberInfo:
        require_inspection(session, inspection_id)
        row = session.execute(
            text("SELECT id, name, inspectorate, role, retired_at FROM team_member WHERE id = :m AND "
                 "inspection_id = :i"),
            {"m": member_id, "i": inspection_id},
        ).first()
        if row is None:
            raise NotFoundError(LocalizedText(
                f"There is no team member {member_id!r} in this inspection. List the team with 'jicpa team list'.",
                f"Nid oes aelod tîm {member_id!r} yn yr arolygiad hwn. Rhestrwch y tîm gyda 'jicpa team list'.",
            ))
        return member_info(tuple(row))

    @staticmethod
    def _refuse_same_name(session: Session, inspection_id: str, name: str, member_id: str | None) -> None:
        try:
            existing = find_member(session, inspection_id, name)
        except NotFoundError:
            return
        if existing.id != member_id:
            raise UserError(LocalizedText(
                f"{existing.name} is already in this team. Give the new member a different name (add an initial, "
                "for example), or edit the one there.",
                f"Mae {existing.name} eisoes yn y tîm hwn. Rhowch enw gwahanol i'r aelod newydd (ychwanegwch "
                "lythyren gyntaf, er enghraifft), neu golygwch yr un sydd yno.",
            ))

    @staticmethod
    def _refuse_not_taking_part(session: Session, inspection_id: str, code: str) -> None:
        taking_part = participating(session, inspection_id)
        if taking_part and code not in taking_part:
            label = Inspectorate(code).label
            raise UserError(LocalizedText(
                f"{label.en} is not taking part in this inspection. Add it to the participating inspectorates "
                "first (Team ▸ Team…).",
                f"Nid yw {label.cy} yn cymryd rhan yn yr arolygiad hwn. Ychwanegwch hi at yr arolygiaethau sy'n "
                "cymryd rhan yn gyntaf (Tîm ▸ Tîm…).",
            ))

    def _refresh_identity(self, inspection_id: str) -> None:
        """A renamed member signs their next change with the new name."""
        if inspection_id in self._context.identities or self._context.acting_for == inspection_id:
            acting = self._context.acting_for
            self._identity.use(inspection_id)
            self._context.acting_for = acting
