"""One-answer save latency against raw sqlite3 with the same pragmas; loading a 150-answer response."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from benchmarks.report import median_ms, p95_ms, time_each, verdict
from jicpa_desktop.composition import build_services, load_catalogue
from jicpa_desktop.store.engine import apply_pragmas

QUESTIONS = 150
SAVES = 300


def _big_form(folder: Path) -> None:
    (folder / "_standard.yaml").write_text(
        "standard: 1\nwelsh: draft\nsections:\n  - id: standard\n    title: {en: About, cy: Am}\n"
        "    questions:\n      - id: std_note\n        type: text\n        label: {en: Note, cy: Nodyn}\n"
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


def run() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _big_form(folder)
        services = build_services(folder / "bench.sqlite3", actor="bench", catalogue=load_catalogue(folder))
        inspection = services.inspections.create(name="Bench", local_authority="L", start="2024-01-15",
                                                 end="2024-01-19", enabled_forms=["big"])
        case_id = services.cases.add(inspection, reference="BEN-01", agency="children_services", kind="sampled")
        services.answers.set_answer(case_id, "big", "q000", "yes")  # the response exists, as after a first keystroke
        values = ("yes", "partly", "no")
        raw = _raw_baseline(folder)
        def save(i: int) -> None:
            value = values[(i // QUESTIONS + 1) % 3]  # every save is a real change
            services.answers.set_answer(case_id, "big", f"q{i % QUESTIONS:03d}", value)

        ours = time_each(save, SAVES)
        raw_median, ours_median = median_ms(raw), median_ms(ours)
        print(f"  raw sqlite3 insert+commit: median {raw_median:.2f} ms, p95 {p95_ms(raw):.2f} ms")
        print(f"  set_answer (validate, upsert, audit, commit): median {ours_median:.2f} ms, p95 {p95_ms(ours):.2f} ms")
        ok = verdict("save latency ratio (median)", ours_median / raw_median, 3.0)
        for i in range(QUESTIONS):
            services.answers.set_answer(case_id, "big", f"q{i:03d}", "no", evidence="Not recorded in the file.")
        loads = time_each(lambda _i: services.answers.load(case_id, "big"), 50)
        view = services.answers.load(case_id, "big")
        assert len(view.state.answers) == QUESTIONS
        print(f"  load a {QUESTIONS}-answer response with evaluation: median {median_ms(loads):.2f} ms, "
              f"p95 {p95_ms(loads):.2f} ms")
        ok = verdict("load time (median)", median_ms(loads), 20.0, " ms") and ok
        services.close()
    return ok
