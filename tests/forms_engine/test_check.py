"""Checking a folder: problems and warnings, the module entry point, and where bundled forms are found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jicpa_desktop.forms_engine import bundled_forms_dir, check_forms_dir
from jicpa_desktop.forms_engine.__main__ import main

from .conftest import form_yaml

REPO = Path(__file__).resolve().parents[2]


def test_a_good_folder_has_no_problems(forms_dir: Path) -> None:
    catalogue, problems, warnings = check_forms_dir(forms_dir)
    assert catalogue is not None and catalogue.ids == ("demo",)
    assert problems == []
    # demo has two ynp questions and one negative_when date: three scored questions, so no warning about that
    assert warnings == []


def test_warnings_for_draft_welsh_and_too_few_scored_questions(forms_dir: Path) -> None:
    text = form_yaml("- {id: q1, type: ynp, label: {en: Q, cy: C}}", form_id="thin").replace(
        "welsh: reviewed", "welsh: draft"
    )
    (forms_dir / "thin.yaml").write_text(text)
    _, problems, warnings = check_forms_dir(forms_dir)
    assert problems == []
    assert any(w.startswith("Welsh is a draft in 1 form (thin)") for w in warnings)
    assert any("thin.yaml: only 1 scored question(s)" in w for w in warnings)


def test_a_bad_folder_gives_problems_and_no_catalogue(forms_dir: Path) -> None:
    (forms_dir / "demo.yaml").write_text("form: demo\n")
    catalogue, problems, _ = check_forms_dir(forms_dir)
    assert catalogue is None
    assert {p.field for p in problems} >= {"version", "title", "agencies", "sections"}


def test_a_missing_folder_is_a_problem(tmp_path: Path) -> None:
    _, problems, _ = check_forms_dir(tmp_path / "nowhere")
    assert [p.message for p in problems] == ["the forms folder does not exist"]


def test_main_prints_ok(forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(forms_dir)]) == 0
    assert capsys.readouterr().out.strip() == "OK: 1 forms, 6 questions"


def test_main_prints_problems_and_exits_1(forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (forms_dir / "demo.yaml").write_text((forms_dir / "demo.yaml").read_text().replace("required:", "requried:"))
    assert main([str(forms_dir)]) == 1
    err = capsys.readouterr().err
    assert "demo.yaml:" in err and "did you mean 'required'?" in err
    assert err.strip().endswith(f"1 problem in {forms_dir}")


def test_python_dash_m_runs_the_check(forms_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jicpa_desktop.forms_engine", str(forms_dir)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout.strip()) == (0, "OK: 1 forms, 6 questions")


def test_bundled_forms_dir_prefers_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JICPA_FORMS_DIR", str(tmp_path))
    assert bundled_forms_dir() == tmp_path
    monkeypatch.delenv("JICPA_FORMS_DIR")
    assert bundled_forms_dir() == REPO / "forms"
