"""The demo inspection's observed meetings (fictional): three meetings in the fieldwork week, recorded by the lead
and the police inspector, answered as an inspector would, so the Observations sheet and PDF section show something.

The form is read for its role and its questions' types, never for ids: the meeting type is the `meeting_kind`
question; the tick lists and the Yes/Partly/No questions take the answers below in the form's order."""

from __future__ import annotations

from dataclasses import dataclass

from jicpa_desktop.domain.roles import Role
from jicpa_desktop.services.observations import Observations


@dataclass(frozen=True)
class _Meeting:
    day: str
    observer: str  # a member of the demo team
    kind: str  # a choice of the meeting_kind question
    ticked: tuple[tuple[str, ...], ...]  # the multi-choice questions' answers, in the form's order
    judged: tuple[str, ...]  # the ynp questions' answers, in the form's order
    note: str = ""  # the evidence for a No


DEMO_MEETINGS = (
    _Meeting("2024-01-15", "Demo Lead (CIW)", "mash_strategy",
             (("childrens_services", "police", "health"), ("education",)), ("yes",) * 7),
    _Meeting("2024-01-16", "Demo Inspector B (HMICFRS)", "core_group",
             (("childrens_services", "health", "education"), ("police",)),
             ("yes", "yes", "yes", "no", "yes", "yes", "yes"),
             "Actions were agreed but none had an owner or a date; the chair did not check them at the close."),
    _Meeting("2024-01-17", "Demo Lead (CIW)", "icpc",
             (("childrens_services", "police", "health", "education"), ("none",)), ("yes",) * 7),
)


def add_demo_observations(observations: Observations, inspection_id: str) -> None:
    for meeting in DEMO_MEETINGS:
        added = observations.add(inspection_id, meeting.day, observer=meeting.observer)
        form = observations.load(added.id).form
        kind = form.with_role(Role.MEETING_KIND)  # the loader refuses an inspection-level form without one
        if kind is not None:
            observations.set_answer(added.id, kind.id, meeting.kind)
        questions = list(form.all_questions())
        ticks = [q for q in questions if q.type == "multi"]
        for question, ticked in zip(ticks, meeting.ticked, strict=False):
            offered = {choice.id for choice in question.choices}
            observations.set_answer(added.id, question.id, [c for c in ticked if c in offered])
        judged = [q for q in questions if q.type == "ynp"]
        for question, answer in zip(judged, meeting.judged, strict=False):
            observations.set_answer(added.id, question.id, answer,
                                    evidence=meeting.note if answer == "no" and meeting.note else None)
