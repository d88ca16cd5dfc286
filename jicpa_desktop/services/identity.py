"""Who I am: the team member this laptop's user is, chosen per inspection and remembered in the database.

Remembered in the store's local_identity table rather than in the app's settings: the command line reads
the same choice (settings are the GUI's, per operating-system account), the member ids it names live in the
same file (another --db has other inspections and other ids), and a backup of the database keeps it. The
table is never exported, so a teammate's package cannot change who sits at this laptop.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.services.errors import NotFoundError, UserError

# Short forms as inspectors write them after a name; the same in both languages because the label is stored
# in the audit trail and packages as written.
INSPECTORATE_SHORT = {
    Inspectorate.CIW.value: "CIW",
    Inspectorate.HMICFRS.value: "HMICFRS",
    Inspectorate.HIW.value: "HIW",
    Inspectorate.ESTYN.value: "Estyn",
    Inspectorate.HMI_PROBATION.value: "HMI Probation",
}


def member_label(name: str, inspectorate: str) -> str:
    """How a change is signed: "Ann Health (HIW)"."""
    return f"{name} ({INSPECTORATE_SHORT.get(inspectorate, inspectorate)})"


def member_info(row: tuple[str, str, str, str, str | None]) -> TeamMemberInfo:
    member_id, name, inspectorate, role, retired_at = row
    return TeamMemberInfo(member_id, name, inspectorate, role, retired=retired_at is not None)


_MEMBER_COLUMNS = "id, name, inspectorate, role, retired_at"


def canonical_member_id(session: Session, member_id: str) -> str:
    """The id the merge keeps for *member_id* (an import may have found it names the same member as another)."""
    alias = session.execute(
        text("SELECT canonical_id FROM id_alias WHERE entity = 'team_member' AND alias_id = :a"), {"a": member_id}
    ).scalar()
    return str(alias) if alias is not None else member_id


def find_member(session: Session, inspection_id: str, name: str) -> TeamMemberInfo:
    """The team member called *name* (upper and lower case make no difference); refuses naming the team."""
    wanted = name.strip()
    rows = session.execute(
        text(f"SELECT {_MEMBER_COLUMNS} FROM team_member WHERE inspection_id = :i ORDER BY name"),
        {"i": inspection_id},
    ).all()
    for row in rows:
        if row[1] == wanted:
            return member_info(tuple(row))
    for row in rows:
        if row[1].casefold() == wanted.casefold():
            return member_info(tuple(row))
    names = ", ".join(r[1] for r in rows)
    if not rows:
        raise NotFoundError(LocalizedText(
            f"{wanted!r} is not in this inspection's team, and the team is empty. Add the member first "
            "(Team ▸ Team… in the app, or 'jicpa team add').",
            f"Nid yw {wanted!r} yn nhîm yr arolygiad hwn, ac mae'r tîm yn wag. Ychwanegwch yr aelod yn gyntaf "
            "(Tîm ▸ Tîm… yn yr ap, neu 'jicpa team add').",
        ))
    raise NotFoundError(LocalizedText(
        f"{wanted!r} is not in this inspection's team. The team is: {names}. Give one of these names, or "
        "add the member first.",
        f"Nid yw {wanted!r} yn nhîm yr arolygiad hwn. Y tîm yw: {names}. Rhowch un o'r enwau hyn, neu "
        "ychwanegwch yr aelod yn gyntaf.",
    ))


def require_inspection(session: Session, inspection_id: str) -> None:
    if session.execute(text("SELECT 1 FROM inspection WHERE id = :i"), {"i": inspection_id}).first() is None:
        raise NotFoundError(LocalizedText(
            f"There is no inspection {inspection_id!r} in this database. List them with 'jicpa inspection list'.",
            f"Nid oes arolygiad {inspection_id!r} yn y gronfa ddata hon. Rhestrwch nhw gyda 'jicpa inspection list'.",
        ))


def remembered_member(session: Session, inspection_id: str) -> TeamMemberInfo | None:
    """The member chosen on this laptop for the inspection, if any (following the merge's id aliases)."""
    chosen = session.execute(
        text("SELECT member_id FROM local_identity WHERE inspection_id = :i"), {"i": inspection_id}
    ).scalar()
    if chosen is None:
        return None
    row = session.execute(
        text(f"SELECT {_MEMBER_COLUMNS} FROM team_member WHERE id = :m"),
        {"m": canonical_member_id(session, str(chosen))},
    ).first()
    return None if row is None else member_info(tuple(row))


class Identity:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._known: dict[str, TeamMemberInfo] = {}

    def known(self, inspection_id: str) -> TeamMemberInfo | None:
        """The member last read or chosen for the inspection by use() or choose(), from memory (no store work:
        safe on the GUI thread)."""
        return self._known.get(inspection_id)

    def current(self, inspection_id: str) -> TeamMemberInfo | None:
        """Who this laptop's user is in the inspection, or None until they say."""
        with self._context.reading() as session:
            require_inspection(session, inspection_id)
            return remembered_member(session, inspection_id)

    def use(self, inspection_id: str | None) -> TeamMemberInfo | None:
        """Work in *inspection_id* from now on: changes are signed by the member chosen for it (if any)."""
        if inspection_id is None:
            self._context.acting_for = None
            return None
        with self._context.reading() as session:
            member = remembered_member(session, inspection_id)
        self._remember(inspection_id, member)
        self._context.acting_for = inspection_id
        return member

    def choose(self, inspection_id: str, name: str) -> TeamMemberInfo:
        """Remember that this laptop's user is the team member called *name* in the inspection."""
        if not name.strip():
            raise UserError(LocalizedText(
                "Say who you are: give your name as it is in the team.",
                "Dywedwch pwy ydych chi: rhowch eich enw fel y mae yn y tîm.",
            ))
        now = utc_now_iso()
        with self._context.writing() as session:
            require_inspection(session, inspection_id)
            member = find_member(session, inspection_id, name)
            if member.retired:
                raise UserError(LocalizedText(
                    f"{member.name} has been retired from this team. Ask the lead to bring them back, or choose "
                    "another member.",
                    f"Mae {member.name} wedi'i dynnu o'r tîm hwn. Gofynnwch i'r arweinydd ddod â nhw'n ôl, neu "
                    "dewiswch aelod arall.",
                ))
            before = remembered_member(session, inspection_id)
            session.execute(
                text(
                    "INSERT INTO local_identity (inspection_id, member_id, chosen_at) VALUES (:i, :m, :t) "
                    "ON CONFLICT (inspection_id) DO UPDATE SET member_id = :m, chosen_at = :t"
                ),
                {"i": inspection_id, "m": member.id, "t": now},
            )
            label = member_label(member.name, member.inspectorate)
            if before is None or before.id != member.id:
                audit.record(
                    session,
                    inspection_id=inspection_id,
                    actor=self._context.given_actor or label,
                    action="identify",
                    entity="team_member",
                    entity_id=member.id,
                    old=None if before is None else member_label(before.name, before.inspectorate),
                    new=label,
                    at=now,
                )
        self._remember(inspection_id, member)
        self._context.acting_for = inspection_id
        return member

    def _remember(self, inspection_id: str, member: TeamMemberInfo | None) -> None:
        if member is None:
            self._context.identities.pop(inspection_id, None)
            self._known.pop(inspection_id, None)
        else:
            self._context.identities[inspection_id] = member_label(member.name, member.inspectorate)
            self._known[inspection_id] = member
