"""The meeting observations a package carries (data/observations.json): each with its date, observer and answers.

Optional: a package written before observations has none, and an older reader ignores the entry (it reads only
the entries it knows, and checks every listed entry's hash). The merge keeps, per answer, the latest change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.package_format import checks as c

OBSERVATIONS = "data/observations.json"
MAX_ANSWERS = 1_000  # per observation: a form has a dozen questions
MAX_VALUE = 200_000  # characters of one answer's JSON or note: pages of typed text, well within memory


def _why(en: str, cy: str) -> LocalizedText:
    return LocalizedText(en, cy)


class ObservationAnswerData(NamedTuple):
    id: str
    question_id: str
    value_json: str
    evidence: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True, slots=True)
class ObservationData:
    id: str
    form_id: str
    form_version: int
    observed_on: str
    observer_id: str | None
    created_at: str
    updated_at: str
    updated_by: str
    removed_at: str | None
    answers: tuple[ObservationAnswerData, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "form_id": self.form_id, "form_version": self.form_version,
            "observed_on": self.observed_on, "observer_id": self.observer_id, "created_at": self.created_at,
            "updated_at": self.updated_at, "updated_by": self.updated_by, "removed_at": self.removed_at,
            "answers": [
                {"id": a.id, "question_id": a.question_id, "value": a.value_json, "evidence": a.evidence,
                 "updated_at": a.updated_at, "updated_by": a.updated_by}
                for a in self.answers
            ],
        }

    @staticmethod
    def parse(value: object, where: str) -> ObservationData:
        d = c.obj(value, where)
        observed_on = c.text(d, "observed_on", where)
        try:
            dt.date.fromisoformat(observed_on)
        except ValueError:
            raise c.bad(f"{where}.observed_on", _why("should be a date (YYYY-MM-DD)",
                                                     "dylai fod yn ddyddiad (BBBB-MM-DD)")) from None
        items = c.array(d.get("answers"), f"{where}.answers")
        if len(items) > MAX_ANSWERS:
            raise c.bad(f"{where}.answers", _why(f"holds more than {MAX_ANSWERS} answers",
                                                 f"mae'n dal mwy na {MAX_ANSWERS} ateb"))
        answers = []
        for n, item in enumerate(items):
            at = f"{where}.answers[{n}]"
            a = c.obj(item, at)
            raw = c.text(a, "value", at)
            note = c.text(a, "evidence", at)
            if len(raw) > MAX_VALUE or len(note) > MAX_VALUE:
                raise c.bad(at, _why(f"holds more than {MAX_VALUE} characters",
                                     f"mae'n dal mwy na {MAX_VALUE} nod"))
            try:
                orjson.loads(raw)
            except ValueError:
                raise c.bad(f"{at}.value", _why("is not a JSON value", "nid yw'n werth JSON")) from None
            answers.append(ObservationAnswerData(c.stable_id(a, "id", at), c.ident(a, "question_id", at), raw, note,
                                                 c.timestamp(a, "updated_at", at), c.text(a, "updated_by", at)))
        if len({a.question_id for a in answers}) != len(answers):
            raise c.bad(f"{where}.answers", _why("answers one question twice", "mae'n ateb un cwestiwn ddwywaith"))
        return ObservationData(
            c.stable_id(d, "id", where), c.ident(d, "form_id", where),
            c.integer(d, "form_version", where, minimum=1), observed_on, c.opt_stable_id(d, "observer_id", where),
            c.timestamp(d, "created_at", where), c.timestamp(d, "updated_at", where), c.text(d, "updated_by", where),
            c.opt_timestamp(d, "removed_at", where), tuple(answers),
        )


def parse_observations(entry: bytes | None) -> tuple[ObservationData, ...]:
    """The entry's observations (none for a package written before observations)."""
    if entry is None:
        return ()
    out = tuple(ObservationData.parse(item, f"{OBSERVATIONS}[{i}]")
                for i, item in enumerate(c.array(c.load_json(entry, OBSERVATIONS), OBSERVATIONS)))
    if len({o.id for o in out}) != len(out):
        raise c.bad(OBSERVATIONS, _why("holds one observation twice", "mae'n dal un arsylwad ddwywaith"))
    return out
