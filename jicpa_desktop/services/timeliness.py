"""Timeliness of one file: each timescale of the procedures its recorded dates start, met or missed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.timescales import DatedEvent, TimelinessResult
from jicpa_desktop.forms_engine.evaluation import Evaluation, ResponseState, evaluate
from jicpa_desktop.forms_engine.timeliness import case_timeliness, file_events
from jicpa_desktop.services.answers import read_state
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError
from jicpa_desktop.services.form_definitions import FormDefinitions


@dataclass(frozen=True)
class CaseTimeliness:
    case_id: str
    reference: str
    agency: str
    results: tuple[TimelinessResult, ...]


class Timeliness:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions) -> None:
        self._context = context
        self._definitions = definitions

    def for_case(self, case_id: str, *, lang: str = "en", today: dt.date | None = None) -> CaseTimeliness:
        reference, agency, answered = self._answered(case_id, None)
        results = case_timeliness(answered, self._context.catalogue.timescales, today, lang)
        return CaseTimeliness(case_id, reference, agency, tuple(results))

    def events(self, case_id: str, *, excluding_form: str | None = None, lang: str = "en") -> dict[str, DatedEvent]:
        """The file's dated events, leaving out one form's (the form screen adds its own, live)."""
        return file_events(self._answered(case_id, excluding_form)[2], lang)

    def _answered(self, case_id: str, excluding_form: str | None
                  ) -> tuple[str, str, list[tuple[FormDefinition, ResponseState, Evaluation | None]]]:
        with self._context.reading() as session:
            found = session.execute(
                text("SELECT reference, agency FROM case_file WHERE id = :c"), {"c": case_id}
            ).first()
            if found is None:
                raise NotFoundError(f"There is no case file {case_id!r}. List them with 'jicpa case list'.")
            reference, agency = found
            responses = {
                form_id: (response_id, version)
                for response_id, form_id, version in session.execute(
                    text("SELECT id, form_id, form_version FROM form_response WHERE case_id = :c"), {"c": case_id})
            }
            answered: list[tuple[FormDefinition, ResponseState, Evaluation | None]] = []
            for current in self._definitions.all():  # catalogue order: the first form with a date wins
                if current.id not in responses or current.id == excluding_form:
                    continue
                response_id, version = responses[current.id]
                form = self._definitions.version(current.id, version)
                if not form.event_dates():
                    continue
                state = read_state(session, form, response_id, agency)
                answered.append((form, state, evaluate(form, state)))
        return reference, agency, answered
