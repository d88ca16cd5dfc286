"""The unlock dialog's words, in English and Welsh (picked by the interface language)."""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText

T = LocalizedText

TITLE_ENTER = T("Unlock the audit database", "Datgloi'r gronfa ddata archwilio")
TITLE_CHOOSE = T("Choose a passphrase for the audit database",
                 "Dewiswch ymadrodd cyfrin ar gyfer y gronfa ddata archwilio")
INTRO_ENTER = T(
    "Everything about the children in this database is encrypted. Type its passphrase to open it:\n%1",
    "Mae popeth am y plant yn y gronfa ddata hon wedi'i amgryptio. Teipiwch ei hymadrodd cyfrin i'w hagor:\n%1",
)
INTRO_CHOOSE = T(
    "The audit database is encrypted on this laptop, so a lost or stolen laptop gives nothing away. Choose a "
    "passphrase of at least 8 characters (a few words are easiest to remember). Without it nobody, not even "
    "support, can open the database:\n%1",
    "Mae'r gronfa ddata archwilio wedi'i hamgryptio ar y gliniadur hwn, felly nid yw gliniadur a gollwyd neu a "
    "gafodd ei ddwyn yn datgelu dim. Dewiswch ymadrodd cyfrin o leiaf 8 nod (ychydig eiriau sydd hawsaf eu "
    "cofio). Hebddo ni all neb, nid hyd yn oed y tîm cymorth, agor y gronfa ddata:\n%1",
)
INTRO_ENCRYPT = T(
    "This audit database was written by an older version of JICPA Desktop without encryption. It is "
    "encrypted now: choose its passphrase (at least 8 characters; a few words are easiest). Nothing in it is "
    "lost:\n%1",
    "Cafodd y gronfa ddata archwilio hon ei hysgrifennu gan fersiwn hŷn o JICPA Desktop heb amgryptio. Caiff "
    "ei hamgryptio nawr: dewiswch ei hymadrodd cyfrin (o leiaf 8 nod; ychydig eiriau sydd hawsaf). Ni chollir "
    "dim ohoni:\n%1",
)
PASSPHRASE = T("&Passphrase:", "&Ymadrodd cyfrin:")
REPEAT = T("&Repeat it:", "&Ailadroddwch ef:")
REMEMBER = T(
    "Let this computer's credential store remember the key (no passphrase at start on this account)",
    "Gadael i storfa gymwysterau'r cyfrifiadur hwn gofio'r allwedd (dim ymadrodd cyfrin wrth gychwyn ar y cyfrif hwn)",
)
OPEN = T("&Open", "&Agor")
QUIT = T("&Quit", "&Gadael")
DIFFERENT = T("The two passphrases differ: type the same one twice.",
              "Mae'r ddau ymadrodd cyfrin yn wahanol: teipiwch yr un un ddwywaith.")
EMPTY = T("Type the passphrase.", "Teipiwch yr ymadrodd cyfrin.")
WAIT = T(
    "%1 wrong passphrases. Wait %2 seconds before the next try (this slows down anyone guessing).",
    "%1 ymadrodd cyfrin anghywir. Arhoswch %2 eiliad cyn y cynnig nesaf (mae hyn yn arafu unrhyw un sy'n dyfalu).",
)
PLAINTEXT_BACKUPS_TITLE = T("Older unencrypted backups", "Hen gopïau wrth gefn heb eu hamgryptio")
PLAINTEXT_BACKUPS = T(
    "The database is encrypted now, but the older version left %1 backup(s) of it unencrypted in:\n%2\n\n"
    "Remove them now? (Keep them only if you still need to go back to the older version.)",
    "Mae'r gronfa ddata wedi'i hamgryptio nawr, ond gadawodd y fersiwn hŷn %1 copi wrth gefn ohoni heb eu "
    "hamgryptio yn:\n%2\n\nEu tynnu nawr? (Cadwch nhw dim ond os oes angen mynd yn ôl i'r fersiwn hŷn arnoch.)",
)
CANNOT_OPEN = T("The audit database cannot be opened", "Ni ellir agor y gronfa ddata archwilio")
