"""Every package refusal reaches the user in Welsh too: the message table is complete and agrees with the
code, and real bad packages, read by the real reader and import, come back with Welsh that names the same
files, entries, forms and numbers as the English."""

from __future__ import annotations

import ast
import re
import string
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import jicpa_desktop
from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import PackageError, PackageProblem, read_package
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.package_format.envelope import seal
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.services.package_import import PackageRefusedError
from tests.handover.conftest import World
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, laptop, lead_with_inspection
from tests.handover.test_bad_inputs import CASES, Maker

CATALOGUE = say.catalogue()
SOURCES = sorted(Path(jicpa_desktop.__file__).parent.rglob("*.py"))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_problem_has_a_message() -> None:
    covered = {m.problem for m in CATALOGUE.values() if isinstance(m, say.Message)}
    assert covered == set(PackageProblem), set(PackageProblem) - covered


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_message_has_welsh_with_the_same_placeholders(name: str) -> None:
    entry = CATALOGUE[name]
    assert entry.cy.strip(), f"{name} has no Welsh"
    assert entry.cy != entry.en, f"{name}: the Welsh is the English"
    assert entry.en_only <= _fields(entry.en), f"{name}: en_only names a placeholder the English lacks"
    assert _fields(entry.cy) == _fields(entry.en) - entry.en_only, name


def _uses() -> Iterator[tuple[str, int, str, set[str] | None]]:
    """(file, line, message name, keywords passed or None when the call is not a fill) for every `say.X`."""
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        filled: dict[int, set[str]] = {}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            keywords = {k.arg for k in node.keywords if k.arg is not None}
            target = node.func
            # say.X.error(...) / say.X.text(...)
            if isinstance(target, ast.Attribute) and target.attr in ("error", "text"):
                filled[id(target.value)] = keywords
            # refuse(say.X, ...), self._refuse(say.X, ...), refusal(say.X, ...), _refuse_with(path, say.X, ...)
            for arg in node.args:
                if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) and arg.value.id == "say":
                    filled.setdefault(id(arg), keywords)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "say":
                yield str(path), node.lineno, node.attr, filled.get(id(node))


def test_every_use_fills_exactly_the_placeholders_of_its_message() -> None:
    wrong = []
    for path, line, name, keywords in _uses():
        if name not in CATALOGUE:
            continue  # say.Phrase, say.Message: the classes
        entry = CATALOGUE[name]
        wanted = _fields(entry.en)
        if keywords is None and wanted:
            wrong.append(f"{path}:{line}: {name} needs {sorted(wanted)} but is used without filling them")
        elif keywords is not None and keywords != wanted:
            wrong.append(f"{path}:{line}: {name} is given {sorted(keywords)}; its text names {sorted(wanted)}")
    assert not wrong, "\n".join(wrong)


def test_every_message_in_the_table_is_used() -> None:
    used = {name for _, _, name, _ in _uses()}
    assert set(CATALOGUE) - used == set()


_ENGLISH_ONLY = {"PackageError": 1, "StoreUnavailableError": 1, "PackageRefusedError": 0}


def test_no_package_or_store_error_is_raised_with_english_only() -> None:
    """A plain string (or f-string) given to these errors would reach a Welsh user in English."""
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = _ENGLISH_ONLY.get(name)
            if position is None or len(node.args) <= position:
                continue
            if isinstance(node.args[position], ast.Constant | ast.JoinedStr | ast.BinOp):
                found.append(f"{path}:{node.lineno}: {name} with an English-only message")
    assert not found, "\n".join(found)


# -- real bad packages ------------------------------------------------------------------------------------

_QUOTED = re.compile(r"(?<![A-Za-z])'[^']+'")
_NUMBER = re.compile(r"\d+")


def assert_welsh(error: BaseException, *values: str) -> str:
    """The Welsh is there, is not the English, and carries every quoted name and number of the English."""
    text = localized_message(error)
    assert text is not None, repr(error)
    welsh = text.get("cy")
    assert welsh.strip() and welsh != text.en, welsh
    assert text.en == str(error).split("\n")[0]
    for value in (*_QUOTED.findall(text.en), *_NUMBER.findall(text.en), *values):
        assert value in welsh, f"{value!r} is missing from the Welsh: {welsh}"
    return welsh


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    lead, inspection, _ = lead_with_inspection(folder, bundled_catalogue)
    package = folder / "seed.jicpa"
    lead.handover.export_package(inspection, package, PASSPHRASE, consolidated=True)
    lead.close()
    return package


def _refused(path: Path, passphrase: str | None) -> PackageError:
    with pytest.raises(PackageError) as caught:
        read_package(path, passphrase)
    return caught.value


def test_wrong_passphrase_in_welsh(seed: Path) -> None:
    error = _refused(seed, "not the passphrase")
    assert error.problem is PackageProblem.WRONG_PASSPHRASE
    assert "ymadrodd cyfrin anghywir" in assert_welsh(error).lower()


def test_truncated_package_in_welsh(seed: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.jicpa"
    cut.write_bytes(seed.read_bytes()[:30])
    error = _refused(cut, PASSPHRASE)
    assert error.problem is PackageProblem.TRUNCATED
    assert "wedi'i gwtogi" in assert_welsh(error)


def test_a_file_that_is_not_a_package_in_welsh(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jicpa"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    error = _refused(photo, PASSPHRASE)
    assert error.problem is PackageProblem.NOT_A_PACKAGE
    assert "becyn JICPA" in assert_welsh(error)


def test_a_package_whose_contents_are_not_a_zip_in_welsh(tmp_path: Path) -> None:
    sealed = tmp_path / "notzip.jicpa"
    sealed.write_bytes(seal(b"this is not a zip archive", PASSPHRASE, scrypt_n=2**14))
    error = _refused(sealed, PASSPHRASE)
    assert error.problem is PackageProblem.ALTERED
    assert "archif" in assert_welsh(error)


def test_an_altered_entry_in_welsh(seed: Path, tmp_path: Path) -> None:
    def swap(entries: dict[str, bytes]) -> dict[str, bytes]:
        entries["data/cases.json"] = entries["data/cases.json"].replace(b"TST24-02", b"TST24-09")
        return entries

    error = _refused(rewrite(seed, tmp_path / "hash.jicpa", entries=swap), PASSPHRASE)
    assert error.problem is PackageProblem.HASH_MISMATCH
    assert_welsh(error, "'data/cases.json'")


def test_an_unsafe_entry_names_its_reason_in_welsh(seed: Path, tmp_path: Path) -> None:
    package = rewrite(seed, tmp_path / "escape.jicpa", entries=lambda e: {**e, "data\\evil.json": b"{}"})
    error = _refused(package, PASSPHRASE)
    assert error.problem is PackageProblem.UNSAFE_ENTRY
    assert "slaes ôl" in assert_welsh(error, "'data\\\\evil.json'")


def test_a_schema_refusal_names_the_field_and_the_reason_in_welsh(seed: Path, tmp_path: Path) -> None:
    package = rewrite(seed, tmp_path / "schema.jicpa", listed=lambda e: {**e, "data/rows.json": b'[{"id": 5}]'})
    error = _refused(package, PASSPHRASE)
    assert error.problem is PackageProblem.BAD_SCHEMA
    assert "dylai fod yn ddynodydd sefydlog" in assert_welsh(error, "data/rows.json[0].id")


def test_the_english_is_exactly_as_before(seed: Path) -> None:
    error = _refused(seed, "not the passphrase")
    assert error.message == str(error) == error.localized.en == (
        "Wrong passphrase: this package cannot be opened with it. Check with the inspector who exported it."
    )


# -- every bad input of test_bad_inputs.py, through the import service -------------------------------------


@pytest.fixture(scope="module")
def world_cy(tmp_path_factory: pytest.TempPathFactory, bundled_catalogue: FormCatalogue) -> World:
    """The same work as conftest's world, built here so that this module stands on its own."""
    folder = tmp_path_factory.mktemp("world_cy")
    lead, inspection, cases = lead_with_inspection(folder, bundled_catalogue)
    seed = folder / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    ann = laptop(folder, "Ann Health", bundled_catalogue)
    ann.handover.apply_import([seed], PASSPHRASE)
    case = cases["TST24-02"]
    ann.answers.set_answer(case, "voice_of_child", "voc_01", "yes")
    ann.answers.set_answer(case, "voice_of_child", "voc_02", "no", evidence="Not seen alone in six months.")
    ann.answers.set_answer(case, "voice_of_child", "voc_06", "yes")
    ann.answers.set_answer(case, "voice_of_child", "voc_06_methods", "observation")
    row = ann.answers.add_row(case, "voice_of_child", "std_documents_read")
    ann.answers.set_answer(case, "voice_of_child", "std_doc_date", "2024-01-02", row_id=row)
    package, plain = folder / "ann.jicpa", folder / "ann-plain.jicpa"
    ann.handover.export_package(inspection, package, PASSPHRASE, inspector="Ann Health")
    ann.handover.export_package(inspection, plain, None, inspector="Ann Health")
    ann.close()
    lead.close()
    return World(folder / "Lead Lewis.sqlite3", inspection, cases, seed, package, plain)


@pytest.fixture(scope="module")
def lead_cy(world_cy: World, bundled_catalogue: FormCatalogue) -> Iterator[AppServices]:
    services = build_services(world_cy.lead_db, actor="Lead Lewis", catalogue=bundled_catalogue)
    yield services
    services.close()


@pytest.mark.parametrize(("label", "make", "problem", "words"), CASES, ids=[c[0] for c in CASES])
def test_every_refused_package_is_explained_in_welsh(
    world_cy: World, lead_cy: AppServices, tmp_path: Path, label: str, make: Maker, problem: str, words: str
) -> None:
    package, passphrase = make(world_cy, tmp_path)
    with pytest.raises(PackageRefusedError) as refused:
        lead_cy.handover.preview_import([package], passphrase)
    assert refused.value.problem == problem, str(refused.value)
    assert_welsh(refused.value, package.name)


def test_a_package_for_another_inspection_than_the_one_open_in_welsh(world_cy: World, lead_cy: AppServices) -> None:
    with pytest.raises(PackageRefusedError) as refused:
        lead_cy.handover.preview_import([world_cy.package], PASSPHRASE, inspection_id=str(uuid.uuid4()))
    assert "arolygiad arall" in assert_welsh(refused.value, world_cy.package.name, world_cy.inspection_id)


def test_no_package_chosen_in_welsh(lead_cy: AppServices) -> None:
    with pytest.raises(PackageRefusedError) as refused:
        lead_cy.handover.preview_import([], PASSPHRASE)
    assert "pecyn" in assert_welsh(refused.value)
