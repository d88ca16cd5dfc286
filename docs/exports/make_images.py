"""Rebuild the pictures in docs/exports/ from the demo inspection: `python docs/exports/make_images.py [NAME ...]`
(names given: only those pictures, e.g. `grid-pdf-escalations xlsx-escalations`; `grid-forms` makes the first grid
page of every form, in docs/exports/grid-forms/).

Needs pdftoppm (poppler-utils) and soffice (LibreOffice) on PATH; writes PNGs at 60 dpi.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from jicpa_desktop.composition import build_services  # noqa: E402

ESCALATIONS_NOTE = "Every form flagged as an immediate"  # the first words under the escalations' heading
# (source, page, picture name)
PDF_PAGES = (("grid.pdf", 1, "grid-pdf-cover"), ("grid.pdf", "escalations", "grid-pdf-escalations"),
             ("grid.pdf", "voice", "grid-pdf-grid"),
             ("grid.pdf", "summary", "grid-pdf-summary"), ("grid.pdf", "findings", "grid-pdf-findings"),
             ("grid-cy.pdf", "cy", "grid-pdf-grid-cy"), ("case.pdf", 1, "case-pdf-1"), ("case.pdf", 3, "case-pdf-3"))
XLSX_PAGES = ((1, "xlsx-grid"), ("Summary of answers", "xlsx-summary"),
              ("Findings gathered", "xlsx-findings"), ("Evidence notes", "xlsx-evidence"),
              (ESCALATIONS_NOTE, "xlsx-escalations"), ("Warnings to check with the record", "xlsx-flags"),
              ("About this export", "xlsx-about"))


def _page_with(pdf: Path, needle: str) -> int:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for number, page in enumerate(text.split("\f"), start=1):
        if needle in page:
            return number
    raise SystemExit(f"{needle!r} not found in {pdf}")


def _png(pdf: Path, page: int, name: str, dpi: int = 60) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(HERE / name)], check=True)
    print(f"docs/exports/{name}.png  ({pdf.name} page {page})")


def _form_pages(pdf: Path, titles: list[tuple[str, str]]) -> None:
    """The first grid page of every form block (the page whose table has the form's title over the file columns)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    (HERE / "grid-forms").mkdir(exist_ok=True)
    for old in (HERE / "grid-forms").glob("*.png"):
        old.unlink()
    after = 0  # the forms' tables follow one another in the grid's order: search on from the last one found
    for number, (form_id, title) in enumerate(titles, start=1):
        needle = " ".join(title.split()[:3])  # a long title may wrap in the heading cell
        page = next((n for n, words in enumerate(pages, start=1)
                     if n > after and needle in " ".join(words.split()) and "/ tracked" in words), None)
        if page is None:
            raise SystemExit(f"no grid page for {title!r} in {pdf}")
        after = page
        _png(pdf, page, f"grid-forms/{number:02d}-{form_id}", dpi=45)


def main(only: set[str]) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        # The demo database is encrypted like any other: a throwaway passphrase, so nothing waits for a person.
        passphrase_file = folder / "db-passphrase.txt"
        passphrase_file.write_text("pictures of a fictional inspection\n", encoding="utf-8")
        os.environ.setdefault("JICPA_DB_PASSPHRASE_FILE", str(passphrase_file))
        services = build_services(folder / "demo.sqlite3", actor="Demo Lead (CIW)")
        inspection_id = services.demo.build()
        services.exports.xlsx(inspection_id, folder / "grid.xlsx")
        services.exports.pdf(inspection_id, folder / "grid.pdf")
        services.exports.pdf(inspection_id, folder / "grid-cy.pdf", lang="cy")
        titles = [(form.form_id, form.title) for form in services.exports.grid(inspection_id).forms]
        case = next(c for c in services.cases.list(inspection_id) if c.escalated)
        services.exports.case_pdf(case.id, folder / "case.pdf")
        services.close()
        for source, page, name in PDF_PAGES:
            if only and name not in only:
                continue
            pdf = folder / source
            number = page if isinstance(page, int) else _page_with(pdf, {
                "summary": "Summary of answers", "findings": "Findings gathered", "escalations": ESCALATIONS_NOTE,
                "cy": "Llais y plentyn a'i brofiad o fywyd (rhan 1",
                "voice": "Voice of the child and lived experience (part 1"}[page])
            _png(pdf, number, name)
        if not only or "grid-forms" in only:
            _form_pages(folder / "grid.pdf", titles)
        if only and not only & {name for _, name in XLSX_PAGES}:
            return
        profile = folder / "lo-profile"
        subprocess.run([shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile.as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(folder / "grid.xlsx")],
                       check=True, capture_output=True, env={**os.environ, "HOME": str(folder)})
        rendered = folder / "lo" / "grid.pdf"
        for page, name in XLSX_PAGES:
            if only and name not in only:
                continue
            _png(rendered, page if isinstance(page, int) else _page_with(rendered, page), name)


if __name__ == "__main__":
    main(set(sys.argv[1:]))
