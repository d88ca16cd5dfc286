"""Durability: a writer killed with SIGKILL at random moments loses nothing it reported saved (on the encrypted
database, as every store is: the child takes the test passphrase from JICPA_DB_PASSPHRASE_FILE)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from jicpa_desktop.store.migrate import is_plaintext
from tests.encrypted_db import connect_raw

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

WRITER = textwrap.dedent(
    """
    import sys
    from jicpa_desktop.composition import build_services, load_catalogue
    from pathlib import Path
    services = build_services(sys.argv[1], actor="writer", catalogue=load_catalogue(Path(sys.argv[2])))
    case_id = sys.argv[3]
    i = 0
    while True:
        i += 1
        services.answers.set_answer(case_id, "all_types", "q_int", i)
        print("int", i, flush=True)
        row = services.answers.add_row(case_id, "all_types", "q_people")
        services.answers.set_answer(case_id, "all_types", "q_people_role", "child", row_id=row)
        print("row", row, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_answers_reported_saved_survive_sigkill(tmp_path: Path) -> None:
    from jicpa_desktop.composition import build_services, load_catalogue

    forms = FIXTURES / "forms_all_types"
    db = tmp_path / "durable.sqlite3"
    services = build_services(db, catalogue=load_catalogue(forms))
    inspection = services.inspections.create(name="D", local_authority="L", start="2024-01-01", end="2024-01-02",
                                             enabled_forms=["all_types"])
    case_id = services.cases.add(inspection, reference="DUR-01", agency="children_services", kind="sampled")
    services.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    reported_rows: list[str] = []
    for _ in range(6):
        child = subprocess.Popen([sys.executable, str(script), str(db), str(forms), case_id],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        # The kill window opens at the child's first reported save, not at its launch: on a loaded machine
        # starting Python and opening the store can take most of a fixed window, leaving too few saves to test.
        first = child.stdout.readline()
        assert first, "the writer never reported a save"
        last_int = int(first.split()[1])
        deadline = time.monotonic() + rng.uniform(0.3, 1.5)
        # Kill at a random moment, mid-stream, without warning.
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            kind, value = line.split()
            if kind == "int":
                last_int = int(value)
            else:
                reported_rows.append(value)
        child.send_signal(signal.SIGKILL)
        child.wait()
        for line in child.stdout:  # lines printed before the kill count as reported too
            kind, value = line.split()
            if kind == "int":
                last_int = int(value)
            else:
                reported_rows.append(value)
        child.stdout.close()
        assert last_int > 0, "the writer never reported a save"
        assert not is_plaintext(db)
        with connect_raw(db) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = connection.execute(
                "SELECT value_json FROM answer WHERE question_id = 'q_int' AND row_id = ''"
            ).fetchone()
            # The kill can land after a commit and before its line was printed: one more is fine.
            assert int(stored[0]) in (last_int, last_int + 1)
            rows = {r[0] for r in connection.execute("SELECT row_id FROM answer WHERE question_id = 'q_people_role'")}
        missing = [r for r in reported_rows if r not in rows]
        assert missing == []
    assert len(reported_rows) > 20
