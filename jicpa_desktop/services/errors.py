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
    "localized_message",
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


def localized_message(error: BaseException) -> LocalizedText | None:
    """What to tell the user about *error*, in English and Welsh; None when it is not theirs to fix (a bug).

    One accessor for every front end: a UserError (PackageRefusedError and NotFoundError included), a store
    failure the user can fix, and a package refused by package_format. Pick the language with ``.get(lang)``.
    A UserError's details (one line per problem) are not part of it: show ``error.details`` beneath.
    """
    if isinstance(error, UserError):
        return error.message
    # Duck-typed rather than isinstance(PackageError): importing package_format would load cryptography
    # into every front end at start-up (the app's first window must paint before it is needed).
    localized = getattr(error, "localized", None)
    if isinstance(error, StoreUnavailableError) or isinstance(localized, LocalizedText):
        return localized if isinstance(localized, LocalizedText) else None
    return None
