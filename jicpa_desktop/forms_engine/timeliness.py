"""The dated events a file's answers record (`event:` on date questions), measured against the timescales."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.timescales import DatedEvent, TimelinessResult, Timescale, assess
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState


def events_of(form: FormDefinition, state: ResponseState, evaluation: Evaluation | None = None,
              lang: str = "en") -> dict[str, DatedEvent]:
    """Event name -> its date, from the top-level date questions with `event:` that are answered and shown."""
    found: dict[str, DatedEvent] = {}
    for event, question in form.event_dates().items():
        if form.parent_of(question.id) is not None:
            continue  # a column's date belongs to one row (one missing episode), not to the file
        value = state.answers.get(question.id)
        if not isinstance(value, dt.date):
            continue
        if evaluation is not None and not evaluation.is_relevant(question.id):
            continue
        found[event] = DatedEvent(event, value, f"{form.title.get(lang)} — {question.id}")
    return found


def file_events(answered: Iterable[tuple[FormDefinition, ResponseState, Evaluation | None]],
                lang: str = "en") -> dict[str, DatedEvent]:
    """The events of every form of one file, in the order given (catalogue order): the first date wins."""
    events: dict[str, DatedEvent] = {}
    for form, state, evaluation in answered:
        for event, dated in events_of(form, state, evaluation, lang).items():
            events.setdefault(event, dated)
    return events


def file_timeliness(timescales: Iterable[Timescale], events: Mapping[str, DatedEvent],
                    today: dt.date | None = None) -> list[TimelinessResult]:
    return assess(timescales, events, today or dt.date.today())
