"""The lock screen's words, in English and Welsh (picked by the interface language)."""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText

T = LocalizedText

WINDOW_TITLE = T("JICPA Desktop — locked", "JICPA Desktop — wedi'i gloi")
HEADING = T("JICPA Desktop is locked", "Mae JICPA Desktop wedi'i gloi")
LOCKED_IDLE = T(
    "It locked itself after %1 minute(s) without use, so nobody passing the laptop can read about the children.",
    "Cafodd ei gloi ei hun ar ôl %1 munud heb ei ddefnyddio, fel na all neb sy'n pasio'r gliniadur ddarllen "
    "am y plant.",
)
LOCKED_BY_USER = T(
    "You locked it, so nobody passing the laptop can read about the children.",
    "Gwnaethoch chi ei gloi, fel na all neb sy'n pasio'r gliniadur ddarllen am y plant.",
)
SAVED = T(
    "Everything you typed is saved. Work running in the background (an export, an import) carries on.",
    "Mae popeth a deipiwyd gennych wedi'i gadw. Mae gwaith sy'n rhedeg yn y cefndir (allforio, mewnforio) yn "
    "parhau.",
)
ASK = T("Type the audit database's passphrase to carry on where you were.",
        "Teipiwch ymadrodd cyfrin y gronfa ddata archwilio i barhau lle'r oeddech chi.")
PASSPHRASE = T("&Passphrase:", "&Ymadrodd cyfrin:")
UNLOCK = T("&Unlock", "&Datgloi")
CLOSE_APP = T("&Close JICPA Desktop", "&Cau JICPA Desktop")
CHECKING = T("Checking the passphrase…", "Yn gwirio'r ymadrodd cyfrin…")
EMPTY = T("Type the passphrase.", "Teipiwch yr ymadrodd cyfrin.")
WRONG = T(
    "That is not the passphrase of this audit database. Check Caps Lock and the keyboard language, and type it "
    "again.",
    "Nid dyna ymadrodd cyfrin y gronfa ddata archwilio hon. Gwiriwch Caps Lock ac iaith y bysellfwrdd, a'i "
    "deipio eto.",
)
COVER = T("Locked. Unlock JICPA Desktop to see this window again.",
          "Wedi'i gloi. Datgloi JICPA Desktop i weld y ffenestr hon eto.")
