"""The composition root: builds the store, the form catalogue and every service, and nothing else does."""

from __future__ import annotations

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
from jicpa_desktop.services.demo import Demo
from jicpa_desktop.services.escalations import Escalations
from jicpa_desktop.services.form_definitions import FormDefinitions
from jicpa_desktop.services.identity import Identity
from jicpa_desktop.services.inspections import Inspections
from jicpa_desktop.services.progress import Progress
from jicpa_desktop.services.sampling_import import SamplingImport
from jicpa_desktop.services.team import Team
from jicpa_desktop.store.engine import plain_sqlite_connector
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError
from jicpa_desktop.store.migrate import open_store

if TYPE_CHECKING:
    from jicpa_desktop.services.audit_chain import AuditTrail
    from jicpa_desktop.services.exporting import Exports
    from jicpa_desktop.services.genograms import Genograms
    from jicpa_desktop.services.handover import Handover
    from jicpa_desktop.services.joining import Joining
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
    def escalations(self) -> Escalations:
        return Escalations(self.context)

    @cached_property
    def frame(self) -> SamplingFrame:
        """The sampling frame and the stratified draw (services/sampling_frame.py)."""
        from jicpa_desktop.services.sampling_frame import SamplingFrame

        return SamplingFrame(self.context, self.cases)

    @cached_property
    def joining(self) -> Joining:
        from jicpa_desktop.services.joining import Joining

        return Joining(self.context, self.handover, self.identity)

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

    @property
    def engine(self) -> Engine:
        return self.context.engine

    def close(self) -> None:
        self.context.engine.dispose()


def load_catalogue(forms_dir: Path | None = None) -> FormCatalogue:
    return load_forms_dir(forms_dir or bundled_forms_dir())


def build_services(
    db: str | Path | None = None,
    *,
    actor: str | None = None,
    catalogue: FormCatalogue | None = None,
    create: bool = True,
) -> AppServices:
    """create=False opens only a database file that exists (for commands that only read)."""
    db_path = resolve_db_path(db)
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
    engine = open_store(db_path, connector=None if create else plain_sqlite_connector(db_path, create=False))
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
