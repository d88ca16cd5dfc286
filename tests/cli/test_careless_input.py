"""Careless input that used to be accepted quietly: an unencrypted package, a passphrase file saved with a
byte-order mark, a passphrase of blanks, a sampling list with only its header, a CSV with old Mac line
endings, and the 5,000-row limit nobody was told about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.composition import AppServices
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.sampling_import import MAX_ROWS
from tests.store.checksums import file_state

PASSPHRASE = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def packages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str, Path, Path]:
    """A database with one case file, and its inspection exported encrypted and unencrypted."""
    db = str(tmp_path / "lead.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "W", "--local-authority", "L",
                         "--start", "2024-01-15", "--end", "2024-01-19")
    assert code == 0, err
    inspection = out.strip()
    code, _, err = run(capsys, "--db", db, "case", "add", "--inspection", inspection, "--ref", "CDF24-01",
                       "--agency", "police", "--kind", "sampled")
    assert code == 0, err
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    encrypted, plain = tmp_path / "enc.jicpa", tmp_path / "plain.jicpa"
    code, _, err = run(capsys, "--db", db, "package", "export", "--inspection", inspection, "-o", str(encrypted),
                       "--passphrase-file", str(secret))
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "package", "export", "--inspection", inspection, "-o", str(plain),
                       "--no-encryption")
    assert code == 0, err
    return db, inspection, encrypted, plain


# -- an unencrypted package ------------------------------------------------------------------------

@pytest.mark.parametrize("preview", [True, False], ids=["preview", "import"])
def test_an_unencrypted_package_is_imported_with_a_warning(capsys: pytest.CaptureFixture[str],
                                                           packages: tuple[str, str, Path, Path],
                                                           preview: bool) -> None:
    db, _, encrypted, plain = packages
    flags = ["--preview"] if preview else []
    code, out, err = run(capsys, "--db", db, "package", "import", *flags, str(plain))
    assert code == 0, err
    assert "NOT encrypted" in out and plain.name in out and "passphrase" in out, out
    code, out, err = run(capsys, "--db", db, "--lang", "cy", "package", "import", *flags, str(plain))
    assert code == 0, err
    assert f"NID yw {plain.name} wedi'i amgryptio" in out, out
    code, out, err = run(capsys, "--db", db, "package", "import", *flags, "--json", str(plain))
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert len(warnings) == 1 and plain.name in warnings[0]["en"] and plain.name in warnings[0]["cy"]
    secret = plain.with_name("secret.txt")
    code, out, err = run(capsys, "--db", db, "package", "import", *flags, "--json", "--passphrase-file",
                         str(secret), str(encrypted))
    assert code == 0, err
    assert json.loads(out)["warnings"] == []


def test_the_service_preview_carries_the_warning_for_the_app(packages: tuple[str, str, Path, Path]) -> None:
    from jicpa_desktop.composition import build_services

    db, _, encrypted, plain = packages
    services = build_services(db)
    try:
        preview = services.handover.preview_import([plain, encrypted], PASSPHRASE)
        assert [w.en for w in preview.warnings] and all(plain.name in w.en for w in preview.warnings)
        assert all(w.cy and w.cy != w.en for w in preview.warnings)
        assert services.handover.preview_import([encrypted], PASSPHRASE).warnings == ()
    finally:
        services.close()


# -- passphrase files -------------------------------------------------------------------------------

@pytest.mark.parametrize("saved", [
    "\ufeff" + PASSPHRASE + "\n",  # Notepad's "UTF-8 with BOM"
    "\ufeff" + PASSPHRASE + "\r\n",
    "\ufeff" + PASSPHRASE,
    PASSPHRASE + "\r",  # old Mac line ending
    PASSPHRASE + "\r\nsecond line is ignored\r\n",
], ids=["bom-lf", "bom-crlf", "bom-no-newline", "cr", "crlf-two-lines"])
def test_a_passphrase_file_with_a_byte_order_mark_or_any_line_ending_opens_the_package(
        capsys: pytest.CaptureFixture[str], packages: tuple[str, str, Path, Path], tmp_path: Path,
        saved: str) -> None:
    db, _, encrypted, _ = packages
    secret = tmp_path / "saved.txt"
    secret.write_bytes(saved.encode("utf-8"))
    code, _, err = run(capsys, "package", "inspect", "--passphrase-file", str(secret), str(encrypted))
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "package", "import", "--preview", "--passphrase-file", str(secret),
                         str(encrypted))
    assert code == 0, err


@pytest.mark.parametrize("blank", ["   ", "\t", "   \r\n", "\ufeff  \n"], ids=["spaces", "tab", "spaces-crlf", "bom"])
def test_a_passphrase_of_blanks_is_refused_at_import_and_export(
        capsys: pytest.CaptureFixture[str], packages: tuple[str, str, Path, Path], tmp_path: Path,
        blank: str) -> None:
    db, inspection, encrypted, _ = packages
    secret = tmp_path / "blank.txt"
    secret.write_bytes(blank.encode("utf-8"))
    before = file_state(Path(db))
    for args in (("package", "import", "--preview", "--passphrase-file", str(secret), str(encrypted)),
                 ("package", "import", "--passphrase-file", str(secret), str(encrypted)),
                 ("package", "inspect", "--passphrase-file", str(secret), str(encrypted))):
        code, out, err = run(capsys, "--db", db, *args)
        assert (code, out) == (1, ""), err
        assert "only spaces" in err and "Traceback" not in err, err
        code, _, err = run(capsys, "--db", db, "--lang", "cy", *args)
        assert code == 1 and "bylchau" in err.lower(), err
    code, _, err = run(capsys, "--db", db, "package", "export", "--inspection", inspection, "-o",
                       str(tmp_path / "x.jicpa"), "--passphrase-file", str(secret))
    assert code == 1 and "only spaces" in err, err
    assert not (tmp_path / "x.jicpa").exists()
    assert file_state(Path(db)) == before


def test_the_service_refuses_a_blank_passphrase_for_the_app(packages: tuple[str, str, Path, Path]) -> None:
    from jicpa_desktop.composition import build_services

    db, _, encrypted, _ = packages
    services = build_services(db)
    try:
        for call in (services.handover.preview_import, services.handover.apply_import):
            with pytest.raises(UserError) as caught:
                call([encrypted], "   ")
            assert "only spaces" in caught.value.message.en and "bylchau" in caught.value.message.cy.lower()
        with pytest.raises(UserError):
            services.handover.inspect_package(encrypted, " \t ")
    finally:
        services.close()


# -- sampling lists --------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    "reference,agency\n",
    "reference,agency,kind\r\n\r\n,,\r\n",
    "reference;agency;kind\n",
    "",
    "\n\n",
    ",,,\n",
], ids=["header", "header-blank-rows", "semicolons", "empty", "blank-lines", "commas-only"])
def test_a_sampling_list_without_rows_is_refused_saying_what_it_needs(
        capsys: pytest.CaptureFixture[str], packages: tuple[str, str, Path, Path], tmp_path: Path,
        content: str) -> None:
    db, inspection, _, _ = packages
    listing = tmp_path / "list.csv"
    listing.write_text(content, encoding="utf-8", newline="")
    before = file_state(Path(db))
    code, out, err = run(capsys, "--db", db, "case", "import", "--inspection", inspection, str(listing))
    assert (code, out) == (1, ""), out
    assert "one row per file" in err and "5,000" in err, err
    code, _, err = run(capsys, "--db", db, "--lang", "cy", "case", "import", "--inspection", inspection,
                       str(listing))
    assert code == 1 and "5,000" in err and "one row per file" not in err, err
    assert file_state(Path(db)) == before


def test_a_header_only_workbook_is_refused_too(services: AppServices, inspection_id: str, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    assert book.active is not None
    book.active.append(["reference", "agency"])
    book.save(tmp_path / "list.xlsx")
    with pytest.raises(UserError) as caught:
        services.sampling.run(inspection_id, tmp_path / "list.xlsx")
    assert "one row per file" in caught.value.message.en


def test_the_row_limit_is_in_the_refusal_and_the_docs(services: AppServices, inspection_id: str,
                                                      tmp_path: Path) -> None:
    listing = tmp_path / "big.csv"
    listing.write_text("reference,agency\n" + "".join(f"CDF-{i},police\n" for i in range(MAX_ROWS + 1)))
    report = services.sampling.run(inspection_id, listing)
    assert report.imported == 0 and "5,000" in report.problems[0].message
    for doc in (ROOT / "README.md", ROOT / "docs" / "app.md"):
        text = doc.read_text(encoding="utf-8")
        assert "5,000 rows" in text, doc


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["old-mac", "windows", "unix"])
def test_a_csv_with_any_line_ending_is_read(services: AppServices, inspection_id: str, tmp_path: Path,
                                           newline: str) -> None:
    rows = ["reference,agency,kind,inspector", "CDF24-01,police,sampled,Inspector A",
            'CDF24-02,health,tracked,"Inspector B"', "CDF24-03,education,sampled,"]
    listing = tmp_path / "list.csv"
    listing.write_bytes(newline.join(rows).encode("cp1252") + newline.encode())
    report = services.sampling.run(inspection_id, listing)
    assert report.problems == () and report.imported == 3
    cases = {c.reference: c for c in services.cases.list(inspection_id)}
    assert cases["CDF24-02"].inspector == "Inspector B" and cases["CDF24-03"].agency == "education"


def test_old_mac_line_endings_with_a_bad_row_report_the_right_line(services: AppServices, inspection_id: str,
                                                                   tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_bytes(b"reference,agency\rCDF24-01,police\rCDF24-02,fire_brigade\r")
    report = services.sampling.run(inspection_id, listing)
    assert report.imported == 0 and [p.line for p in report.problems] == [3]
