"""The canonical encoding and SHA-256 of one audit event in its inspection's hash chain (docs/audit-trail.md).

Pure: the store links events with it (services/audit_chain.py) and the package reader checks a carried
chain with it (package_format), so both compute exactly the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from jicpa_desktop.domain.localized import LocalizedText

# The hash an inspection's first event links to: there is no event before it.
GENESIS = "0" * 64
# Names this encoding; a different encoding would get a new tag rather than change what this one means.
TAG = "jicpa-audit-event-1"

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


class ChainedEvent(NamedTuple):
    """An audit event's fields as the chain covers them, with its place and links."""

    id: str
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old_json: str | None
    new_json: str | None
    seq: int | None
    prev_hash: str | None
    hash: str | None


def canonical_bytes(inspection_id: str, seq: int, event: ChainedEvent | tuple[object, ...], prev_hash: str) -> bytes:
    """The exact bytes hashed: a compact JSON array, UTF-8, in this order (docs/audit-trail.md)."""
    e = event
    return _ENCODER.encode(
        [TAG, inspection_id, seq, e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], prev_hash]
    ).encode("utf-8")


def event_hash(inspection_id: str, seq: int, event: ChainedEvent | tuple[object, ...], prev_hash: str) -> str:
    """The SHA-256 (lower-case hex) of the event at position *seq*, linked to *prev_hash*."""
    return hashlib.sha256(canonical_bytes(inspection_id, seq, event, prev_hash)).hexdigest()


class BreakKind:
    """What can be wrong at a place in a chain (the words are in services/audit_chain.py and the package messages)."""

    NOT_LINKED = "not_linked"  # no position or hash: added around the chain
    EDITED = "edited"  # its fields do not give its hash: changed after it was written
    LINK = "link"  # it does not name the hash of the event before it: one before it removed, added or moved
    POSITION = "position"  # its position is not the next one: an event removed, or the order changed
    TAIL = "tail"  # the chain ends before its recorded head: the last events removed
    HEAD = "head"  # the last event is not the recorded head


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first place a chain does not hold, and what is wrong there."""

    kind: str
    event_id: str
    at: str
    seq: int | None
    expected: str = ""
    found: str = ""


@dataclass(frozen=True, slots=True)
class ChainCheck:
    events: int
    head_hash: str
    problem: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.problem is None


class Link(NamedTuple):
    """A place in a chain whose event is not at hand (left out of a partial package): only its hash."""

    seq: int
    hash: str


def check_chain(
    inspection_id: str,
    events: Iterable[ChainedEvent | Link],
    *,
    head: tuple[int, str] | None = None,
) -> ChainCheck:
    """Walk *events* in position order from the first; the first break, or None. *head* is (length, hash)
    of the chain as recorded where it was written: a chain that ends early lost its last events."""
    previous, expected_seq, count = GENESIS, 1, 0
    last: ChainedEvent | Link | None = None
    for item in events:
        if isinstance(item, Link):
            if item.seq != expected_seq:
                return ChainCheck(count, previous, ChainBreak(BreakKind.POSITION, "", "", item.seq,
                                                              str(expected_seq), str(item.seq)))
            previous, expected_seq, last = item.hash, expected_seq + 1, item
            continue
        if item.seq is None or item.hash is None or item.prev_hash is None:
            return ChainCheck(count, previous, ChainBreak(BreakKind.NOT_LINKED, item.id, item.at, item.seq))
        if item.seq != expected_seq:
            return ChainCheck(count, previous, ChainBreak(BreakKind.POSITION, item.id, item.at, item.seq,
                                                          str(expected_seq), str(item.seq)))
        if item.prev_hash != previous:
            return ChainCheck(count, previous, ChainBreak(BreakKind.LINK, item.id, item.at, item.seq,
                                                          previous, item.prev_hash))
        actual = event_hash(inspection_id, item.seq, item, item.prev_hash)
        if actual != item.hash:
            return ChainCheck(count, previous, ChainBreak(BreakKind.EDITED, item.id, item.at, item.seq,
                                                          item.hash, actual))
        previous, expected_seq, last = item.hash, expected_seq + 1, item
        count += 1
    if head is not None:
        length, head_hash = head
        if expected_seq - 1 < length:
            event_id = last.id if isinstance(last, ChainedEvent) else ""
            at = last.at if isinstance(last, ChainedEvent) else ""
            return ChainCheck(count, previous, ChainBreak(BreakKind.TAIL, event_id, at, expected_seq - 1,
                                                          str(length), str(expected_seq - 1)))
        if expected_seq - 1 != length or previous != head_hash:
            event_id = last.id if isinstance(last, ChainedEvent) else ""
            at = last.at if isinstance(last, ChainedEvent) else ""
            return ChainCheck(count, previous, ChainBreak(BreakKind.HEAD, event_id, at, expected_seq - 1,
                                                          head_hash, previous))
    return ChainCheck(count, previous, None)


def _short(digest: str) -> str:
    return digest[:12] + "…" if len(digest) > 12 else digest


def describe(problem: ChainBreak) -> LocalizedText:
    """What is wrong at the first break, in words, in English and Welsh."""
    kind = problem.kind
    if kind == BreakKind.NOT_LINKED:
        return LocalizedText(
            "it has no place in the chain (no position or hash): it was added to the file outside JICPA Desktop",
            "nid oes ganddo le yn y gadwyn (dim safle na stwnsh): fe'i ychwanegwyd at y ffeil y tu allan i "
            "JICPA Desktop",
        )
    if kind == BreakKind.EDITED:
        return LocalizedText(
            f"its contents do not give its recorded hash ({_short(problem.expected)}, the contents give "
            f"{_short(problem.found)}): it was changed after it was written",
            f"nid yw ei gynnwys yn rhoi'r stwnsh a gofnodwyd ({_short(problem.expected)}, mae'r cynnwys yn rhoi "
            f"{_short(problem.found)}): cafodd ei newid ar ôl iddo gael ei ysgrifennu",
        )
    if kind == BreakKind.LINK:
        return LocalizedText(
            f"it does not link to the event before it (it names {_short(problem.found)}, the event before it "
            f"hashes to {_short(problem.expected)}): an event before it was removed, added or moved",
            f"nid yw'n cysylltu â'r digwyddiad o'i flaen (mae'n enwi {_short(problem.found)}, stwnsh y "
            f"digwyddiad o'i flaen yw {_short(problem.expected)}): cafodd digwyddiad o'i flaen ei dynnu, ei "
            "ychwanegu neu ei symud",
        )
    if kind == BreakKind.POSITION:
        return LocalizedText(
            f"it is at position {problem.found} where position {problem.expected} was next: an event was removed "
            "or the order was changed",
            f"mae yn safle {problem.found} lle'r oedd safle {problem.expected} nesaf: cafodd digwyddiad ei dynnu "
            "neu newidiwyd y drefn",
        )
    if kind == BreakKind.TAIL:
        return LocalizedText(
            f"the chain ends after {problem.found} events but {problem.expected} were recorded: the last events "
            "were removed",
            f"mae'r gadwyn yn gorffen ar ôl {problem.found} digwyddiad ond cofnodwyd {problem.expected}: cafodd "
            "y digwyddiadau olaf eu tynnu",
        )
    return LocalizedText(
        "the last event is not the chain's recorded end: events were added or removed at the end",
        "nid y digwyddiad olaf yw diwedd cofnodedig y gadwyn: cafodd digwyddiadau eu hychwanegu neu eu tynnu ar "
        "y diwedd",
    )
