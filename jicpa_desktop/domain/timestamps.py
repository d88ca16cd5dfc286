"""UTC timestamps as sortable ISO-8601 text, the form every layer stores and exchanges."""

from __future__ import annotations

import datetime as dt


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_iso(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("timestamps must be time-zone aware (UTC)")
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now_iso() -> str:
    return to_iso(utc_now())


def from_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
