"""`jicpa timeliness --case ID [--json]`: each timescale of the procedures a file's dates start, met or missed."""

from __future__ import annotations

import argparse
import datetime as dt

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.timescales import EventValue, TimelinessResult

EXIT_OK = 0
_HEADERS = {
    "en": ["timescale", "from", "to", "taken", "limit", "outcome"],
    "cy": ["amserlen", "o", "i", "a gymerwyd", "terfyn", "canlyniad"],
}
_NONE = {"en": "No timescale applies yet: no form of this file records a starting date.",
         "cy": "Nid oes amserlen yn berthnasol eto: nid oes ffurflen yn y ffeil hon yn cofnodi dyddiad cychwyn."}


def _iso(value: EventValue) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value.isoformat()


def _every(result: TimelinessResult) -> dict[str, object] | None:
    """A series' repeating limit and each gap between consecutive meetings, in date order; None for a one-off."""
    every = result.timescale.every
    if every is None:
        return None
    return {
        "event": every.event, "limit": every.limit, "unit": every.unit.value,
        "gaps": [{"from": {"event": g.earlier.event, "date": _iso(g.earlier.value), "where": g.earlier.where},
                  "to": {"event": g.later.event, "date": _iso(g.later.value), "where": g.later.where},
                  "taken": g.taken, "due": _iso(g.due), "met": g.met} for g in result.gaps],
    }


def cmd_timeliness(args: argparse.Namespace, services: AppServices) -> int:
    lang = str(args.message_lang)
    found = services.progress.timeliness(args.case, lang=lang)
    if args.json:
        print_json({
            "case": found.case_id,
            "reference": found.reference,
            "agency": found.agency,
            "timescales": [
                {
                    "id": r.timescale.id,
                    "name": r.timescale.name.get(lang),
                    "from": {"event": r.start.event, "date": _iso(r.start.value), "where": r.start.where},
                    "to": ({"event": r.end.event, "date": _iso(r.end.value), "where": r.end.where}
                           if r.end is not None else {"event": r.timescale.end, "date": None, "where": None}),
                    "taken": r.taken,
                    "unit": r.timescale.unit.value,
                    "approximate": r.approximate,
                    "limit": r.timescale.limit,
                    "due": _iso(r.due),
                    "outcome": r.outcome.value,
                    "met": r.met,
                    "every": _every(r),
                }
                for r in found.results
            ],
        })
        return EXIT_OK
    if not found.results:
        echo(_NONE.get(lang, _NONE["en"]))
        return EXIT_OK
    rows = [
        [r.timescale.name.get(lang), f"{_iso(r.start.value)} ({r.start.where})",
         f"{_iso(r.end.value)} ({r.end.where})" if r.end is not None else "—",
         "" if r.taken is None else f"{'~' if r.approximate else ''}{r.taken} {r.timescale.unit.label.get(lang)}",
         f"{r.timescale.limit} {r.timescale.unit.label.get(lang)}" + _then(r, lang),
         r.outcome.label.get(lang) + (f" ({r.gaps_text(lang)})" if r.gaps_text(lang) else "")]
        for r in found.results
    ]
    print_table(rows, _HEADERS.get(lang, _HEADERS["en"]))
    return EXIT_OK


def _then(result: TimelinessResult, lang: str) -> str:
    """'; then 6 weeks' after a series' first limit."""
    every = result.timescale.every
    if every is None:
        return ""
    return f"; {'yna' if lang == 'cy' else 'then'} {every.limit} {every.unit.label.get(lang)}"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = commands.add_parser("timeliness", help="the Wales Safeguarding Procedures' timescales for one case file")
    p.add_argument("--case", required=True, help="case file id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_timeliness, read_only=True)
