"""Export commands: the audit grid as a workbook or a PDF, and one file's case report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jicpa_desktop.cli import timeliness
from jicpa_desktop.cli.output import echo
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.agencies import Agency

EXIT_OK = 0


def _progress(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Progress on stderr when it is a terminal (scripts get a quiet stderr)."""
    if not sys.stderr.isatty():
        return lambda done, total, message: None

    def show(done: int, total: int, message: str) -> None:
        print(f"\r{message} ({done}/{total})" if total else f"\r{message}", end="", file=sys.stderr, flush=True)

    return show


def cmd_export_xlsx(args: argparse.Namespace, services: AppServices) -> int:
    path = services.exports.xlsx(args.inspection, Path(args.output), inspector=args.inspector, agency=args.agency,
                                 lang=_language(args), include_identifying=args.include_identifying,
                                 progress=_progress(args))
    _done(path)
    return EXIT_OK


def cmd_export_pdf(args: argparse.Namespace, services: AppServices) -> int:
    path = services.exports.pdf(args.inspection, Path(args.output), inspector=args.inspector, agency=args.agency,
                                lang=_language(args), include_identifying=args.include_identifying,
                                progress=_progress(args))
    _done(path)
    return EXIT_OK


def cmd_export_case_pdf(args: argparse.Namespace, services: AppServices) -> int:
    path = services.exports.case_pdf(args.case, Path(args.output), lang=_language(args),
                                     include_identifying=args.include_identifying, progress=_progress(args))
    _done(path)
    return EXIT_OK


def _language(args: argparse.Namespace) -> str:
    """`jicpa --lang cy export pdf` writes Welsh too, unless the export's own --lang says otherwise."""
    return str(args.lang or args.message_lang)


def _done(path: Path) -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    echo(f"Wrote {path}")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    timeliness.register(commands)  # a report on one file, like the case report
    export = commands.add_parser("export", help="export the audit grid (Excel, PDF) or a case report").add_subparsers(
        dest="export_command", required=True, metavar="SUBCOMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", required=True, help="file to write (replaced whole, or not at all)")
        p.add_argument("--lang", choices=["en", "cy"],
                       help="headings and answers in English or Welsh (default: the language given before the command)")
        p.add_argument("--include-identifying", action="store_true",
                       help="also export fields marked identifying (left out by default: exports are pseudonymous)")

    for name, handler, what in (("xlsx", cmd_export_xlsx, "the audit-grid workbook"),
                                ("pdf", cmd_export_pdf, "the audit grid, summary and findings as a PDF")):
        p = export.add_parser(name, help=what)
        p.add_argument("--inspection", required=True)
        p.add_argument("--inspector", help="only this inspector's files (name as in the team)")
        p.add_argument("--agency", choices=[a.value for a in Agency], help="only this agency's files")
        common(p)
        p.set_defaults(handler=handler, read_only=True)
    p = export.add_parser("case-pdf", help="one case file's report: every form, answer, note and grade")
    p.add_argument("--case", required=True)
    common(p)
    p.set_defaults(handler=cmd_export_case_pdf, read_only=True)
