"""The loaded set of forms: looked up by id, chosen for a case, and kept with their source text."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.form_model import FormDefinition, Section
from jicpa_desktop.domain.timescales import Timescale
from jicpa_desktop.forms_engine.hints import closest, listing


class FormCatalogue:
    """Forms in catalogue order, with the raw YAML of each so the store can snapshot a version."""

    def __init__(
        self,
        forms: Iterable[FormDefinition],
        sources: dict[str, str],
        standard: Section | None = None,
        standard_text: str = "",
        standard_version: int = 0,
        *,
        timescales: tuple[Timescale, ...] = (),
    ) -> None:
        self._forms = tuple(sorted(forms, key=lambda f: (f.order, f.id)))
        self._by_id = {form.id: form for form in self._forms}
        self._sources = dict(sources)
        self.standard = standard
        self._standard_text = standard_text
        self._standard_version = standard_version
        self.timescales = timescales  # forms/_timescales.yaml (domain/timescales.py), () when the folder has none

    @property
    def forms(self) -> tuple[FormDefinition, ...]:
        return self._forms

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def get(self, form_id: str) -> FormDefinition:
        try:
            return self._by_id[form_id]
        except KeyError:
            guess = closest(form_id, self._by_id)
            hint = f"did you mean {guess!r}? " if guess else ""
            raise KeyError(
                f"no form {form_id!r} in the catalogue: {hint}known forms: {listing(self._by_id, 30)}"
            ) from None

    def __contains__(self, form_id: object) -> bool:
        return form_id in self._by_id

    def __iter__(self) -> Iterator[FormDefinition]:
        return iter(self._forms)

    def __len__(self) -> int:
        return len(self._forms)

    def for_case(self, agency: Agency, kind: str, enabled: Collection[str] | None = None) -> list[FormDefinition]:
        """The forms offered for one agency's records on a sampled or tracked case, in catalogue order."""
        return [
            form
            for form in self._forms
            if not form.is_inspection_level and form.applies_to(agency) and kind in form.kinds
            and (enabled is None or form.id in enabled)
        ]

    def inspection_level(self) -> list[FormDefinition]:
        """The forms answered for the inspection itself (meeting observations), in catalogue order."""
        return [form for form in self._forms if form.is_inspection_level]

    def source_text(self, form_id: str) -> str:
        self.get(form_id)  # the same helpful KeyError for an unknown id
        return self._sources[form_id]

    @property
    def standard_text(self) -> str:
        """The raw `_standard.yaml`, or '' when the folder has none."""
        return self._standard_text

    @property
    def standard_version(self) -> int:
        """The standard fields' version, or 0 when the folder has none."""
        return self._standard_version

    def standard_role_id(self, role: str) -> str | None:
        """The id of the standard field playing `role` (the escalation questions every form carries), or None."""
        if self.standard is None:
            return None
        for question in self.standard.questions:
            for q in (question, *question.columns):
                if q.role == role:
                    return q.id
        return None

    @property
    def question_count(self) -> int:
        return sum(form.question_count for form in self._forms)
