"""`jicpa genogram import|export|check|render` on a real database."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from jicpa_desktop.cli import main
from jicpa_desktop.domain.genogram import samples, serialization


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_genogram_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, err = run(capsys, "--db", db, "inspection", "create", "--name", "Week", "--local-authority",
                         "Caerdydd", "--start", "2026-01-12", "--end", "2026-01-16")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "case", "add", "--inspection", out.strip(), "--ref", "GEN26-01",
                         "--agency", "children_services", "--kind", "tracked")
    assert code == 0, err
    case = out.strip()
    family = tmp_path / "family.yaml"
    family.write_text(serialization.dumps(samples.couple_with_children()), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "genogram", "import", "--case", case, str(family))
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, "genogram", "check", "--case", case, "--json")
    assert code == 0, err
    assert [w["code"] for w in json.loads(out)["warnings"]] == ["third_generation_missing"]
    code, out, err = run(capsys, "--db", db, "--lang", "cy", "genogram", "check", "--case", case)
    assert code == 0 and "drydedd genhedlaeth" in out
    exported = tmp_path / "out.json"
    code, out, err = run(capsys, "--db", db, "genogram", "export", "--case", case, "-o", str(exported))
    assert code == 0, err
    assert serialization.loads(exported.read_text(encoding="utf-8")).person("P1") is not None
    for name in ("g.svg", "g.pdf"):
        code, out, err = run(capsys, "--db", db, "genogram", "render", "--case", case, "-o", str(tmp_path / name))
        assert code == 0, err
    assert ET.parse(tmp_path / "g.svg").getroot().tag.endswith("svg")
    assert "Index child" in pypdf.PdfReader(tmp_path / "g.pdf").pages[0].extract_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: jicpa-genogram\nversion: 1\npersons:\n  - {id: P1, sex: mal}\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "genogram", "import", "--case", case, str(bad))
    assert code == 1 and "persons[0].sex" in err and "Nothing was imported" in err
    code, out, err = run(capsys, "--db", db, "genogram", "render", "--case", case, "-o", str(tmp_path / "g.gif"))
    assert code == 1 and "g.gif: choose a file ending .svg, .pdf or .png" in err
    code, out, err = run(capsys, "--db", db, "--lang", "cy", "genogram", "render", "--case", case,
                         "-o", str(tmp_path / "g.jpeg"))
    assert code == 1 and "g.jpeg: dewiswch ffeil sy'n gorffen â .svg, .pdf neu .png" in err
    assert not (tmp_path / "g.gif").exists() and not (tmp_path / "g.jpeg").exists()
