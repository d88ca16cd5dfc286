"""`jicpa-desktop --self-test`: a temporary database, every form loaded and every form screen built offscreen.

Run by `make bundle-selftest` on the PyInstaller bundle, it proves the frozen app finds its forms,
migrations and translations and can build its windows; it exits 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run_self_test() -> int:
    started = time.perf_counter()
    try:
        _check()
    except Exception:
        traceback.print_exc()
        print("SELF-TEST FAILED", file=sys.stderr)
        return 1
    print(f"Self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _check() -> None:
    from PySide6.QtWidgets import QApplication

    from jicpa_desktop.composition import build_services
    from jicpa_desktop.domain.agencies import Agency
    from jicpa_desktop.services.database_keys import DatabaseKeys
    from jicpa_desktop.ui.app import create_application
    from jicpa_desktop.ui.form_screen import FormScreen
    from jicpa_desktop.ui.i18n import Translations
    from jicpa_desktop.ui.main_window import MainWindow
    from jicpa_desktop.ui.operations import task_manager
    from jicpa_desktop.ui.settings import UiSettings

    app = create_application(["jicpa-desktop"])
    if not Translations().apply("cy"):
        raise RuntimeError("the Welsh translations (resources/i18n/*.qm) are missing from this build")
    Translations().apply("en")
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "self-test.sqlite3"
        # A real encrypted store, as every store is: this also proves SQLCipher and its key wrapping are bundled.
        key = DatabaseKeys(db_path).open_with(secrets.token_urlsafe(24))
        services = build_services(db_path, actor="self-test", key=key)
        tasks = task_manager()
        writer = tasks.writes
        try:
            forms = services.forms.all()
            print(f"Loaded {len(forms)} forms: {', '.join(f.id for f in forms)}")
            inspection_id = services.inspections.create(
                name="Self-test", local_authority="Self-test", start="2024-01-15", end="2024-01-19",
                enabled_forms=[f.id for f in forms],
            )
            built = 0
            for number, agency in enumerate(Agency, start=1):
                for kind in ("sampled", "tracked"):
                    case_id = services.cases.add(inspection_id, reference=f"SELF{number:02d}-{kind[0]}",
                                                 agency=agency.value, kind=kind)
                    for form in services.forms.for_case(agency.value, kind, None):
                        screen = FormScreen(services, writer, services.answers.load(case_id, form.id), "en")
                        screen.deleteLater()
                        built += 1
            print(f"Built {built} form screens")
            first_case = services.cases.list(inspection_id)[0]
            first_form = services.forms.for_case(first_case.agency, first_case.kind, None)[0]
            question = next(q for q in first_form.questions() if q.type == "text")
            writer.submit(lambda: services.answers.set_answer(first_case.id, first_form.id, question.id, "ŵ ŷ"))
            if not tasks.wait_idle(30):
                raise RuntimeError("the writer did not finish")
            if services.answers.load(first_case.id, first_form.id).state.answers.get(question.id) != "ŵ ŷ":
                raise RuntimeError("an answer saved through the writer did not read back")
            window = MainWindow(db_path, UiSettings(Path(folder) / "settings.ini"), Translations(), "en")
            window.close()
            QApplication.processEvents()
        finally:
            tasks.shutdown(30)
            services.close()
    del app
