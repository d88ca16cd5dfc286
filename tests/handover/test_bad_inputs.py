"""Bad packages never harm the lead's database: each is refused with a message naming the problem,
and the database file is byte-for-byte the same afterwards (preview and apply alike)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from jicpa_desktop.composition import AppServices, build_services
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format import PackageData, VersionData, read_package
from jicpa_desktop.services.errors import localized_message
from jicpa_desktop.services.package_import import PackageRefusedError
from tests.handover.conftest import World
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, db_checksum

Maker = Callable[[World, Path], tuple[Path, str | None]]  # (package, passphrase to use)


def _wrong_passphrase(w: World, tmp: Path) -> tuple[Path, str | None]:
    return w.package, "not the passphrase"


def _truncated(w: World, tmp: Path) -> tuple[Path, str | None]:
    blob = w.package.read_bytes()
    (tmp / "cut.jicpa").write_bytes(blob[: len(blob) // 2])
    return tmp / "cut.jicpa", PASSPHRASE


def _truncated_header(w: World, tmp: Path) -> tuple[Path, str | None]:
    (tmp / "cut.jicpa").write_bytes(w.package.read_bytes()[:30])
    return tmp / "cut.jicpa", PASSPHRASE


def _corrupt(w: World, tmp: Path) -> tuple[Path, str | None]:
    blob = bytearray(w.package.read_bytes())
    blob[len(blob) - 40] ^= 0xFF
    (tmp / "corrupt.jicpa").write_bytes(bytes(blob))
    return tmp / "corrupt.jicpa", PASSPHRASE


def _corrupt_plain(w: World, tmp: Path) -> tuple[Path, str | None]:
    blob = bytearray(w.plain_package.read_bytes())
    blob[len(blob) - 40] ^= 0xFF
    (tmp / "corrupt.jicpa").write_bytes(bytes(blob))
    return tmp / "corrupt.jicpa", None


def _not_a_package(w: World, tmp: Path) -> tuple[Path, str | None]:
    (tmp / "photo.jicpa").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    return tmp / "photo.jicpa", PASSPHRASE


def _header_tampered(w: World, tmp: Path) -> tuple[Path, str | None]:
    blob = w.package.read_bytes()
    (tmp / "t.jicpa").write_bytes(blob.replace(b'"r":8', b'"r":9', 1))
    return tmp / "t.jicpa", PASSPHRASE


def _hash_mismatch(w: World, tmp: Path) -> tuple[Path, str | None]:
    def swap(entries: dict[str, bytes]) -> dict[str, bytes]:
        entries["data/cases.json"] = entries["data/cases.json"].replace(b"TST24-02", b"TST24-09")
        return entries

    return rewrite(w.package, tmp / "hash.jicpa", entries=swap), PASSPHRASE


def _unknown_format(w: World, tmp: Path) -> tuple[Path, str | None]:
    return rewrite(w.package, tmp / "v99.jicpa", manifest=lambda m: replace(m, format_version=99)), PASSPHRASE


def _unknown_envelope(w: World, tmp: Path) -> tuple[Path, str | None]:
    blob = w.package.read_bytes()
    (tmp / "e2.jicpa").write_bytes(blob.replace(b'"envelope":1', b'"envelope":7', 1))
    return tmp / "e2.jicpa", PASSPHRASE


def _other_inspection(w: World, tmp: Path) -> tuple[Path, str | None]:
    other = str(uuid.uuid4())

    def move(d: PackageData) -> PackageData:
        # Written as a package from before the audit hash chain: the chain covers the inspection id, so a
        # chained package moved to another inspection is refused earlier, as an altered audit trail.
        unchained = tuple(e._replace(seq=None, prev_hash=None, hash=None) for e in d.audit)
        return replace(d, inspection=replace(d.inspection, id=other), audit=unchained, audit_chain=None)

    return rewrite(
        w.package, tmp / "other.jicpa", data=move, manifest=lambda m: replace(m, inspection_id=other)
    ), PASSPHRASE


def _escaping_name(name: str) -> Maker:
    def make(w: World, tmp: Path) -> tuple[Path, str | None]:
        def add(entries: dict[str, bytes]) -> dict[str, bytes]:
            return {**entries, name: b"{}"}

        return rewrite(w.package, tmp / "escape.jicpa", entries=add), PASSPHRASE

    return make


def _symlink(w: World, tmp: Path) -> tuple[Path, str | None]:
    return rewrite(w.package, tmp / "link.jicpa", symlink="data/rows.json"), PASSPHRASE


def _bomb(w: World, tmp: Path) -> tuple[Path, str | None]:
    def inflate(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, "data/audit.json": b"[" + b" " * (40 * 1024 * 1024) + b"]"}

    return rewrite(w.package, tmp / "bomb.jicpa", entries=inflate), PASSPHRASE


def _too_many_entries(w: World, tmp: Path) -> tuple[Path, str | None]:
    def many(entries: dict[str, bytes]) -> dict[str, bytes]:
        return {**entries, **{f"forms/f{i}/v1.json": b"{}" for i in range(2500)}}

    return rewrite(w.package, tmp / "many.jicpa", entries=many), PASSPHRASE


def _unlisted_entry(w: World, tmp: Path) -> tuple[Path, str | None]:
    return rewrite(w.package, tmp / "extra.jicpa", entries=lambda e: {**e, "data/extra.json": b"[]"}), PASSPHRASE


def _unknown_form(w: World, tmp: Path) -> tuple[Path, str | None]:
    def rename(d: PackageData) -> PackageData:
        return replace(d, responses=tuple(replace(r, form_id="no_such_form") for r in d.responses))

    return rewrite(
        w.package, tmp / "form.jicpa", data=rename, manifest=lambda m: replace(m, form_versions=(("no_such_form", 1),))
    ), PASSPHRASE


def _unknown_form_version(w: World, tmp: Path) -> tuple[Path, str | None]:
    def bump(d: PackageData) -> PackageData:
        return replace(d, responses=tuple(replace(r, form_version=9) for r in d.responses), snapshots=())

    return rewrite(
        w.package, tmp / "v9.jicpa", data=bump, manifest=lambda m: replace(m, form_versions=(("voice_of_child", 9),))
    ), PASSPHRASE


def _unknown_question(w: World, tmp: Path) -> tuple[Path, str | None]:
    def rename(d: PackageData) -> PackageData:
        top = next(f for f in d.answers if not f.row_id)
        return replace(d, answers=tuple(f._replace(question_id="voc_99") if f is top else f for f in d.answers))

    return rewrite(w.package, tmp / "question.jicpa", data=rename), PASSPHRASE


def _invalid_value(value: object) -> Maker:
    def make(w: World, tmp: Path) -> tuple[Path, str | None]:
        def spoil(d: PackageData) -> PackageData:
            target = next(f for f in d.answers if f.question_id == "voc_01")
            versions = tuple(v._replace(value=value) for v in target.versions)
            return replace(d, answers=tuple(f._replace(versions=versions) if f is target else f for f in d.answers))

        return rewrite(w.package, tmp / "value.jicpa", data=spoil), PASSPHRASE

    return make


def _invalid_date(w: World, tmp: Path) -> tuple[Path, str | None]:
    def spoil(d: PackageData) -> PackageData:
        target = next(f for f in d.answers if f.question_id == "std_doc_date")
        versions = tuple(v._replace(value="2024-13-45") for v in target.versions)
        return replace(d, answers=tuple(f._replace(versions=versions) if f is target else f for f in d.answers))

    return rewrite(w.package, tmp / "date.jicpa", data=spoil), PASSPHRASE


def _broken_history(w: World, tmp: Path) -> tuple[Path, str | None]:
    def orphan(d: PackageData) -> PackageData:
        target = d.answers[0]
        v: VersionData = target.versions[0]._replace(parents=(str(uuid.uuid4()),))
        return replace(d, answers=(target._replace(versions=(v, *target.versions[1:])), *d.answers[1:]))

    return rewrite(w.package, tmp / "history.jicpa", data=orphan), PASSPHRASE


def _bad_schema(w: World, tmp: Path) -> tuple[Path, str | None]:
    return rewrite(
        w.package, tmp / "schema.jicpa", listed=lambda e: {**e, "data/rows.json": b'[{"id": 5}]'}
    ), PASSPHRASE


CASES: list[tuple[str, Maker, str, str]] = [
    ("wrong passphrase", _wrong_passphrase, "wrong_passphrase", "Wrong passphrase"),
    ("truncated file", _truncated, "altered", "truncated"),
    ("truncated header", _truncated_header, "truncated", "truncated"),
    ("corrupt byte (encrypted)", _corrupt, "altered", "altered"),
    ("corrupt byte (unencrypted)", _corrupt_plain, "altered", "checksum"),
    ("not a package", _not_a_package, "not_a_package", "not a JICPA package"),
    ("tampered header", _header_tampered, "unknown_format", "scrypt"),
    ("entry hash mismatch", _hash_mismatch, "hash_mismatch", "SHA-256"),
    ("unknown format version", _unknown_format, "unknown_format", "format version 99"),
    ("unknown envelope version", _unknown_envelope, "unknown_format", "envelope format 7"),
    ("package for another inspection", _other_inspection, "other_inspection", "not on this laptop"),
    ("entry name with ..", _escaping_name("../../etc/evil.json"), "unsafe_entry", "'..'"),
    ("absolute entry name", _escaping_name("/etc/evil.json"), "unsafe_entry", "absolute"),
    ("entry name with backslash", _escaping_name("data\\..\\evil.json"), "unsafe_entry", "backslash"),
    ("symbolic link entry", _symlink, "unsafe_entry", "symbolic link"),
    ("decompression bomb", _bomb, "too_large", "decompression bomb"),
    ("too many entries", _too_many_entries, "too_large", "entries"),
    ("entry not in the manifest", _unlisted_entry, "unsafe_entry", "does not list"),
    ("unknown form", _unknown_form, "unknown_form", "no_such_form"),
    ("unknown form version", _unknown_form_version, "unknown_form", "version 9"),
    ("unknown question", _unknown_question, "unknown_question", "voc_99"),
    ("value invalid for the question type", _invalid_value("maybe"), "invalid_value", "voc_01"),
    ("number where a choice belongs", _invalid_value(3), "invalid_value", "voc_01"),
    ("impossible date", _invalid_date, "invalid_value", "std_doc_date"),
    ("history with a missing parent", _broken_history, "inconsistent", "incomplete"),
    ("malformed entry", _bad_schema, "bad_schema", "data/rows.json"),
]


@pytest.mark.parametrize(("label", "make", "problem", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_package_is_refused_and_the_database_is_unchanged(
    world: World,
    lead_copy: AppServices,
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
    label: str,
    make: Maker,
    problem: str,
    words: str,
) -> None:
    package, passphrase = make(world, tmp_path)
    before = db_checksum(lead_copy)
    lead = build_services(lead_copy.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    try:
        for attempt in (lead.handover.preview_import, lead.handover.apply_import):
            with pytest.raises(PackageRefusedError) as refused:
                attempt([package], passphrase)
            assert refused.value.problem == problem, str(refused.value)
            assert words in str(refused.value), str(refused.value)
            assert package.name in str(refused.value)
            welsh = localized_message(refused.value)
            assert welsh is not None and welsh.cy and welsh.cy != welsh.en and package.name in welsh.cy, welsh
    finally:
        after = db_checksum(lead)
    assert after == before


def test_a_bad_package_among_good_ones_stops_the_whole_import(
    world: World,
    lead_copy: AppServices,
    tmp_path: Path,
    bundled_catalogue: FormCatalogue,
) -> None:
    bad, _ = _invalid_value("maybe")(world, tmp_path)
    before = db_checksum(lead_copy)
    lead = build_services(lead_copy.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    try:
        with pytest.raises(PackageRefusedError):
            lead.handover.apply_import([world.package, bad], PASSPHRASE)
    finally:
        assert db_checksum(lead) == before


def test_package_for_a_different_inspection_than_the_one_open(
    world: World,
    lead_copy: AppServices,
    tmp_path: Path,
) -> None:
    with pytest.raises(PackageRefusedError, match="another inspection"):
        lead_copy.handover.preview_import([world.package], PASSPHRASE, inspection_id=str(uuid.uuid4()))


def test_good_package_is_accepted_by_the_same_lead(world: World, lead_copy: AppServices) -> None:
    preview = lead_copy.handover.apply_import([world.package], PASSPHRASE, inspection_id=world.inspection_id)
    assert preview.applied and len(preview.changed_answers) == 5  # the world's five answers


def _held_then_refused(lead: AppServices, world: World, package: Path, bundled_catalogue: FormCatalogue) -> str:
    """Import Ann's package, then *package*: it must be refused as altered with the database unchanged."""
    lead.handover.apply_import([world.package], PASSPHRASE)
    before = db_checksum(lead)
    again = build_services(lead.db_path, actor="Lead Lewis", catalogue=bundled_catalogue)
    with pytest.raises(PackageRefusedError) as refused:
        again.handover.apply_import([package], PASSPHRASE)
    assert db_checksum(again) == before
    assert refused.value.problem == "inconsistent"
    assert "differs from the one this laptop already holds" in str(refused.value)
    return str(refused.value)


def test_a_value_version_changed_after_the_lead_holds_it_is_refused(
    world: World, lead_copy: AppServices, tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    def alter(d: PackageData) -> PackageData:
        target = next(f for f in d.answers if f.question_id == "voc_01")
        versions = tuple(v._replace(value="no") for v in target.versions)
        return replace(d, answers=tuple(f._replace(versions=versions) if f is target else f for f in d.answers))

    altered = rewrite(world.package, tmp_path / "altered.jicpa", data=alter)
    message = _held_then_refused(lead_copy, world, altered, bundled_catalogue)
    original = next(f for f in read_package(world.package, PASSPHRASE)[1].answers if f.question_id == "voc_01")
    assert original.versions[0].id in message


def test_a_value_version_the_lead_holds_for_another_file_is_refused(
    world: World, lead_copy: AppServices, tmp_path: Path, bundled_catalogue: FormCatalogue
) -> None:
    """The same version ids under a form response of another case file: the merge only holds the
    versions of the files a package names, so this one is caught when the insert clashes."""
    other_case = world.cases["TST24-01"]

    def move(d: PackageData) -> PackageData:
        moved = {r.id: str(uuid.uuid4()) for r in d.responses}
        case = replace(d.cases[0], id=other_case, reference="TST24-01", agency="children_services", kind="tracked")
        return replace(
            d,
            cases=(*d.cases, case),
            responses=tuple(replace(r, id=moved[r.id], case_id=other_case) for r in d.responses),
            rows=(),
            answers=tuple(f._replace(response_id=moved[f.response_id]) for f in d.answers if not f.row_id),
            grades=tuple(f._replace(response_id=moved[f.response_id]) for f in d.grades),
        )

    moved = rewrite(world.package, tmp_path / "moved.jicpa", data=move)
    _held_then_refused(lead_copy, world, moved, bundled_catalogue)
