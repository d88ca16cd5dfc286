"""The benchmarks' database passphrase, and the older release's plaintext store for side-by-side figures."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jicpa_desktop import composition
from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV, DatabaseKey
from jicpa_desktop.store.migrate import open_store

BENCH_PASSPHRASE = "benchmark database passphrase"


def use_bench_passphrase() -> None:
    """Every database a benchmark opens is encrypted with the production key derivation, as the app's are."""
    if os.environ.get(DB_PASSPHRASE_FILE_ENV):
        return
    handle, name = tempfile.mkstemp(prefix="jicpa-bench-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(BENCH_PASSPHRASE + "\n")
    os.environ[DB_PASSPHRASE_FILE_ENV] = name


@contextlib.contextmanager
def plaintext_stores() -> Iterator[None]:
    """build_services on plaintext files (the older release), for the comparison only: the app never does this."""
    original = composition.open_store

    def plaintext(path: Path, *, key: Any = None, create: bool = True, **_: Any) -> Any:
        return open_store(path, create=create)

    composition.open_store = plaintext  # type: ignore[assignment]
    try:
        yield
    finally:
        composition.open_store = original  # type: ignore[assignment]


def plaintext_services(path: Path, **options: Any) -> AppServices:
    with plaintext_stores():
        return build_services(path, key=DatabaseKey.generate(), **options)  # the key is not used
