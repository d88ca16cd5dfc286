"""`jicpa history`: every change to a file's answers and grades, oldest first, with the team member's name."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from jicpa_desktop.cli.output import print_json, print_table
from jicpa_desktop.composition import AppServices

EXIT_OK = 0


def _shown(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_history(args: argparse.Namespace, services: AppServices) -> int:
    entries = services.history.for_case(args.case, form_id=args.form, question_id=args.question)
    if args.json:
        print_json([asdict(e) for e in entries])
        return EXIT_OK
    print_table([(e.at[:19].replace("T", " "), e.author, e.form_id, e.question_id or e.entity,
                  f"{_shown(e.old)} → {_shown(e.new)}", e.package) for e in entries],
                ("when", "who", "form", "question", "old → new", "package"))
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("history", help="every change to a file's answers and grades, oldest first")
    p.add_argument("--case", required=True)
    p.add_argument("--form")
    p.add_argument("--question")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history, read_only=True)
