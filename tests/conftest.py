"""Shared fixtures: real SQLite files in tmp folders, the real form catalogues, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Qt must never look for a display in tests: set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.loader import bundled_forms_dir, load_forms_dir
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV
from jicpa_desktop.store.encryption.keys import use_insecure_kdf_for_tests
from tests.background import drain_background_work
from tests.encrypted_db import TEST_DB_PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def db_passphrase_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every database a test opens without a key is encrypted, with the test passphrase from this file.

    New key files in this process use a trivially cheap scrypt, so the suite does not pay a third of a
    second per database; the production parameters are measured in benchmarks/bench_store.py.
    """
    use_insecure_kdf_for_tests()
    passphrase_file = tmp_path_factory.mktemp("db-passphrase") / "passphrase.txt"
    passphrase_file.write_text(TEST_DB_PASSPHRASE + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DB_PASSPHRASE_FILE_ENV, str(passphrase_file))
        yield passphrase_file


@pytest.fixture(scope="session")
def bundled_catalogue() -> FormCatalogue:
    return load_forms_dir(bundled_forms_dir())


@pytest.fixture(scope="session")
def all_types_catalogue() -> FormCatalogue:
    return load_forms_dir(FIXTURES / "forms_all_types")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.sqlite3"


@pytest.fixture
def services(db_path: Path, bundled_catalogue: FormCatalogue) -> Iterator[AppServices]:
    built = build_services(db_path, actor="Inspector Test", catalogue=bundled_catalogue)
    yield built
    drain_background_work()
    built.close()


@pytest.fixture
def typed_services(db_path: Path, all_types_catalogue: FormCatalogue) -> Iterator[AppServices]:
    built = build_services(db_path, actor="Inspector Test", catalogue=all_types_catalogue)
    yield built
    drain_background_work()
    built.close()


@pytest.fixture
def inspection_id(services: AppServices) -> str:
    return services.inspections.create(
        name="Test inspection", local_authority="Testshire", start="2024-01-15", end="2024-01-19",
        enabled_forms=[f.id for f in services.forms.all()],
    )
