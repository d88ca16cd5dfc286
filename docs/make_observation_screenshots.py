"""Screenshots of the meeting observations window (three observed meetings, one open) in English and Welsh at
1366×768, grabbed offscreen (`python -m docs.make_observation_screenshots [en] [cy]`)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from docs.screenshot_kit import OUT, SIZE, save, throwaway_passphrase, wait_until

# (date, meeting type, agencies present, key agencies absent, answers to mob_03..mob_09, the note on a No)
MEETINGS = (
    ("2024-01-15", "mash_strategy", ["childrens_services", "police", "health"], ["education"],
     ["yes", "yes", "partly", "yes", "yes", "yes", "partly"], None),
    ("2024-01-16", "core_group", ["childrens_services", "health", "education"], ["police"],
     ["yes", "partly", "yes", "no", "yes", "partly", "yes"],
     "Actions were agreed but none had an owner or a date; the chair did not check them at the close."),
    ("2024-01-17", "icpc", ["childrens_services", "police", "health", "education"], ["none"],
     ["yes", "yes", "yes", "yes", "yes", "yes", "yes"], None),
)


def _inspection(path: Path) -> str:
    """A fictional inspection with three observed meetings, answered as an inspector would."""
    from jicpa_desktop.composition import build_services

    services = build_services(path, actor="Lena Lead (CIW)")
    try:
        inspection_id = services.inspections.create(
            name="Demoshire JICPA (fictional)", local_authority="Demoshire", start="2024-01-15", end="2024-01-19",
            inspectorates=["ciw", "hiw", "hmicfrs", "estyn"], enabled_forms=[f.id for f in services.forms.all()])
        for day, kind, present, absent, answers, note in MEETINGS:
            observation = services.observations.add(inspection_id, day)
            services.observations.set_answer(observation.id, "mob_01", kind)
            services.observations.set_answer(observation.id, "mob_02", present)
            services.observations.set_answer(observation.id, "mob_02_absent", absent)
            for number, answer in enumerate(answers, start=3):
                services.observations.set_answer(observation.id, f"mob_{number:02d}", answer)
                if answer == "no" and note is not None:
                    services.observations.set_evidence(observation.id, f"mob_{number:02d}", note)
        return inspection_id
    finally:
        services.close()


def _shots(db: Path, settings: Path, inspection_id: str, language: str) -> None:
    from jicpa_desktop.ui.app import StartOptions, start
    from jicpa_desktop.ui.observations import ObservationsWindow
    from jicpa_desktop.ui.settings import UiSettings

    UiSettings(settings).set_last_inspection(db, inspection_id)
    main = start(StartOptions(db_path=db, settings_file=settings, language=language, actor="Lena Lead (CIW)"))
    assert main is not None
    main.resize(*SIZE)
    main.show()
    wait_until(lambda: main.dashboard is not None and main.inspection is not None)
    main.actions_by_name["observations"].trigger()
    wait_until(lambda: any(w.isVisible() for w in main.findChildren(ObservationsWindow)))
    [window] = [w for w in main.findChildren(ObservationsWindow) if w.isVisible()]
    window.resize(*SIZE)
    wait_until(lambda: window.loaded and window.table.rowCount() == len(MEETINGS))
    window.table.selectRow(1)
    wait_until(lambda: window.screen is not None)
    assert window.screen is not None
    window.screen.scroll.ensureWidgetVisible(window.screen.rows[("mob_06", None)])
    save(window, "observations.png" if language == "en" else f"observations-{language}.png")
    window.close()
    main.close()


def take(languages: tuple[str, ...]) -> None:
    from jicpa_desktop.ui.app import create_application

    create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.sqlite3"
        inspection_id = _inspection(db)
        for language in languages:
            _shots(db, folder / f"settings-{language}.ini", inspection_id, language)


def main() -> int:
    from jicpa_desktop.store.encryption.keys import use_insecure_kdf_for_tests

    use_insecure_kdf_for_tests()  # a throwaway database: its key need not resist guessing
    with tempfile.TemporaryDirectory() as tmp:
        throwaway_passphrase(Path(tmp), "screenshots of a fictional inspection")
        take(tuple(sys.argv[1:]) or ("en", "cy"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
