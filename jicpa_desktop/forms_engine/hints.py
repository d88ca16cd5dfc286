"""Wording helpers for problem messages: did-you-mean suggestions and short lists of what is allowed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, options: Iterable[str]) -> str | None:
    matches = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return matches[0] if matches else None


def listing(options: Iterable[str], limit: int = 8) -> str:
    """'a, b, c' — shortened with '…' so that a form with 150 questions still gives a readable message."""
    items = list(options)
    shown = ", ".join(items[:limit])
    return f"{shown}, …" if len(items) > limit else shown


def did_you_mean(word: str, options: Iterable[str], what: str, limit: int = 20) -> str:
    """A fix: 'did you mean X? (known: …)' or 'use one of: …'."""
    items = list(options)
    guess = closest(word, items)
    if guess is not None:
        return f"did you mean {guess!r}? ({what}: {listing(items, limit)})"
    return f"use one of the {what}: {listing(items, limit)}"
