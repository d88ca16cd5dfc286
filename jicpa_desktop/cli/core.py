"""Core commands: forms, inspections, case files, answers, progress and the demo."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from jicpa_desktop.cli import audit_trail
from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices, load_catalogue
from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.forms_engine.check import check_forms_dir
from jicpa_desktop.forms_engine.loader import bundled_forms_dir

EXIT_OK, EXIT_USER_ERROR = 0, 1


# -- forms --------------------------------------------------------------------------------------

def cmd_forms_list(args: argparse.Namespace) -> int:
    forms = load_catalogue().forms  # the forms as the app loads them: no database needed
    if args.json:
        print_json([
            {"id": f.id, "version": f.version, "title": {"en": f.title.en, "cy": f.title.cy},
             "agencies": {a.value: how.value for a, how in f.agencies.items()},
             "principles": [p.value for p in f.principles], "questions": f.question_count}
            for f in forms
        ])
        return EXIT_OK
    print_table([(f.id, f.version, f.question_count, ", ".join(a.value for a in f.agencies), f.title.en)
            for f in forms], ("form", "version", "questions", "agencies", "title"))
    return EXIT_OK


def cmd_forms_check(args: argparse.Namespace) -> int:
    folder = Path(args.dir) if args.dir else bundled_forms_dir()
    catalogue, problems, warnings = check_forms_dir(folder)
    for problem in problems:
        echo(str(problem), file=sys.stderr)
    for warning in warnings:
        echo(f"warning: {warning}", file=sys.stderr)
    if problems or catalogue is None:
        echo(f"{len(problems)} problem(s) in {folder}", file=sys.stderr)
        return EXIT_USER_ERROR
    questions = sum(f.question_count for f in catalogue.forms)
    echo(f"OK: {len(catalogue.forms)} forms, {questions} questions in {folder}")
    return EXIT_OK


# -- inspections --------------------------------------------------------------------------------

def cmd_inspection_create(args: argparse.Namespace, services: AppServices) -> int:
    inspection_id = services.inspections.create(
        name=args.name, local_authority=args.local_authority, start=args.start, end=args.end,
        enabled_forms=[f.id for f in services.forms.all()],
    )
    echo(inspection_id)
    return EXIT_OK


def cmd_inspection_list(args: argparse.Namespace, services: AppServices) -> int:
    inspections = services.inspections.list()
    if args.json:
        print_json([asdict(i) for i in inspections])
        return EXIT_OK
    print_table([(i.id, i.name, i.local_authority, i.start_date, i.end_date, i.case_count) for i in inspections],
           ("id", "name", "local authority", "start", "end", "files"))
    return EXIT_OK


# -- cases --------------------------------------------------------------------------------------

def cmd_case_add(args: argparse.Namespace, services: AppServices) -> int:
    case_id = services.cases.add(args.inspection, reference=args.ref, agency=args.agency, kind=args.kind,
                                 age_band=args.age_band or "", inspector=args.inspector)
    echo(case_id)
    return EXIT_OK


def cmd_case_import(args: argparse.Namespace, services: AppServices) -> int:
    report = services.sampling.run(args.inspection, Path(args.file))
    if report.problems:
        echo(f"{args.file}: nothing imported; fix these rows and import again:", file=sys.stderr)
        for problem in report.problems:
            echo(f"  {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    echo(f"Imported {report.imported} case files.")
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace, services: AppServices) -> int:
    cases = [p.case for p in services.progress.cases(args.inspection)]
    if args.json:
        print_json([asdict(c) for c in cases])
        return EXIT_OK
    print_table([(c.id, c.reference, c.agency, c.kind, c.age_band, c.inspector or "", c.status,
             "ESCALATED" if c.escalated else "") for c in cases],
           ("id", "reference", "agency", "kind", "age band", "inspector", "status", ""))
    return EXIT_OK


# -- answers ------------------------------------------------------------------------------------

def cmd_answer_set(args: argparse.Namespace, services: AppServices) -> int:
    saved = services.answers.set_answer(args.case, args.form, args.question, args.value,
                                        row_id=args.row, evidence=args.evidence)
    echo("saved" if saved.changed else "unchanged", saved.saved_at)
    return EXIT_OK


def cmd_answer_list(args: argparse.Namespace, services: AppServices) -> int:
    records = services.answers.list_for_case(args.case)
    if args.json:
        print_json([asdict(r) for r in records])
        return EXIT_OK
    print_table([(r.form_id, r.question_id + (f"[{r.row_id[:8]}]" if r.row_id else ""),
             r.value if not isinstance(r.value, list) else ", ".join(r.value),
             r.evidence_note[:60], r.updated_by) for r in records],
           ("form", "question", "value", "evidence", "by"))
    return EXIT_OK


def cmd_progress(args: argparse.Namespace, services: AppServices) -> int:
    rows = services.progress.summary(args.inspection)
    if args.json:
        print_json([{**asdict(r), "percent_complete": round(r.percent_complete, 1)} for r in rows])
        return EXIT_OK
    print_table([(r.inspector, r.agency, r.files, f"{r.forms_complete}/{r.forms_total}", f"{r.percent_complete:.0f}%",
             r.required_missing, r.evidence_missing, r.escalations) for r in rows],
           ("inspector", "agency", "files", "forms done", "%", "required missing", "evidence missing",
            "escalations"))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, services: AppServices) -> int:
    echo(services.demo.build())
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------------

def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:

    forms = commands.add_parser("forms", help="list and check form definitions").add_subparsers(
        dest="forms_command", required=True, metavar="SUBCOMMAND")
    p = forms.add_parser("list", help="list the forms")
    p.add_argument("--json", action="store_true")
    p.set_defaults(no_store=cmd_forms_list)
    p = forms.add_parser("check", help="check a folder of form definitions (default: the bundled forms)")
    p.add_argument("dir", nargs="?")
    p.set_defaults(no_store=cmd_forms_check)

    inspection = commands.add_parser("inspection", help="create and list inspections").add_subparsers(
        dest="inspection_command", required=True, metavar="SUBCOMMAND")
    p = inspection.add_parser("create", help="create an inspection and print its id")
    p.add_argument("--name", required=True)
    p.add_argument("--local-authority", required=True)
    p.add_argument("--start", required=True, help="YYYY-MM-DD")
    p.add_argument("--end", required=True, help="YYYY-MM-DD")
    p.set_defaults(handler=cmd_inspection_create)
    p = inspection.add_parser("list", help="list inspections")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inspection_list, read_only=True)
    audit_trail.register_inspection_wipe(inspection)

    case = commands.add_parser("case", help="add, import and list case files").add_subparsers(
        dest="case_command", required=True, metavar="SUBCOMMAND")
    p = case.add_parser("add", help="add a case file and print its id")
    p.add_argument("--inspection", required=True)
    p.add_argument("--ref", required=True, help="pseudonymous reference such as CDF24-07 (never a name)")
    p.add_argument("--agency", required=True, choices=[a.value for a in Agency])
    p.add_argument("--kind", required=True, choices=["sampled", "tracked"])
    p.add_argument("--age-band")
    p.add_argument("--inspector")
    p.set_defaults(handler=cmd_case_add)
    p = case.add_parser("import", help="import a sampling list (CSV or XLSX); all rows or none")
    p.add_argument("--inspection", required=True)
    p.add_argument("file")
    p.set_defaults(handler=cmd_case_import)
    p = case.add_parser("list", help="list case files with their status")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_list, read_only=True)

    answer = commands.add_parser("answer", help="set and list answers").add_subparsers(
        dest="answer_command", required=True, metavar="SUBCOMMAND")
    p = answer.add_parser("set", help="answer one question (an empty --value clears it)")
    p.add_argument("--case", required=True)
    p.add_argument("--form", required=True)
    p.add_argument("--question", required=True)
    p.add_argument("--value", required=True, help="choice id (yes, partly, no, not_applicable, …), date, number")
    p.add_argument("--evidence")
    p.add_argument("--row", help="row id, for a column of a repeat group")
    p.set_defaults(handler=cmd_answer_set)
    p = answer.add_parser("list", help="list a case file's answers")
    p.add_argument("--case", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_answer_list, read_only=True)

    p = commands.add_parser("progress", help="progress per inspector and agency")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_progress, read_only=True)

    p = commands.add_parser("demo", help="build the fictional demo inspection and print its id")
    p.set_defaults(handler=cmd_demo)
