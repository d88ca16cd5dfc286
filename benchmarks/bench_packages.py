"""Import and merge of 8 inspectors' packages (26 files × 150 answers each) at the lead, on the encrypted store
next to a plaintext copy of the same lead, and package sizes."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from benchmarks.bench_store import _big_form
from benchmarks.encryption import BENCH_PASSPHRASE, plaintext_services, use_bench_passphrase
from benchmarks.report import verdict
from jicpa_desktop.composition import build_services, load_catalogue
from jicpa_desktop.services.database_keys import DatabaseKeys

INSPECTORS = 8
FILES = 26
ANSWERS = 150
PASSPHRASE = "bench passphrase for the lead"
VALUES = ("yes", "partly", "no")


def _build(folder: Path) -> tuple[Path, list[Path], str]:
    catalogue = load_catalogue(folder)
    lead = build_services(folder / "lead.sqlite3", actor="Lead", catalogue=catalogue)
    inspection = lead.inspections.create(
        name="Bench",
        local_authority="L",
        start="2024-01-15",
        end="2024-01-19",
        enabled_forms=["big"],
        team=[(f"Inspector {i}", "ciw", "inspector") for i in range(INSPECTORS)],
    )
    cases = {
        i: [
            lead.cases.add(
                inspection,
                reference=f"BEN-{i:02d}{f:02d}",
                agency="children_services",
                kind="sampled",
                inspector=f"Inspector {i}",
            )
            for f in range(FILES)
        ]
        for i in range(INSPECTORS)
    }
    seed = folder / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    lead.close()
    packages = []
    for i in range(INSPECTORS):
        services = build_services(folder / f"inspector{i}.sqlite3", actor=f"Inspector {i}", catalogue=catalogue)
        services.handover.apply_import([seed], PASSPHRASE)
        with services.context.writing() as session:
            for f, case_id in enumerate(cases[i]):
                answers = [
                    (f"q{q:03d}", VALUES[(q + f + i) % 3], "Seen in the record." if (q + f) % 3 else "")
                    for q in range(ANSWERS)
                ]
                services.answers.fill(session, case_id, "big", answers)
        path = folder / f"inspector{i}.jicpa"
        services.handover.export_package(inspection, path, PASSPHRASE, inspector=f"Inspector {i}")
        if i == 0:
            services.handover.export_package(inspection, folder / "plain.jicpa", None, inspector="Inspector 0")
        services.close()
        packages.append(path)
    return folder / "lead.sqlite3", packages, inspection


def _plaintext_copy(lead_db: Path) -> Path:
    """The same lead database decrypted (sqlcipher_export into a file with no key): the older release's store."""
    target = lead_db.with_name("lead-plaintext.sqlite3")
    key = DatabaseKeys(lead_db).unlock(BENCH_PASSPHRASE)
    connection = sqlcipher.connect(str(lead_db), isolation_level=None)
    connection.execute(key.pragma()).fetchall()
    connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
    connection.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    connection.execute("DETACH DATABASE plaintext")
    connection.close()
    return target


def _timed_import(lead: object, packages: list[Path]) -> float:
    started = time.perf_counter()
    applied = lead.handover.apply_import(packages, PASSPHRASE)  # type: ignore[attr-defined]
    took = time.perf_counter() - started
    assert applied.applied and len(applied.changed_answers) == INSPECTORS * FILES * ANSWERS
    return took


def run() -> bool:
    use_bench_passphrase()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _big_form(folder)
        started = time.perf_counter()
        lead_db, packages, inspection = _build(folder)
        took = time.perf_counter() - started
        print(f"  setup: {INSPECTORS} laptops × {FILES} files × {ANSWERS} answers in {took:.1f} s")
        sizes = [p.stat().st_size for p in packages]
        plain = (folder / "plain.jicpa").stat().st_size
        print(
            f"  package size (encrypted): median {statistics.median(sizes) / 1024:.0f} KiB, "
            f"max {max(sizes) / 1024:.0f} KiB, {max(sizes) / (FILES * ANSWERS):.0f} bytes per answer; "
            f"unencrypted {plain / 1024:.0f} KiB"
        )
        plain_lead = plaintext_services(_plaintext_copy(lead_db), actor="Lead", catalogue=load_catalogue(folder))
        plain_s = _timed_import(plain_lead, packages)
        plain_lead.close()
        lead = build_services(lead_db, actor="Lead", catalogue=load_catalogue(folder))
        started = time.perf_counter()
        preview = lead.handover.preview_import(packages, PASSPHRASE)
        preview_s = time.perf_counter() - started
        started = time.perf_counter()
        applied = lead.handover.apply_import(packages, PASSPHRASE)
        apply_s = time.perf_counter() - started
        assert applied.applied and len(applied.changed_answers) == INSPECTORS * FILES * ANSWERS
        assert len(preview.changed_answers) == len(applied.changed_answers)
        started = time.perf_counter()
        again = lead.handover.apply_import(packages, PASSPHRASE)
        again_s = time.perf_counter() - started
        assert again.changes_nothing and not again.applied
        assert lead.handover.list_conflicts(inspection) == []
        lead.close()
        print(f"  preview (decrypt, check, merge, roll back): {preview_s:.2f} s")
        print(f"  re-import of the same 8 packages (changes nothing): {again_s:.2f} s")
        print(f"  import and merge into a plaintext copy of the lead (the older release): {plain_s:.2f} s")
        ok = verdict(
            f"import and merge of {INSPECTORS} packages ({INSPECTORS * FILES * ANSWERS} answers)", apply_s, 2.0, " s"
        )
        return verdict("encrypted / plaintext import time", apply_s / plain_s, 1.5) and ok
