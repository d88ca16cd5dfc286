"""Errors a person can act on, with the message in English and Welsh."""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.store.errors import StoreProblem, StoreUnavailableError

__all__ = [
    "NotFoundError",
    "OperationCancelledError",
    "StoreProblem",
    "StoreUnavailableError",
    "UserError",
]


class UserError(Exception):
    """Something the user asked for cannot be done as asked; the message says why and what to do."""

    def __init__(self, message: str | LocalizedText, details: tuple[str, ...] = ()) -> None:
        self.message = message if isinstance(message, LocalizedText) else LocalizedText(message)
        self.details = details
        super().__init__(self.message.en)

    def __str__(self) -> str:
        if not self.details:
            return self.message.en
        return self.message.en + "\n" + "\n".join(f"  {line}" for line in self.details)


class NotFoundError(UserError):
    pass


class OperationCancelledError(Exception):
    """Long work stopped because the user cancelled it; nothing was changed."""
