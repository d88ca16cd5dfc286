"""Exports replace the previous file whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from jicpa_desktop.exports.atomic_file import atomic_path


def test_success_replaces_and_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "grid.xlsx"
    target.write_bytes(b"last good export")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"last good export"
    assert [p.name for p in tmp_path.iterdir()] == ["grid.xlsx"]
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new export")
    assert target.read_bytes() == b"new export"
    assert [p.name for p in tmp_path.iterdir()] == ["grid.xlsx"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"), atomic_path(tmp_path / "nowhere" / "grid.xlsx"):
        pass
