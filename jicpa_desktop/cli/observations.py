"""`jicpa observation`: list, add, date, answer, show and remove the inspection's meeting observations (no file)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.observations import ObservationSummary, ObservationView, kind_label

EXIT_OK = 0


def _summary_json(summary: ObservationSummary) -> dict[str, Any]:
    kind = summary.meeting_kind
    return {"id": summary.id, "reference": summary.reference, "form_id": summary.form_id,
            "observed_on": summary.observed_on.isoformat(),
            "meeting_kind": None if kind is None else {"en": kind.en, "cy": kind.get("cy")},
            "observer": summary.observer, "answered": summary.answered, "questions": summary.questions,
            "updated_at": summary.updated_at, "updated_by": summary.updated_by}


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return list(value) if isinstance(value, list | tuple) else value


def cmd_observation_list(args: argparse.Namespace, services: AppServices) -> int:
    summaries = services.observations.summaries(args.inspection)
    if args.json:
        print_json([_summary_json(s) for s in summaries])
        return EXIT_OK
    print_table([(s.id, s.reference, s.observed_on.isoformat(), kind_label(s, args.message_lang), s.observer,
                  f"{s.answered}/{s.questions}") for s in summaries],
                ("id", "reference", "date", "meeting type", "observer", "answered"))
    return EXIT_OK


def cmd_observation_add(args: argparse.Namespace, services: AppServices) -> int:
    summary = services.observations.add(args.inspection, args.date, observer=args.observer)
    echo(summary.id)
    return EXIT_OK


def cmd_observation_date(args: argparse.Namespace, services: AppServices) -> int:
    services.observations.set_date(args.observation, args.date)
    echo("saved")
    return EXIT_OK


def cmd_observation_answer(args: argparse.Namespace, services: AppServices) -> int:
    saved = services.observations.set_answer(args.observation, args.question, args.value, evidence=args.evidence)
    echo("saved" if saved.changed else "unchanged", saved.saved_at)
    return EXIT_OK


def _answers(view: ObservationView, lang: str) -> list[dict[str, Any]]:
    from jicpa_desktop.domain.answer_types import answer_type, is_empty

    rows = []
    for question in view.form.questions():
        if question.is_repeat:
            continue
        value = view.state.answers.get(question.id)
        shown = "" if value is None or is_empty(value) else answer_type(question.type).display(value, question, lang)
        rows.append({"question": question.id, "label": question.label.get(lang),
                     "value": None if value is None else _json_value(value), "shown": shown,
                     "evidence": view.state.evidence.get((question.id, None), ""),
                     "relevant": view.evaluation.is_relevant(question.id)})
    return rows


def cmd_observation_show(args: argparse.Namespace, services: AppServices) -> int:
    view = services.observations.load(args.observation)
    lang = args.message_lang
    answers = _answers(view, lang)
    if args.json:
        print_json({**_summary_json(view.summary), "answers": answers})
        return EXIT_OK
    summary = view.summary
    echo(f"{summary.reference}  {summary.observed_on.isoformat()}  {kind_label(summary, lang)}  {summary.observer}")
    print_table([(a["question"], a["label"], a["shown"], a["evidence"]) for a in answers if a["relevant"]],
                ("question", "label", "answer", "evidence"))
    return EXIT_OK


def cmd_observation_remove(args: argparse.Namespace, services: AppServices) -> int:
    services.observations.remove(args.observation)
    echo("removed")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("observation", help="meeting observations (the inspection's, never a file's)")
    observation = group.add_subparsers(dest="observation_command", required=True, metavar="SUBCOMMAND")
    p = observation.add_parser("list", help="the inspection's observations, oldest meeting first")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_observation_list, read_only=True)
    p = observation.add_parser("add", help="a new observation of a meeting held on --date; prints its id")
    p.add_argument("--inspection", required=True)
    p.add_argument("--date", required=True, help="the day of the meeting, YYYY-MM-DD")
    p.add_argument("--observer", help="the team member who observed it (default: this laptop's)")
    p.set_defaults(handler=cmd_observation_add)
    p = observation.add_parser("date", help="correct the day of the meeting")
    p.add_argument("--observation", required=True)
    p.add_argument("--date", required=True, help="the day of the meeting, YYYY-MM-DD")
    p.set_defaults(handler=cmd_observation_date)
    p = observation.add_parser("answer", help="answer one question (an empty --value clears it)")
    p.add_argument("--observation", required=True)
    p.add_argument("--question", required=True, help="question id, such as mob_03 (see 'observation show')")
    p.add_argument("--value", required=True, help="choice id (yes, partly, no, core_group, …), or text")
    p.add_argument("--evidence")
    p.set_defaults(handler=cmd_observation_answer)
    p = observation.add_parser("show", help="one observation with every answer and note")
    p.add_argument("--observation", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_observation_show, read_only=True)
    p = observation.add_parser("remove", help="remove an observation recorded by mistake (its answers go)")
    p.add_argument("--observation", required=True)
    p.set_defaults(handler=cmd_observation_remove)
