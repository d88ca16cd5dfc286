"""`python -m jicpa_desktop` / `jicpa-desktop`: start the inspector's desktop app (or its --self-test)."""

from __future__ import annotations

import argparse
import os
import sys


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="jicpa-desktop", description="JICPA Desktop: the inspector's app.")
    parser.add_argument("--db", help="audit database file (default: JICPA_DB, then the user's data folder)")
    parser.add_argument("--lang", choices=("en", "cy"), help="interface language for this run")
    parser.add_argument("--self-test", action="store_true",
                        help="open a temporary database, build every form screen offscreen, and exit")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from jicpa_desktop.ui.self_test import run_self_test

        return run_self_test()
    from jicpa_desktop.paths import resolve_db_path
    from jicpa_desktop.store.encryption.file_modes import restrict_new_files
    from jicpa_desktop.ui.crash import configure_logging, install_excepthook

    restrict_new_files()  # the database, its backups and key file, packages, exports, logs: 0600
    configure_logging()
    install_excepthook()
    from jicpa_desktop.ui.app import run

    # Services are built by composition.build_services on the writer thread once the window is up
    # (see MainWindow.load_services), so the inspector sees the window at once.
    return run(resolve_db_path(args.db), args.lang)


if __name__ == "__main__":
    sys.exit(main())
