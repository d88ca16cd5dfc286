"""The composition root: builds the store, the form catalogue and every service, and nothing else does."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.forms_engine.loader import bundled_forms_dir, load_forms_dir
from jicpa_desktop.paths import missing_db_folder, resolve_db_path
from jicpa_desktop.services.allocation import Allocation
from jicpa_desktop.services.answers import Answers
from jicpa_desktop.services.cases import Cases
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.database_keys import DB_PASSPHRASE_FILE_ENV, DatabaseKey, DatabaseKeys, no_passphrase
from jicpa_desktop.services.demo import Demo
from jicpa_desktop.services.escalations import Escalations
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.history import History
from jicpa_desktop.services.identity import Identity
from jicpa_desktop.services.inspections import Inspections
from jicpa_desktop.services.moderated_grades import ModeratedGrades
from jicpa_desktop.services.progress import Progress
from jicpa_desktop.services.sampling_import import SamplingImport
from jicpa_desktop.services.team import Team
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError
from jicpa_desktop.store.migrate import open_store

if TYPE_CHECKING:
    from jicpa_desktop.services.audit_chain import AuditTrail
    from jicpa_desktop.services.data_quality import DataQuality
    from jicpa_desktop.services.exporting import Exports
    from jicpa_desktop.services.genograms import Genograms
    from jicpa_desktop.services.handover import Handover
    from jicpa_desktop.services.joining import Joining
    from jicpa_desktop.services.observations import Observations
    from jicpa_desktop.services.sampling_frame import SamplingFrame
    from jicpa_desktop.services.wipe import Wipes


@dataclass
class AppServices:
    """Everything a front end may call; built once per process by build_services."""

    db_path: Path
    context: ServiceContext
    forms: FormDefinitions
    inspections: Inspections
    cases: Cases
    answers: Answers
    progress: Progress
    sampling: SamplingImport
    demo: Demo

    # Exports and hand-over load reportlab, openpyxl and cryptography: built on first use, so
    # that starting the app and saving answers never pays for them.
    @cached_property
    def exports(self) -> Exports:
        from jicpa_desktop.services.exporting import Exports

        return Exports(self.context, self.forms, self.cases, self.answers, self.progress)

    @cached_property
    def handover(self) -> Handover:
        from jicpa_desktop.services.handover import Handover

        return Handover(self.context, self.forms, self.cases, self.answers)

    # The team's week: small, and needed as soon as an inspection opens (who am I).
    @cached_property
    def identity(self) -> Identity:
        return Identity(self.context)

    @cached_property
    def team(self) -> Team:
        return Team(self.context, self.identity)

    @cached_property
    def allocation(self) -> Allocation:
        return Allocation(self.context)

    @cached_property
    def history(self) -> History:
        return History(self.context)

    @cached_property
    def moderated(self) -> ModeratedGrades:
        return ModeratedGrades(self.context)

    @cached_property
    def escalations(self) -> Escalations:
        return Escalations(self.context)

    @cached_property
    def data_quality(self) -> DataQuality:
        """Checks that warn, never block (services/data_quality.py)."""
        from jicpa_desktop.services.data_quality import DataQuality

        return DataQuality(self.context, self.forms)

    @cached_property
    def frame(self) -> SamplingFrame:
        """The sampling frame and the stratified draw (services/sampling_frame.py)."""
        from jicpa_desktop.services.sampling_frame import SamplingFrame

        return SamplingFrame(self.context, self.cases)

    @cached_property
    def joining(self) -> Joining:
        from jicpa_desktop.services.joining import Joining

        return Joining(self.context, self.handover, self.identity)

    @cached_property
    def keys(self) -> DatabaseKeys:
        """The database's passphrase: check it (lock screen), change it, the older release's plaintext backups."""
        return DatabaseKeys(self.db_path)

    # The audit trail's check and the end-of-inspection wipe: rarely used, built on first use.
    @cached_property
    def audit_trail(self) -> AuditTrail:
        from jicpa_desktop.services.audit_chain import AuditTrail

        return AuditTrail(self.context)

    @cached_property
    def wipes(self) -> Wipes:
        from jicpa_desktop.services.wipe import Wipes

        return Wipes(self.context, self.db_path)

    @cached_property
    def genograms(self) -> Genograms:
        from jicpa_desktop.services.genograms import Genograms

        return Genograms(self.context)

    @cached_property
    def observations(self) -> Observations:
        from jicpa_desktop.services.observations import Observations

        return Observations(self.context, self.forms)

    @property
    def engine(self) -> Engine:
        return self.context.engine

    def close(self) -> None:
        self.context.engine.dispose()


def load_catalogue(forms_dir: Path | None = None) -> FormCatalogue:
    return load_forms_dir(forms_dir or bundled_forms_dir())


def refuse_a_missing_folder(db_path: Path) -> None:
    """A database named in a folder that is not there is refused (before any key file is written in it)."""
    folder = missing_db_folder(db_path)
    if folder is not None:
        raise StoreUnavailableError(
            StoreProblem.CANNOT_OPEN,
            LocalizedText(
                f"The folder {folder} does not exist, so there is no audit database {db_path.name} in it. "
                "Check the path given with --db or JICPA_DB, or create the folder first.",
                f"Nid yw'r ffolder {folder} yn bodoli, felly nid oes cronfa ddata archwilio {db_path.name} ynddo. "
                "Gwiriwch y llwybr a roddwyd gyda --db neu JICPA_DB, neu crëwch y ffolder yn gyntaf.",
            ),
        )


def unattended_key(db_path: Path) -> DatabaseKey:
    """The key from the passphrase file named by JICPA_DB_PASSPHRASE_FILE (a new database gets it as its own)."""
    from jicpa_desktop.services.database_keys import read_passphrase_file

    named = os.environ.get(DB_PASSPHRASE_FILE_ENV)
    if not named:
        raise no_passphrase(db_path)
    return DatabaseKeys(db_path).open_with(read_passphrase_file(named))


def build_services(
    db: str | Path | None = None,
    *,
    actor: str | None = None,
    catalogue: FormCatalogue | None = None,
    create: bool = True,
    key: DatabaseKey | None = None,
) -> AppServices:
    """create=False opens only a database file that exists (for commands that only read).

    *key* is the database's data key, from services/database_keys.py (the app's passphrase dialog, the
    command line's --db-passphrase-file or prompt). Without it the passphrase comes from the file named by
    JICPA_DB_PASSPHRASE_FILE (scripts, tests); with neither the store is not opened: never in plaintext.
    """
    db_path = resolve_db_path(db)
    refuse_a_missing_folder(db_path)
    engine = open_store(db_path, key=key or unattended_key(db_path), create=create)
    context = ServiceContext(engine, catalogue or load_catalogue(), actor or None)
    forms = FormDefinitions(context)
    inspections = Inspections(context)
    cases = Cases(context)
    answers = Answers(context, forms, cases)
    return AppServices(
        db_path=db_path,
        context=context,
        forms=forms,
        inspections=inspections,
        cases=cases,
        answers=answers,
        progress=Progress(context, forms, cases),
        sampling=SamplingImport(context, cases),
        demo=Demo(context, forms, inspections, cases, answers),
    )
