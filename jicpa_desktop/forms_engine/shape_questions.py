"""Shape stage for sections and questions: keys, types, choices, repeat columns and defaults."""

from __future__ import annotations

from jicpa_desktop.domain.answer_types import ANSWER_TYPES
from jicpa_desktop.domain.form_model import Choice, Constraint, EvidenceRule, Question, Section
from jicpa_desktop.domain.principles import Principle
from jicpa_desktop.forms_engine.located_yaml import YEntry, YMap, YNode
from jicpa_desktop.forms_engine.schema import (
    CHOICE_ID_PATTERN,
    CHOICE_KEYS,
    CHOICE_REQUIRED,
    CHOICE_TYPES,
    CONSTRAINT_KEYS,
    CONSTRAINT_REQUIRED,
    MAX_CHOICE_SCORE,
    QUESTION_KEYS,
    QUESTION_REQUIRED,
    SECTION_KEYS,
    SECTION_REQUIRED,
)
from jicpa_desktop.forms_engine.shape_reader import ShapeReader

# Types whose answers can never be negative by themselves: `scored: true` on them needs `negative_when`.
_NEVER_NEGATIVE_TYPES = ("text", "date", "integer", "percentage", "scale10")


class QuestionShaper(ShapeReader):
    """Builds sections and their questions; the form-level shaper builds on it."""

    # ---- sections ------------------------------------------------------------------------------

    def _sections(self, entry: YEntry | None, principles: tuple[Principle, ...]) -> tuple[Section, ...]:
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
            section = self._section(item, principles)
            if section is not None:
                sections.append(section)
        return tuple(sections)

    def _section(self, item: YNode, principles: tuple[Principle, ...]) -> Section | None:
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
        questions = self._questions(node.get("questions"), principles, in_repeat=False, where=where)
        return Section(section_id, title, questions)

    # ---- questions -----------------------------------------------------------------------------

    def _questions(
        self,
        entry: YEntry | None,
        principles: tuple[Principle, ...],
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
            question = self._question(item, principles, in_repeat=in_repeat, group=group)
            if question is not None:
                questions.append(question)
        return tuple(questions)

    def _question(
        self, item: YNode, principles: tuple[Principle, ...], *, in_repeat: bool, group: str | None
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
            required=self._flag(node.get("required"), qid, "required", default=False),
            evidence=self._evidence(node.get("evidence"), qid),
            relevant=self._expression(node.get("relevant"), qid, "relevant"),
            constraint=self._constraint(node.get("constraint"), qid),
            negative_when=self._expression(node.get("negative_when"), qid, "negative_when"),
            limiting=self._flag(node.get("limiting"), qid, "limiting", default=False),
            scored=self._scored(node.get("scored"), qid),
            principles=tuple(self._principles(node.get("principles"), qid))
            if "principles" in node.entries
            else principles,
            choices=self._choices(node.get("choices"), qid, qtype),
            columns=self._columns(node, qid, qtype, principles, in_repeat=in_repeat),
            identifying=self._flag(node.get("identifying"), qid, "identifying", default=False),
            source=self._optional_string(node.get("source"), qid, "source"),
        )
        self._check_scored(question, node)
        return question

    def _type(self, entry: YEntry | None, qid: str) -> str:
        if entry is None:
            return ""
        return self.word(entry, list(ANSWER_TYPES), qid, "type", "answer type") or ""

    def _evidence(self, entry: YEntry | None, qid: str) -> EvidenceRule:
        if entry is None:
            return EvidenceRule.OPTIONAL
        return self.enum(entry, EvidenceRule, qid, "evidence", "evidence rule") or EvidenceRule.OPTIONAL

    def _scored(self, entry: YEntry | None, qid: str) -> bool | None:
        return self.boolean(entry, qid, "scored") if entry is not None else None

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
        elif question.type in _NEVER_NEGATIVE_TYPES and question.negative_when is None:
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
            if qtype in CHOICE_TYPES:
                self.report(
                    self.locations.fields.get((qid, "type")),
                    f"a {qtype} question needs choices",
                    "add `choices:` with an id and an en/cy label for each",
                    qid,
                    "choices",
                )
            return ()
        if qtype and qtype not in CHOICE_TYPES:
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
        if not choices and qtype in CHOICE_TYPES:
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
        self, node: YMap, qid: str, qtype: str, principles: tuple[Principle, ...], *, in_repeat: bool
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
        return self._questions(entry, principles, in_repeat=True, where=f"repeat group {qid}", group=qid)
