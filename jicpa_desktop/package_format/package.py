"""Writing and reading whole packages: data ⇄ entries ⇄ archive ⇄ envelope, with every check on the way in."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from jicpa_desktop.domain.audit_hash import ChainedEvent, Link, check_chain, describe
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.package_format import checks as c
from jicpa_desktop.package_format import limits
from jicpa_desktop.package_format import messages as say
from jicpa_desktop.package_format import model as m
from jicpa_desktop.package_format.archive import read_archive, write_archive
from jicpa_desktop.package_format.envelope import KeyCache, inspection_salt, open_envelope, seal
from jicpa_desktop.package_format.genograms import GENOGRAMS, parse_genograms
from jicpa_desktop.package_format.observations import OBSERVATIONS, parse_observations


def _encode(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def data_entries(data: m.PackageData) -> dict[str, bytes]:
    entries = {
        m.INSPECTION: _encode(data.inspection.to_json()),
        m.CASES: _encode(
            [
                {
                    "id": x.id,
                    "reference": x.reference,
                    "agency": x.agency,
                    "kind": x.kind,
                    "age_band": x.age_band,
                    "inspector_id": x.inspector_id,
                    "created_at": x.created_at,
                    "updated_at": x.updated_at,
                }
                for x in data.cases
            ]
        ),
        m.RESPONSES: _encode(
            [
                {
                    "id": x.id,
                    "case_id": x.case_id,
                    "form_id": x.form_id,
                    "form_version": x.form_version,
                    "created_at": x.created_at,
                    "updated_at": x.updated_at,
                    "updated_by": x.updated_by,
                }
                for x in data.responses
            ]
        ),
        m.ROWS: _encode(
            [
                {
                    "id": x.id,
                    "response_id": x.response_id,
                    "group_id": x.group_id,
                    "position": x.position,
                    "deleted": x.deleted,
                    "created_at": x.created_at,
                    "updated_at": x.updated_at,
                    "updated_by": x.updated_by,
                }
                for x in data.rows
            ]
        ),
        m.ANSWERS: _encode([f.to_json() for f in data.answers]),
        m.GRADES: _encode([f.to_json() for f in data.grades]),
        m.AUDIT: _encode([x.to_json() for x in data.audit]),
        m.ALIASES: _encode(
            [{"entity": x.entity, "alias_id": x.alias_id, "canonical_id": x.canonical_id} for x in data.aliases]
        ),
    }
    if data.audit_chain is not None:
        entries[m.AUDIT_CHAIN] = _encode(data.audit_chain.to_json())
    if data.genograms:
        entries[GENOGRAMS] = _encode([g.to_json() for g in data.genograms])
    if data.observations:
        entries[OBSERVATIONS] = _encode([o.to_json() for o in data.observations])
    # Always written from version 2 on, so a reader can tell "nothing removed" from "a version 1 package".
    entries[m.REMOVED_CASES] = _encode([x.to_json() for x in data.removed_cases])
    entries[m.CONVERSATIONS] = _encode([x.to_json() for x in data.conversations])
    for s in data.snapshots:
        entries[m.snapshot_entry(s.form_id, s.version)] = _encode(
            {"form_id": s.form_id, "version": s.version, "source_text": s.source_text, "standard_text": s.standard_text}
        )
    return entries


def build_archive(manifest: m.Manifest, data: m.PackageData) -> tuple[m.Manifest, bytes]:
    entries = data_entries(data)
    listed = {name: (hashlib.sha256(blob).hexdigest(), len(blob)) for name, blob in entries.items()}
    manifest = replace(manifest, entries=listed)
    entries[m.MANIFEST] = _encode(manifest.to_json())
    return manifest, write_archive(entries)


def write_package(
    path: Path, manifest: m.Manifest, data: m.PackageData, passphrase: str | None, *, scrypt_n: int = limits.SCRYPT_N
) -> tuple[m.Manifest, int]:
    """Write atomically (temporary file, fsync, rename); returns the final manifest and the size in bytes."""
    manifest = replace(manifest, encrypted=passphrase is not None)
    manifest, archive = build_archive(manifest, data)
    blob = seal(archive, passphrase, scrypt_n=scrypt_n, salt=inspection_salt(manifest.inspection_id))
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "wb") as handle:
        handle.write(blob)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    return manifest, len(blob)


def read_package(path: Path, passphrase: str | None) -> tuple[m.Manifest, m.PackageData]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_PACKAGE_BYTES:
            raise say.PACKAGE_TOO_LARGE.error(file=path.name, size=size, limit=limits.MAX_PACKAGE_BYTES)
        blob = path.read_bytes()
    except OSError as error:
        raise say.CANNOT_READ.error(path=path, reason=error.strerror) from None
    return read_package_bytes(blob, passphrase)


def open_package_bytes(
    blob: bytes, passphrase: str | None, keys: KeyCache | None = None
) -> tuple[m.Manifest, dict[str, bytes]]:
    """Decrypt, unpack within the limits and hash-check every entry: the manifest and the raw entries.

    The costly parts (scrypt, AES-GCM, inflating, SHA-256) release the GIL, so several packages can be
    opened on worker threads while another thread parses; parse_entries() does the rest.
    """
    envelope = open_envelope(blob, passphrase, keys)
    entries = read_archive(envelope.archive)
    if m.MANIFEST not in entries:
        raise say.NO_MANIFEST.error()
    manifest = m.Manifest.parse(c.load_json(entries.pop(m.MANIFEST), m.MANIFEST))
    if manifest.encrypted != envelope.encrypted:
        raise say.PROTECTION_MISMATCH.error()
    for name in entries:
        if name not in manifest.entries:
            raise say.UNLISTED_ENTRY.error(name=name)
    for name, (digest, size) in manifest.entries.items():
        blob_entry = entries.get(name)
        if blob_entry is None:
            raise say.LISTED_ENTRY_MISSING.error(name=name)
        actual = hashlib.sha256(blob_entry).hexdigest()
        if not hmac.compare_digest(actual, digest) or len(blob_entry) != size:
            raise say.ENTRY_HASH_MISMATCH.error(name=name)
    for name in m.DATA_ENTRIES:
        if name not in entries:
            raise say.DATA_ENTRY_MISSING.error(name=name)
    return manifest, entries


_Record = TypeVar("_Record")


def _items(entries: dict[str, bytes], name: str) -> list[tuple[dict[str, Any], str]]:
    return [
        (c.obj(item, f"{name}[{i}]"), f"{name}[{i}]")
        for i, item in enumerate(c.array(c.load_json(entries[name], name), name))
    ]


def _records(
    entries: dict[str, bytes],
    name: str,
    fast: Callable[[object], _Record | None],
    full: Callable[[dict[str, Any], str], _Record],
) -> tuple[_Record, ...]:
    """Read the list entry *name*: each item through the fast reader, or the full one, which names problems."""
    records = []
    for i, item in enumerate(c.array(c.load_json(entries[name], name), name)):
        record = fast(item)
        if record is None:
            where = f"{name}[{i}]"
            record = full(c.obj(item, where), where)
        records.append(record)
    return tuple(records)


def read_package_bytes(blob: bytes, passphrase: str | None) -> tuple[m.Manifest, m.PackageData]:
    """Open, authenticate, bound, hash-check and schema-check a package; nothing is written anywhere."""
    manifest, entries = open_package_bytes(blob, passphrase)
    return manifest, parse_entries(manifest, entries)


def parse_entries(manifest: m.Manifest, entries: dict[str, bytes]) -> m.PackageData:
    """The data of an opened package, every record schema-checked and the whole checked for consistency."""
    snapshots = []
    for name in sorted(entries):
        if name.startswith("forms/"):
            snapshot = m.SnapshotData.parse(c.load_json(entries[name], name), name)
            if m.snapshot_entry(snapshot.form_id, snapshot.version) != name:
                raise c.bad(name, say.NAMES_OTHER_FORM_VERSION)
            snapshots.append(snapshot)
    data = m.PackageData(
        inspection=m.InspectionData.parse(c.load_json(entries[m.INSPECTION], m.INSPECTION)),
        cases=tuple(m.CaseData.parse(d, w) for d, w in _items(entries, m.CASES)),
        responses=tuple(m.ResponseData.parse(d, w) for d, w in _items(entries, m.RESPONSES)),
        rows=tuple(m.RowData.parse(d, w) for d, w in _items(entries, m.ROWS)),
        answers=_records(entries, m.ANSWERS, m.FieldData.parse_fast, m.FieldData.parse),
        grades=_records(entries, m.GRADES, m.FieldData.parse_fast, m.FieldData.parse),
        audit=_records(entries, m.AUDIT, m.AuditData.parse_fast, m.AuditData.parse),
        aliases=tuple(m.AliasData.parse(d, w) for d, w in _items(entries, m.ALIASES)),
        snapshots=tuple(snapshots),
        audit_chain=m.AuditChainData.parse(c.load_json(entries[m.AUDIT_CHAIN], m.AUDIT_CHAIN))
        if m.AUDIT_CHAIN in entries
        else None,
    )
    data = replace(
        data,
        genograms=parse_genograms(entries.get(GENOGRAMS), {x.id for x in data.cases}),
        observations=parse_observations(entries.get(OBSERVATIONS)),
        removed_cases=tuple(m.RemovedCaseData.parse(d, w) for d, w in _items(entries, m.REMOVED_CASES))
        if m.REMOVED_CASES in entries
        else (),
        conversations=tuple(m.ConversationData.parse(d, w) for d, w in _items(entries, m.CONVERSATIONS))
        if m.CONVERSATIONS in entries
        else (),
    )
    if data.inspection.id != manifest.inspection_id:
        raise say.DATA_OTHER_INSPECTION.error()
    check_structure(data)
    check_audit_chain(data)
    return data


def check_audit_chain(data: m.PackageData) -> None:
    """The exporter's audit chain, as carried: every position from 1 to its length is an event or a link,
    each event's contents give its hash and name the hash before it, and the last is the head."""
    chain = data.audit_chain
    if chain is None:
        if any(e.seq is not None for e in data.audit):
            raise say.AUDIT_CHAIN_MISSING.error()
        return
    places: dict[int, m.AuditData | m.ChainLink] = {}
    items: list[m.AuditData | m.ChainLink] = [*data.audit, *chain.links]
    for item in items:
        seq = item.seq
        if seq is None:
            raise say.AUDIT_EVENT_UNCHAINED.error(event=item.id if isinstance(item, m.AuditData) else "")
        if seq in places or seq > chain.length:
            raise say.AUDIT_CHAIN_PLACES.error(position=seq, length=chain.length)
        places[seq] = item
    if len(places) != chain.length:
        missing = next(seq for seq in range(1, chain.length + 1) if seq not in places)
        raise say.AUDIT_CHAIN_PLACES.error(position=missing, length=chain.length)
    walk = (
        Link(item.seq, item.hash) if isinstance(item, m.ChainLink) else ChainedEvent(*item)
        for item in (places[seq] for seq in range(1, chain.length + 1))
    )
    check = check_chain(data.inspection.id, walk, head=(chain.length, chain.head))
    if check.problem is not None:
        p = check.problem
        raise say.AUDIT_CHAIN_BROKEN.error(
            event=p.event_id or "—", at=p.at or "—", position=p.seq if p.seq is not None else "—", what=describe(p)
        )


def check_structure(data: m.PackageData) -> None:
    """Internal consistency that needs no database: unique ids, references that resolve, closed histories."""

    def unique(ids: list[str], what: say.Phrase) -> set[str]:
        found = set(ids)
        if len(found) != len(ids):
            raise say.DUPLICATE_ID.error(what=what)
        return found

    team = unique([t.id for t in data.inspection.team], say.ID_TEAM_MEMBER)
    unique([t.name for t in data.inspection.team], say.ID_TEAM_MEMBER_NAME)
    cases = unique([x.id for x in data.cases], say.ID_CASE_FILE)
    unique([f"{x.reference}\x00{x.agency}" for x in data.cases], say.ID_CASE_REFERENCE)
    responses = unique([x.id for x in data.responses], say.ID_FORM_RESPONSE)
    unique([f"{x.case_id}\x00{x.form_id}" for x in data.responses], say.ID_CASE_AND_FORM)
    rows = {x.id: x for x in data.rows}
    if len(rows) != len(data.rows):
        raise say.DUPLICATE_ROW.error()
    for x in data.cases:
        if x.inspector_id is not None and x.inspector_id not in team:
            raise say.INSPECTOR_NOT_IN_TEAM.error(reference=x.reference)
    unique([x.id for x in data.removed_cases], say.ID_REMOVED_CASE)
    unique([f"{x.case_id}\x00{x.person}" for x in data.conversations], say.ID_CONVERSATION)
    for conversation in data.conversations:
        if conversation.case_id not in cases:
            raise say.CONVERSATION_WITHOUT_CASE.error(person=conversation.person)
        if conversation.member_id is not None and conversation.member_id not in team:
            raise say.CONVERSATION_MEMBER_NOT_IN_TEAM.error(person=conversation.person)
    for i, observation in enumerate(data.observations):
        if observation.observer_id is not None and observation.observer_id not in team:
            raise c.bad(f"{OBSERVATIONS}[{i}].observer_id", LocalizedText(
                "names an observer who is not in the package's team", "yn enwi arsylwr nad yw yn nhîm y pecyn"))
    for response in data.responses:
        if response.case_id not in cases:
            raise say.RESPONSE_WITHOUT_CASE.error(id=response.id)
    for row in data.rows:
        if row.response_id not in responses:
            raise say.ROW_WITHOUT_RESPONSE.error(id=row.id)
    keys: set[tuple[str, str, str, str]] = set()
    version_ids: set[str] = set()
    for f in (*data.answers, *data.grades):
        key = (f.entity, f.response_id, f.question_id, f.row_id)
        if key in keys:
            raise say.DUPLICATE_FIELD.error(field=f.question_id or f.entity)
        keys.add(key)
        if f.response_id not in responses:
            raise say.ANSWER_WITHOUT_RESPONSE.error(question=f.question_id)
        if f.row_id and (f.row_id not in rows or rows[f.row_id].response_id != f.response_id):
            raise say.ANSWER_ROW_MISSING.error(question=f.question_id)
        own = {v.id for v in f.versions}
        if len(own) != len(f.versions) or own & version_ids:
            raise say.DUPLICATE_VERSION.error()
        version_ids |= own
        for v in f.versions:
            missing = [p for p in v.parents if p not in own]
            if missing or v.id in v.parents:
                raise say.HISTORY_INCOMPLETE.error(field=f.question_id or f.entity)
        _check_acyclic(f)


def _check_acyclic(f: m.FieldData) -> None:
    parents = {v.id: v.parents for v in f.versions}
    state: dict[str, int] = {}
    for start in parents:
        stack = [(start, iter(parents[start]))]
        if state.get(start) == 2:
            continue
        state[start] = 1
        while stack:
            node, children = stack[-1]
            nxt = next(children, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                raise say.HISTORY_LOOP.error()
            elif state.get(nxt) is None:
                state[nxt] = 1
                stack.append((nxt, iter(parents[nxt])))
