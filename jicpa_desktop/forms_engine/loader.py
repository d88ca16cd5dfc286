"""Loading form files: read (YAML with lines) → shape (keys, values, defaults) → standard → references.

Every stage collects problems instead of stopping, so one run reports every fault of every file.

The standard fields file (`forms/_standard.yaml`) holds one section, appended to every form as its last::

    standard: 1                     # the standard fields' version: bump it whenever a field changes
    welsh: draft                    # as for forms
    sections:
      - id: standard
        title: {en: About this audit, cy: Am yr archwiliad hwn}
        questions: [...]            # as in a form; every id starts with std_
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from jicpa_desktop.domain.form_model import FormDefinition, Section
from jicpa_desktop.domain.timescales import Timescale
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.legacy_roles import declares_roles, with_legacy_roles
from jicpa_desktop.forms_engine.local_terms import unknown_terms
from jicpa_desktop.forms_engine.located_yaml import MAX_DOCUMENT_BYTES, read_yaml, too_large
from jicpa_desktop.forms_engine.problems import FormDefinitionError, FormProblem, sort_problems
from jicpa_desktop.forms_engine.references import check_form_references, check_standard_references
from jicpa_desktop.forms_engine.role_checks import check_form_roles, check_question_agencies, check_standard_roles
from jicpa_desktop.forms_engine.schema import STANDARD_FILE
from jicpa_desktop.forms_engine.shape import shape_form, shape_standard
from jicpa_desktop.forms_engine.shape_reader import Locations
from jicpa_desktop.forms_engine.timescales_loader import TIMESCALES_FILE, load_timescales_text

FORMS_DIR_ENV = "JICPA_FORMS_DIR"


def load_standard_text(text: str, source: str) -> tuple[Section, int]:
    """The standard fields section and its version; raises FormDefinitionError."""
    standard, problems = _load_standard(text, source, stored=True)
    if problems or standard is None:
        raise FormDefinitionError(sort_problems(problems))
    return standard


def load_form_text(text: str, source: str, standard: Section | None) -> FormDefinition:
    """A form from its YAML text (e.g. a stored snapshot of an older version); raises FormDefinitionError."""
    form, problems = _load_form(text, source, standard, expected_id=None, standard_source=STANDARD_FILE, stored=True)
    if problems or form is None:
        raise FormDefinitionError(sort_problems(problems))
    return form


def load_form_file(path: Path, standard: Section | None) -> FormDefinition:
    """A form from its file; the form id must match the file name."""
    path = Path(path)
    read_problems: list[FormProblem] = []
    text = _read(path, read_problems)
    if text is None:
        raise FormDefinitionError(read_problems)
    form, problems = _load_form(
        text,
        str(path),
        standard,
        expected_id=path.stem,
        standard_source=str(path.with_name(STANDARD_FILE)),
    )
    if problems or form is None:
        raise FormDefinitionError(sort_problems(problems))
    return form


def load_forms_dir(path: Path) -> FormCatalogue:
    """Every form of a folder, with its standard fields; problems of all files are raised together."""
    catalogue, problems = collect_forms_dir(Path(path))
    if problems or catalogue is None:
        raise FormDefinitionError(problems)
    return catalogue


def collect_forms_dir(folder: Path) -> tuple[FormCatalogue | None, list[FormProblem]]:
    """Load a folder without raising: the catalogue when there is no problem, and every problem found."""
    if not folder.is_dir():
        return None, [
            FormProblem(
                str(folder),
                None,
                "the forms folder does not exist",
                f"pass the folder holding the form files, or set {FORMS_DIR_ENV}",
            )
        ]
    problems: list[FormProblem] = []
    standard_path = folder / STANDARD_FILE
    standard: Section | None = None
    standard_version = 0
    standard_text = ""
    if standard_path.is_file():
        read = _read(standard_path, problems)
        standard_text = read or ""
        loaded, found = _load_standard(standard_text, str(standard_path)) if read is not None else (None, [])
        problems.extend(found)
        if loaded is not None:
            standard, standard_version = loaded
    timescales: tuple[Timescale, ...] = ()
    timescales_path = folder / TIMESCALES_FILE
    # The ids a form's `timescale:` may name; None while _timescales.yaml is broken (reported once, there,
    # rather than as every reference to it).
    timescale_ids: frozenset[str] | None = frozenset()
    if timescales_path.is_file():
        timescales_text = _read(timescales_path, problems)
        timescale_ids = None
        if timescales_text is not None:
            timescales, found = load_timescales_text(timescales_text, str(timescales_path))
            problems.extend(found)
            timescale_ids = None if found else frozenset(t.id for t in timescales)
    forms: list[FormDefinition] = []
    sources: dict[str, str] = {}
    first_file: dict[str, str] = {}
    # Files starting with _ are shared data (the standard fields, the timescales), not forms.
    form_paths = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("_"))
    if not form_paths:
        problems.append(
            FormProblem(
                str(folder),
                None,
                "no form files (*.yaml) in the folder",
                "add one YAML file per form (see docs/forms.md)",
            )
        )
    for form_path in form_paths:
        text = _read(form_path, problems)
        if text is None:
            continue
        form, found = _load_form(
            text,
            str(form_path),
            standard,
            expected_id=form_path.stem,
            standard_source=str(standard_path),
            # A broken _standard.yaml was reported already; do not blame every form for its absence.
            report_missing_standard=not standard_path.is_file(),
            timescales=None if timescale_ids is None else (timescale_ids, str(timescales_path)),
        )
        problems.extend(found)
        if form is None:
            continue
        if form.id in first_file:
            problems.append(
                FormProblem(
                    str(form_path),
                    None,
                    f"form id {form.id!r} is also used by {first_file[form.id]}",
                    "give each form its own id",
                )
            )
            continue
        first_file[form.id] = str(form_path)
        forms.append(form)
        sources[form.id] = text
    for form in forms:
        for anchor in form.grade_roll_up or ():
            if anchor not in first_file:
                problems.append(
                    FormProblem(
                        first_file[form.id],
                        None,
                        f"grade_roll_up names {anchor!r}, which is not a form in this folder",
                        f"name forms of this folder ({', '.join(sorted(first_file))})",
                        field="grade_roll_up",
                    )
                )
    if not problems:
        for form in forms:
            problems.extend(unknown_terms(form, sources[form.id], first_file[form.id]))
    if problems:
        return None, sort_problems(problems)
    return FormCatalogue(forms, sources, standard, standard_text, standard_version, timescales=timescales), []


def _dangling_timescales(form: FormDefinition, locations: Locations, known: frozenset[str],
                         timescales_file: str, source: str) -> list[FormProblem]:
    """`timescale:` on a question must name a timescale of _timescales.yaml."""
    return [
        FormProblem(
            source, locations.line_of(question.id, "timescale"),
            f"`timescale: {question.timescale}` names no timescale of {timescales_file}",
            f"use one of {', '.join(sorted(known))}" if known else f"add the timescale to {timescales_file}",
            question.id, "timescale",
        )
        for question in form.timescale_questions()
        if question.timescale not in known
    ]


def bundled_forms_dir() -> Path:
    """The shipped forms: $JICPA_FORMS_DIR, else forms/ beside the package, else the PyInstaller bundle."""
    override = os.environ.get(FORMS_DIR_ENV)
    if override:
        return Path(override)
    beside_package = Path(__file__).resolve().parents[2] / "forms"
    if beside_package.is_dir():
        return beside_package
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "forms"
    return beside_package


def _read(path: Path, problems: list[FormProblem]) -> str | None:
    """The file's text, or None with a problem; a file over the size limit is refused unread."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            problems.append(too_large(str(path), size))
            return None
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.append(FormProblem(str(path), None, f"the file cannot be read: {error}", "save it as UTF-8 text"))
        return None


def _load_standard(
    text: str, source: str, *, stored: bool = False
) -> tuple[tuple[Section, int] | None, list[FormProblem]]:
    """`stored`: a snapshot's text, which may predate roles (legacy_roles gives it the old ones)."""
    root, problems = read_yaml(text, source)
    if root is None:
        return None, problems
    shaped, found = shape_standard(root, source)
    problems.extend(found)
    if shaped is None:
        return None, problems
    if stored and not declares_roles((replace(shaped.section, standard=False),)):
        shaped.section = replace(with_legacy_roles("", (shaped.section,))[0], standard=True)
    problems.extend(check_standard_references(shaped.section, shaped.locations))
    problems.extend(check_standard_roles(shaped.section, shaped.locations))
    return (shaped.section, shaped.version), problems


def _load_form(
    text: str,
    source: str,
    standard: Section | None,
    *,
    expected_id: str | None,
    standard_source: str,
    report_missing_standard: bool = True,
    stored: bool = False,
    timescales: tuple[frozenset[str], str] | None = None,
) -> tuple[FormDefinition | None, list[FormProblem]]:
    """`timescales`: the ids `timescale:` may name and the file they come from; None leaves them unchecked (a
    single file, a stored snapshot, or a broken timescales file)."""
    root, problems = read_yaml(text, source)
    if root is None:
        return None, problems
    shaped, found = shape_form(root, source, expected_id)
    problems.extend(found)
    if shaped is None:
        return None, problems
    form = shaped.form
    if stored and not declares_roles(form.sections):
        form = replace(form, sections=with_legacy_roles(form.id, form.sections))
    if shaped.wants_standard:
        if standard is not None:
            form = replace(form, sections=(*form.sections, standard))
        elif report_missing_standard:
            line = shaped.locations.form_fields.get("standard")
            problems.append(
                FormProblem(
                    source,
                    line,
                    f"the form asks for the standard fields, but there is no {STANDARD_FILE}",
                    f"add {STANDARD_FILE} beside the forms, or write `standard: false`",
                    field="standard",
                )
            )
    problems.extend(
        check_form_references(form, shaped.locations, standard if shaped.wants_standard else None, standard_source)
    )
    problems.extend(check_form_roles(form, shaped.locations))
    problems.extend(check_question_agencies(form, shaped.locations))
    if timescales is not None:
        problems.extend(_dangling_timescales(form, shaped.locations, *timescales, source))
    return form, problems
