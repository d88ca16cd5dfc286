"""The deletion certificate: one A4 page, English or Welsh, saying what an end-of-inspection wipe removed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, SimpleDocTemplate, Spacer, Table

from jicpa_desktop.exports.atomic_file import atomic_path
from jicpa_desktop.exports.pdf_styles import HEADER_LIGHT, MARGIN, PAGE_PORTRAIT, RULE, para, styles, table_style


@dataclass(frozen=True, slots=True)
class CertificateData:
    record_id: str
    inspection_name: str
    local_authority: str
    start_date: str
    end_date: str
    wiped_at: str
    wiped_by: str
    counts: dict[str, int]
    content_sha256: str
    audit_events: int
    audit_head: str
    audit_intact: bool
    archive_path: str | None
    archive_sha256: str | None
    files: tuple[tuple[str, str, str], ...]
    app_version: str


# What each kind of row is, for a reader who does not know the schema.
_KINDS = {
    "inspection": ("Inspection", "Arolygiad"),
    "team_member": ("Team members", "Aelodau'r tîm"),
    "local_identity": ("Who-I-am choices", "Dewisiadau pwy ydw i"),
    "case_file": ("Case files", "Ffeiliau achos"),
    "form_response": ("Forms answered", "Ffurflenni a atebwyd"),
    "repeat_row": ("Repeat rows", "Rhesi ailadrodd"),
    "answer": ("Answers and evidence notes", "Atebion a nodiadau tystiolaeth"),
    "field_version": ("Earlier values (history)", "Gwerthoedd cynharach (hanes)"),
    "merge_conflict": ("Merge conflicts", "Gwrthdaro uno"),
    "grade_moderation": ("Grade moderations", "Cymedroli graddau"),
    "id_alias": ("Retired ids", "Dynodwyr wedi'u hymddeol"),
    "audit_event": ("Audit events", "Digwyddiadau archwilio"),
    "audit_chain_head": ("Audit chain head", "Pen y gadwyn archwilio"),
    "form_snapshot": ("Form definitions no longer used", "Diffiniadau ffurflen nad ydynt yn cael eu defnyddio mwyach"),
    "package_log": ("Package log entries", "Cofnodion y log pecynnau"),
    "export_file": ("Export records", "Cofnodion allforio"),
}

_WORDS = {
    "title": ("Certificate of deletion", "Tystysgrif dileu"),
    "lead": ("JICPA Desktop deleted every record of this inspection from this laptop's database, its backups and "
             "the exports it knew of. The database file was then vacuumed and its write-ahead log emptied, so the "
             "deleted pages are no longer in the file. No child's data is in this certificate.",
             "Dileodd JICPA Desktop bob cofnod o'r arolygiad hwn o gronfa ddata'r gliniadur hwn, ei chopïau wrth "
             "gefn a'r allforion yr oedd yn gwybod amdanynt. Yna cafodd ffeil y gronfa ddata ei gwactod a'i log "
             "ysgrifennu-ymlaen ei wagio, felly nid yw'r tudalennau a ddilëwyd yn y ffeil mwyach. Nid oes data "
             "unrhyw blentyn yn y dystysgrif hon."),
    "inspection": ("Inspection", "Arolygiad"),
    "authority": ("Local authority", "Awdurdod lleol"),
    "dates": ("Inspection dates", "Dyddiadau'r arolygiad"),
    "when": ("Deleted at (UTC)", "Dilëwyd am (UTC)"),
    "who": ("Deleted by", "Dilëwyd gan"),
    "record": ("Deletion record", "Cofnod dileu"),
    "what": ("What was deleted", "Beth a ddilëwyd"),
    "kind": ("Kind", "Math"),
    "count": ("Number", "Nifer"),
    "checksum": ("SHA-256 of the deleted content", "SHA-256 y cynnwys a ddilëwyd"),
    "audit": ("Audit trail before deletion", "Trywydd archwilio cyn dileu"),
    "intact": ("{n} events, hash chain intact, head {head}", "{n} digwyddiad, cadwyn stwnsh yn gyfan, pen {head}"),
    "broken": ("{n} events, hash chain BROKEN, head {head}", "{n} digwyddiad, cadwyn stwnsh WEDI TORRI, pen {head}"),
    "archive": ("Archive package kept", "Pecyn archif a gadwyd"),
    "no_archive": ("none was made", "ni wnaed un"),
    "files": ("Files deleted", "Ffeiliau a ddilëwyd"),
    "backups": ("{n} database backup(s), {e} export(s)", "{n} copi wrth gefn o'r gronfa ddata, {e} allforiad"),
    "version": ("JICPA Desktop version", "Fersiwn JICPA Desktop"),
    "signature": ("Checked by (data-protection officer): ____________________   Date: ____________",
                  "Gwiriwyd gan (swyddog diogelu data): ____________________   Dyddiad: ____________"),
}


def _w(key: str, lang: str, **values: object) -> str:
    en, cy = _WORDS[key]
    return (cy if lang == "cy" else en).format(**values)


def _kind(table: str, lang: str) -> str:
    en, cy = _KINDS.get(table, (table, table))
    return cy if lang == "cy" else en


def write_certificate(path: Path, data: CertificateData, *, lang: str = "en") -> Path:
    s = styles()
    width = PAGE_PORTRAIT[0] - 2 * MARGIN
    facts = [
        (_w("inspection", lang), data.inspection_name),
        (_w("authority", lang), data.local_authority),
        (_w("dates", lang), f"{data.start_date} – {data.end_date}"),
        (_w("when", lang), data.wiped_at),
        (_w("who", lang), data.wiped_by),
        (_w("record", lang), data.record_id),
    ]
    fact_table = Table([[para(k, s["body"], bold=True), para(v, s["body"])] for k, v in facts],
                       colWidths=[45 * mm, width - 45 * mm])
    fact_table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    counted = [(t, n) for t, n in sorted(data.counts.items(), key=lambda item: -item[1]) if n]
    count_rows = [[para(_w("kind", lang), s["head"]), para(_w("count", lang), s["head"])]]
    count_rows += [[para(_kind(t, lang), s["small"]), para(f"{n:,}", s["small"])] for t, n in counted]
    count_table = Table(count_rows, colWidths=[width - 30 * mm, 30 * mm])
    count_table.setStyle(table_style([("BACKGROUND", (0, 0), (-1, 0), HEADER_LIGHT),
                                      ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    backups = sum(1 for kind, _, outcome in data.files if kind == "backup" and outcome == "deleted")
    exports = sum(1 for kind, _, outcome in data.files if kind == "export" and outcome == "deleted")
    audit = _w("intact" if data.audit_intact else "broken", lang, n=data.audit_events, head=data.audit_head)
    archive = (_w("no_archive", lang) if data.archive_path is None
               else f"{data.archive_path} (SHA-256 {data.archive_sha256})")
    story = [
        para(_w("title", lang), s["title"]),
        para(_w("lead", lang), s["body"]),
        Spacer(1, 4 * mm),
        fact_table,
        para(_w("what", lang), s["h2"]),
        count_table,
        para(_w("checksum", lang), s["h3"]),
        para(data.content_sha256, s["small"]),
        para(_w("audit", lang), s["h3"]),
        para(audit, s["small"]),
        para(_w("archive", lang), s["h3"]),
        para(archive, s["small"]),
        para(_w("files", lang), s["h3"]),
        para(_w("backups", lang, n=backups, e=exports), s["small"]),
        para(_w("version", lang), s["h3"]),
        para(data.app_version, s["small"]),
        Spacer(1, 10 * mm),
        para(_w("signature", lang), s["body"]),
    ]
    frame_height = PAGE_PORTRAIT[1] - 2 * MARGIN
    # One page whatever the counts: shrunk to fit rather than spilling onto a second.
    page = KeepInFrame(width, frame_height, story, mode="shrink")
    with atomic_path(path) as temporary:
        document = SimpleDocTemplate(str(temporary), pagesize=PAGE_PORTRAIT, leftMargin=MARGIN, rightMargin=MARGIN,
                                     topMargin=MARGIN, bottomMargin=MARGIN, title=_w("title", lang),
                                     author="JICPA Desktop", lang="cy-GB" if lang == "cy" else "en-GB")
        document.build([page])
    return Path(path)
