"""Genogram commands: import and export the documented file, check it, render it as SVG, PDF or PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

from jicpa_desktop.cli.output import echo, print_json
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError

EXIT_OK = 0
KINDS = ("inspector", "agency")


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "message_lang", "en") or "en")


def cmd_import(args: argparse.Namespace, services: AppServices) -> int:
    changed = services.genograms.import_file(args.case, args.kind, Path(args.file))
    echo(f"imported: {changed} field(s) changed")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, services: AppServices) -> int:
    target = Path(args.output)
    fmt = "json" if target.suffix.lower() == ".json" else "yaml"
    text = services.genograms.export_text(args.case, args.kind, fmt)
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist: choose an existing folder.")
    target.write_text(text, encoding="utf-8")
    echo(f"written: {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, services: AppServices) -> int:
    view = services.genograms.load(args.case, args.kind)
    lang = _lang(args)
    if args.json:
        print_json({
            "warnings": [{"code": w.code, "element": w.element_id, "message": w.message.get(lang)}
                         for w in view.warnings],
            "conflicts": [{"id": c.id, "element": c.element_id, "field": c.field} for c in view.conflicts],
            "suggested_answers": [{"form": "genogram_ecomap_chronology", "question": s.question_id, "value": s.value,
                                   "reasons": [r.get(lang) for r in s.reasons]}
                                  for s in services.genograms.suggestions(args.case)],
        })
        return EXIT_OK
    for w in view.warnings:
        echo(f"{w.element_id or '-'}: {w.message.get(lang)}")
    if not view.warnings:
        echo("No problems found." if lang == "en" else "Ni chanfuwyd problemau.")
    return EXIT_OK


def cmd_render(args: argparse.Namespace, services: AppServices) -> int:
    services.genograms.render(args.case, Path(args.output), source=args.kind, ecomap=args.ecomap,
                              lang=_lang(args), overlay=not args.no_overlay)
    echo(f"written: {args.output}")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("genogram", help="a case file's genogram and ecomap").add_subparsers(
        dest="genogram_command", required=True, metavar="SUBCOMMAND")
    p = group.add_parser("import", help="replace a case file's genogram with a genogram file (docs/genogram.md)")
    p.add_argument("--case", required=True)
    p.add_argument("--kind", choices=KINDS, default="inspector")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)
    p = group.add_parser("export", help="write a case file's genogram as YAML (or JSON for a .json name)")
    p.add_argument("--case", required=True)
    p.add_argument("--kind", choices=KINDS, default="inspector")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(handler=cmd_export, read_only=True)
    p = group.add_parser("check", help="the genogram's warnings (catalogue §4.1) and open conflicts")
    p.add_argument("--case", required=True)
    p.add_argument("--kind", choices=KINDS, default="inspector")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check, read_only=True)
    p = group.add_parser("render", help="draw the genogram (or --ecomap) as FILE.svg, FILE.pdf or FILE.png")
    p.add_argument("--case", required=True)
    p.add_argument("--kind", choices=KINDS, default="inspector")
    p.add_argument("--ecomap", action="store_true")
    p.add_argument("--no-overlay", action="store_true", help="leave out the relationship and abuse overlay")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(handler=cmd_render, read_only=True)
