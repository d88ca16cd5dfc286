"""Screenshots of the sample screen's hand choices: the files drawn from the frame, Pick by hand… and Swap…, in
English and Welsh, as real X11 windows on a 1366×768 screen (`python -m docs.make_sample_screenshots`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from docs.make_screenshots import OUT, SCREEN, _save, _wait, _wait_until

TEAM = (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector"), ("Bryn Police", "hmicfrs", "inspector"))


def _under_xvfb() -> int | None:
    import shutil

    if os.environ.get("DISPLAY") or os.environ.get("JICPA_SCREENSHOTS_CHILD"):
        return None
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("No display and no xvfb-run: install xvfb (make system-deps-window) or run under X11.")
    env = dict(os.environ, JICPA_SCREENSHOTS_CHILD="1")
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.call([xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, "-m",
                            "docs.make_sample_screenshots"], env=env)


def _lead(folder: Path) -> tuple[Path, str]:
    """A fictional inspection whose lead imported a list of 50 children and drew 8 files from it."""
    from jicpa_desktop.composition import build_services

    path = folder / "lead.sqlite3"
    lead = build_services(path)
    try:
        inspection_id = lead.inspections.create(
            name="Demoshire JICPA (fictional)", local_authority="Demoshire", start="2024-01-15", end="2024-01-19",
            inspectorates=["ciw", "hiw", "hmicfrs"], enabled_forms=[f.id for f in lead.forms.all()], team=TEAM,
            me="Lena Lead")
        children = folder / "children.csv"
        children.write_text("reference,agency,age_band,status,concern\n" + "".join(
            f"DEM24-{n:02d},{('children_services', 'health', 'police')[n % 3]},"
            f"{('1_4', '5_11', '12_15', 'under_1')[n % 4]},{('cpr', 'cla', 'cin')[n % 3]},"
            f"{('neglect', 'exploitation', 'domestic abuse', 'physical abuse')[n % 4]}\n"
            for n in range(10, 60)), encoding="utf-8")
        lead.frame.import_list(inspection_id, children)
        lead.frame.draw(inspection_id, sampled=6, tracked=2, seed="20240115", strata=["agency", "status"],
                        rationale="Across agencies and statuses; two tracked for conversations.")
        return path, inspection_id
    finally:
        lead.close()


def take() -> None:
    from jicpa_desktop.ui.app import StartOptions, create_application, start
    from jicpa_desktop.ui.team.sample_dialog import SampleDialog

    app = create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        passphrase_file = folder / "db-passphrase.txt"
        passphrase_file.write_text("screenshots database passphrase\n", encoding="utf-8")
        os.environ.setdefault("JICPA_DB_PASSPHRASE_FILE", str(passphrase_file))
        path, inspection_id = _lead(folder)
        for language in ("en", "cy"):
            suffix = "" if language == "en" else "-cy"
            window = start(StartOptions(db_path=path, settings_file=folder / f"{language}.ini", language=language))
            assert window is not None
            _wait_until(lambda window=window: window.services is not None)
            window.open_inspection(inspection_id)
            _wait_until(lambda window=window: window.inspection is not None and window.me is not None)
            window.open_people_window("open_sample")
            sample = window.findChild(SampleDialog, "sampleDialog")
            assert sample is not None
            _wait_until(lambda sample=sample: sample.files_model.rowCount() == 8)
            _save(sample, f"sample-files{suffix}.png")
            pick = sample.open_pick()
            pick.candidates.search.setText("DEM24-1")
            pick.kind_buttons["tracked"].setChecked(True)
            pick.reason.setText("Known to all three agencies" if language == "en" else "Yn hysbys i'r tair asiantaeth")
            _save(pick, f"sample-pick{suffix}.png")
            pick.reject()
            swap = sample.open_swap()
            swap.ok_button.click()  # no reason yet: refused on the dialog, in the interface language
            _wait_until(lambda swap=swap: swap.problem.text() != "")
            _save(swap, f"sample-swap{suffix}.png")
            swap.reject()
            sample.close()
            _wait(0.2)
            window.close()
    del app


def main() -> int:
    code = _under_xvfb()
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())
