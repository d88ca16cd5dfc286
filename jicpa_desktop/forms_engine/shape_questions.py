"""Shape stage for sections and questions: keys, types, choices, repeat columns and defaults."""

from __future__ import annotations

from dataclasses import dataclass, replace

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.answer_types import ANSWER_TYPES, AnswerType
from jicpa_desktop.domain.form_model import Choice, Constraint, EvidenceRule, NaReason, Question, Section
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.domain.roles import ROLE_RULES, Role
from jicpa_desktop.forms_engine.hints import listing
from jicpa_desktop.forms_engine.located_yaml import YEntry, YMap, YNode
from jicpa_desktop.forms_engine.schema import (
    CHOICE_ID_PATTERN,
    CHOICE_KEYS,
    CHOICE_REQUIRED,
    CONSTRAINT_KEYS,
    CONSTRAINT_REQUIRED,
    DEFAULT_KEYS,
    ID_FIX,
    ID_PATTERN,
    MAX_CHOICE_SCORE,
    QUESTION_KEYS,
    QUESTION_REQUIRED,
    SECTION_KEYS,
    SECTION_REQUIRED,
)
from jicpa_desktop.forms_engine.shape_reader import ShapeReader


def _kind(qtype: str) -> AnswerType | None:
    return ANSWER_TYPES.get(qtype)


def _never_negative(qtype: str) -> bool:
    """Answers that can never be negative by themselves: `scored: true` on them needs `negative_when`."""
    kind = _kind(qtype)
    return kind is not None and not kind.can_be_negative and kind.has_value


def _has_not_applicable(qtype: str) -> bool:
    """The types with a Not applicable answer, the only ones `na_reason: required` makes sense on."""
    kind = _kind(qtype)
    return kind is not None and kind.has_not_applicable


def _own_choices(qtype: str) -> bool:
    kind = _kind(qtype)
    return kind is not None and kind.own_choices


_NA_TYPES = tuple(code for code in ANSWER_TYPES if _has_not_applicable(code))


@dataclass(frozen=True)
class Defaults:
    """What the questions below a form or section take when they do not say (`defaults:`; catalogue §2.0)."""

    principles: tuple[Principle, ...] = ()
    required: bool = False
    evidence: EvidenceRule = EvidenceRule.OPTIONAL
    limiting: bool = False
    agencies: tuple[Agency, ...] = ()
    na_reason: NaReason = NaReason.OPTIONAL
    identifying: bool = False
    scored: bool | None = None


class QuestionShaper(ShapeReader):
    """Builds sections and their questions; the form-level shaper builds on it."""

    # ---- sections ------------------------------------------------------------------------------

    def _defaults(self, entry: YEntry | None, inherited: Defaults, where: str) -> Defaults:
        """`defaults:` over the inherited ones; unknown keys are errors like a question's."""
        if entry is None:
            return inherited
        node = self.mapping(entry.value, entry.key_line, f"the defaults of {where}", None, "defaults")
        if node is None:
            return inherited
        self.check_keys(node, DEFAULT_KEYS, (), where=f"the defaults of {where}")
        found = inherited
        if (value := node.get("required")) is not None and (flag := self.boolean(value, None, "required")) is not None:
            found = replace(found, required=flag)
        if (value := node.get("limiting")) is not None and (flag := self.boolean(value, None, "limiting")) is not None:
            found = replace(found, limiting=flag)
        if (value := node.get("identifying")) is not None and (
            flag := self.boolean(value, None, "identifying")
        ) is not None:
            found = replace(found, identifying=flag)
        if (value := node.get("scored")) is not None and (flag := self.boolean(value, None, "scored")) is not None:
            found = replace(found, scored=flag)
        if (value := node.get("evidence")) is not None and (
            rule := self.enum(value, EvidenceRule, None, "evidence", "evidence rule")
        ) is not None:
            found = replace(found, evidence=rule)
        if (value := node.get("na_reason")) is not None and (
            na := self.enum(value, NaReason, None, "na_reason", "N/A reason rule")
        ) is not None:
            found = replace(found, na_reason=na)
        if (value := node.get("principles")) is not None:
            found = replace(found, principles=tuple(self._principles(value, None)))
        if (value := node.get("agencies")) is not None:
            found = replace(found, agencies=self._question_agencies(value, None))
        return found

    def _question_agencies(self, entry: YEntry, qid: str | None) -> tuple[Agency, ...]:
        agencies = tuple(self.enum_list(entry, Agency, qid, "agencies", "agency code"))
        if not self.sequence(entry, qid, "agencies") and not self._is_problem_already(entry.key_line):
            self.report(
                entry.key_line,
                "no agencies",
                "list the agencies the question applies to, e.g. `agencies: [police]`, or remove `agencies:`",
                qid,
                "agencies",
            )
        return agencies

    def _is_problem_already(self, line: int) -> bool:
        return any(p.line == line for p in self.problems)

    def _sections(self, entry: YEntry | None, defaults: Defaults) -> tuple[Section, ...]:
        if entry is None:
            return ()
        items = self.sequence(entry, None, "sections")
        if not items:
            self.report(
                entry.key_line,
                "the form has no sections",
                "add at least one section with questions",
                field="sections",
            )
        sections = []
        for item in items:
            section = self._section(item, defaults)
            if section is not None:
                sections.append(section)
        return tuple(sections)

    def _section(self, item: YNode, defaults: Defaults) -> Section | None:
        node = self.mapping(item, getattr(item, "line", 0), "a section", None, "sections")
        if node is None:
            return None
        section_id = ""
        if (entry := node.get("id")) is not None:
            section_id = self._id(entry, None, "id", "section id") or ""
            self.locations.sections.append((section_id, entry.key_line))
        where = f"section {section_id!r}" if section_id else f"the section at line {node.line}"
        self.check_keys(node, SECTION_KEYS, SECTION_REQUIRED, where=where)
        title = self._text(node.get("title"), None, "title")
        defaults = self._defaults(node.get("defaults"), defaults, where)
        questions = self._questions(node.get("questions"), defaults, in_repeat=False, where=where)
        return Section(section_id, title, questions)

    # ---- questions -----------------------------------------------------------------------------

    def _questions(
        self,
        entry: YEntry | None,
        defaults: Defaults,
        *,
        in_repeat: bool,
        where: str,
        group: str | None = None,
    ) -> tuple[Question, ...]:
        if entry is None:
            return ()
        items = self.sequence(entry, group, entry_name := ("columns" if in_repeat else "questions"))
        if not items:
            self.report(
                entry.key_line,
                f"{where} has no {entry_name}",
                f"add at least one question under `{entry_name}:`",
                group,
                entry_name,
            )
        questions = []
        for item in items:
            question = self._question(item, defaults, in_repeat=in_repeat, group=group)
            if question is not None:
                questions.append(question)
        return tuple(questions)

    def _question(
        self, item: YNode, defaults: Defaults, *, in_repeat: bool, group: str | None
    ) -> Question | None:
        line = getattr(item, "line", 0)
        node = self.mapping(item, line, "a question", group, None)
        if node is None:
            return None
        id_entry = node.get("id")
        qid = self._id(id_entry, None, "id", "question id") if id_entry is not None else None
        where = f"question {qid}" if qid else f"the question at line {node.line}"
        self.check_keys(node, QUESTION_KEYS, QUESTION_REQUIRED, where=where, question=qid)
        if qid is None or id_entry is None:
            return None
        self.locations.questions.append((qid, id_entry.key_line, group))
        for key, entry in node.entries.items():
            self.locations.fields[(qid, key)] = entry.key_line
        qtype = self._type(node.get("type"), qid)
        question = Question(
            id=qid,
            type=qtype,
            label=self._text(node.get("label"), qid, "label"),
            help=self._optional_text(node.get("help"), qid, "help"),
            required=self._flag(node.get("required"), qid, "required", default=defaults.required),
            evidence=self._evidence(node.get("evidence"), qid, defaults.evidence),
            relevant=self._expression(node.get("relevant"), qid, "relevant"),
            constraint=self._constraint(node.get("constraint"), qid),
            negative_when=self._expression(node.get("negative_when"), qid, "negative_when"),
            limiting=self._flag(node.get("limiting"), qid, "limiting", default=defaults.limiting),
            scored=self._scored(node.get("scored"), qid, defaults.scored if qtype != "repeat" else None),
            principles=tuple(self._principles(node.get("principles"), qid))
            if "principles" in node.entries
            else defaults.principles,
            choices=self._choices(node.get("choices"), qid, qtype),
            columns=self._columns(node, qid, qtype, defaults, in_repeat=in_repeat),
            identifying=self._flag(node.get("identifying"), qid, "identifying", default=defaults.identifying),
            source=self._optional_string(node.get("source"), qid, "source"),
            agencies=self._question_agencies(agencies_entry, qid)
            if (agencies_entry := node.get("agencies")) is not None
            else defaults.agencies,
            role=self._role(node.get("role"), qid, qtype),
            event=self._event(node.get("event"), qid, qtype),
            timescale=self._timescale(node.get("timescale"), qid),
            na_reason=self._na_reason(node.get("na_reason"), qid, qtype, defaults.na_reason),
        )
        self._check_scored(question, node)
        kind = _kind(qtype)
        offered = kind.choices(question) if kind is not None else question.choices
        if question.timescale is not None and not {"yes", "no"} <= {choice.id for choice in offered}:
            self.report(
                self.locations.fields.get((qid, "timescale")),
                f"`timescale:` suggests Yes or No from the dates, but a {qtype} question has no yes and no choices",
                "give `timescale:` to a yn or ynp question (or one whose choices include yes and no)",
                qid,
                "timescale",
            )
        if question.na_reason is NaReason.REQUIRED and question.evidence is EvidenceRule.NONE:
            self.report(
                self.locations.fields.get((qid, "na_reason")) or self.locations.fields.get((qid, "evidence")),
                "`na_reason: required` needs a note to hold the reason, but the question says `evidence: none`",
                "remove `evidence: none` (or `na_reason: required`): the N/A reason is written in the note",
                qid,
                "na_reason",
            )
        return question

    def _role(self, entry: YEntry | None, qid: str, qtype: str) -> str | None:
        if entry is None:
            return None
        role = self.enum(entry, Role, qid, "role", "role")
        if role is None:
            return None
        rule = ROLE_RULES[role]
        if qtype and qtype not in rule.types:
            self.report(
                entry.key_line,
                f"the role {role.value!r} ({rule.description.en}) needs a {listing(rule.types)} question, "
                f"not {qtype}",
                f"change the type to {rule.types[0]} or give the role to a {rule.types[0]} question",
                qid,
                "role",
            )
        return role.value

    def _event(self, entry: YEntry | None, qid: str, qtype: str) -> str | None:
        if entry is None:
            return None
        event = self.string(entry, qid, "event")
        if event is None:
            return None
        if not ID_PATTERN.fullmatch(event):
            self.report(entry.key_line, f"event name {event!r} is not valid", ID_FIX, qid, "event")
        kind = _kind(qtype)
        if kind is not None and kind.expression_kind != "date":
            self.report(
                entry.key_line,
                f"only a date (or datetime) question can record an event, not {qtype}",
                "move `event:` to the question that records the event's date (type: date or datetime)",
                qid,
                "event",
            )
        return event

    def _timescale(self, entry: YEntry | None, qid: str) -> str | None:
        """The id of a timescale in _timescales.yaml; the loader checks that it is there (it knows the file)."""
        if entry is None:
            return None
        timescale = self.string(entry, qid, "timescale")
        if timescale is not None and not ID_PATTERN.fullmatch(timescale):
            self.report(entry.key_line, f"timescale id {timescale!r} is not valid", ID_FIX, qid, "timescale")
            return None
        return timescale

    def _na_reason(self, entry: YEntry | None, qid: str, qtype: str, default: NaReason) -> NaReason:
        if entry is None:
            # A default from `defaults:` only reaches the questions that have a Not applicable answer.
            return default if _has_not_applicable(qtype) else NaReason.OPTIONAL
        rule = self.enum(entry, NaReason, qid, "na_reason", "N/A reason rule")
        if rule is None:
            return default
        if qtype and not _has_not_applicable(qtype) and rule is not NaReason.OPTIONAL:
            self.report(
                entry.key_line,
                f"a {qtype} question has no Not applicable answer, so it takes no N/A reason",
                f"remove `na_reason:` or use a type with Not applicable ({listing(_NA_TYPES)})",
                qid,
                "na_reason",
            )
        return rule

    def _type(self, entry: YEntry | None, qid: str) -> str:
        if entry is None:
            return ""
        return self.word(entry, list(ANSWER_TYPES), qid, "type", "answer type") or ""

    def _evidence(self, entry: YEntry | None, qid: str, default: EvidenceRule) -> EvidenceRule:
        if entry is None:
            return default
        return self.enum(entry, EvidenceRule, qid, "evidence", "evidence rule") or default

    def _scored(self, entry: YEntry | None, qid: str, default: bool | None) -> bool | None:
        return self.boolean(entry, qid, "scored") if entry is not None else default

    def _check_scored(self, question: Question, node: YMap) -> None:
        entry = node.get("scored")
        if entry is None or question.scored is not True:
            return
        if question.is_repeat:
            self.report(
                entry.key_line,
                "a repeat group cannot be scored",
                "score its columns instead",
                question.id,
                "scored",
            )
        elif _never_negative(question.type) and question.negative_when is None:
            self.report(
                entry.key_line,
                f"a {question.type} question with no `negative_when` would always score 2",
                "add `negative_when:` or remove `scored: true`",
                question.id,
                "scored",
            )

    def _expression(self, entry: YEntry | None, qid: str, field_name: str) -> str | None:
        # Parsing waits for the reference stage, which knows every id of the form.
        return self.string(entry, qid, field_name) if entry is not None else None

    def _constraint(self, entry: YEntry | None, qid: str) -> Constraint | None:
        if entry is None:
            return None
        node = self.mapping(entry.value, entry.key_line, "constraint", qid, "constraint")
        if node is None:
            return None
        self.check_keys(node, CONSTRAINT_KEYS, CONSTRAINT_REQUIRED, where=f"the constraint of {qid}", question=qid)
        expression_entry = node.get("expression")
        if expression_entry is not None:
            self.locations.fields[(qid, "constraint")] = expression_entry.key_line
        expression = self._expression(expression_entry, qid, "constraint")
        message = self._text(node.get("message"), qid, "message")
        return Constraint(expression or "", message)

    def _choices(self, entry: YEntry | None, qid: str, qtype: str) -> tuple[Choice, ...]:
        if entry is None:
            if _own_choices(qtype):
                self.report(
                    self.locations.fields.get((qid, "type")),
                    f"a {qtype} question needs choices",
                    "add `choices:` with an id and an en/cy label for each",
                    qid,
                    "choices",
                )
            return ()
        if qtype and not _own_choices(qtype):
            self.report(
                entry.key_line,
                f"choices are only for single and multi questions, not {qtype}",
                f"remove `choices:` ({qtype} has its own fixed answers) or change the type to single",
                qid,
                "choices",
            )
        choices: list[Choice] = []
        seen: dict[str, int] = {}
        for item in self.sequence(entry, qid, "choices"):
            choice = self._choice(item, qid, seen)
            if choice is not None:
                choices.append(choice)
        if not choices and _own_choices(qtype):
            self.report(entry.key_line, "the choice list is empty", "add at least two choices", qid, "choices")
        return tuple(choices)

    def _choice(self, item: YNode, qid: str, seen: dict[str, int]) -> Choice | None:
        node = self.mapping(item, getattr(item, "line", 0), "a choice", qid, "choices")
        if node is None:
            return None
        self.check_keys(node, CHOICE_KEYS, CHOICE_REQUIRED, where=f"a choice of {qid}", question=qid)
        id_entry = node.get("id")
        if id_entry is None:
            return None
        choice_id = self.string(id_entry, qid, "choices")
        if choice_id is None:
            return None
        if not CHOICE_ID_PATTERN.fullmatch(choice_id):
            self.report(
                id_entry.key_line,
                f"choice id {choice_id!r} is not valid",
                "use lower-case letters, digits and _",
                qid,
                "choices",
            )
        if choice_id in seen:
            self.report(
                id_entry.key_line,
                f"duplicate choice id {choice_id!r} (first at line {seen[choice_id]})",
                "give each choice its own id",
                qid,
                "choices",
            )
        seen.setdefault(choice_id, id_entry.key_line)
        score = None
        if (score_entry := node.get("score")) is not None:
            score = self.integer(score_entry, qid, "score")
            if score is not None and not 0 <= score <= MAX_CHOICE_SCORE:
                self.report(
                    score_entry.key_line,
                    f"choice score {score} is out of range",
                    "use 0 (like No), 1 (like Partly) or 2 (like Yes)",
                    qid,
                    "score",
                )
                score = None
        return Choice(
            choice_id,
            self._text(node.get("label"), qid, "label"),
            negative=self._flag(node.get("negative"), qid, "negative", default=False),
            score=score,
        )

    def _columns(
        self, node: YMap, qid: str, qtype: str, defaults: Defaults, *, in_repeat: bool
    ) -> tuple[Question, ...]:
        entry = node.get("columns")
        if qtype == "repeat" and in_repeat:
            self.report(
                self.locations.fields.get((qid, "type")),
                "a repeat group cannot sit inside another",
                "make it a separate repeat group at the top level of a section",
                qid,
                "type",
            )
            return ()
        if entry is None:
            if qtype == "repeat":
                self.report(
                    self.locations.fields.get((qid, "type")),
                    "a repeat group needs columns",
                    "add `columns:` with the questions of one row",
                    qid,
                    "columns",
                )
            return ()
        if qtype != "repeat":
            self.report(
                entry.key_line,
                f"columns are only for repeat groups, not {qtype or 'this type'}",
                "remove `columns:` or change the type to repeat",
                qid,
                "columns",
            )
            return ()
        return self._questions(entry, defaults, in_repeat=True, where=f"repeat group {qid}", group=qid)
