"""Screenshots of the sample screen's hand choices: the files drawn from the frame, Pick by hand… and Swap…, in
English and Welsh, as real X11 windows on a 1366×768 screen (`python -m docs.make_sample_screenshots`)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docs.screenshot_kit import OUT, save, throwaway_passphrase, under_xvfb, wait, wait_until

TEAM = (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector"), ("Bryn Police", "hmicfrs", "inspector"))



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
        throwaway_passphrase(folder)
        path, inspection_id = _lead(folder)
        for language in ("en", "cy"):
            suffix = "" if language == "en" else "-cy"
            window = start(StartOptions(db_path=path, settings_file=folder / f"{language}.ini", language=language))
            assert window is not None
            wait_until(lambda window=window: window.services is not None)
            window.open_inspection(inspection_id)
            wait_until(lambda window=window: window.inspection is not None and window.me is not None)
            window.open_people_window("open_sample")
            sample = window.findChild(SampleDialog, "sampleDialog")
            assert sample is not None
            wait_until(lambda sample=sample: sample.files_model.rowCount() == 8)
            save(sample, f"sample-files{suffix}.png")
            pick = sample.open_pick()
            pick.candidates.search.setText("DEM24-1")
            pick.kind_buttons["tracked"].setChecked(True)
            pick.reason.setText("Known to all three agencies" if language == "en" else "Yn hysbys i'r tair asiantaeth")
            save(pick, f"sample-pick{suffix}.png")
            pick.reject()
            swap = sample.open_swap()
            swap.ok_button.click()  # no reason yet: refused on the dialog, in the interface language
            wait_until(lambda swap=swap: swap.problem.text() != "")
            save(swap, f"sample-swap{suffix}.png")
            swap.reject()
            sample.close()
            wait(0.2)
            window.close()
    del app


def main() -> int:
    code = under_xvfb("docs.make_sample_screenshots")
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())
