"""Screenshots of the data-quality flags: a file's flags on the case view and the dashboard's count and filter, in
English and Welsh at 1366×768, grabbed offscreen (`python -m docs.make_data_quality_screenshots [en] [cy]`)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from docs.screenshot_kit import OUT, SIZE, save, throwaway_passphrase, wait_until

REFERENCE = "DMO24-07"


def _inspection(path: Path) -> tuple[str, str]:
    """A fictional inspection: one file with a flag of most kinds, a few clean ones, one more flagged."""
    from jicpa_desktop.composition import build_services

    services = build_services(path, actor="Lena Lead (CIW)")
    try:
        inspection_id = services.inspections.create(
            name="Demoshire JICPA (fictional)", local_authority="Demoshire", start="2024-01-15", end="2024-01-19",
            inspectorates=["ciw", "hiw", "hmicfrs", "estyn"], enabled_forms=[f.id for f in services.forms.all()])
        case_id = services.cases.add(inspection_id, reference=REFERENCE, agency="children_services",
                                     kind="sampled", age_band="1_4", inspector=None)
        for question_id, value in (("cr_02", "tracked"), ("cr_05", "2023-07-01"), ("cr_05_end", "2024-01-12"),
                                   ("cr_06", "5_11"), ("cr_09", "yes"), ("cr_09_language", "welsh")):
            services.answers.set_answer(case_id, "case_record", question_id, value)
        services.answers.set_answer(case_id, "case_record", "cr_08", "no",
                                    evidence="Front sheet and assessment read: the ethnicity field is blank.")
        services.answers.set_answer(case_id, "strategy_s47", "st_01", "face_to_face")
        services.answers.set_answer(case_id, "strategy_s47", "st_01_date", "2023-11-01")
        services.answers.set_answer(case_id, "cp_conference_core_group", "cc_02_icpc_date", "2023-10-20")
        services.answers.set_answer(case_id, "front_door_decision", "fd_01", "2023-06-12")
        for number, agency in ((1, "health"), (2, "police"), (3, "education")):
            other = services.cases.add(inspection_id, reference=f"DMO24-0{number}", agency=agency, kind="sampled")
            services.answers.set_answer(other, "case_record", "cr_02", "sampled")
            services.answers.set_answer(other, "case_record", "cr_09", "no" if agency == "police" else "yes")
        return inspection_id, case_id
    finally:
        services.close()


def _shots(db: Path, settings: Path, inspection_id: str, case_id: str, language: str) -> None:
    from jicpa_desktop.ui.app import StartOptions, start
    from jicpa_desktop.ui.settings import UiSettings

    UiSettings(settings).set_last_inspection(db, inspection_id)
    window = start(StartOptions(db_path=db, settings_file=settings, language=language, actor="Lena Lead (CIW)"))
    assert window is not None
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: window.dashboard is not None and window.dashboard.flags_label.text() != "")
    dashboard = window.dashboard
    assert dashboard is not None
    dashboard.flagged_only.setChecked(True)
    save(window, f"data-quality-dashboard-{language}.png")
    window.open_case(case_id)
    page = window.case_page
    assert page is not None
    wait_until(lambda: page.flags_list.count() > 0)
    save(window, f"data-quality-case-{language}.png")
    window.close()


def take(languages: tuple[str, ...]) -> None:
    from jicpa_desktop.ui.app import create_application

    create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.sqlite3"
        inspection_id, case_id = _inspection(db)
        for language in languages:
            _shots(db, folder / f"settings-{language}.ini", inspection_id, case_id, language)


def main() -> int:
    from jicpa_desktop.store.encryption.keys import use_insecure_kdf_for_tests

    use_insecure_kdf_for_tests()  # a throwaway database: its key need not resist guessing
    with tempfile.TemporaryDirectory() as tmp:
        throwaway_passphrase(Path(tmp), "screenshots of a fictional inspection")
        take(tuple(sys.argv[1:]) or ("en", "cy"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
