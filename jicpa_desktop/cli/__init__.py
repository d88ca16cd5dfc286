"""The `jicpa` command line: the same services as the app, for scripts, checks and the demo.

Each command group registers itself from its own module; errors go to stderr with exit 1 (user error)
or 2 (usage, from argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from jicpa_desktop import __version__
from jicpa_desktop.cli import core, exports, handover
from jicpa_desktop.composition import build_services
from jicpa_desktop.forms_engine.problems import FormDefinitionError
from jicpa_desktop.services.errors import OperationCancelledError, StoreUnavailableError, UserError

EXIT_USER_ERROR = 1
COMMAND_GROUPS = (core, handover, exports)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="jicpa", description="JICPA Desktop command line.")
    parser.add_argument("--version", action="version", version=f"jicpa {__version__}")
    parser.add_argument("--db", help="database file (default: JICPA_DB, then the user's data folder)")
    parser.add_argument("--as", dest="actor", help="name recorded as the author of changes")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        no_store = getattr(args, "no_store", None)
        if no_store is not None:
            return int(no_store(args))
        services = build_services(args.db, actor=args.actor)
        try:
            return int(args.handler(args, services))
        finally:
            services.close()
    except (UserError, StoreUnavailableError) as error:
        print(f"jicpa: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OperationCancelledError:
        print("jicpa: cancelled; nothing was changed", file=sys.stderr)
        return EXIT_USER_ERROR
    except FormDefinitionError as error:
        print(f"jicpa: the form definitions have problems:\n{error}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
