"""The database passphrase on the command line: where it comes from, and `jicpa passphrase change|status|…`.

The passphrase of the database comes from --db-passphrase-file FILE (a global option; the first line of the
file), else the file named by JICPA_DB_PASSPHRASE_FILE, else the OS credential store when the app was let
remember the key, else a prompt on the terminal. With no terminal and none of these it is an error: a
database is never opened or made in plaintext.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from jicpa_desktop.cli.output import echo, print_json
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.paths import resolve_db_path
from jicpa_desktop.services.database_keys import (
    DB_PASSPHRASE_FILE_ENV,
    DatabaseKey,
    DatabaseKeys,
    KeyNeed,
    no_passphrase,
    read_passphrase_file,
)
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.passphrases import new_passphrase_problem

EXIT_OK = 0


def _given(args: argparse.Namespace) -> str | None:
    named = getattr(args, "db_passphrase_file", None) or os.environ.get(DB_PASSPHRASE_FILE_ENV)
    return read_passphrase_file(named) if named else None


def _ask_new(db_path: Path, what: str) -> str:
    first = getpass.getpass(f"{what} for {db_path.name}: ")
    problem = new_passphrase_problem(first)
    if problem is not None:
        raise UserError(problem)
    if getpass.getpass("Repeat it: ") != first:
        raise UserError(LocalizedText("The two passphrases differ; nothing was changed.",
                                      "Mae'r ddau ymadrodd cyfrin yn wahanol; ni newidiwyd dim."))
    return first


def _terminal() -> bool:
    return sys.stdin.isatty()


def database_key(args: argparse.Namespace, db_path: Path) -> DatabaseKey:
    """The data key of the database at *db_path*, from the first source that gives one (see the module)."""
    keys = DatabaseKeys(db_path)
    status = keys.status()
    given = _given(args)
    if given is not None:
        return keys.open_with(given)
    if status.need is KeyNeed.ENTER:
        remembered = keys.unlock_remembered()
        if remembered is not None:
            return remembered
    if not _terminal():
        raise no_passphrase(db_path)
    if status.need is KeyNeed.CHOOSE:
        if status.encrypts_plaintext:
            echo(f"{db_path} was written by an older version in plaintext: it is encrypted now. Choose its "
                 "passphrase (at least 8 characters; a few words are best).", file=sys.stderr)
        return keys.create(_ask_new(db_path, "New database passphrase"))
    return keys.unlock(getpass.getpass(f"Passphrase for {db_path.name}: "))


def report_plaintext_backups(db_path: Path, lang: str) -> None:
    """After an older plaintext database was encrypted: say where its plaintext backups still are."""
    backups = DatabaseKeys(db_path).plaintext_backups()
    if not backups:
        return
    folder = backups[0].parent
    message = LocalizedText(
        f"{len(backups)} backup(s) made by an older version are still in plaintext in {folder}. Remove them "
        "with 'jicpa passphrase remove-plaintext-backups' once you no longer need them.",
        f"Mae {len(backups)} copi wrth gefn a wnaed gan fersiwn hŷn yn dal heb eu hamgryptio yn {folder}. "
        "Tynnwch nhw gyda 'jicpa passphrase remove-plaintext-backups' pan nad oes eu hangen arnoch mwyach.",
    )
    echo(f"jicpa: {message.get(lang)}", file=sys.stderr)


# -- commands -------------------------------------------------------------------------------------

def cmd_change(args: argparse.Namespace) -> int:
    db_path = resolve_db_path(args.db)
    keys = DatabaseKeys(db_path)
    if keys.status().need is not KeyNeed.ENTER:
        raise UserError(LocalizedText(
            f"There is no encrypted database at {db_path} to change the passphrase of. Nothing was changed.",
            f"Nid oes cronfa ddata wedi'i hamgryptio yn {db_path} i newid ei hymadrodd cyfrin. Ni newidiwyd dim."))
    old = _given(args)
    if old is None:
        if not _terminal():
            raise no_passphrase(db_path)
        old = getpass.getpass(f"Current passphrase for {db_path.name}: ")
    keys.unlock(old)  # a wrong one is refused before the new one is asked for
    if args.new_passphrase_file:
        new = read_passphrase_file(args.new_passphrase_file)
    elif _terminal():
        new = _ask_new(db_path, "New passphrase")
    else:
        raise UserError(LocalizedText(
            "The new passphrase is needed and there is no terminal to ask on: give --new-passphrase-file FILE.",
            "Mae angen yr ymadrodd cyfrin newydd ac nid oes terfynell i ofyn arni: rhowch --new-passphrase-file "
            "FFEIL."))
    keys.change(old, new)
    echo(f"The passphrase of {db_path} was changed; the database itself was not rewritten.")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    db_path = resolve_db_path(args.db)
    keys = DatabaseKeys(db_path)
    status = keys.status()
    backups = keys.plaintext_backups()
    facts = {
        "database": str(db_path), "key_file": str(keys.key_path), "encrypted": status.need is KeyNeed.ENTER
        and not status.encrypts_plaintext, "remembered_by_credential_store": status.remembered,
        "credential_store_available": status.keyring_available, "plaintext_backups": [str(b) for b in backups],
    }
    if args.json:
        print_json(facts)
    else:
        for name, value in facts.items():
            echo(f"{name}: {value}")
    return EXIT_OK


def cmd_remove_plaintext_backups(args: argparse.Namespace) -> int:
    removed = DatabaseKeys(resolve_db_path(args.db)).remove_plaintext_backups()
    for path in removed:
        echo(f"removed {path}")
    echo(f"{len(removed)} plaintext backup(s) removed.")
    return EXIT_OK


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("passphrase", help="the database passphrase: change it, see the encryption status")
    sub = group.add_subparsers(dest="passphrase_command", required=True, metavar="SUBCOMMAND")
    p = sub.add_parser("change", help="change the database passphrase (the data key is rewrapped, not the database)")
    p.add_argument("--new-passphrase-file", help="file whose first line is the new passphrase (else asked twice)")
    p.set_defaults(no_store=cmd_change)
    p = sub.add_parser("status", help="whether the database is encrypted, its key file, plaintext backups left")
    p.add_argument("--json", action="store_true")
    p.set_defaults(no_store=cmd_status)
    p = sub.add_parser("remove-plaintext-backups",
                       help="overwrite and delete the backups an older version made in plaintext")
    p.set_defaults(no_store=cmd_remove_plaintext_backups)
