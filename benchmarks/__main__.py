"""Run every benchmark (or those named on the command line) and print figures, ratios and targets."""

from __future__ import annotations

import importlib
import sys

SUITES = ("bench_store", "bench_ui", "bench_exports", "bench_packages", "bench_genogram")


def main(argv: list[str]) -> int:
    from benchmarks.encryption import use_bench_passphrase

    use_bench_passphrase()  # every store is encrypted, as the app's are
    chosen = argv or list(SUITES)
    failed = []
    for name in chosen:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"benchmarks.{name}":
                print(f"\n== {name}: not present, skipped")
                continue
            raise
        print(f"\n== {name}: {module.__doc__}")
        if not module.run():
            failed.append(name)
    print("\nAll targets met." if not failed else f"\nTargets missed in: {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
