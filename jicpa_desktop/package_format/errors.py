"""Every way a package can be refused, each with a message that names the problem, in English and Welsh."""

from __future__ import annotations

from enum import StrEnum

from jicpa_desktop.domain.localized import LocalizedText


class PackageProblem(StrEnum):
    NOT_A_PACKAGE = "not_a_package"
    TRUNCATED = "truncated"
    UNKNOWN_FORMAT = "unknown_format"
    WRONG_PASSPHRASE = "wrong_passphrase"
    ALTERED = "altered"
    UNSAFE_ENTRY = "unsafe_entry"
    TOO_LARGE = "too_large"
    HASH_MISMATCH = "hash_mismatch"
    BAD_SCHEMA = "bad_schema"
    PASSPHRASE_NEEDED = "passphrase_needed"
    OTHER_INSPECTION = "other_inspection"
    UNKNOWN_FORM = "unknown_form"
    UNKNOWN_QUESTION = "unknown_question"
    INVALID_VALUE = "invalid_value"
    INCONSISTENT = "inconsistent"
    AUDIT_CHAIN_BROKEN = "audit_chain_broken"


class PackageError(Exception):
    """A package that cannot be read or merged; nothing has been changed when this is raised.

    ``localized`` holds the message in both languages (package_format/messages.py has them all);
    ``message`` and ``str()`` are the English text.
    """

    def __init__(self, problem: PackageProblem, message: str | LocalizedText) -> None:
        self.localized = message if isinstance(message, LocalizedText) else LocalizedText(message)
        super().__init__(self.localized.en)
        self.problem = problem
        self.message = self.localized.en

    def __str__(self) -> str:
        return self.message
