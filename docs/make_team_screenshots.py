"""`make screenshots` (team part): joining from the lead's package, who am I, the team, the allocation screen,
the sample draw and the escalations list, in English and Welsh, as real X11 windows at 1366×768."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from docs.screenshot_kit import OUT, SIZE, save, throwaway_passphrase, under_xvfb, wait, wait_until

PASSPHRASE = "correct horse battery staple"
TEAM = (("Lena Lead", "ciw", "lead"), ("Ann Health", "hiw", "inspector"), ("Bryn Police", "hmicfrs", "inspector"),
        ("Cerys Social", "ciw", "inspector"))



def _lead_package(folder: Path) -> tuple[Path, str]:
    """A fictional inspection set up and allocated by its lead, exported as the consolidated package."""
    from jicpa_desktop.composition import build_services

    lead = build_services(folder / "lead.sqlite3")
    try:
        inspection_id = lead.inspections.create(
            name="Demoshire JICPA (fictional)", local_authority="Demoshire", start="2024-01-15", end="2024-01-19",
            inspectorates=["ciw", "hiw", "hmicfrs"], enabled_forms=[f.id for f in lead.forms.all()],
            local_terms={"front_door": "MASH"}, team=TEAM, me="Lena Lead")
        for number, (agency, kind, who) in enumerate((
                ("children_services", "tracked", "Cerys Social"), ("health", "sampled", "Ann Health"),
                ("health", "sampled", "Ann Health"), ("police", "sampled", "Bryn Police"),
                ("children_services", "sampled", None), ("police", "tracked", None)), start=1):
            case = lead.cases.add(inspection_id, reference=f"DEM24-{number:02d}", agency=agency, kind=kind,
                                  age_band="5_11")
            if who:
                lead.allocation.allocate([case], who)
        package = folder / "Lena Lead consolidated.jicpa"
        lead.handover.export_package(inspection_id, package, PASSPHRASE, consolidated=True)
        # After the package: a frame to draw from, and an escalation for the lead's list.
        children = folder / "children.csv"
        children.write_text("reference,agency,age_band,status,concern\n" + "".join(
            f"DEM24-{n:02d},{('children_services', 'health', 'police')[n % 3]},{('1_4', '5_11', '12_15')[n % 3]},"
            f"{('cpr', 'cla')[n % 2]},{('neglect', 'exploitation', 'domestic abuse')[n % 3]}\n"
            for n in range(10, 40)), encoding="utf-8")
        lead.frame.import_list(inspection_id, children)
        first = lead.cases.list(inspection_id)[0]
        lead.answers.set_answer(first.id, "voice_of_child", "std_escalate_now", "yes")
        lead.answers.set_answer(first.id, "voice_of_child", "std_escalate_action",
                                "Bruising seen by the health visitor; the allocated social worker was told at 10:00 "
                                "and a strategy discussion is arranged.")
        return package, inspection_id
    finally:
        lead.close()


def take() -> None:
    from jicpa_desktop.ui.app import StartOptions, create_application, start
    from jicpa_desktop.ui.team.allocation_dialog import AllocationDialog
    from jicpa_desktop.ui.team.escalations_dialog import EscalationsDialog
    from jicpa_desktop.ui.team.identity_dialog import IdentityDialog
    from jicpa_desktop.ui.team.join_dialog import JoinDialog
    from jicpa_desktop.ui.team.sample_dialog import SampleDialog
    from jicpa_desktop.ui.team.team_dialog import TeamDialog

    app = create_application(["jicpa-desktop"])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        throwaway_passphrase(folder)
        package, inspection_id = _lead_package(folder)
        for language in ("en", "cy"):
            suffix = "" if language == "en" else "-cy"
            laptop = folder / f"ann-{language}"
            laptop.mkdir()
            window = start(StartOptions(db_path=laptop / "audit.sqlite3", settings_file=laptop / "settings.ini",
                                        language=language))
            assert window is not None
            window.resize(*SIZE)
            wait_until(lambda window=window: window.services is not None and window.page == "start")
            save(window, f"start-join{suffix}.png")
            window.join_inspection()
            join = window.findChild(JoinDialog, "joinDialog")
            assert join is not None
            join.choose_file(package, PASSPHRASE)
            wait_until(lambda join=join: join.team.count() == len(TEAM))
            join.choose_member("Ann Health")
            save(join, f"join{suffix}.png")
            join.join_button.click()
            wait_until(lambda window=window: window.me is not None and window.dashboard is not None
                       and window.dashboard.cases_model.rowCount() > 0)
            save(window, f"my-files{suffix}.png")
            identity = window.ask_identity()
            assert isinstance(identity, IdentityDialog)
            save(identity, f"who-am-i{suffix}.png")
            identity.reject()
            window.open_people_window("open_allocation")
            allocation = window.findChild(AllocationDialog, "allocationDialog")
            assert allocation is not None
            wait_until(lambda allocation=allocation: allocation.table.rowCount() > 0)
            allocation.select_references(["DEM24-05", "DEM24-06"])
            allocation.choose_member("Bryn Police")
            save(allocation, f"allocation{suffix}.png")
            allocation.close()
            window.open_people_window("open_team")
            team = window.findChild(TeamDialog, "teamDialog")
            assert team is not None
            wait_until(lambda team=team: team.table.rowCount() == len(TEAM))
            save(team, f"team{suffix}.png")
            team.close()
            wait(0.2)
            window.close()
            # The lead's laptop: the sample and the escalations list.
            lead_window = start(StartOptions(db_path=folder / "lead.sqlite3", settings_file=laptop / "lead.ini",
                                             language=language))
            assert lead_window is not None
            lead_window.resize(*SIZE)
            wait_until(lambda w=lead_window: w.services is not None)
            lead_window.open_inspection(inspection_id)
            wait_until(lambda w=lead_window: w.inspection is not None and w.me is not None)
            lead_window.open_people_window("open_sample")
            sample = lead_window.findChild(SampleDialog, "sampleDialog")
            assert sample is not None
            wait_until(lambda sample=sample: sample.frame_size > 0)
            sample.sampled.setValue(8)
            sample.tracked.setValue(2)
            sample.strata_boxes["age_band"].setChecked(True)
            sample.seed.setText("20240115")
            sample.rationale.setPlainText("Across agencies and ages; two tracked for conversations.")
            sample.preview_button.click()
            wait_until(lambda sample=sample: sample.previewed is not None)
            save(sample, f"sample-draw{suffix}.png")
            sample.close()
            lead_window.open_people_window("open_escalations")
            escalations = lead_window.findChild(EscalationsDialog, "escalationsDialog")
            assert escalations is not None
            wait_until(lambda e=escalations: e.loaded and e.table.rowCount() > 0)
            save(escalations, f"escalations{suffix}.png")
            escalations.close()
            wait(0.2)
            lead_window.close()
    del app
    print(f"inspection {inspection_id}")


def main() -> int:
    code = under_xvfb("docs.make_team_screenshots")
    if code is not None:
        return code
    take()
    return 0


if __name__ == "__main__":
    sys.exit(main())
