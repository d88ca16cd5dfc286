"""One-answer save latency against raw sqlite3 and on the encrypted store next to the plaintext one; opening
cost (the passphrase's key derivation) on its own; loading a 150-answer response."""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.encryption import BENCH_PASSPHRASE, plaintext_services, use_bench_passphrase
from benchmarks.report import median_ms, p95_ms, time_each, verdict
from jicpa_desktop.composition import AppServices, build_services, load_catalogue
from jicpa_desktop.services.database_keys import DatabaseKeys
from jicpa_desktop.store.encryption.keys import SCRYPT_PARAMS
from jicpa_desktop.store.engine import apply_pragmas

QUESTIONS = 150
SAVES = 300


def _big_form(folder: Path) -> None:
    (folder / "_standard.yaml").write_text(
        "standard: 1\nwelsh: draft\nsections:\n  - id: standard\n    title: {en: About, cy: Am}\n"
        "    questions:\n      - id: std_note\n        type: text\n        label: {en: Note, cy: Nodyn}\n"
        "      - id: std_escalate_now\n        role: escalation\n        type: yn\n        scored: false\n"
        "        label: {en: Escalate?, cy: Uwchgyfeirio?}\n"
        "      - id: std_risk_unmanaged\n        role: risk_unmanaged\n        type: yn\n        scored: false\n"
        "        label: {en: Risk unmanaged?, cy: Risg heb ei rheoli?}\n"
    )
    lines = [
        "form: big", "version: 1", "order: 1", "welsh: draft", "title: {en: Big form, cy: Ffurflen fawr}",
        "agencies: {children_services: always}", "principles: [well_being]", "sections:",
    ]
    for section in range(10):
        lines += [f"  - id: s{section}", f"    title: {{en: Section {section}, cy: Adran {section}}}",
                  "    questions:"]
        for q in range(15):
            qid = f"q{section * 15 + q:03d}"
            lines += [f"      - id: {qid}", "        type: ynp", "        evidence: when_negative",
                      f"        label: {{en: Question {qid}?, cy: Cwestiwn {qid}?}}"]
    (folder / "big.yaml").write_text("\n".join(lines) + "\n")


def _raw_baseline(folder: Path) -> list[float]:
    connection = sqlite3.connect(str(folder / "raw.sqlite3"), isolation_level=None)
    apply_pragmas(connection)
    connection.execute("CREATE TABLE answer (id TEXT PRIMARY KEY, question_id TEXT, value_json TEXT)")

    def insert(i: int) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO answer VALUES (?, ?, ?)", (str(uuid.uuid4()), f"q{i}", '"yes"'))
        connection.execute("COMMIT")

    samples = time_each(insert, SAVES)
    connection.close()
    return samples


def _saver(services: AppServices) -> Callable[[int], None]:
    inspection = services.inspections.create(name="Bench", local_authority="L", start="2024-01-15",
                                             end="2024-01-19", enabled_forms=["big"])
    case_id = services.cases.add(inspection, reference="BEN-01", agency="children_services", kind="sampled")
    services.answers.set_answer(case_id, "big", "q000", "yes")  # the response exists, as after a first keystroke
    values = ("yes", "partly", "no")

    def save(i: int) -> None:
        value = values[(i // QUESTIONS + 1) % 3]  # every save is a real change
        services.answers.set_answer(case_id, "big", f"q{i % QUESTIONS:03d}", value)

    return save


def _save_latencies(*stores: AppServices) -> list[list[float]]:
    """Save latency on each store, one save on each in turn: a burst of load on a shared machine hits all alike."""
    savers = [_saver(services) for services in stores]
    samples: list[list[float]] = [[] for _ in stores]
    for i in range(SAVES):
        for saver, taken in zip(savers, samples, strict=True):
            started = time.perf_counter()
            saver(i)
            taken.append(time.perf_counter() - started)
    return samples


def _open_cost(folder: Path) -> bool:
    path = folder / "opened.sqlite3"
    build_services(path, actor="bench", catalogue=load_catalogue(folder)).close()
    keys = DatabaseKeys(path)
    derivations = time_each(lambda _i: keys.unlock(BENCH_PASSPHRASE), 5)
    print(f"  key derivation at open (scrypt n=2^{SCRYPT_PARAMS.n.bit_length() - 1}, r={SCRYPT_PARAMS.r}, "
          f"p={SCRYPT_PARAMS.p}): median {median_ms(derivations):.0f} ms")
    key = keys.unlock(BENCH_PASSPHRASE)
    opens = time_each(lambda _i: build_services(path, actor="bench", catalogue=load_catalogue(folder),
                                                key=key).close(), 5)
    print(f"  opening the encrypted store once the key is known: median {median_ms(opens):.0f} ms")
    return verdict("key derivation at open (median)", median_ms(derivations), 600.0, " ms")


def run() -> bool:
    use_bench_passphrase()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _big_form(folder)
        catalogue = load_catalogue(folder)
        plain = plaintext_services(folder / "plain.sqlite3", actor="bench", catalogue=catalogue)
        services = build_services(folder / "bench.sqlite3", actor="bench", catalogue=catalogue)
        raw = _raw_baseline(folder)
        plain_samples, ours = _save_latencies(plain, services)
        raw_median, ours_median, plain_median = median_ms(raw), median_ms(ours), median_ms(plain_samples)
        print(f"  raw sqlite3 insert+commit: median {raw_median:.2f} ms, p95 {p95_ms(raw):.2f} ms")
        print(f"  set_answer, plaintext store (the older release): median {plain_median:.2f} ms, "
              f"p95 {p95_ms(plain_samples):.2f} ms")
        print(f"  set_answer (validate, upsert, audit, commit), encrypted store: median {ours_median:.2f} ms, "
              f"p95 {p95_ms(ours):.2f} ms")
        ok = verdict("save latency ratio (median)", ours_median / raw_median, 3.0)
        ok = verdict("encrypted / plaintext save latency (median)", ours_median / plain_median, 1.5) and ok
        plain.close()
        case_id = services.cases.add(services.inspections.list()[0].id, reference="BEN-02",
                                     agency="children_services", kind="sampled")
        for i in range(QUESTIONS):
            services.answers.set_answer(case_id, "big", f"q{i:03d}", "no", evidence="Not recorded in the file.")
        loads = time_each(lambda _i: services.answers.load(case_id, "big"), 50)
        view = services.answers.load(case_id, "big")
        assert len(view.state.answers) == QUESTIONS
        print(f"  load a {QUESTIONS}-answer response with evaluation: median {median_ms(loads):.2f} ms, "
              f"p95 {p95_ms(loads):.2f} ms")
        ok = verdict("load time (median)", median_ms(loads), 20.0, " ms") and ok
        services.close()
        ok = _open_cost(folder) and ok
    return ok
