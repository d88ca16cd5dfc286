"""Shape stage: check a located tree key by key and build domain objects from it, applying the defaults."""

from __future__ import annotations

from dataclasses import dataclass, replace

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import (
    FORM_SCOPE_CASE,
    FORM_SCOPES,
    Applicability,
    FormDefinition,
    Section,
)
from jicpa_desktop.forms_engine.hints import did_you_mean
from jicpa_desktop.forms_engine.located_yaml import YEntry, YMap, YNode, YScalar
from jicpa_desktop.forms_engine.problems import FormProblem
from jicpa_desktop.forms_engine.schema import (
    FORM_KEYS,
    FORM_REQUIRED,
    ID_FIX,
    ID_PATTERN,
    KINDS,
    STANDARD_KEYS,
    STANDARD_REQUIRED,
    WELSH_STATES,
)
from jicpa_desktop.forms_engine.shape_questions import Defaults, QuestionShaper
from jicpa_desktop.forms_engine.shape_reader import Locations


@dataclass
class ShapedForm:
    form: FormDefinition
    wants_standard: bool
    locations: Locations


@dataclass
class ShapedStandard:
    section: Section
    version: int
    locations: Locations


class _Shaper(QuestionShaper):
    """Walks one file; the domain objects it builds are only used when no problem was reported."""

    # ---- form and standard file ----------------------------------------------------------------

    def form(self, root: YNode, expected_id: str | None) -> ShapedForm | None:
        node = self.mapping(root, getattr(root, "line", 1), "the form", None, None)
        if node is None:
            return None
        self.check_keys(node, FORM_KEYS, FORM_REQUIRED, where="the form")
        self.locations.form_fields = {key: entry.key_line for key, entry in node.entries.items()}
        form_id = self._form_id(node, expected_id)
        self.cy_draft = self._welsh_is_draft(node)
        principles = self._principles(node.get("principles"), None)
        defaults = self._defaults(node.get("defaults"), Defaults(principles=tuple(principles)), "the form")
        self._check_form_agencies(node, defaults)
        return ShapedForm(
            FormDefinition(
                id=form_id,
                version=self._version(node.get("version")),
                title=self._text(node.get("title"), None, "title"),
                agencies=self._agencies(node.get("agencies")),
                principles=tuple(principles),
                sections=self._sections(node.get("sections"), defaults),
                description=self._optional_text(node.get("description"), None, "description"),
                order=self._order(node.get("order")),
                source_file=self.source,
                renamed=self._renamed(node.get("renamed")),
                kinds=self._kinds(node.get("kinds")),
                scope=self._scope(node.get("scope")),
                welsh_reviewed=not self.cy_draft,
                grade_roll_up=self._grade_roll_up(node.get("grade_roll_up")),
            ),
            wants_standard=self._flag(node.get("standard"), None, "standard", default=True),
            locations=self.locations,
        )

    def standard(self, root: YNode) -> ShapedStandard | None:
        node = self.mapping(root, getattr(root, "line", 1), "the standard fields file", None, None)
        if node is None:
            return None
        self.check_keys(node, STANDARD_KEYS, STANDARD_REQUIRED, where="the standard fields file")
        self.cy_draft = self._welsh_is_draft(node)
        version = self._version(node.get("standard"), "standard")
        entry = node.get("sections")
        items = self.sequence(entry, None, "sections") if entry is not None else ()
        if entry is not None and len(items) != 1:
            self.report(
                entry.key_line,
                f"the standard fields file has {len(items)} sections, not one",
                "put every standard field in one section: it becomes each form's last section",
                field="sections",
            )
        defaults = self._defaults(node.get("defaults"), Defaults(), "the standard fields file")
        section = self._section(items[0], defaults) if items else None
        if section is None:
            return None
        return ShapedStandard(replace(section, standard=True), version, self.locations)

    def _form_id(self, node: YMap, expected_id: str | None) -> str:
        entry = node.get("form")
        if entry is None:
            return expected_id or ""
        form_id = self._id(entry, None, "form", "form id") or ""
        if form_id and expected_id is not None and form_id != expected_id:
            self.report(
                entry.key_line,
                f"the form id {form_id!r} does not match the file name {expected_id!r}",
                f"rename the file to {form_id}.yaml or write `form: {expected_id}`",
                field="form",
            )
        return form_id

    def _welsh_is_draft(self, node: YMap) -> bool:
        entry = node.get("welsh")
        if entry is None:
            return True  # unreviewed until someone says otherwise
        return self.word(entry, WELSH_STATES, None, "welsh", "Welsh state") != "reviewed"

    def _version(self, entry: YEntry | None, field_name: str = "version") -> int:
        if entry is None:
            return 0
        version = self.integer(entry, None, field_name)
        if version is not None and version < 1:
            self.report(
                entry.key_line,
                f"{field_name} must be a version of 1 or more, got {version}",
                f"write `{field_name}: 1` and bump it whenever a question is added, removed or changed",
                field=field_name,
            )
        return version or 0

    def _order(self, entry: YEntry | None) -> int:
        return (self.integer(entry, None, "order") or 0) if entry is not None else 0

    def _agencies(self, entry: YEntry | None) -> dict[Agency, Applicability]:
        agencies: dict[Agency, Applicability] = {}
        if entry is None:
            return agencies
        node = self.mapping(entry.value, entry.key_line, "agencies", None, "agencies")
        if node is None:
            return agencies
        if not node.entries:
            self.report(
                entry.key_line,
                "no agencies",
                "list at least one agency: `children_services: always`",
                field="agencies",
            )
        for key, value in node.entries.items():
            if key not in {a.value for a in Agency}:
                self.report(
                    value.key_line,
                    f"unknown agency {key!r}",
                    did_you_mean(key, [a.value for a in Agency], "agencies"),
                    field="agencies",
                )
                continue
            applicability = self.enum(value, Applicability, None, "agencies", "applicability")
            if applicability is not None:
                agencies[Agency(key)] = applicability
        return agencies

    def _check_form_agencies(self, node: YMap, defaults: Defaults) -> None:
        """Default question agencies must be agencies the form is offered to (the per-question check is later)."""
        entry = node.get("agencies")
        offered = {key for key in entry.value.entries} if entry is not None and isinstance(entry.value, YMap) else None
        if offered is None:
            return
        stray = [a.value for a in defaults.agencies if a.value not in offered]
        if stray:
            line = self.locations.form_fields.get("defaults")
            self.report(
                line,
                f"the defaults name agencies the form is not offered to: {', '.join(stray)}",
                "add them to the form's `agencies:` or remove them from `defaults:`",
                field="defaults",
            )

    def _kinds(self, entry: YEntry | None) -> tuple[str, ...]:
        if entry is None:
            return KINDS
        items = self.sequence(entry, None, "kinds")
        kinds = [kind for item in items if (kind := self.word(item, KINDS, None, "kinds", "case kind")) is not None]
        if not items:
            self.report(
                entry.key_line,
                "no case kinds",
                "list sampled, tracked or both (or remove `kinds:`)",
                field="kinds",
            )
        return tuple(dict.fromkeys(kinds))

    def _scope(self, entry: YEntry | None) -> str:
        """`scope: inspection`: answered for the inspection itself (a meeting observation), not per case file."""
        if entry is None:
            return FORM_SCOPE_CASE
        return self.word(entry, FORM_SCOPES, None, "scope", "form scope") or FORM_SCOPE_CASE

    def _grade_roll_up(self, entry: YEntry | None) -> tuple[str, ...] | None:
        """`grade_roll_up: [voice_of_child, safety_plan]`: anchor form ids (an empty list: no anchors)."""
        if entry is None:
            return None
        anchors = []
        for item in self.sequence(entry, None, "grade_roll_up"):
            form_id = item.value if isinstance(item, YScalar) and isinstance(item.value, str) else None
            if form_id is None or not ID_PATTERN.fullmatch(form_id):
                self.report(item.line, "expected a form id such as voice_of_child", ID_FIX, field="grade_roll_up")
                continue
            anchors.append(form_id)
        return tuple(anchors)

    def _renamed(self, entry: YEntry | None) -> dict[str, str]:
        renamed: dict[str, str] = {}
        if entry is None:
            return renamed
        node = self.mapping(entry.value, entry.key_line, "renamed", None, "renamed")
        if node is None:
            return renamed
        for old_id, value in node.entries.items():
            if not ID_PATTERN.fullmatch(old_id):
                self.report(value.key_line, f"{old_id!r} is not a question id", ID_FIX, field="renamed")
                continue
            new_id = self.string(value, None, "renamed")
            if new_id is not None:
                renamed[old_id] = new_id
                self.locations.renamed[old_id] = value.key_line
        return renamed


def shape_form(root: YNode, source: str, expected_id: str | None) -> tuple[ShapedForm | None, list[FormProblem]]:
    shaper = _Shaper(source)
    shaped = shaper.form(root, expected_id)
    return shaped, shaper.problems


def shape_standard(root: YNode, source: str) -> tuple[ShapedStandard | None, list[FormProblem]]:
    shaper = _Shaper(source)
    shaped = shaper.standard(root)
    return shaped, shaper.problems
