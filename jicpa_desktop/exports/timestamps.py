"""Dates and times as the exports print them: local time in words, in English or Welsh ("2 Rhagfyr 2026, 14:03")."""

from __future__ import annotations

import datetime as dt

MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
           "Tachwedd", "Rhagfyr"),
}


def long_date(day: dt.date, lang: str) -> str:
    """"15 January 2024" / "15 Ionawr 2024"."""
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def local_timestamp(moment: dt.datetime, lang: str) -> str:
    """*moment* in this computer's local time, to the minute: "2 December 2026, 14:03" / "2 Rhagfyr 2026, 14:03".

    A moment without a time zone is taken to be local already."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{long_date(local.date(), lang)}, {local:%H:%M}"


def date_range(start: str, end: str, lang: str) -> str:
    """Fieldwork dates stored as ISO text, in words; text that is not an ISO date is shown as it is."""
    return f"{_day(start, lang)} – {_day(end, lang)}"


def _day(text: str, lang: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(text), lang)
    except ValueError:
        return text
