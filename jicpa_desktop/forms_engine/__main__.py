"""`python -m jicpa_desktop.forms_engine [DIR]`: check a forms folder; exit 1 when it has problems."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from jicpa_desktop.forms_engine.check import check_forms_dir, summary
from jicpa_desktop.forms_engine.loader import bundled_forms_dir


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        print("usage: python -m jicpa_desktop.forms_engine [DIR]  (default: the bundled forms/ folder)")
        return 0 if args and args[0] in ("-h", "--help") else 2
    folder = Path(args[0]) if args else bundled_forms_dir()
    catalogue, problems, warnings = check_forms_dir(folder)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if problems or catalogue is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        noun = "problem" if len(problems) == 1 else "problems"
        print(f"{len(problems)} {noun} in {folder}", file=sys.stderr)
        return 1
    print(summary(catalogue))
    return 0


if __name__ == "__main__":
    sys.exit(main())
