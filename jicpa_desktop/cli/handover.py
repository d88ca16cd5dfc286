"""Hand-over commands: export, inspect and import packages; list and resolve conflicts; moderate grades."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.handover_types import ImportPreview, PackageInfo
from jicpa_desktop.services.passphrases import new_passphrase_problem, reading_passphrase_problem

EXIT_OK = 0


def _first_line(path: str) -> str:
    """The passphrase on the first line of *path*: a UTF-8 byte-order mark (Notepad's "UTF-8 with BOM") and the
    line ending (\\n, \\r\\n or \\r) are not part of it; spaces are, since they may be in the passphrase."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            line = handle.readline().rstrip("\r\n")
    except OSError as error:
        raise UserError(f"Cannot read the passphrase file {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise UserError(f"The passphrase file {path} is not UTF-8 text.") from None
    if not line:
        raise UserError(f"The passphrase file {path} is empty: its first line is the passphrase.")
    return line


def _prompt(confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            "A passphrase is needed and there is no terminal to ask on: give --passphrase-file FILE "
            "(its first line is the passphrase)."
        )
    first = getpass.getpass("Package passphrase: ")
    if not first:
        raise UserError(
            LocalizedText(
                "The passphrase is empty: type the package's passphrase, or give --passphrase-file FILE.",
                "Mae'r ymadrodd cyfrin yn wag: teipiwch ymadrodd cyfrin y pecyn, neu rhowch --passphrase-file FILE.",
            )
        )
    # Checked before asking again, so nobody types a passphrase twice only to have it refused.
    weak = new_passphrase_problem(first) if confirm else reading_passphrase_problem(first)
    if weak is not None:
        raise UserError(weak)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise UserError("The two passphrases differ; nothing was exported.")
    return first


def export_passphrase(args: argparse.Namespace) -> str | None:
    if args.no_encryption:
        if args.passphrase_file:
            raise UserError("Choose either --no-encryption or --passphrase-file, not both.")
        return None
    return _first_line(args.passphrase_file) if args.passphrase_file else _prompt(confirm=True)


def reading_passphrase(args: argparse.Namespace, files: list[str]) -> str | None:
    """The passphrase for opening *files*; only asked for when one of them is encrypted."""
    # Imported here: cryptography loads only when a package command runs.
    from jicpa_desktop.package_format import PackageError
    from jicpa_desktop.package_format.envelope import is_encrypted

    if args.passphrase_file:
        passphrase = _first_line(args.passphrase_file)
        blank = reading_passphrase_problem(passphrase)
        if blank is not None:
            raise UserError(blank)
        return passphrase
    for name in files:
        try:
            with open(name, "rb") as handle:
                head = handle.read(8192)
            if is_encrypted(head):
                return _prompt(confirm=False)
        except (OSError, PackageError):
            continue  # the import itself names the problem
    return None


# -- package ------------------------------------------------------------------------------------


def cmd_package_export(args: argparse.Namespace, services: AppServices) -> int:
    passphrase = export_passphrase(args)
    result = services.handover.export_package(
        args.inspection,
        Path(args.output),
        passphrase,
        inspector=args.inspector,
        case_ids=args.case or None,
        consolidated=args.consolidated,
    )
    if args.json:
        print_json(asdict(result))
        return EXIT_OK
    protection = "encrypted" if result.encrypted else "NOT encrypted"
    echo(
        f"Exported {result.counts['cases']} case files, {result.counts['answers']} answers "
        f"({result.size_bytes} bytes, {protection}) to {result.path}"
    )
    return EXIT_OK


def _info_json(info: PackageInfo) -> dict[str, object]:
    data = asdict(info)
    data["entries"] = [{"name": n, "sha256": h, "size": s} for n, h, s in info.entries]
    data["form_versions"] = [{"form_id": f, "version": v} for f, v in info.form_versions]
    return data


def cmd_package_inspect(args: argparse.Namespace) -> int:
    from jicpa_desktop.services.handover import Handover

    info = Handover.inspect_package(Path(args.file), reading_passphrase(args, [args.file]))
    if args.json:
        print_json(_info_json(info))
        return EXIT_OK
    echo(f"Package {info.package_id} ({info.kind}, format {info.format_version}, app {info.app_version})")
    echo(f"  inspection: {info.inspection_name} ({info.inspection_id})")
    echo(f"  inspector:  {info.inspector}; exported by {info.created_by} at {info.created_at}")
    echo(
        f"  protection: {'encrypted (AES-256-GCM, scrypt)' if info.encrypted else 'NOT encrypted'}; "
        f"{info.size_bytes} bytes; SHA-256 {info.file_sha256}"
    )
    echo(f"  scope:      {'whole inspection' if info.whole_inspection else 'chosen case files'}")
    echo("  forms:      " + ", ".join(f"{f} v{v}" for f, v in info.form_versions))
    echo("  contents:   " + ", ".join(f"{k} {v}" for k, v in sorted(info.counts.items())))
    echo("  all entries match their SHA-256 in the manifest.")
    return EXIT_OK


def _preview_json(preview: ImportPreview) -> dict[str, object]:
    data = asdict(preview)
    data["packages"] = [_info_json(p) for p in preview.packages]
    data["changes_nothing"] = preview.changes_nothing
    return data


def cmd_package_import(args: argparse.Namespace, services: AppServices) -> int:
    passphrase = reading_passphrase(args, args.files)
    run = services.handover.preview_import if args.preview else services.handover.apply_import
    preview = run([Path(f) for f in args.files], passphrase, inspection_id=args.inspection)
    if args.json:
        print_json(_preview_json(preview))
        return EXIT_OK
    for warning in preview.warnings:
        echo(f"warning: {warning.get(args.message_lang)}")
    for info in preview.packages:
        again = " (imported before)" if info.package_id in preview.already_imported else ""
        echo(f"{Path(info.path).name}: {info.inspector}, {info.kind}, {info.created_at}{again}")
    echo(
        f"New case files: {len(preview.new_cases)}"
        + ("" if not preview.new_cases else " — " + ", ".join(f"{r} ({a})" for r, a in preview.new_cases))
    )
    if preview.removed_cases:
        echo(f"Removed case files: {len(preview.removed_cases)} — "
             + ", ".join(f"{r} ({a})" for r, a in preview.removed_cases))
    echo(f"Changed answers: {len(preview.changed_answers)}")
    for c in preview.changed_answers[:50]:
        echo(
            f"  {c.case_reference} {c.agency} {c.form_id}.{c.question_id}: {c.old_value or '—'} → "
            f"{c.new_value or '—'} ({c.author})"
        )
    if len(preview.changed_answers) > 50:
        echo(f"  … and {len(preview.changed_answers) - 50} more (use --json for all)")
    echo(f"Conflicts: {len(preview.conflicts)}")
    for conflict in preview.conflicts:
        sides = " | ".join(f"{s.value or '—'} ({s.author})" for s in conflict.sides)
        echo(f"  {conflict.id}  {conflict.case_reference} {conflict.form_id}.{conflict.question_id}: {sides}")
    if args.preview:
        echo("Preview only: nothing was changed. Run again without --preview to import.")
    elif preview.applied:
        echo("Imported in one transaction.")
    else:
        echo("Nothing new: the database is unchanged.")
    return EXIT_OK


# -- conflicts ----------------------------------------------------------------------------------


def cmd_conflicts_list(args: argparse.Namespace, services: AppServices) -> int:
    conflicts = services.handover.list_conflicts(args.inspection, include_closed=args.all)
    if args.json:
        print_json([asdict(c) for c in conflicts])
        return EXIT_OK
    rows = []
    for c in conflicts:
        mine = next((s for s in c.sides if s.shown), None)
        theirs = [s for s in c.sides if not s.shown]
        rows.append(
            (
                c.id,
                c.status,
                c.case_reference,
                c.agency,
                f"{c.form_id}.{c.question_id or c.entity}",
                f"{mine.value} ({mine.author})" if mine else "",
                "; ".join(f"{s.value} ({s.author})" for s in theirs),
            )
        )
    print_table(rows, ("conflict", "status", "case", "agency", "field", "mine (shown)", "theirs"))
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace, services: AppServices) -> int:
    view = services.handover.resolve_conflict(args.conflict, args.take, args.reason)
    echo(
        f"Resolved {view.id} ({view.case_reference} {view.form_id}.{view.question_id or view.entity}) "
        f"by {view.resolved_by}: {view.reason}"
    )
    return EXIT_OK


# -- moderation ---------------------------------------------------------------------------------


def cmd_moderation_set(args: argparse.Namespace, services: AppServices) -> int:
    view = services.handover.moderate_grade(args.case, args.form, args.grade, args.reason)
    echo(f"{view.case_reference} {view.form_id}: {view.final_grade or '—'} → {view.moderated_grade} ({view.reason})")
    return EXIT_OK


def cmd_moderation_summary(args: argparse.Namespace, services: AppServices) -> int:
    summary = services.handover.agreement_summary(args.inspection)
    if args.json:
        print_json(
            {
                "by_inspector": [asdict(r) for r in summary.by_inspector],
                "by_form": [asdict(r) for r in summary.by_form],
                "overall": asdict(summary.overall),
                "graded": summary.graded,
            }
        )
        return EXIT_OK
    headers = ("", "moderated", "agreed", "raised", "lowered", "other", "agreement")
    for title, rows in (
        ("by inspector", summary.by_inspector),
        ("by form", summary.by_form),
        ("overall", (summary.overall,)),
    ):
        echo(title)
        print_table(
            [(r.label, r.moderated, r.agreed, r.raised, r.lowered, r.other, f"{r.agreement_rate:.0%}") for r in rows],
            headers,
        )
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------------


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    package = commands.add_parser("package", help="export, inspect and import hand-over packages").add_subparsers(
        dest="package_command", required=True, metavar="SUBCOMMAND"
    )
    p = package.add_parser("export", help="export an inspection (or one inspector's files) as a .jicpa package")
    p.add_argument("--inspection", required=True)
    p.add_argument("-o", "--output", required=True, help="the .jicpa file to write")
    p.add_argument("--inspector", help="only this inspector's files, and the name in the package (default: you)")
    p.add_argument("--case", action="append", help="only this case file id (repeat for more)")
    p.add_argument("--consolidated", action="store_true", help="the lead's package for sending back out")
    p.add_argument("--passphrase-file", help="file whose first line is the passphrase (else you are asked)")
    p.add_argument("--no-encryption", action="store_true", help="write an UNENCRYPTED package (checksummed only)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_package_export, recorded_file_names=("output",))
    p = package.add_parser("inspect", help="check a package and show its manifest (no database needed)")
    p.add_argument("file")
    p.add_argument("--passphrase-file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(no_store=cmd_package_inspect)
    p = package.add_parser("import", help="import packages: all in one transaction, or --preview only")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--preview", action="store_true", help="show new files, changed answers and conflicts; change nothing"
    )
    p.add_argument("--inspection", help="refuse packages for any other inspection")
    p.add_argument("--passphrase-file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_package_import, recorded_file_names=("files",))

    conflicts = commands.add_parser("conflicts", help="list and resolve merge conflicts").add_subparsers(
        dest="conflicts_command", required=True, metavar="SUBCOMMAND"
    )
    p = conflicts.add_parser("list", help="open conflicts of an inspection")
    p.add_argument("--inspection", required=True)
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts_list, read_only=True)
    p = conflicts.add_parser("resolve", help="keep one value (audited with your reason)")
    p.add_argument("--conflict", required=True)
    p.add_argument("--take", required=True, help="mine (the value shown here), theirs, or the value to keep")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_conflicts_resolve)

    moderation = commands.add_parser("moderation", help="moderate grades and see agreement").add_subparsers(
        dest="moderation_command", required=True, metavar="SUBCOMMAND"
    )
    p = moderation.add_parser("set", help="record the lead's moderated grade for one form")
    p.add_argument("--case", required=True)
    p.add_argument("--form", required=True)
    p.add_argument("--grade", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_moderation_set)
    p = moderation.add_parser("summary", help="agreement between inspectors' and moderated grades")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_moderation_summary, read_only=True)
