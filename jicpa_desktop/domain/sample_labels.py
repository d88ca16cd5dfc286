"""Names in English and Welsh for the sampling frame's strata and the values a local authority's list gives them."""

from __future__ import annotations

from collections.abc import Sequence

from jicpa_desktop.domain.agencies import Agency
from jicpa_desktop.domain.localized import LocalizedText

STRATUM_NAMES: dict[str, LocalizedText] = {
    "agency": LocalizedText("Agency", "Asiantaeth"),
    "age_band": LocalizedText("Age band", "Band oedran"),
    "status": LocalizedText("CPR/CLA status", "Statws CPR/PDG"),
    "concern": LocalizedText("Concern type", "Math o bryder"),
}

NOT_GIVEN = LocalizedText("Not given", "Heb ei roi")

AGE_BAND_LABELS: dict[str, LocalizedText] = {
    "unborn": LocalizedText("Unborn", "Heb ei eni"),
    "under_1": LocalizedText("Under 1", "O dan 1"),
    "1_4": LocalizedText("1 to 4", "1 i 4"),
    "5_11": LocalizedText("5 to 11", "5 i 11"),
    "12_15": LocalizedText("12 to 15", "12 i 15"),
    "16_17": LocalizedText("16 to 17", "16 i 17"),
}

# The frame keeps status and concern as the list wrote them (lower case, sampling_frame.py); these are the
# categories lists use in Wales. A value not listed here is the authority's own word and is shown as written.
STATUS_LABELS: dict[str, LocalizedText] = {
    "cpr": LocalizedText("Child protection register", "Cofrestr amddiffyn plant"),
    "cla": LocalizedText("Child looked after", "Plentyn sy'n derbyn gofal"),
    "cin": LocalizedText("Child in need", "Plentyn mewn angen"),
    "casp": LocalizedText("Care and support plan", "Cynllun gofal a chymorth"),
    "cpr_cla": LocalizedText("On the register and looked after", "Ar y gofrestr ac yn derbyn gofal"),
}
_STATUS_ALIASES = {
    "cp": "cpr", "cpp": "cpr", "child_protection": "cpr", "child_protection_register": "cpr",
    "lac": "cla", "looked_after": "cla", "child_looked_after": "cla", "care_experienced": "cla",
    "child_in_need": "cin", "care_and_support": "casp", "care_and_support_plan": "casp",
    "cpr/cla": "cpr_cla", "cla/cpr": "cpr_cla", "cpr_and_cla": "cpr_cla",
}

CONCERN_LABELS: dict[str, LocalizedText] = {
    "neglect": LocalizedText("Neglect", "Esgeulustod"),
    "physical": LocalizedText("Physical abuse", "Cam-drin corfforol"),
    "emotional": LocalizedText("Emotional abuse", "Cam-drin emosiynol"),
    "sexual": LocalizedText("Sexual abuse", "Cam-drin rhywiol"),
    "domestic_abuse": LocalizedText("Domestic abuse", "Cam-drin domestig"),
    "exploitation": LocalizedText("Exploitation", "Camfanteisio"),
    "cse": LocalizedText("Child sexual exploitation", "Camfanteisio'n rhywiol ar blant"),
    "cce": LocalizedText("Child criminal exploitation", "Camfanteisio'n droseddol ar blant"),
    "online_harm": LocalizedText("Online harm", "Niwed ar-lein"),
    "missing": LocalizedText("Missing episodes", "Cyfnodau o fod ar goll"),
    "multiple": LocalizedText("More than one category", "Mwy nag un categori"),
}
_CONCERN_ALIASES = {
    "physical_abuse": "physical", "emotional_abuse": "emotional", "sexual_abuse": "sexual",
    "domestic_violence": "domestic_abuse", "da": "domestic_abuse", "dv": "domestic_abuse",
    "domestic_abuse_coercive_control": "domestic_abuse",
    "child_sexual_exploitation": "cse", "child_criminal_exploitation": "cce", "criminal_exploitation": "cce",
    "sexual_exploitation": "cse", "online": "online_harm", "missing_episodes": "missing", "mixed": "multiple",
}


def _key(value: str) -> str:
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def status_key(value: str) -> str:
    """The category a list's status names ('CP', 'looked after' and 'cla' are one), or the value itself."""
    key = _key(value)
    return _STATUS_ALIASES.get(key, key)


def concern_key(value: str) -> str:
    """The category a list's concern names ('physical abuse' and 'physical' are one), or the value itself."""
    key = _key(value)
    return _CONCERN_ALIASES.get(key, key)


def value_label(stratum: str, value: str, language: str) -> str:
    """One stratum's value as the user reads it: an agency's name, an age band, a status or a concern."""
    if not value.strip():
        return NOT_GIVEN.get(language)
    if stratum == "agency":
        try:
            return Agency(value).label.get(language)
        except ValueError:
            return value
    if stratum == "age_band":
        known = AGE_BAND_LABELS.get(value)
    elif stratum == "status":
        known = STATUS_LABELS.get(status_key(value))
    elif stratum == "concern":
        known = CONCERN_LABELS.get(concern_key(value))
    else:
        known = None
    if known is not None:
        return known.get(language)
    # The authority's own word: shown as it wrote it, with a capital as the known ones have.
    return value[:1].upper() + value[1:]


def stratum_name(stratum: str, language: str) -> str:
    name = STRATUM_NAMES.get(stratum)
    return name.get(language) if name is not None else stratum


def stratum_label(strata: Sequence[str], values: Sequence[str], language: str) -> str:
    """A stratum of the draw ('Health / 5 to 11'), or 'All' when the draw had no strata."""
    if not strata:
        return LocalizedText("All children in the frame", "Pob plentyn yn y ffrâm").get(language)
    return " / ".join(value_label(s, v, language) for s, v in zip(strata, values, strict=False))
