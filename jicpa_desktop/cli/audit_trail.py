"""Audit-trail and wipe commands: `audit verify`, `inspection wipe`, `wipes list` and `wipes certificate`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from jicpa_desktop.cli.output import echo, print_json, print_table
from jicpa_desktop.composition import AppServices
from jicpa_desktop.domain.localized import LocalizedText

EXIT_OK, EXIT_BROKEN = 0, 1


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", None) or args.message_lang)


def cmd_audit_verify(args: argparse.Namespace, services: AppServices) -> int:
    result = services.audit_trail.verify(args.inspection)
    lang = _lang(args)
    if args.json:
        broken = result.broken
        print_json({
            "inspection_id": result.inspection_id,
            "ok": result.ok,
            "events": result.events,
            "head_hash": result.head_hash,
            "broken": None if broken is None else {
                "event_id": broken.event_id or None, "at": broken.at or None, "position": broken.position,
                "kind": broken.kind, "what": broken.what.get(lang),
            },
        })
        return EXIT_OK if result.ok else EXIT_BROKEN
    if result.broken is None:
        echo(LocalizedText(
            f"ok: the audit trail of inspection {result.inspection_id} holds ({result.events} events, "
            f"head {result.head_hash})",
            f"iawn: mae trywydd archwilio arolygiad {result.inspection_id} yn dal ({result.events} digwyddiad, "
            f"pen {result.head_hash})",
        ).get(lang))
        return EXIT_OK
    b = result.broken
    event = b.event_id or LocalizedText("(gone)", "(wedi mynd)").get(lang)
    echo(LocalizedText(
        f"BROKEN: the audit trail of inspection {result.inspection_id} does not hold at event {event} "
        f"(written {b.at or '—'}, position {b.position if b.position is not None else '—'}): {b.what.en}.",
        f"WEDI TORRI: nid yw trywydd archwilio arolygiad {result.inspection_id} yn dal wrth ddigwyddiad {event} "
        f"(a ysgrifennwyd {b.at or '—'}, safle {b.position if b.position is not None else '—'}): {b.what.cy}.",
    ).get(lang))
    return EXIT_BROKEN


def cmd_inspection_wipe(args: argparse.Namespace, services: AppServices) -> int:
    archive = Path(args.archive) if args.archive else None
    passphrase = None
    if archive is not None:
        from jicpa_desktop.cli.handover import export_passphrase

        passphrase = export_passphrase(args)
    record = services.wipes.wipe(args.inspection, confirm=args.confirm, archive=archive,
                                 archive_passphrase=passphrase)
    lang = _lang(args)
    if args.json:
        print_json(asdict(record))
        return EXIT_OK
    counts = ", ".join(f"{kind} {n}" for kind, n in record.counts.items() if n)
    echo(LocalizedText(
        f"Wiped inspection {record.inspection_name!r} from this laptop ({counts}). Deletion record {record.id}; "
        f"content SHA-256 {record.content_sha256}.",
        f"Dilëwyd arolygiad {record.inspection_name!r} o'r gliniadur hwn ({counts}). Cofnod dileu {record.id}; "
        f"SHA-256 y cynnwys {record.content_sha256}.",
    ).get(lang))
    for note in record.notes:
        echo(note.get(lang))
    return EXIT_OK


def cmd_wipes_list(args: argparse.Namespace, services: AppServices) -> int:
    records = services.wipes.list()
    if args.json:
        print_json([asdict(r) for r in records])
        return EXIT_OK
    print_table([(r.id, r.inspection_name, f"{r.start_date} – {r.end_date}", r.wiped_at, r.wiped_by,
                  sum(r.counts.values()), r.content_sha256[:16]) for r in records],
                ("id", "inspection", "dates", "wiped at", "by", "rows", "content sha-256"))
    return EXIT_OK


def cmd_wipes_certificate(args: argparse.Namespace, services: AppServices) -> int:
    path = services.wipes.certificate(args.wipe, Path(args.out), lang=_lang(args))
    echo(LocalizedText(f"Wrote {path}", f"Ysgrifennwyd {path}").get(_lang(args)))
    return EXIT_OK


def register_inspection_wipe(inspection: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`inspection wipe`, added to core's inspection group."""
    p = inspection.add_parser(
        "wipe", help="close an inspection: delete everything of it from this laptop, keeping a deletion record")
    p.add_argument("--inspection", required=True)
    p.add_argument("--confirm", required=True, metavar="NAME",
                   help="the inspection's name exactly as written (a check that the right one is wiped)")
    p.add_argument("--archive", metavar="FILE", help="first write the whole inspection to this .jicpa package")
    p.add_argument("--passphrase-file", help="the archive's passphrase (first line of the file)")
    p.add_argument("--no-encryption", action="store_true",
                   help="write the archive without encryption (only on explicit request)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inspection_wipe)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = commands.add_parser("audit", help="check the tamper-evident audit trail").add_subparsers(
        dest="audit_command", required=True, metavar="SUBCOMMAND")
    p = audit.add_parser("verify", help="check an inspection's audit hash chain: ok, or the first broken event")
    p.add_argument("--inspection", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit_verify, read_only=True)

    wipes = commands.add_parser("wipes", help="deletion records of wiped inspections").add_subparsers(
        dest="wipes_command", required=True, metavar="SUBCOMMAND")
    p = wipes.add_parser("list", help="list the deletion records")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_wipes_list, read_only=True)
    p = wipes.add_parser("certificate", help="write a deletion record as a one-page PDF certificate")
    p.add_argument("--wipe", required=True, help="the deletion record's id (see 'wipes list')")
    p.add_argument("--out", required=True, help="PDF file to write")
    p.add_argument("--lang", choices=["en", "cy"], help="English or Welsh (default: the language given before)")
    p.set_defaults(handler=cmd_wipes_certificate, read_only=True)
