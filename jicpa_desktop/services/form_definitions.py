"""Which forms exist and apply to a case, and the exact definition a response was given under."""

from __future__ import annotations

import json
import threading

from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.forms_engine.loader import load_form_text, load_standard_text
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError
from jicpa_desktop.store.tables import FormSnapshot, Inspection


class FormDefinitions:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._older: dict[tuple[str, int], FormDefinition] = {}
        self._lock = threading.Lock()

    def all(self) -> list[FormDefinition]:
        return list(self._context.catalogue.forms)

    def current(self, form_id: str) -> FormDefinition:
        try:
            return self._context.catalogue.get(form_id)
        except KeyError:
            known = ", ".join(f.id for f in self._context.catalogue.forms)
            raise NotFoundError(f"There is no form {form_id!r}. Known forms: {known}.") from None

    def for_case(self, agency: str, kind: str, enabled: list[str] | None) -> list[FormDefinition]:
        return list(self._context.catalogue.for_case(Agency(agency), kind, enabled or None))

    def enabled_for(self, session: Session, inspection_id: str) -> list[str]:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFoundError(f"There is no inspection {inspection_id!r}.")
        enabled: list[str] = json.loads(inspection.enabled_forms_json)
        return enabled

    def version(self, form_id: str, version: int) -> FormDefinition:
        """The definition as it was at *version*: the bundled one, or the snapshot kept in the store."""
        current = self.current(form_id)
        if current.version == version:
            return current
        with self._lock:
            cached = self._older.get((form_id, version))
        if cached is not None:
            return cached
        with self._context.reading() as session:
            snapshot = session.get(FormSnapshot, (form_id, version))
        if snapshot is None:
            raise NotFoundError(
                f"Answers were given under version {version} of form {form_id!r}, which this copy of "
                "JICPA Desktop does not have. Install the version that created them."
            )
        standard, _ = load_standard_text(snapshot.standard_text, f"{form_id} v{version} (stored)")
        definition = load_form_text(snapshot.source_text, f"{form_id} v{version} (stored)", standard)
        with self._lock:
            self._older[(form_id, version)] = definition
        return definition

    def ensure_snapshot(self, session: Session, form: FormDefinition) -> None:
        """Keep the definition text of every version answers were given under (inside a write)."""
        if session.get(FormSnapshot, (form.id, form.version)) is not None:
            return
        catalogue = self._context.catalogue
        session.add(
            FormSnapshot(
                form_id=form.id,
                version=form.version,
                source_text=catalogue.source_text(form.id),
                standard_text=catalogue.standard_text,
                created_at=utc_now_iso(),
            )
        )
