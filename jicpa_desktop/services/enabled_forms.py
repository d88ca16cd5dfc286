"""The forms switched on for an inspection, changeable after the wizard; the inspectorates taking part decide
which agency forms may be (probation and youth justice forms only when HM Inspectorate of Probation takes part)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session

from jicpa_desktop.domain.agencies import Agency, Inspectorate
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.domain.timestamps import utc_now_iso
from jicpa_desktop.services import audit
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.errors import NotFoundError, UserError
from jicpa_desktop.services.form_definitions import FormDefinitions


@dataclass(frozen=True, slots=True)
class OfferedForm:
    form_id: str
    title: LocalizedText
    enabled: bool
    allowed: bool  # an inspectorate reading one of its agencies takes part
    agencies: tuple[str, ...]  # the agencies the form is for, as codes


def allowed_by(form: FormDefinition, inspectorates: tuple[str, ...]) -> bool:
    """A form may be switched on when an inspectorate reading one of its agencies' records takes part.

    An inspection that names no inspectorates (made before they were recorded) allows every form.
    """
    if not inspectorates:
        return True
    return any(agency.inspectorate.value in inspectorates for agency in form.agencies)


class EnabledForms:
    def __init__(self, context: ServiceContext, definitions: FormDefinitions) -> None:
        self._context = context
        self._definitions = definitions

    @staticmethod
    def _settings(session: Session, inspection_id: str) -> tuple[tuple[str, ...], list[str]]:
        found = session.execute(
            text("SELECT inspectorates_json, enabled_forms_json FROM inspection WHERE id = :i"),
            {"i": inspection_id},
        ).first()
        if found is None:
            raise NotFoundError(f"There is no inspection {inspection_id!r}. List them with 'jicpa inspection list'.")
        return tuple(json.loads(found[0])), list(json.loads(found[1]))

    def offered(self, inspection_id: str) -> list[OfferedForm]:
        """Every form of the catalogue, in catalogue order, with whether it is on and whether it may be."""
        with self._context.reading() as session:
            inspectorates, enabled = self._settings(session, inspection_id)
        everything = not enabled  # an empty list is every form (inspections made before the choice existed)
        return [
            OfferedForm(form.id, form.title, everything or form.id in enabled, allowed_by(form, inspectorates),
                        tuple(a.value for a in form.agencies))
            for form in self._definitions.all()
        ]

    def set(self, inspection_id: str, form_ids: list[str]) -> tuple[str, ...]:
        """Switch on exactly these forms (catalogue order kept); answers already given to a form switched off
        stay stored and come back when it is switched on again."""
        known = {form.id: form for form in self._definitions.all()}
        unknown = [f for f in form_ids if f not in known]
        if unknown:
            listing = ", ".join(known)
            raise UserError(LocalizedText(
                f"There is no form {', '.join(unknown)}. Choose among: {listing}.",
                f"Nid oes ffurflen {', '.join(unknown)}. Dewiswch o blith: {listing}.",
            ))
        if not form_ids:
            raise UserError(LocalizedText(
                "Switch on at least one form: an inspection with no forms has nothing to audit.",
                "Rhowch o leiaf un ffurflen ar waith: nid oes dim i'w archwilio mewn arolygiad heb ffurflenni.",
            ))
        chosen = [form.id for form in self._definitions.all() if form.id in set(form_ids)]
        now = utc_now_iso()
        with self._context.writing() as session:
            inspectorates, before = self._settings(session, inspection_id)
            refused = [known[f] for f in chosen if not allowed_by(known[f], inspectorates)]
            if refused:
                names_en = "; ".join(f"{f.title.en} ({readers_of(f, 'en')})" for f in refused)
                names_cy = "; ".join(f"{f.title.get('cy')} ({readers_of(f, 'cy')})" for f in refused)
                raise UserError(LocalizedText(
                    f"These forms are for agencies whose inspectorate is not taking part: {names_en}. Add the "
                    "inspectorate to the inspection first, or leave the forms off.",
                    f"Mae'r ffurflenni hyn ar gyfer asiantaethau nad yw eu harolygiaeth yn cymryd rhan: {names_cy}. "
                    "Ychwanegwch yr arolygiaeth at yr arolygiad yn gyntaf, neu gadewch y ffurflenni i ffwrdd.",
                ))
            if chosen == before:
                return tuple(chosen)
            session.execute(
                text("UPDATE inspection SET enabled_forms_json = :f, updated_at = :t WHERE id = :i"),
                {"f": json.dumps(chosen), "t": now, "i": inspection_id},
            )
            audit.record(session, inspection_id=inspection_id, actor=self._context.actor, action="update",
                         entity="inspection", entity_id=inspection_id, field="enabled_forms", old=before,
                         new=chosen, at=now)
        return tuple(chosen)


def readers_of(form: FormDefinition, lang: str) -> str:
    """The inspectorates that read the records of the form's agencies, named in *lang*."""
    inspectorates = dict.fromkeys(Agency(a).inspectorate for a in form.agencies)
    return ", ".join(Inspectorate(i).label.get(lang) for i in inspectorates)
