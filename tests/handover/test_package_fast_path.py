"""The package readers' fast path: it takes every well-formed record, and never accepts what the full reader
refuses nor reads a record differently. Anything it doubts goes to the full reader, which names the problem."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jicpa_desktop.package_format import AuditData, FieldData, PackageError, VersionData
from jicpa_desktop.package_format import checks as c

ID = str(uuid.UUID(int=1))
ID2 = str(uuid.UUID(int=2))
AT = "2024-01-15T09:30:00.000000Z"


def version(**change: object) -> dict[str, Any]:
    return {"id": ID, "parents": [], "value": "yes", "evidence": "", "author": "Ann", "at": AT, **change}


def field(**change: object) -> dict[str, Any]:
    return {
        "entity": "answer",
        "response_id": ID,
        "question_id": "voc_01",
        "row_id": "",
        "answer_id": ID2,
        "versions": [version()],
        **change,
    }


def event(**change: object) -> dict[str, Any]:
    return {
        "id": ID,
        "at": AT,
        "actor": "Ann",
        "action": "create",
        "entity": "answer",
        "entity_id": ID2,
        "field": "voice_of_child.voc_01",
        "old_json": None,
        "new_json": '"yes"',
        **change,
    }


WELL_FORMED = [
    (VersionData, version()),
    (VersionData, version(parents=[ID2, str(uuid.UUID(int=3))], value=["a", "b"], evidence="Seen.")),
    (VersionData, version(value=None)),
    (VersionData, version(value=3.5)),
    (VersionData, version(value={"a": "x", "b": 2})),
    (FieldData, field()),
    (FieldData, field(row_id=str(uuid.UUID(int=9)))),
    (FieldData, field(entity="grade", question_id="", answer_id="", versions=[version(value={"final_grade": None})])),
    (AuditData, event()),
    (AuditData, event(old_json='"no"', new_json=None)),
]


@pytest.mark.parametrize(("record", "item"), WELL_FORMED)
def test_well_formed_records_take_the_fast_path_and_read_as_the_full_reader_reads_them(
    record: Any, item: dict[str, Any]
) -> None:
    fast = record.parse_fast(item)
    assert fast is not None
    assert fast == record.parse(item, "entry[0]")


# Values that break one field or another: wrong types, near-miss ids and times, booleans, oversize text.
ODD_VALUES = st.sampled_from(
    [
        None,
        "",
        True,
        0,
        -1,
        1.5,
        float("nan"),
        [],
        ["x"],
        [ID, ID],
        [1],
        {},
        {"k": True},
        {"k": ["x"]},
        ID.upper(),
        ID[:-1],
        ID + " ",
        "2024-01-15 09:30:00Z",
        "2024-01-15T09:30:00Z",
        AT,
        "voc_01",
        "9bad",
        "a" * (c.MAX_TEXT + 1),
        "answer",
        "moderation",
    ]
)


def _agrees(record: Any, item: object) -> None:
    fast = record.parse_fast(item)
    if fast is None:
        return  # the full reader decides, and names the problem if there is one
    assert isinstance(item, dict)
    try:
        full = record.parse(item, "entry[0]")
    except PackageError as error:
        pytest.fail(f"the fast path accepted what the full reader refuses: {error.message}")
    assert fast == full


def _mutated(base: Callable[..., dict[str, Any]], keys: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.sampled_from(keys), ODD_VALUES, max_size=3).map(lambda change: base(**change))


@given(_mutated(version, ["id", "parents", "value", "evidence", "author", "at"]))
def test_a_version_is_never_read_differently(item: dict[str, Any]) -> None:
    _agrees(VersionData, item)


@given(_mutated(field, ["entity", "response_id", "question_id", "row_id", "answer_id", "versions"]))
def test_a_field_is_never_read_differently(item: dict[str, Any]) -> None:
    _agrees(FieldData, item)


@given(_mutated(event, ["id", "at", "actor", "action", "entity", "entity_id", "field", "old_json", "new_json"]))
def test_an_audit_event_is_never_read_differently(item: dict[str, Any]) -> None:
    _agrees(AuditData, item)


@given(st.sampled_from(["id", "parents", "value", "author", "at", "evidence"]))
def test_a_version_missing_a_key_goes_to_the_full_reader(key: str) -> None:
    item = version()
    del item[key]
    assert VersionData.parse_fast(item) is None
    with pytest.raises(PackageError):
        VersionData.parse(item, "entry[0]")


def test_non_objects_go_to_the_full_reader() -> None:
    for record in (VersionData, FieldData, AuditData):
        assert record.parse_fast(["not", "an", "object"]) is None
