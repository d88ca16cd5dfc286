"""Small typed readers for JSON entries: each names the entry, the item and the field it refuses."""

from __future__ import annotations

import math
import re
from typing import Any

import orjson

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.package_format.errors import PackageError

_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")
_IDENT = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,99}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 1_000_000


def bad(where: str, why: say.Phrase | LocalizedText) -> PackageError:
    """A schema refusal: *where* names the entry, item and field; *why* is one of messages.py's phrases."""
    return say.BAD_SCHEMA.error(where=where, why=why)


def load_json(data: bytes, name: str) -> Any:
    """Parse an entry (UTF-8 JSON); anything else, NaN and integers beyond 64 bits included, is refused."""
    try:
        return orjson.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad(name, say.NOT_JSON) from None


def obj(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad(where, say.SHOULD_BE_OBJECT)
    return value


def array(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise bad(where, say.SHOULD_BE_LIST)
    return value


def text(d: dict[str, Any], key: str, where: str, *, allow_empty: bool = True) -> str:
    value = d.get(key)
    if not isinstance(value, str) or len(value) > MAX_TEXT or (not allow_empty and not value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_TEXT if allow_empty else say.SHOULD_BE_NON_EMPTY_TEXT)
    return value


def opt_text(d: dict[str, Any], key: str, where: str) -> str | None:
    if d.get(key) is None:
        return None
    return text(d, key, where)


def integer(d: dict[str, Any], key: str, where: str, *, minimum: int = 0) -> int:
    value = d.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum or value > 2**53:
        raise bad(f"{where}.{key}", say.SHOULD_BE_WHOLE_NUMBER.text(minimum=minimum))
    return value


def number(d: dict[str, Any], key: str, where: str) -> float:
    value = d.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_NUMBER)
    return float(value)


def boolean(d: dict[str, Any], key: str, where: str) -> bool:
    value = d.get(key)
    if not isinstance(value, bool):
        raise bad(f"{where}.{key}", say.SHOULD_BE_BOOLEAN)
    return value


def ident(d: dict[str, Any], key: str, where: str, *, allow_empty: bool = False) -> str:
    value = d.get(key)
    if allow_empty and value == "":
        return ""
    if not isinstance(value, str) or not _IDENT.fullmatch(value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_IDENT)
    return value


def stable_id(d: dict[str, Any], key: str, where: str, *, allow_empty: bool = False) -> str:
    value = d.get(key)
    if allow_empty and value == "":
        return ""
    if not isinstance(value, str) or not is_uuid(value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_STABLE_ID)
    return value


def opt_stable_id(d: dict[str, Any], key: str, where: str) -> str | None:
    if d.get(key) is None:
        return None
    return stable_id(d, key, where)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: str) -> bool:
    """A UUID in its canonical text form (lower-case, hyphenated), as every JICPA id is written."""
    return _UUID.fullmatch(value) is not None


# -- the fast path: plain yes/no answers for the common case, with no error locations built -------------
# A record reader tries these first and, on any doubt, hands the record to the full reader, which names
# the entry, item and field it refuses (tests/handover/test_package_fast_path.py keeps the two agreeing).


def is_text(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def is_id(value: object) -> bool:
    return type(value) is str and _UUID.fullmatch(value) is not None


def is_ident(value: object) -> bool:
    return type(value) is str and _IDENT.fullmatch(value) is not None


def is_sha256(value: object) -> bool:
    return type(value) is str and _SHA256.fullmatch(value) is not None


def sha256(d: dict[str, Any], key: str, where: str) -> str:
    value = d.get(key)
    if not is_sha256(value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_SHA256)
    return str(value)


def is_time(value: object) -> bool:
    return type(value) is str and _TIMESTAMP.fullmatch(value) is not None


def timestamp(d: dict[str, Any], key: str, where: str) -> str:
    value = d.get(key)
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise bad(f"{where}.{key}", say.SHOULD_BE_TIME)
    return value


def opt_timestamp(d: dict[str, Any], key: str, where: str) -> str | None:
    if d.get(key) is None:
        return None
    return timestamp(d, key, where)


def text_list(d: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = array(d.get(key), f"{where}.{key}")
    if not all(isinstance(i, str) for i in items):
        raise bad(f"{where}.{key}", say.SHOULD_BE_TEXT_LIST)
    return tuple(items)


def text_map(d: dict[str, Any], key: str, where: str) -> dict[str, str]:
    mapping = obj(d.get(key), f"{where}.{key}")
    if not all(isinstance(v, str) for v in mapping.values()):
        raise bad(f"{where}.{key}", say.SHOULD_MAP_TEXTS)
    return dict(mapping)


def json_value(value: object, where: str, depth: int = 0) -> object:
    """A JSON value as an answer may hold: null, text, number, or a list of texts."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise bad(where, say.SHOULD_NOT_BE_BOOLEAN)
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            raise bad(where, say.SHOULD_BE_FINITE)
        return value
    if isinstance(value, list) and depth == 0 and all(isinstance(i, str) for i in value):
        return value
    if isinstance(value, dict) and depth == 0:
        return {str(k): json_value(v, f"{where}.{k}", depth + 1) for k, v in value.items()}
    raise bad(where, say.NOT_AN_ANSWER_VALUE)
