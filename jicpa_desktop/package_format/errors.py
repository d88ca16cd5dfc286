"""Every way a package can be refused, each with a message that names the problem."""

from __future__ import annotations

from enum import StrEnum


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


class PackageError(Exception):
    """A package that cannot be read or merged; nothing has been changed when this is raised."""

    def __init__(self, problem: PackageProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message

    def __str__(self) -> str:
        return self.message
