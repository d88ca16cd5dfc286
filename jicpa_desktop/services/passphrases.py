"""The one rule for choosing a package passphrase, shared by the export service, the CLI and the app's dialog."""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText

MIN_PASSPHRASE_LENGTH = 8


def new_passphrase_problem(passphrase: str) -> LocalizedText | None:
    """What is wrong with *passphrase* as the one to encrypt a new package with, or None when it will do.

    Spaces around it are not counted: a passphrase of blanks, or padded out to length, protects nothing.
    Opening a package needs only the passphrase it was made with, so this is for choosing one at export.
    """
    chosen = passphrase.strip()
    if not chosen:
        return LocalizedText(
            f"The passphrase is empty or only spaces. Choose one of at least {MIN_PASSPHRASE_LENGTH} characters, "
            "such as a few words.",
            f"Mae'r ymadrodd cyfrin yn wag neu'n fylchau yn unig. Dewiswch un o leiaf {MIN_PASSPHRASE_LENGTH} nod, "
            "fel ychydig eiriau.",
        )
    if len(chosen) < MIN_PASSPHRASE_LENGTH:
        return LocalizedText(
            f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters (this one has {len(chosen)}). "
            "Choose a longer one, such as a few words.",
            f"Mae angen o leiaf {MIN_PASSPHRASE_LENGTH} nod ar yr ymadrodd cyfrin (mae gan hwn {len(chosen)}). "
            "Dewiswch un hirach, fel ychydig eiriau.",
        )
    return None


def reading_passphrase_problem(passphrase: str | None) -> LocalizedText | None:
    """What is wrong with *passphrase* as the one to open a package with, or None (None and "" mean "none given").

    Blanks only are refused: no package is encrypted with one (the rule above refuses it at export), so it is
    a slip (a space typed, a passphrase file saved empty but for its spaces), not a wrong guess to report as
    "wrong passphrase".
    """
    if not passphrase or passphrase.strip():
        return None
    return LocalizedText(
        "The passphrase is only spaces, and no package is encrypted with a passphrase of blanks. Type the "
        "passphrase the package was exported with (or put it on the first line of the --passphrase-file); "
        "leave it empty for an unencrypted package.",
        "Bylchau yn unig yw'r ymadrodd cyfrin, ac nid oes pecyn wedi'i amgryptio ag ymadrodd cyfrin o fylchau. "
        "Teipiwch yr ymadrodd cyfrin a ddefnyddiwyd wrth allforio'r pecyn (neu rhowch ef ar linell gyntaf y "
        "--passphrase-file); gadewch ef yn wag ar gyfer pecyn heb ei amgryptio.",
    )
