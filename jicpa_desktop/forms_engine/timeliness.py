"""The dated events a file's answers record (`event:` on date questions), measured against the timescales.

A date column with `event:` in a repeat group records one occurrence per row: the later meetings of a series
(core groups, review conferences), or the start and end of a timescale measured row by row (a missing episode's
return and its return home interview).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

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


def occurrences_of(form: FormDefinition, state: ResponseState, evaluation: Evaluation | None = None,
                   lang: str = "en") -> dict[str, list[DatedEvent]]:
    """Event name -> its date in each row that records it (answered and shown), for the repeat groups' date
    columns with `event:`: the later meetings of a series (`every:` in _timescales.yaml), in row order."""
    found: dict[str, list[DatedEvent]] = {}
    for event, question in form.event_dates().items():
        group = form.parent_of(question.id)
        if group is None:
            continue
        for number, row in enumerate(state.rows.get(group.id, []), start=1):
            value = row.cells.get(question.id)
            if not isinstance(value, dt.date):
                continue
            if evaluation is not None and not evaluation.is_relevant(question.id, row.row_id):
                continue
            where = f"{form.title.get(lang)} — {group.label.get(lang)} {number} — {question.id}"
            found.setdefault(event, []).append(DatedEvent(event, value, where))
    return found


def file_occurrences(answered: Iterable[tuple[FormDefinition, ResponseState, Evaluation | None]],
                     lang: str = "en") -> dict[str, list[DatedEvent]]:
    """The rows' events of every form of one file, together (two forms listing meetings give one series)."""
    found: dict[str, list[DatedEvent]] = {}
    for form, state, evaluation in answered:
        for event, dated in occurrences_of(form, state, evaluation, lang).items():
            found.setdefault(event, []).extend(dated)
    return found


def file_events(answered: Iterable[tuple[FormDefinition, ResponseState, Evaluation | None]],
                lang: str = "en") -> dict[str, DatedEvent]:
    """The events of every form of one file, in the order given (catalogue order): the first date wins."""
    events: dict[str, DatedEvent] = {}
    for form, state, evaluation in answered:
        for event, dated in events_of(form, state, evaluation, lang).items():
            events.setdefault(event, dated)
    return events


def row_timescales(form: FormDefinition, timescales: Iterable[Timescale]) -> list[tuple[Timescale, str]]:
    """The timescales both of whose events are columns of one repeat group of `form` (one missing episode's
    return and its return home interview): measured row by row. (timescale, group id)."""
    dates = form.event_dates()
    found = []
    for timescale in timescales:
        start, end = dates.get(timescale.start), dates.get(timescale.end)
        if start is None or end is None:
            continue
        group, other = form.parent_of(start.id), form.parent_of(end.id)
        if group is not None and other is not None and group.id == other.id:
            found.append((timescale, group.id))
    return found


def row_results(form: FormDefinition, state: ResponseState, evaluation: Evaluation | None,
                timescales: Iterable[Timescale], today: dt.date | None = None,
                lang: str = "en") -> list[tuple[str, TimelinessResult]]:
    """(row id, result) for each row of a repeat group whose start event is recorded (and shown)."""
    dates = form.event_dates()
    results: list[tuple[str, TimelinessResult]] = []
    for timescale, group_id in row_timescales(form, timescales):
        start_q, end_q = dates[timescale.start], dates[timescale.end]
        group = form.question(group_id)
        group_label = group.label.get(lang) if group is not None else group_id
        for number, row in enumerate(state.rows.get(group_id, []), start=1):
            events: dict[str, DatedEvent] = {}
            for event, question in ((timescale.start, start_q), (timescale.end, end_q)):
                value = row.cells.get(question.id)
                shown = evaluation is None or evaluation.is_relevant(question.id, row.row_id)
                if isinstance(value, dt.date) and shown:
                    where = f"{form.title.get(lang)} — {group_label} {number} — {question.id}"
                    events[event] = DatedEvent(event, value, where)
            results.extend((row.row_id, r) for r in assess([timescale], events, today or dt.date.today()))
    return results


def file_timeliness(timescales: Iterable[Timescale], events: Mapping[str, DatedEvent],
                    today: dt.date | None = None,
                    occurrences: Mapping[str, Sequence[DatedEvent]] | None = None) -> list[TimelinessResult]:
    """The timescales between the file's dates; a series reads its later meetings from `occurrences`."""
    return assess(timescales, events, today or dt.date.today(), occurrences)


def form_timeliness(form: FormDefinition, state: ResponseState, evaluation: Evaluation | None,
                    timescales: Iterable[Timescale], other_events: Mapping[str, DatedEvent],
                    today: dt.date | None = None, lang: str = "en") -> list[TimelinessResult]:
    """What the form screen shows while one form is edited: the timescales between the file's dates (this form's
    live, `other_events` read from the file's other forms), series included; those measured row by row are
    row_results'."""
    timescales = tuple(timescales)
    per_row = {t.id for t, _ in row_timescales(form, timescales)}
    events = {**other_events, **events_of(form, state, evaluation, lang)}
    return file_timeliness([t for t in timescales if t.id not in per_row], events, today,
                           occurrences_of(form, state, evaluation, lang))


def case_timeliness(answered: Iterable[tuple[FormDefinition, ResponseState, Evaluation | None]],
                    timescales: Iterable[Timescale], today: dt.date | None = None,
                    lang: str = "en") -> list[TimelinessResult]:
    """Every result of one file: timescales between the file's dates, then those measured row by row."""
    answered = list(answered)
    timescales = tuple(timescales)
    per_row = {t.id for form, _, _ in answered for t, _ in row_timescales(form, timescales)}
    results = file_timeliness([t for t in timescales if t.id not in per_row], file_events(answered, lang), today,
                              file_occurrences(answered, lang))
    for form, state, evaluation in answered:
        results.extend(result for _, result in row_results(form, state, evaluation, timescales, today, lang))
    return results


def suggested_answers(form: FormDefinition, results: Iterable[TimelinessResult]
                      ) -> dict[str, tuple[str, TimelinessResult]]:
    """Question id -> (the Yes/No its timescale's outcome gives, that result), for the questions with `timescale:`.

    Met suggests "yes"; missed, or overdue (the limit passed with no end date recorded), suggests "no". Waiting and
    dates in the wrong order suggest nothing: the record has to say more first. A series (`every:`) is met when
    its first meeting and every gap between consecutive meetings are.
    """
    by_timescale = {result.timescale.id: result for result in results}
    suggested = {}
    for question in form.timescale_questions():
        result = by_timescale.get(question.timescale or "")
        if result is None or result.met is None:
            continue
        suggested[question.id] = ("yes" if result.met else "no", result)
    return suggested
