"""The lock (requirements/lock.txt) installs what pyproject.toml asks for, from hashes alone, from any index."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
LOCK_INPUTS = ROOT / "requirements" / "lock.in"
FIX = "run `make lock` and commit requirements/lock.txt"


def _entries(text: str) -> list[str]:
    """The lock's entries, each with its continuation lines joined and comments dropped."""
    entries: list[str] = []
    current = ""
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        current += " " + line.removesuffix("\\").strip()
        if not line.endswith("\\"):
            entries.append(current.strip())
            current = ""
    assert not current, f"the lock ends inside a continued line: {current!r}"
    return entries


def _locked() -> dict[NormalizedName, list[tuple[Version, str]]]:
    """Name → the pinned versions (a universal lock may pin one name twice, under different markers)."""
    locked: dict[NormalizedName, list[tuple[Version, str]]] = {}
    for entry in _entries(LOCK.read_text(encoding="utf-8")):
        assert not entry.startswith("-"), f"the lock must carry no options such as an index URL ({entry!r}); {FIX}"
        requirement_text, *hashes = entry.split(" --hash=")
        requirement = Requirement(requirement_text)
        assert hashes and all(h.startswith("sha256:") for h in hashes), f"{requirement.name} has no sha256 hash; {FIX}"
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", f"{requirement.name} is not pinned exactly; {FIX}"
        locked.setdefault(canonicalize_name(requirement.name), []).append(
            (Version(specifier.version), str(requirement.marker or ""))
        )
    return locked


def _wanted() -> list[Requirement]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    texts = [
        *project["dependencies"],
        *project["optional-dependencies"]["test"],
        *project["optional-dependencies"]["bundle"],
        # The editable install runs without build isolation, on the build backend the lock installed.
        *pyproject["build-system"]["requires"],
    ]
    for raw in LOCK_INPUTS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            texts.append(line)
    return [Requirement(text) for text in texts]


def test_every_requirement_is_locked_at_a_version_it_allows() -> None:
    locked = _locked()
    problems = []
    for requirement in _wanted():
        pins = locked.get(canonicalize_name(requirement.name))
        if not pins:
            problems.append(f"{requirement} is not in the lock")
        elif not any(requirement.specifier.contains(version, prereleases=True) for version, _marker in pins):
            problems.append(f"{requirement} does not allow the locked {', '.join(str(v) for v, _ in pins)}")
    assert not problems, f"pyproject.toml and the lock disagree: {'; '.join(problems)}; {FIX}"


def test_pyside_is_pinned_to_the_release_proven_here() -> None:
    # 6.12.0 aborts on Python 3.11 (requirements/lock.in); the app no longer carries a workaround for it.
    pins = _locked()[canonicalize_name("pyside6-essentials")]
    assert [str(version) for version, _marker in pins] == ["6.11.3"]
    assert [str(version) for version, _marker in _locked()[canonicalize_name("shiboken6")]] == ["6.11.3"]


def test_installing_needs_only_pip() -> None:
    # The tool that compiles the lock is not something an install needs.
    assert canonicalize_name("uv") not in _locked()
    assert "file:" not in LOCK.read_text(encoding="utf-8"), f"the lock names a machine's own index; {FIX}"
