"""The lead's plan for the files: allocate and re-allocate them (several at once) and a tracked file's
conversations, correct a file's details, remove a file added by mistake, and record when someone edits a file
allocated to another member.

An allocation is the case file's inspector and its updated_at, so it travels in every package the way the
file does: the consolidated package carries the lead's plan to every laptop (the merge keeps the newer). A
conversation's allocation is its own record (case, person) with its time and author, kept the same way; a
removed file leaves a tombstone (case_tombstone) that travels too, so no older package brings it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.case_reference import CaseFieldError, normalise_age_band, normalise_kind
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.identity import find_member, remembered_member
from jicpa_desktop.services.team import acting_role, refuse_unless_lead


@dataclass(frozen=True, slots=True)
class AllocationResult:
    changed: int  # files whose inspector changed
    unchanged: int  # files already allocated so


# The people a tracked file's conversations are held with (catalogue form 21, S2:547): the lead plans who
# holds each. Keys travel in packages (data/conversations.json); labels are for the screens.
CONVERSATIONS: dict[str, LocalizedText] = {
    "child": LocalizedText("Child or young person", "Plentyn neu berson ifanc"),
    "family": LocalizedText("Family or carers", "Teulu neu ofalwyr"),
    "key_worker": LocalizedText("Key worker", "Gweithiwr allweddol"),
    "manager": LocalizedText("Key worker's manager", "Rheolwr y gweithiwr allweddol"),
    "other_professionals": LocalizedText("Other professionals", "Gweithwyr proffesiynol eraill"),
}


def parse_conversation(value: str) -> str:
    person = value.strip().lower().replace("-", "_").replace(" ", "_")
    if person not in CONVERSATIONS:
        known = ", ".join(CONVERSATIONS)
        raise UserError(LocalizedText(
            f"Unknown conversation {value!r}: use one of {known}.",
            f"Sgwrs anhysbys {value!r}: defnyddiwch un o {known}.",
        ))
    return person


@dataclass(frozen=True, slots=True)
class ConversationAllocation:
    """Who holds one of a tracked file's conversations (None: nobody yet)."""

    case_id: str
    person: str
    label: LocalizedText
    inspector: str | None


@dataclass(frozen=True, slots=True)
class RemovalCheck:
    """What removing a file would lose: forms begun and answers given."""

    reference: str
    agency: str
    responses: int
    answers: int


def _case_row(session: Session, case_id: str) -> tuple[str, str, str, str, str, str | None]:
    row = session.execute(
        text("SELECT inspection_id, reference, agency, kind, age_band, inspector_id FROM case_file WHERE id = :c"),
        {"c": case_id},
    ).first()
    if row is None:
        raise NotFoundError(LocalizedText(
            f"There is no case file {case_id!r}. List them with 'jicpa case list'.",
            f"Nid oes ffeil achos {case_id!r}. Rhestrwch nhw gyda 'jicpa case list'.",
        ))
    return tuple(row)


def _member_name(session: Session, member_id: str | None) -> str | None:
    if member_id is None:
        return None
    name = session.execute(text("SELECT name FROM team_member WHERE id = :m"), {"m": member_id}).scalar()
    return None if name is None else str(name)


class Allocation:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def allocate(self, case_ids: Sequence[str], inspector: str | None) -> AllocationResult:
        """Allocate the files to the team member *inspector* (None: unallocate); one audit event per file changed."""
        if not case_ids:
            raise UserError(LocalizedText("Choose at least one file to allocate.",
                                          "Dewiswch o leiaf un ffeil i'w dyrannu."))
        now = utc_now_iso()
        changed = unchanged = 0
        with self._context.writing() as session:
            rows = [(case_id, _case_row(session, case_id)) for case_id in dict.fromkeys(case_ids)]
            inspections = {row[0] for _, row in rows}
            if len(inspections) > 1:
                raise UserError(LocalizedText("These files belong to different inspections: allocate them one "
                                              "inspection at a time.",
                                              "Mae'r ffeiliau hyn yn perthyn i arolygiadau gwahanol: dyrannwch "
                                              "nhw un arolygiad ar y tro."))
            inspection_id = next(iter(inspections))
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "allocates files", "dyrannu ffeiliau"))
            member_id = self._active_member_id(session, inspection_id, inspector)
            new_name = _member_name(session, member_id)
            for case_id, row in rows:
                if row[5] == member_id:
                    unchanged += 1
                    continue
                session.execute(
                    text("UPDATE case_file SET inspector_id = :m, updated_at = :u WHERE id = :c"),
                    {"m": member_id, "u": now, "c": case_id},
                )
                audit.record(
                    session, inspection_id=inspection_id, actor=self._context.actor, action="allocate",
                    entity="case_file", entity_id=case_id, field="inspector",
                    old=_member_name(session, row[5]), new=new_name, at=now,
                )
                changed += 1
        return AllocationResult(changed, unchanged)

    def allocate_conversations(
        self, case_id: str, people: Sequence[str], inspector: str | None
    ) -> AllocationResult:
        """Allocate conversations of the tracked file *case_id* (child, family, key_worker, manager,
        other_professionals) to the team member *inspector* (None: unallocate); one audit event per change."""
        wanted = list(dict.fromkeys(parse_conversation(p) for p in people))
        if not wanted:
            raise UserError(LocalizedText("Choose at least one conversation to allocate.",
                                          "Dewiswch o leiaf un sgwrs i'w dyrannu."))
        now = utc_now_iso()
        changed = unchanged = 0
        with self._context.writing() as session:
            row = _case_row(session, case_id)
            inspection_id = row[0]
            refuse_unless_lead(self._context, session, inspection_id, LocalizedText(
                "allocates conversations", "dyrannu sgyrsiau"))
            if row[3] != "tracked":
                raise UserError(LocalizedText(
                    f"{row[1]} ({row[2]}) is a sampled file: conversations are held about tracked files only. Make "
                    "it tracked first (Edit details…) if it should be.",
                    f"Mae {row[1]} ({row[2]}) yn ffeil a samplwyd: cynhelir sgyrsiau am ffeiliau wedi'u holrhain yn "
                    "unig. Gwnewch hi'n ffeil wedi'i holrhain yn gyntaf (Golygu manylion…) os dylai fod.",
                ))
            member_id = self._active_member_id(session, inspection_id, inspector)
            held = {str(r[0]): r[1] for r in session.execute(
                text("SELECT person, member_id FROM conversation_allocation WHERE case_id = :c"), {"c": case_id})}
            for person in wanted:
                if held.get(person) == member_id:  # no record and unallocated are the same
                    unchanged += 1
                    continue
                session.execute(
                    text(
                        "INSERT INTO conversation_allocation (case_id, person, inspection_id, member_id, updated_at, "
                        "updated_by) VALUES (:c, :p, :i, :m, :u, :a) ON CONFLICT (case_id, person) DO UPDATE SET "
                        "member_id = excluded.member_id, updated_at = excluded.updated_at, "
                        "updated_by = excluded.updated_by"
                    ),
                    {"c": case_id, "p": person, "i": inspection_id, "m": member_id, "u": now,
                     "a": self._context.actor},
                )
                audit.record(
                    session, inspection_id=inspection_id, actor=self._context.actor, action="allocate",
                    entity="case_file", entity_id=case_id, field=f"conversation:{person}",
                    old=_member_name(session, held.get(person)), new=_member_name(session, member_id), at=now,
                )
                changed += 1
        return AllocationResult(changed, unchanged)

    def conversations(self, case_id: str) -> list[ConversationAllocation]:
        """Every conversation of a tracked file, in the catalogue's order, with who holds it."""
        with self._context.reading() as session:
            _case_row(session, case_id)
            held = {str(r[0]): (None if r[1] is None else str(r[1])) for r in session.execute(
                text("SELECT a.person, t.name FROM conversation_allocation a LEFT JOIN team_member t "
                     "ON t.id = a.member_id WHERE a.case_id = :c"), {"c": case_id})}
        return [ConversationAllocation(case_id, person, label, held.get(person))
                for person, label in CONVERSATIONS.items()]

    @staticmethod
    def _active_member_id(session: Session, inspection_id: str, inspector: str | None) -> str | None:
        if inspector is None or not inspector.strip():
            return None
        member = find_member(session, inspection_id, inspector)
        if member.retired:
            raise UserError(LocalizedText(
                f"{member.name} has been retired from this team: allocate the files to someone else.",
                f"Mae {member.name} wedi'i dynnu o'r tîm hwn: dyrannwch y ffeiliau i rywun arall.",
            ))
        return member.id

    def allocated_elsewhere(self, case_id: str) -> str | None:
        """The name of the member the file is allocated to, when that is not this laptop's user (else None)."""
        with self._context.reading() as session:
            row = _case_row(session, case_id)
            me = remembered_member(session, row[0])
            if me is None or row[5] is None or row[5] == me.id:
                return None
            return _member_name(session, row[5])

    def record_editing_other(self, case_id: str) -> None:
        """The user chose to edit a file allocated to someone else: say so in the audit trail."""
        with self._context.writing() as session:
            row = _case_row(session, case_id)
            audit.record(
                session, inspection_id=row[0], actor=self._context.actor, action="edit_allocated_to_other",
                entity="case_file", entity_id=case_id, field="inspector", old=_member_name(session, row[5]),
            )

    def edit_case(self, case_id: str, *, kind: str | None = None, age_band: str | None = None) -> None:
        """Correct a file's kind (sampled or tracked) or age band; each changed field is one audit event.

        The reference and agency are how every laptop matches the file, so they are not edited: remove a
        wrongly typed file and add it again.
        """
        now = utc_now_iso()
        with self._context.writing() as session:
            row = _case_row(session, case_id)
            try:
                new_kind = row[3] if kind is None else normalise_kind(kind)
                new_band = row[4] if age_band is None else normalise_age_band(age_band)
            except CaseFieldError as error:
                raise UserError(error.message) from None
            changes = [(f, o, n) for f, o, n in (("kind", row[3], new_kind), ("age_band", row[4], new_band)) if o != n]
            if not changes:
                return
            session.execute(
                text("UPDATE case_file SET kind = :k, age_band = :a, updated_at = :u WHERE id = :c"),
                {"k": new_kind, "a": new_band, "u": now, "c": case_id},
            )
            for field, old, new in changes:
                audit.record(
                    session, inspection_id=row[0], actor=self._context.actor, action="update", entity="case_file",
                    entity_id=case_id, field=field, old=old, new=new, at=now,
                )

    def removal_check(self, case_id: str) -> RemovalCheck:
        with self._context.reading() as session:
            return self._check(session, case_id)

    @staticmethod
    def _check(session: Session, case_id: str) -> RemovalCheck:
        row = _case_row(session, case_id)
        responses = session.execute(
            text("SELECT COUNT(*) FROM form_response WHERE case_id = :c"), {"c": case_id}
        ).scalar() or 0
        answers = session.execute(
            text("SELECT COUNT(*) FROM answer a JOIN form_response r ON r.id = a.response_id WHERE r.case_id = :c "
                 "AND a.value_json != 'null'"),
            {"c": case_id},
        ).scalar() or 0
        return RemovalCheck(row[1], row[2], int(responses), int(answers))

    def remove_case(self, case_id: str, *, confirm: bool = False) -> RemovalCheck:
        """Remove a file added by mistake; its details stay in the audit trail as a tombstone.

        Refused once the file has answers, unless the lead confirms (confirm=True): then its forms and
        answers go too, counted in the tombstone.
        """
        now = utc_now_iso()
        with self._context.writing() as session:
            row = _case_row(session, case_id)
            inspection_id = row[0]
            check = self._check(session, case_id)
            if check.answers and not confirm:
                raise UserError(LocalizedText(
                    f"{check.reference} ({check.agency}) has {check.answers} answer(s) in {check.responses} form(s). "
                    "Nothing was removed. If the file really was added by mistake, the lead can remove it with its "
                    "answers (confirm in the app, or --confirm on the command line).",
                    f"Mae gan {check.reference} ({check.agency}) {check.answers} ateb mewn {check.responses} ffurflen. "
                    "Ni thynnwyd dim. Os ychwanegwyd y ffeil trwy gamgymeriad, gall yr arweinydd ei thynnu gyda'i "
                    "hatebion (cadarnhewch yn yr ap, neu --confirm ar y llinell orchymyn).",
                ))
            if check.answers and acting_role(self._context, session, inspection_id) == "inspector":
                raise UserError(LocalizedText(
                    "Only the lead inspector removes a file that has answers. Nothing was removed.",
                    "Dim ond yr arolygydd arweiniol sy'n tynnu ffeil sydd ag atebion. Ni thynnwyd dim.",
                ))
            delete_case_rows(session, case_id)
            record_tombstone(session, inspection_id, case_id, row[1], row[2], removed_at=now,
                             removed_by=self._context.actor)
            audit.record(
                session, inspection_id=inspection_id, actor=self._context.actor, action="delete",
                entity="case_file", entity_id=case_id,
                old={"reference": row[1], "agency": row[2], "kind": row[3], "age_band": row[4],
                     "inspector": _member_name(session, row[5]), "forms": check.responses,
                     "answers": check.answers},
                at=now,
            )
        return check


def delete_case_rows(session: Session, case_id: str) -> None:
    """Delete a case file and everything under it (forms, answers, versions, genograms, conversations), inside
    the caller's transaction; the caller records the tombstone and the audit event."""
    responses = [str(r[0]) for r in session.execute(
        text("SELECT id FROM form_response WHERE case_id = :c"), {"c": case_id})]
    for response_id in responses:
        for table in ("answer", "repeat_row", "field_version", "merge_conflict", "grade_moderation"):
            session.execute(text(f"DELETE FROM {table} WHERE response_id = :r"), {"r": response_id})
    session.execute(text("DELETE FROM form_response WHERE case_id = :c"), {"c": case_id})
    for table in ("genogram_value", "genogram_version", "genogram_conflict", "genogram"):  # its genograms
        session.execute(text(f"DELETE FROM {table} WHERE case_id = :c"), {"c": case_id})
    session.execute(text("DELETE FROM conversation_allocation WHERE case_id = :c"), {"c": case_id})
    session.execute(text("DELETE FROM case_file WHERE id = :c"), {"c": case_id})


def record_tombstone(
    session: Session, inspection_id: str, case_id: str, reference: str, agency: str, *, removed_at: str,
    removed_by: str,
) -> None:
    """Remember that *case_id* was removed: the tombstone travels in every package from now on, so the file is
    removed on every laptop and no package that still holds it brings it back (services/merge.py)."""
    session.execute(
        text("INSERT OR IGNORE INTO case_tombstone (case_id, inspection_id, reference, agency, removed_at, "
             "removed_by) VALUES (:c, :i, :r, :a, :t, :b)"),
        {"c": case_id, "i": inspection_id, "r": reference, "a": agency, "t": removed_at, "b": removed_by},
    )
