"""Sampling commands: the local authority's list of children as the frame (frame import) and the draw (sample draw)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jicpa_desktop.cli.output import echo, print_json
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.sampling_frame import STRATA

EXIT_OK, EXIT_USER_ERROR = 0, 1


def cmd_frame_import(args: argparse.Namespace, services: AppServices) -> int:
    preview = services.frame.import_list(args.inspection, Path(args.file), apply=not args.preview)
    if preview.problems:
        echo(f"{args.file}: nothing imported; fix these rows and import again:", file=sys.stderr)
        for problem in preview.problems:
            echo(f"  {problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    verb = "would add" if args.preview else "added"
    echo(f"{verb} {len(preview.new)} children to the frame; {preview.already} already in it")
    return EXIT_OK


def cmd_sample_draw(args: argparse.Namespace, services: AppServices) -> int:
    strata = [s for s in (args.strata or "agency").split(",") if s.strip()]
    draw = services.frame.draw(args.inspection, sampled=args.sampled, tracked=args.tracked, seed=args.seed,
                               rationale=args.rationale, strata=strata, apply=not args.preview)
    if args.json:
        print_json({"draw_id": draw.draw_id, "frame_checksum": draw.frame_checksum, "strata": list(draw.strata),
                    "seed": draw.seed, "rationale": draw.rationale, "sampled": list(draw.sampled),
                    "tracked": list(draw.tracked), "case_ids": list(draw.case_ids),
                    "allocation": [{"stratum": list(k), "candidates": n, "drawn": d} for k, n, d in draw.allocation]})
        return EXIT_OK
    for label, references in (("tracked", draw.tracked), ("sampled", draw.sampled)):
        for reference in references:
            echo(f"{label}\t{reference}")
    echo(f"frame {draw.frame_checksum[:12]}, seed {draw.seed}" + (" (preview: no files made)" if args.preview else ""))
    return EXIT_OK


def cmd_sample_pick(args: argparse.Namespace, services: AppServices) -> int:
    echo(services.frame.choices.pick(args.inspection, args.reference, args.agency, args.kind, args.reason))
    return EXIT_OK


def cmd_sample_swap(args: argparse.Namespace, services: AppServices) -> int:
    echo(services.frame.choices.swap(args.inspection, args.out, args.reference, args.agency, args.reason))
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    frame = commands.add_parser("frame", help="the sampling frame: the local authority's list of children") \
        .add_subparsers(dest="frame_command", required=True, metavar="SUBCOMMAND")
    p = frame.add_parser("import", help="add the list's children (CSV or XLSX) that the frame does not hold yet")
    p.add_argument("--inspection", required=True)
    p.add_argument("--preview", action="store_true", help="say what would be added; change nothing")
    p.add_argument("file")
    p.set_defaults(handler=cmd_frame_import)

    sample = commands.add_parser("sample", help="draw the stratified random sample from the frame") \
        .add_subparsers(dest="sample_command", required=True, metavar="SUBCOMMAND")
    p = sample.add_parser("draw", help="draw and print the chosen references; the chosen become case files")
    p.add_argument("--inspection", required=True)
    p.add_argument("--sampled", required=True, type=int)
    p.add_argument("--tracked", required=True, type=int)
    p.add_argument("--strata", help=f"comma-separated, any of {','.join(STRATA)} (default: agency)")
    p.add_argument("--seed", required=True)
    p.add_argument("--rationale", required=True)
    p.add_argument("--preview", action="store_true", help="print the draw; make no files")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sample_draw)
    p = sample.add_parser("pick", help="make a child of the frame a file by hand, with the reason; prints its id")
    p.add_argument("--inspection", required=True)
    p.add_argument("--reference", required=True)
    p.add_argument("--agency", required=True)
    p.add_argument("--kind", required=True, choices=["sampled", "tracked"])
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_sample_pick)
    p = sample.add_parser("swap", help="replace a drawn file (no answers yet) by another child of the frame")
    p.add_argument("--inspection", required=True)
    p.add_argument("--out", required=True, help="the case file id to take out")
    p.add_argument("--reference", required=True, help="the frame's child to put in")
    p.add_argument("--agency", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_sample_swap)
