"""The end-of-inspection wipe: nothing of the inspection left in the database (its pages vacuumed away), other
inspections untouched, a deletion record that lists what went, its certificate (en, cy) and the dialog."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.store.errors import backups_folder
from tests.audit.raw import connect_raw

SECRET = "Evidence-XQ7 strategy meeting noted the stepfather's visit on 12 March"
OTHER_NOTE = "Evidence-KEEP health visitor saw the family twice"


def _dump(db: Path, *, leave_out: str = "") -> str:
    """Every row of every table, as the engine reads the file (decrypted when it is encrypted)."""
    connection = connect_raw(db)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        lines = [repr((t, row)) for t in tables if t != leave_out for row in connection.execute(f'SELECT * FROM "{t}"')]
        return "\n".join(lines)
    finally:
        connection.close()


def _answers_of(db: Path, inspection_id: str) -> list[tuple[object, ...]]:
    connection = connect_raw(db)
    try:
        return connection.execute(
            "SELECT a.* FROM answer a JOIN form_response r ON r.id = a.response_id "
            "JOIN case_file c ON c.id = r.case_id WHERE c.inspection_id = ? ORDER BY a.id", (inspection_id,)).fetchall()
    finally:
        connection.close()


@pytest.fixture
def two(services: AppServices, inspection_id: str) -> tuple[AppServices, str, str]:
    case = services.cases.add(inspection_id, reference="TST24-01", agency="children_services", kind="tracked")
    services.answers.set_answer(case, "voice_of_child", "voc_02", "yes", evidence=SECRET)
    other = services.inspections.create(name="Second inspection", local_authority="Otherton", start="2024-03-04",
                                        end="2024-03-08", enabled_forms=[f.id for f in services.forms.all()])
    other_case = services.cases.add(other, reference="OTH24-01", agency="children_services", kind="tracked")
    services.answers.set_answer(other_case, "voice_of_child", "voc_02", "no", evidence=OTHER_NOTE)
    return services, inspection_id, other


def test_after_the_wipe_nothing_of_the_inspection_is_left_and_the_other_is_untouched(
    two: tuple[AppServices, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services, inspection_id, other = two
    export = tmp_path / "grid.jicpa"
    services.handover.export_package(inspection_id, export, "correct horse battery staple")
    backups = backups_folder(services.db_path)
    backups.mkdir(exist_ok=True)
    old_backup = backups / f"{services.db_path.stem}.before-0007-from-0006.20240101T000000Z.sqlite3"
    old_backup.write_bytes(b"a whole-database copy holding " + SECRET.encode())
    unrelated = backups / "someone-else.sqlite3"
    unrelated.write_bytes(b"not ours")
    services.close()
    assert SECRET in _dump(services.db_path)
    other_before = _answers_of(services.db_path, other)

    code = main(["--db", str(services.db_path), "inspection", "wipe", "--inspection", inspection_id,
                 "--confirm", "Test inspection", "--json"])
    record = json.loads(capsys.readouterr().out)
    assert code == 0

    dump = _dump(services.db_path)
    assert "Evidence-XQ7" not in dump and "TST24-01" not in dump
    # The id is only in the deletion record, which names the inspection that went.
    assert inspection_id not in _dump(services.db_path, leave_out="wipe_record")
    assert OTHER_NOTE in dump
    assert _answers_of(services.db_path, other) == other_before  # byte-equal rows
    connection = connect_raw(services.db_path)
    try:
        assert connection.execute("PRAGMA freelist_count").fetchone() == (0,)
        for table in ("case_file", "team_member", "audit_event", "audit_chain_head", "package_log", "export_file"):
            assert connection.execute(f"SELECT count(*) FROM {table} WHERE inspection_id = ?",
                                      (inspection_id,)).fetchone() == (0,), table
    finally:
        connection.close()
    wal = Path(str(services.db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Encrypted or not, not even a fragment of the note is in the file or its WAL as bytes.
    for path in (services.db_path, wal):
        if path.exists():
            assert b"Evidence-XQ7" not in path.read_bytes()

    # What went: the record lists it, and the files the tool knew of are gone.
    assert record["inspection_name"] == "Test inspection" and record["start_date"] == "2024-01-15"
    assert record["counts"]["case_file"] == 1 and record["counts"]["answer"] == 1
    assert record["counts"]["audit_event"] >= 4 and record["counts"]["inspection"] == 1
    assert record["audit_intact"] is True and len(record["content_sha256"]) == 64
    assert not old_backup.exists() and unrelated.exists()
    assert not export.exists()
    outcomes = {(f["kind"], Path(f["path"]).name): f["outcome"] for f in record["files"]}
    assert outcomes[("backup", old_backup.name)] == "deleted" and outcomes[("export", "grid.jicpa")] == "deleted"

    assert main(["--db", str(services.db_path), "wipes", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == [record["id"]]
    # The other inspection's trail still holds.
    assert main(["--db", str(services.db_path), "audit", "verify", "--inspection", other]) == 0


def test_the_content_checksum_is_of_the_rows_deleted(two: tuple[AppServices, str, str]) -> None:
    services, inspection_id, _ = two
    from jicpa_desktop.services.context import driver
    from jicpa_desktop.services.wipe import _selection, content_digest

    with services.context.reading() as session:
        expected, counts = content_digest(driver(session), _selection(driver(session), inspection_id))
    record = services.wipes.wipe(inspection_id, confirm="Test inspection")
    assert record.content_sha256 == expected and record.counts == counts
    assert hashlib.sha256(b"").hexdigest() != expected


def test_a_wrong_confirmation_deletes_nothing(
    two: tuple[AppServices, str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    services, inspection_id, _ = two
    with pytest.raises(UserError) as refused:
        services.wipes.wipe(inspection_id, confirm="test inspection")
    assert "not the inspection's name" in refused.value.message.en and "'Test inspection'" in refused.value.message.en
    assert "Ni ddilëwyd dim" in refused.value.message.cy
    services.close()
    code = main(["--db", str(services.db_path), "inspection", "wipe", "--inspection", inspection_id,
                 "--confirm", "Test"])
    assert code == 1 and "Nothing was deleted" in capsys.readouterr().err
    assert SECRET in _dump(services.db_path)


def test_an_archive_is_written_and_kept_before_the_wipe(two: tuple[AppServices, str, str], tmp_path: Path) -> None:
    services, inspection_id, _ = two
    archive = tmp_path / "archive.jicpa"
    record = services.wipes.wipe(inspection_id, confirm="Test inspection", archive=archive,
                                 archive_passphrase="correct horse battery staple")
    assert archive.exists() and record.archive_path == str(archive.resolve())
    assert record.archive_sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    from jicpa_desktop.services.package_import import read_one

    carried = read_one(archive, "correct horse battery staple")
    assert any(SECRET in v.evidence for f in carried.data.answers for v in f.versions)


def _pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


def test_the_certificate_in_english_and_welsh(two: tuple[AppServices, str, str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    services, inspection_id, _ = two
    record = services.wipes.wipe(inspection_id, confirm="Test inspection")
    services.close()
    english, welsh = tmp_path / "en.pdf", tmp_path / "cy.pdf"
    db = str(services.db_path)
    assert main(["--db", db, "wipes", "certificate", "--wipe", record.id, "--out", str(english)]) == 0
    assert main(["--db", str(services.db_path), "wipes", "certificate", "--wipe", record.id, "--out", str(welsh),
                 "--lang", "cy"]) == 0
    text = " ".join(_pdf_text(english).split())
    assert "Certificate of deletion" in text and "Test inspection" in text and "Testshire" in text
    assert record.content_sha256 in text.replace(" ", "") and "Answers and evidence notes" in text
    assert "Evidence-XQ7" not in text
    cy = " ".join(_pdf_text(welsh).split())
    assert "Tystysgrif dileu" in cy and "Atebion a nodiadau tystiolaeth" in cy and "Test inspection" in cy
    assert main(["--db", str(services.db_path), "wipes", "certificate", "--wipe", "nope", "--out",
                 str(tmp_path / "x.pdf")]) == 1
    assert "There is no deletion record 'nope'" in capsys.readouterr().err


def test_the_dialog_lists_records_and_exports_a_certificate(two: tuple[AppServices, str, str], tmp_path: Path,
                                                            qtbot: object) -> None:
    from jicpa_desktop.ui.wipes_dialog import WipesDialog

    services, inspection_id, _ = two
    record = services.wipes.wipe(inspection_id, confirm="Test inspection")
    dialog = WipesDialog(services.wipes)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)  # type: ignore[attr-defined]
    assert dialog.table.item(0, 0).text() == "Test inspection"
    assert dialog.table.item(0, 5).text() == record.content_sha256
    assert dialog.pdf_en.isEnabled() and dialog.pdf_cy.isEnabled()
    target = tmp_path / "from-dialog.pdf"
    dialog.export_certificate(target, "cy")
    qtbot.waitUntil(lambda: "from-dialog.pdf" in dialog.status.text())  # type: ignore[attr-defined]
    assert "Tystysgrif dileu" in _pdf_text(target)
    assert os.path.getsize(target) > 1000


def test_on_a_plaintext_store_no_byte_of_the_note_is_left_in_the_file(
    tmp_path: Path, bundled_catalogue: object
) -> None:
    """Without encryption the raw bytes show what SQLite keeps: deleted rows linger in free pages and the WAL
    until the wipe's secure delete, checkpoint and VACUUM; afterwards no byte of the note is anywhere."""
    from jicpa_desktop.services.answers import Answers
    from jicpa_desktop.services.cases import Cases
    from jicpa_desktop.services.context import ServiceContext
    from jicpa_desktop.services.form_definitions import FormDefinitions
    from jicpa_desktop.services.inspections import Inspections
    from jicpa_desktop.services.wipe import Wipes
    from jicpa_desktop.store.migrate import open_store

    path = tmp_path / "plain.sqlite3"
    context = ServiceContext(open_store(path), bundled_catalogue, "Inspector Test")  # type: ignore[arg-type]
    try:
        forms = FormDefinitions(context)
        inspections, cases = Inspections(context), Cases(context)
        answers = Answers(context, forms, cases)
        enabled = [f.id for f in forms.all()]
        gone = inspections.create(name="Gone", local_authority="A", start="2024-01-15", end="2024-01-19",
                                  enabled_forms=enabled)
        kept = inspections.create(name="Kept", local_authority="B", start="2024-02-05", end="2024-02-09",
                                  enabled_forms=enabled)
        for n in range(40):  # enough rows to fill pages, so a row left behind would be in a page of its own
            case = cases.add(gone, reference=f"GON24-{n:02d}", agency="children_services", kind="tracked")
            answers.set_answer(case, "voice_of_child", "voc_02", "no", evidence=f"{SECRET} #{n}")
        keep = cases.add(kept, reference="KEP24-01", agency="children_services", kind="tracked")
        answers.set_answer(keep, "voice_of_child", "voc_02", "yes", evidence=OTHER_NOTE)
        wal = Path(str(path) + "-wal")
        assert b"Evidence-XQ7" in path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        Wipes(context, path).wipe(gone, confirm="Gone")
        data = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        assert b"Evidence-XQ7" not in data and b"GON24-" not in data
        assert OTHER_NOTE.encode() in path.read_bytes()
    finally:
        context.engine.dispose()
