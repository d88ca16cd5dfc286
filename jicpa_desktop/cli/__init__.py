"""The `jicpa` command line: the same services as the app, for scripts, checks and the demo.

Each command group registers itself from its own module; errors go to stderr with exit 1 (user error)
or 2 (usage, from argparse). A command registered with read_only=True only reads the database: it needs
the file to exist and may run while the app has it open; every other command that opens the store writes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from jicpa_desktop import __version__
from jicpa_desktop.cli import (
    audit_trail,
    core,
    escalations,
    exports,
    genogram,
    handover,
    history,
    observations,
    passphrase,
    sampling,
    team,
)
from jicpa_desktop.cli.output import echo
from jicpa_desktop.composition import build_services, refuse_a_missing_folder
from jicpa_desktop.domain.localized import LANGUAGES, LocalizedText
from jicpa_desktop.forms_engine.problems import FormDefinitionError
from jicpa_desktop.paths import resolve_db_path
from jicpa_desktop.services.database_keys import DatabaseKeys
from jicpa_desktop.services.errors import (
    OperationCancelledError,
    StoreUnavailableError,
    UserError,
    localized_message,
)
from jicpa_desktop.store.app_lock import app_holding
from jicpa_desktop.store.encryption.file_modes import restrict_new_files
from jicpa_desktop.store.errors import for_database

EXIT_USER_ERROR = 1
# Options that name a file: taken as the system gave them (a byte that is not UTF-8 survives as a surrogate
# escape and opens the same file). Every other option is text that is stored or compared, and is refused.
PATH_OPTIONS = frozenset({"db", "dir", "file", "files", "output", "passphrase_file", "db_passphrase_file",
                          "new_passphrase_file"})
# What Python itself exits with on EPIPE (docs, "Note on SIGPIPE").
EXIT_BROKEN_PIPE = 1
COMMAND_GROUPS = (core, handover, exports, team, audit_trail, passphrase, sampling, escalations, genogram, history,
                  observations)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jicpa", description="JICPA Desktop command line.")
    parser.add_argument("--version", action="version", version=f"jicpa {__version__}")
    parser.add_argument("--db", help="database file (default: JICPA_DB, then the user's data folder)")
    parser.add_argument("--as", dest="actor",
                        help="name recorded as the author of changes (default: the team member chosen with "
                             "'jicpa identity set' for the inspection)")
    parser.add_argument("--db-passphrase-file", metavar="FILE",
                        help="file whose first line is the database passphrase (default: JICPA_DB_PASSPHRASE_FILE, "
                             "then the credential store, then asked on the terminal)")
    parser.add_argument("--lang", dest="message_lang", choices=LANGUAGES, default="en",
                        help="language of error messages: en (English, the default) or cy (Cymraeg)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def _option_names(parser: argparse.ArgumentParser) -> dict[str, str]:
    """dest -> the option as typed (--as for actor), across every subcommand."""
    names: dict[str, str] = {}
    parsers = [parser]
    while parsers:
        for action in parsers.pop()._actions:
            if isinstance(action, argparse._SubParsersAction):
                parsers.extend(action.choices.values())
            elif action.option_strings:
                names.setdefault(action.dest, max(action.option_strings, key=len))
            else:
                names.setdefault(action.dest, str(action.metavar or action.dest))
    return names


def _not_utf8(value: object) -> str | None:
    """The first byte that was not UTF-8 in *value* (argv arrives with surrogateescape), as \\xNN."""
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str):
            for char in text:
                if "\udc80" <= char <= "\udcff":
                    return f"\\x{ord(char) - 0xDC00:02x}"
    return None


def refuse_text_that_is_not_utf8(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse, naming the option, a text value with bytes that are not UTF-8.

    The bytes cannot be decoded faithfully: \\xe9 is é in Latin-1 and cp1252 but something else in other
    encodings, and a guess would be written for good into the audit trail. File names are the exception
    (PATH_OPTIONS): the system hands them back byte for byte, so the file the user named is the one opened,
    unless the command records the name (a command's ``recorded_file_names``: the package log keeps it).
    """
    recorded = set(getattr(args, "recorded_file_names", ()))
    names: dict[str, str] | None = None
    for dest, value in vars(args).items():
        byte = None if dest in PATH_OPTIONS and dest not in recorded else _not_utf8(value)
        if byte is None:
            continue
        names = names or _option_names(parser)
        option = names.get(dest, dest)
        if dest in recorded:
            raise UserError(
                LocalizedText(
                    f"The file name given for {option} is not UTF-8: it holds the byte {byte}, and this command "
                    "records the file's name in the database's package log. Nothing was changed. Rename the file "
                    "(or choose a name) using UTF-8 characters and try again.",
                    f"Nid yw'r enw ffeil a roddwyd ar gyfer {option} yn UTF-8: mae'n cynnwys y beit {byte}, ac mae'r "
                    "gorchymyn hwn yn cofnodi enw'r ffeil yng nghofnod pecynnau'r gronfa ddata. Ni newidiwyd dim. "
                    "Ailenwch y ffeil (neu dewiswch enw) gan ddefnyddio nodau UTF-8 a rhowch gynnig arall arni.",
                )
            )
        raise UserError(
            LocalizedText(
                f"The value given for {option} is not UTF-8 text: it holds the byte {byte}, from a terminal or "
                "script set to another encoding (such as Latin-1). Nothing was changed. Set the terminal or "
                "script to UTF-8 and give the value again.",
                f"Nid yw'r gwerth a roddwyd ar gyfer {option} yn destun UTF-8: mae'n cynnwys y beit {byte}, o "
                "derfynell neu sgript sydd wedi'i gosod i amgodiad arall (fel Latin-1). Ni newidiwyd dim. "
                "Gosodwch y derfynell neu'r sgript i UTF-8 a rhowch y gwerth eto.",
            )
        )


def no_database(db_path: Path) -> LocalizedText:
    return LocalizedText(
        f"There is no audit database at {db_path}: this command only reads one. Make one with 'jicpa demo' "
        "(the fictional demo inspection) or 'jicpa inspection create', or by starting JICPA Desktop; "
        "or name the right file with --db.",
        f"Nid oes cronfa ddata archwilio yn {db_path}: dim ond darllen un y mae'r gorchymyn hwn. Gwnewch un "
        "gyda 'jicpa demo' (yr arolygiad enghreifftiol ffuglennol) neu 'jicpa inspection create', neu drwy "
        "agor JICPA Desktop; neu enwch y ffeil gywir gyda --db.",
    )


def refuse_while_the_app_has_it_open(db_path: Path) -> None:
    """A write from here would not show in the app's open screens: the change belongs in the app."""
    holder = app_holding(db_path)
    if holder is None:
        return
    raise UserError(
        LocalizedText(
            f"JICPA Desktop has this database open (process {holder.pid} on {holder.host or 'this computer'}). "
            "Close it there first, or make the change in the app. Commands that only read (list, progress, "
            "export) work while it is open.",
            f"Mae JICPA Desktop wedi agor y gronfa ddata hon (proses {holder.pid} ar "
            f"{holder.host or 'y cyfrifiadur hwn'}). Caewch hi yno yn gyntaf, neu gwnewch y newid yn yr ap. "
            "Mae gorchmynion sydd ond yn darllen (list, progress, export) yn gweithio tra bydd ar agor.",
        )
    )


def error_text(error: UserError | StoreUnavailableError, lang: str) -> str:
    """The message in the language asked for (Welsh falls back to English where a message has none yet)."""
    message = localized_message(error)
    details = error.details if isinstance(error, UserError) else ()
    return "\n".join([message.get(lang) if message else str(error), *(f"  {line}" for line in details)])


def run_command(args: argparse.Namespace) -> int:
    no_store = getattr(args, "no_store", None)
    if no_store is not None:
        return int(no_store(args))
    read_only = bool(getattr(args, "read_only", False))
    db_path = resolve_db_path(args.db)
    if read_only and not db_path.exists():
        raise UserError(no_database(db_path))
    if not read_only:
        refuse_while_the_app_has_it_open(db_path)
    refuse_a_missing_folder(db_path)
    encrypts_plaintext = DatabaseKeys(db_path).status().encrypts_plaintext
    key = passphrase.database_key(args, db_path)
    services = build_services(db_path, actor=args.actor, create=not read_only, key=key)
    if encrypts_plaintext:
        passphrase.report_plaintext_backups(db_path, args.message_lang)
    try:
        team.use_remembered_identity(args, services)
        return int(args.handler(args, services))
    except StoreUnavailableError as error:
        # Damage found part-way through (a page deep in the file): named here, where the file is known.
        raise for_database(error, db_path) from error
    finally:
        services.close()


def run_parsed(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = args.message_lang
    try:
        refuse_text_that_is_not_utf8(parser, args)
        return run_command(args)
    except (UserError, StoreUnavailableError) as error:
        echo(f"jicpa: {error_text(error, lang)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OperationCancelledError:
        echo("jicpa: " + LocalizedText("cancelled; nothing was changed", "wedi'i ganslo; ni newidiwyd dim").get(lang),
             file=sys.stderr)
        return EXIT_USER_ERROR
    except FormDefinitionError as error:
        echo(f"jicpa: the form definitions have problems:\n{error}", file=sys.stderr)
        return EXIT_USER_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    restrict_new_files()  # the database, backups, key file, packages and exports: the user's alone (0600)
    try:
        try:
            return run_parsed(argv)
        finally:
            # Flushed here, so a reader that has gone (`| head -1`) shows up as BrokenPipeError below
            # rather than as "Exception ignored" when Python flushes at exit (also after --help's SystemExit).
            sys.stdout.flush()
    except BrokenPipeError:
        # Python docs, "Note on SIGPIPE": point stdout at devnull so the flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
