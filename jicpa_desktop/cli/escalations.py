"""Escalation commands: the lead's list (new first), acknowledging and closing with the outcome."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices

EXIT_OK = 0


def cmd_escalations_list(args: argparse.Namespace, services: AppServices) -> int:
    views = services.escalations.list(args.inspection)
    if args.json:
        print_json([{**asdict(v), "form_title": {"en": v.form_title.en, "cy": v.form_title.cy}} for v in views])
        return EXIT_OK
    print_table([(v.response_id, v.status, v.reference, v.agency, v.form_title.get(args.message_lang), v.inspector,
                  v.raised_at[:16].replace("T", " "), v.concern, v.status_by, v.outcome) for v in views],
                ("id", "status", "file", "agency", "form", "inspector", "when", "concern and action", "by",
                 "outcome"))
    return EXIT_OK


def cmd_escalations_acknowledge(args: argparse.Namespace, services: AppServices) -> int:
    view = services.escalations.acknowledge(args.response)
    echo(f"acknowledged: {view.reference} ({view.agency}), {view.form_id}")
    return EXIT_OK


def cmd_escalations_close(args: argparse.Namespace, services: AppServices) -> int:
    view = services.escalations.close(args.response, args.outcome)
    echo(f"closed: {view.reference} ({view.agency}), {view.form_id}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    escalations = commands.add_parser("escalations", help="the lead's list of escalations").add_subparsers(
        dest="escalations_command", required=True, metavar="SUBCOMMAND")
    p = escalations.add_parser("list", help="every escalation, new first")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_escalations_list, read_only=True)
    p = escalations.add_parser("acknowledge", help="the lead has seen it (recorded with who and when)")
    p.add_argument("--response", required=True, help="the escalation's id, from 'escalations list'")
    p.set_defaults(handler=cmd_escalations_acknowledge)
    p = escalations.add_parser("close", help="close it with the outcome")
    p.add_argument("--response", required=True)
    p.add_argument("--outcome", required=True)
    p.set_defaults(handler=cmd_escalations_close)
