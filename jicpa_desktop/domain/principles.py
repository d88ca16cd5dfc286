"""The four principles of the Social Services and Well-being (Wales) Act 2014, in report order."""

from __future__ import annotations

from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class Principle(StrEnum):
    WELL_BEING = "well_being"
    PEOPLE = "people"
    PARTNERSHIP_INTEGRATION = "partnership_integration"
    PREVENTION = "prevention"

    @property
    def label(self) -> LocalizedText:
        return PRINCIPLE_LABELS[self]


# Both published JICPA documents order the principles Well-being, People, Partnership, Prevention.
REPORT_ORDER: tuple[Principle, ...] = (
    Principle.WELL_BEING,
    Principle.PEOPLE,
    Principle.PARTNERSHIP_INTEGRATION,
    Principle.PREVENTION,
)

PRINCIPLE_LABELS: dict[Principle, LocalizedText] = {
    Principle.WELL_BEING: LocalizedText("Well-being", "Llesiant"),
    Principle.PEOPLE: LocalizedText("People – voice and control", "Pobl – llais a rheolaeth"),
    Principle.PARTNERSHIP_INTEGRATION: LocalizedText(
        "Partnership and integration", "Partneriaeth ac integreiddio"
    ),
    Principle.PREVENTION: LocalizedText("Prevention", "Atal"),
}
