"""Every message a package can be refused with, in English and Welsh: one table for translators and tests.

A ``Message`` is a whole refusal tied to its ``PackageProblem``; a ``Phrase`` is a part of one (why an
entry is unsafe, why a field is not valid). Both are templates for ``str.format``: the English and the
Welsh name the same {placeholders} (file names, form ids, counts), except those listed in ``en_only``,
which carry detail that exists in English only (an operating-system error text, say). A value may itself
be a Phrase or a LocalizedText: each language then gets its own words. tests/handover/test_welsh_errors.py
checks that every problem has a message, every Welsh text is there and differs from the English, the
placeholders agree, and every use in the code passes exactly the placeholders its template names.

The services that check a package against the forms and the store (services/package_import.py,
merge.py, handover.py) take their refusals from here too, so one table covers every PackageProblem.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from jicpa_desktop.domain.localized import Language, LocalizedText
from jicpa_desktop.package_format.errors import PackageError, PackageProblem

P = PackageProblem


def _value(value: object, lang: Language) -> object:
    if isinstance(value, Phrase | Message):
        return value.text().get(lang)
    if isinstance(value, LocalizedText):
        return value.get(lang)
    return value


def _fill(template: str, values: Mapping[str, object], lang: Language) -> str:
    return template.format_map({k: _value(v, lang) for k, v in values.items()})


@dataclass(frozen=True, slots=True)
class Phrase:
    """Part of a message, in both languages."""

    en: str
    cy: str
    en_only: frozenset[str] = field(default_factory=frozenset)

    def text(self, **values: object) -> LocalizedText:
        return LocalizedText(_fill(self.en, values, "en"), _fill(self.cy, values, "cy"))


@dataclass(frozen=True, slots=True)
class Message:
    """A refusal: its problem, and what to say in each language."""

    problem: PackageProblem
    en: str
    cy: str
    en_only: frozenset[str] = field(default_factory=frozenset)

    def text(self, **values: object) -> LocalizedText:
        return LocalizedText(_fill(self.en, values, "en"), _fill(self.cy, values, "cy"))

    def error(self, **values: object) -> PackageError:
        return PackageError(self.problem, self.text(**values))


def catalogue() -> dict[str, Message | Phrase]:
    """Every message and phrase of this module by name (for tests and for translators' review)."""
    return {name: value for name, value in globals().items() if isinstance(value, Message | Phrase)}


NOTHING_IMPORTED = Phrase("Nothing was imported.", "Ni fewnforiwyd dim.")

# -- the envelope: header, encryption ----------------------------------------------------------------------

HEADER_FIELD_INVALID = Message(
    P.NOT_A_PACKAGE, "The package header has no valid {what}.", "Nid oes {what} dilys ym mhennyn y pecyn."
)
HEADER_SALT = Phrase("salt", "halen")
HEADER_NONCE = Phrase("nonce", "rhif untro (nonce)")
HEADER_KEY_CHECK = Phrase("passphrase check", "gwiriad yr ymadrodd cyfrin")
PASSPHRASE_EMPTY = Message(
    P.PASSPHRASE_NEEDED,
    "The passphrase is empty: choose one to protect the package.",
    "Mae'r ymadrodd cyfrin yn wag: dewiswch un i ddiogelu'r pecyn.",
)
HEADER_TRUNCATED = Message(
    P.TRUNCATED,
    "The package is truncated: it ends inside its header.",
    "Mae'r pecyn wedi'i gwtogi: mae'n dod i ben y tu mewn i'w bennyn.",
)
TOO_SHORT = Message(
    P.NOT_A_PACKAGE,
    "This file is not a JICPA package (it is too short).",
    "Nid yw'r ffeil hon yn becyn JICPA (mae'n rhy fyr).",
)
NO_MARKER = Message(
    P.NOT_A_PACKAGE,
    "This file is not a JICPA package (it does not start with the package marker).",
    "Nid yw'r ffeil hon yn becyn JICPA (nid yw'n dechrau â marciwr pecyn).",
)
HEADER_TOO_LONG = Message(
    P.NOT_A_PACKAGE,
    "The package header is implausibly long: the file is damaged.",
    "Mae pennyn y pecyn yn anghredadwy o hir: mae'r ffeil wedi'i difrodi.",
)
HEADER_NOT_JSON = Message(
    P.NOT_A_PACKAGE,
    "The package header is damaged (not readable JSON).",
    "Mae pennyn y pecyn wedi'i ddifrodi (nid yw'n JSON darllenadwy).",
)
HEADER_DAMAGED = Message(P.NOT_A_PACKAGE, "The package header is damaged.", "Mae pennyn y pecyn wedi'i ddifrodi.")
UNKNOWN_ENVELOPE = Message(
    P.UNKNOWN_FORMAT,
    "This package uses envelope format {version!r}; this copy of JICPA Desktop reads format {supported}. "
    "Install the version that wrote it.",
    "Mae'r pecyn hwn yn defnyddio fformat amlen {version!r}; mae'r copi hwn o JICPA Desktop yn darllen "
    "fformat {supported}. Gosodwch y fersiwn a greodd y pecyn.",
)
UNKNOWN_KDF = Message(
    P.UNKNOWN_FORMAT,
    "The package uses a key derivation this version does not know.",
    "Mae'r pecyn yn defnyddio dull deillio allwedd nad yw'r fersiwn hon yn ei adnabod.",
)
KDF_DAMAGED = Message(
    P.NOT_A_PACKAGE,
    "The package header has damaged key parameters.",
    "Mae paramedrau'r allwedd ym mhennyn y pecyn wedi'u difrodi.",
)
KDF_OUT_OF_RANGE = Message(
    P.UNKNOWN_FORMAT,
    "The package's key parameters (scrypt n={n}, r={r}, p={p}) are outside what JICPA Desktop accepts.",
    "Mae paramedrau allwedd y pecyn (scrypt n={n}, r={r}, p={p}) y tu hwnt i'r hyn y mae JICPA Desktop yn ei dderbyn.",
)
SALT_DAMAGED = Message(
    P.NOT_A_PACKAGE, "The package header has a damaged salt.", "Mae'r halen ym mhennyn y pecyn wedi'i ddifrodi."
)
CHECKSUM_MISMATCH = Message(
    P.ALTERED,
    "The package is damaged or truncated: its checksum does not match its contents.",
    "Mae'r pecyn wedi'i ddifrodi neu wedi'i gwtogi: nid yw ei swm gwirio yn cyfateb i'w gynnwys.",
)
UNKNOWN_CIPHER = Message(
    P.UNKNOWN_FORMAT,
    "The package uses a cipher this version does not know ({cipher!r}).",
    "Mae'r pecyn yn defnyddio seiffr nad yw'r fersiwn hon yn ei adnabod ({cipher!r}).",
)
PASSPHRASE_NEEDED = Message(
    P.PASSPHRASE_NEEDED,
    "This package is encrypted: give its passphrase.",
    "Mae'r pecyn hwn wedi'i amgryptio: rhowch ei ymadrodd cyfrin.",
)
WRONG_PASSPHRASE = Message(
    P.WRONG_PASSPHRASE,
    "Wrong passphrase: this package cannot be opened with it. Check with the inspector who exported it.",
    "Ymadrodd cyfrin anghywir: nid oes modd agor y pecyn hwn gydag ef. Holwch yr arolygydd a'i allforiodd.",
)
BODY_MISSING = Message(
    P.TRUNCATED,
    "The package is truncated: its encrypted contents are missing.",
    "Mae'r pecyn wedi'i gwtogi: mae ei gynnwys wedi'i amgryptio ar goll.",
)
AUTHENTICITY_FAILED = Message(
    P.ALTERED,
    "The package is damaged, truncated or has been altered: its contents fail the authenticity check. "
    "Ask for a fresh export.",
    "Mae'r pecyn wedi'i ddifrodi, wedi'i gwtogi neu wedi'i newid: nid yw ei gynnwys yn pasio'r gwiriad "
    "dilysrwydd. Gofynnwch am allforiad newydd.",
)

# -- the archive inside -------------------------------------------------------------------------------------

UNSAFE_ENTRY = Message(
    P.UNSAFE_ENTRY,
    "The package contains an unsafe entry {name!r}: {why}. Nothing was imported.",
    "Mae'r pecyn yn cynnwys eitem anniogel {name!r}: {why}. Ni fewnforiwyd dim.",
)
UNSAFE_NAME_TOO_LONG = Phrase("the name is too long", "mae'r enw'n rhy hir")
UNSAFE_BACKSLASH = Phrase("it contains a backslash", "mae'n cynnwys slaes ôl")
UNSAFE_ABSOLUTE = Phrase("it is an absolute path", "mae'n llwybr absoliwt")
UNSAFE_PARENT = Phrase("it tries to leave the package folder ('..')", "mae'n ceisio gadael ffolder y pecyn ('..')")
UNSAFE_NOT_ALLOWED = Phrase(
    "it is not an entry a JICPA package can hold", "nid yw'n eitem y gall pecyn JICPA ei chynnwys"
)
UNSAFE_TWICE = Phrase("it appears twice", "mae'n ymddangos ddwywaith")
UNSAFE_SYMLINK = Phrase("it is a symbolic link", "mae'n ddolen symbolaidd")
UNSAFE_NOT_FILE = Phrase("it is not a plain file", "nid yw'n ffeil gyffredin")
UNSAFE_ENCRYPTED = Phrase("it is encrypted inside the archive", "mae wedi'i hamgryptio y tu mewn i'r archif")
UNSAFE_COMPRESSION = Phrase(
    "it uses an unsupported compression method", "mae'n defnyddio dull cywasgu nad yw'n cael ei gefnogi"
)
ENTRY_OVERFLOW = Message(
    P.TOO_LARGE,
    "The entry {name!r} is larger than it declares or than the limits allow (a possible decompression bomb). "
    "Nothing was imported.",
    "Mae'r eitem {name!r} yn fwy na'r maint y mae'n ei ddatgan, neu'n fwy nag y mae'r terfynau'n ei "
    "ganiatáu (bom datgywasgu posibl). Ni fewnforiwyd dim.",
)
NOT_AN_ARCHIVE = Message(
    P.ALTERED,
    "The package contents are not a readable archive (damaged or truncated).",
    "Nid oes modd darllen cynnwys y pecyn fel archif (mae wedi'i ddifrodi neu wedi'i gwtogi).",
)
TOO_MANY_ENTRIES = Message(
    P.TOO_LARGE,
    "The package has {count} entries; at most {limit} are allowed.",
    "Mae gan y pecyn {count} eitem; caniateir {limit} ar y mwyaf.",
)
ENTRY_TOO_LARGE = Message(
    P.TOO_LARGE,
    "The entry {name!r} would be {size} bytes; the limit is {limit}. Nothing was imported.",
    "Byddai'r eitem {name!r} yn {size} beit; y terfyn yw {limit}. Ni fewnforiwyd dim.",
)
ENTRY_RATIO = Message(
    P.TOO_LARGE,
    "The entry {name!r} expands {ratio} times: refused as a possible decompression bomb. Nothing was imported.",
    "Mae'r eitem {name!r} yn ehangu {ratio} gwaith: fe'i gwrthodwyd fel bom datgywasgu posibl. Ni fewnforiwyd dim.",
)
TOTAL_TOO_LARGE = Message(
    P.TOO_LARGE,
    "The package would expand to {total} bytes; the limit is {limit}.",
    "Byddai'r pecyn yn ehangu i {total} beit; y terfyn yw {limit}.",
)
ENTRY_DAMAGED = Message(
    P.ALTERED,
    "The entry {name!r} is damaged ({error}). Nothing was imported.",
    "Mae'r eitem {name!r} wedi'i difrodi ({error}). Ni fewnforiwyd dim.",
)

# -- the entries: schema checks (checks.bad) ----------------------------------------------------------------

BAD_SCHEMA = Message(
    P.BAD_SCHEMA,
    "The package is not valid: {where} {why}. Nothing was imported.",
    "Nid yw'r pecyn yn ddilys ({where}): {why}. Ni fewnforiwyd dim.",
)
NOT_JSON = Phrase("is not readable JSON", "nid yw'n JSON darllenadwy")
SHOULD_BE_OBJECT = Phrase("should be an object", "dylai fod yn wrthrych")
SHOULD_BE_LIST = Phrase("should be a list", "dylai fod yn rhestr")
SHOULD_BE_TEXT = Phrase("should be a text", "dylai fod yn destun")
SHOULD_BE_NON_EMPTY_TEXT = Phrase("should be a text (not empty)", "dylai fod yn destun (nid yn wag)")
SHOULD_BE_WHOLE_NUMBER = Phrase(
    "should be a whole number of at least {minimum}", "dylai fod yn rhif cyfan o {minimum} o leiaf"
)
SHOULD_BE_NUMBER = Phrase("should be a number", "dylai fod yn rhif")
SHOULD_BE_BOOLEAN = Phrase("should be true or false", "dylai fod yn wir neu'n gau (true/false)")
SHOULD_BE_IDENT = Phrase(
    "should be an identifier (letters, digits, _)", "dylai fod yn ddynodydd (llythrennau, digidau, _)"
)
SHOULD_BE_STABLE_ID = Phrase("should be a stable id (a UUID)", "dylai fod yn ddynodydd sefydlog (UUID)")
SHOULD_BE_TIME = Phrase(
    "should be a UTC time such as 2024-01-15T09:30:00.000000Z",
    "dylai fod yn amser UTC fel 2024-01-15T09:30:00.000000Z",
)
SHOULD_BE_TEXT_LIST = Phrase("should be a list of texts", "dylai fod yn rhestr o destunau")
SHOULD_MAP_TEXTS = Phrase("should map texts to texts", "dylai baru testunau â thestunau")
SHOULD_NOT_BE_BOOLEAN = Phrase("should not be true/false", "ni ddylai fod yn wir/gau (true/false)")
SHOULD_BE_FINITE = Phrase("should be a finite number", "dylai fod yn rhif meidraidd")
NOT_AN_ANSWER_VALUE = Phrase("is not a value an answer can hold", "nid yw'n werth y gall ateb ei gynnwys")
SHOULD_BE_VERSION_ID = Phrase("should be a version id", "dylai fod yn ddynodydd fersiwn")
REPEATS_A_VERSION = Phrase("repeats a version", "mae'n ailadrodd fersiwn")
IS_MISSING = Phrase("is missing", "mae ar goll")
SHOULD_BE_ONE_OF = Phrase("should be one of {choices}", "dylai fod yn un o {choices}")
IS_EMPTY = Phrase("is empty", "mae'n wag")
NOT_A_MANIFEST = Phrase("is not a JICPA package manifest", "nid yw'n faniffest pecyn JICPA")
SHOULD_LIST_CASE_IDS = Phrase("should list case ids", "dylai restru dynodyddion ffeiliau achos")
SHOULD_HOLD_WHOLE_NUMBERS = Phrase("should hold whole numbers", "dylai gynnwys rhifau cyfan")
SHOULD_BE_SHA256 = Phrase("should be a SHA-256 in hex", "dylai fod yn SHA-256 mewn hecs")
LISTS_TWICE = Phrase("lists {name!r} twice", "mae'n rhestru {name!r} ddwywaith")
NAMES_OTHER_FORM_VERSION = Phrase(
    "names a different form version than its file name",
    "mae'n enwi fersiwn o'r ffurflen sy'n wahanol i'r un yn enw'r ffeil",
)
UNKNOWN_FORMAT_VERSION = Message(
    P.UNKNOWN_FORMAT,
    "This package uses format version {version!r}; this copy of JICPA Desktop reads versions up to {supported}. "
    "Install the version that wrote it. Nothing was imported.",
    "Mae'r pecyn hwn yn defnyddio fersiwn {version!r} o'r fformat; mae'r copi hwn o JICPA Desktop yn darllen "
    "fersiynau hyd at {supported}. Gosodwch y fersiwn a greodd y pecyn. Ni fewnforiwyd dim.",
)

# -- the package as a whole: manifest, hashes, internal consistency ----------------------------------------

PACKAGE_TOO_LARGE = Message(
    P.TOO_LARGE,
    "{file} is {size} bytes; packages larger than {limit} are refused.",
    "Mae {file} yn {size} beit; caiff pecynnau sy'n fwy na {limit} beit eu gwrthod.",
)
CANNOT_READ = Message(P.NOT_A_PACKAGE, "Cannot read {path}: {reason}.", "Ni ellir darllen {path}: {reason}.")
NO_MANIFEST = Message(
    P.BAD_SCHEMA,
    "The package has no manifest.json. Nothing was imported.",
    "Nid oes manifest.json yn y pecyn. Ni fewnforiwyd dim.",
)
PROTECTION_MISMATCH = Message(
    P.ALTERED,
    "The package's manifest does not match how the file is protected.",
    "Nid yw maniffest y pecyn yn cyfateb i'r ffordd y mae'r ffeil wedi'i diogelu.",
)
UNLISTED_ENTRY = Message(
    P.UNSAFE_ENTRY,
    "The package contains an entry {name!r} that its manifest does not list. Nothing was imported.",
    "Mae'r pecyn yn cynnwys eitem {name!r} nad yw ei faniffest yn ei rhestru. Ni fewnforiwyd dim.",
)
LISTED_ENTRY_MISSING = Message(
    P.HASH_MISMATCH,
    "The entry {name!r} listed in the manifest is missing.",
    "Mae'r eitem {name!r} a restrir yn y maniffest ar goll.",
)
ENTRY_HASH_MISMATCH = Message(
    P.HASH_MISMATCH,
    "The entry {name!r} does not match its SHA-256 in the manifest: the package is damaged or has been "
    "altered. Nothing was imported.",
    "Nid yw'r eitem {name!r} yn cyfateb i'w SHA-256 yn y maniffest: mae'r pecyn wedi'i ddifrodi neu wedi'i "
    "newid. Ni fewnforiwyd dim.",
)
DATA_ENTRY_MISSING = Message(
    P.BAD_SCHEMA, "The package has no {name}. Nothing was imported.", "Nid oes {name} yn y pecyn. Ni fewnforiwyd dim."
)
DATA_OTHER_INSPECTION = Message(
    P.INCONSISTENT,
    "The package's manifest and its data name different inspections. Nothing was imported.",
    "Mae maniffest y pecyn a'i ddata yn enwi arolygiadau gwahanol. Ni fewnforiwyd dim.",
)
DUPLICATE_ID = Message(
    P.INCONSISTENT,
    "The package lists a {what} id twice. Nothing was imported.",
    "Mae'r pecyn yn rhestru'r un {what} ddwywaith. Ni fewnforiwyd dim.",
)
# The "(or a" of the English completes as "… name (or a id) twice": kept as it always read.
ID_TEAM_MEMBER = Phrase("team member", "dynodydd aelod o'r tîm")
ID_TEAM_MEMBER_NAME = Phrase("team member name (or a", "enw aelod o'r tîm (neu ddynodydd)")
ID_CASE_FILE = Phrase("case file", "dynodydd ffeil achos")
ID_CASE_REFERENCE = Phrase("case reference and agency (or a", "cyfeirnod ac asiantaeth ffeil achos (neu ddynodydd)")
ID_FORM_RESPONSE = Phrase("form response", "dynodydd ymateb i ffurflen")
ID_CASE_AND_FORM = Phrase("case file and form (or a", "ffeil achos a ffurflen (neu ddynodydd)")
ID_REMOVED_CASE = Phrase("removed case file", "dynodydd ffeil achos a dynnwyd")
ID_CONVERSATION = Phrase("file's conversation (or a", "sgwrs ffeil (neu ddynodydd)")
CONVERSATION_WITHOUT_CASE = Message(
    P.INCONSISTENT,
    "A conversation allocation ({person}) names a case file the package does not hold.",
    "Mae dyraniad sgwrs ({person}) yn enwi ffeil achos nad yw yn y pecyn.",
)
CONVERSATION_MEMBER_NOT_IN_TEAM = Message(
    P.INCONSISTENT,
    "A conversation allocation ({person}) names an inspector who is not in the package's team.",
    "Mae dyraniad sgwrs ({person}) yn enwi arolygydd nad yw yn nhîm y pecyn.",
)
UNKNOWN_CONVERSATION = Message(
    P.INCONSISTENT,
    "A conversation allocation names {person!r}, which is not one of the people a tracked file's conversations "
    "are held with.",
    "Mae dyraniad sgwrs yn enwi {person!r}, nad yw'n un o'r bobl y cynhelir sgyrsiau ffeil wedi'i holrhain â nhw.",
)
DUPLICATE_ROW = Message(
    P.INCONSISTENT,
    "The package lists a repeat row twice. Nothing was imported.",
    "Mae'r pecyn yn rhestru'r un rhes ailadrodd ddwywaith. Ni fewnforiwyd dim.",
)
INSPECTOR_NOT_IN_TEAM = Message(
    P.INCONSISTENT,
    "Case file {reference} names an inspector who is not in the package's team.",
    "Mae ffeil achos {reference} yn enwi arolygydd nad yw yn nhîm y pecyn.",
)
RESPONSE_WITHOUT_CASE = Message(
    P.INCONSISTENT,
    "Form response {id} belongs to no case file in the package.",
    "Nid yw'r ymateb i ffurflen {id} yn perthyn i unrhyw ffeil achos yn y pecyn.",
)
ROW_WITHOUT_RESPONSE = Message(
    P.INCONSISTENT,
    "Repeat row {id} belongs to no form response in the package.",
    "Nid yw'r rhes ailadrodd {id} yn perthyn i unrhyw ymateb i ffurflen yn y pecyn.",
)
DUPLICATE_FIELD = Message(
    P.INCONSISTENT, "The package lists the field {field} twice.", "Mae'r pecyn yn rhestru'r maes {field} ddwywaith."
)
ANSWER_WITHOUT_RESPONSE = Message(
    P.INCONSISTENT,
    "An answer to {question} belongs to no form response in the package.",
    "Nid yw ateb i {question} yn perthyn i unrhyw ymateb i ffurflen yn y pecyn.",
)
ANSWER_ROW_MISSING = Message(
    P.INCONSISTENT,
    "An answer to {question} names a repeat row the package does not hold.",
    "Mae ateb i {question} yn enwi rhes ailadrodd nad yw yn y pecyn.",
)
DUPLICATE_VERSION = Message(
    P.INCONSISTENT,
    "The package lists a value version twice. Nothing was imported.",
    "Mae'r pecyn yn rhestru'r un fersiwn o werth ddwywaith. Ni fewnforiwyd dim.",
)
HISTORY_INCOMPLETE = Message(
    P.INCONSISTENT,
    "The history of {field} is incomplete (a version's parent is missing). Nothing was imported.",
    "Mae hanes {field} yn anghyflawn (mae rhiant fersiwn ar goll). Ni fewnforiwyd dim.",
)
HISTORY_LOOP = Message(
    P.INCONSISTENT,
    "A value history in the package loops on itself.",
    "Mae hanes gwerth yn y pecyn yn dolennu'n ôl arno'i hun.",
)

# -- checked by the import service (services/package_import.py): after "<file name>: " --------------------

FILE_TOO_LARGE = Message(
    P.TOO_LARGE,
    "the file is {size} bytes; packages larger than {limit} bytes are refused.",
    "mae'r ffeil yn {size} beit; caiff pecynnau sy'n fwy na {limit} beit eu gwrthod.",
)
FILE_UNREADABLE = Message(P.NOT_A_PACKAGE, "cannot be read ({reason}).", "ni ellir ei darllen ({reason}).")
FORM_VERSION_DIFFERS = Message(
    P.INCONSISTENT,
    "it carries a version {version} of form {form!r} that differs from the one this laptop already has. "
    "Nothing was imported.",
    "mae'n cynnwys fersiwn {version} o'r ffurflen {form!r} sy'n wahanol i'r un sydd gan y gliniadur hwn "
    "eisoes. Ni fewnforiwyd dim.",
)
# validate(): each is followed by NOTHING_IMPORTED.
BAD_DATES = Message(
    P.BAD_SCHEMA, "the inspection's dates are not dates.", "nid yw dyddiadau'r arolygiad yn ddyddiadau."
)
BAD_TEAM_MEMBER = Message(
    P.BAD_SCHEMA,
    "team member {name!r} has an unknown inspectorate or role.",
    "mae gan aelod o'r tîm {name!r} arolygiaeth neu rôl anhysbys.",
)
UNKNOWN_AGENCY = Message(
    P.BAD_SCHEMA,
    "case file {reference!r} names an unknown agency {agency!r}.",
    "mae ffeil achos {reference!r} yn enwi asiantaeth anhysbys {agency!r}.",
)
UNKNOWN_CASE_KIND = Message(
    P.BAD_SCHEMA,
    "case file {reference!r} has an unknown kind {kind!r}.",
    "mae gan ffeil achos {reference!r} fath anhysbys {kind!r}.",
)
# domain/case_reference.py explains a bad reference in English only: the Welsh states the rule instead.
BAD_CASE_REFERENCE = Message(
    P.BAD_SCHEMA,
    "case file {reference!r}: {problem}",
    "nid yw ffeil achos {reference!r} yn gyfeirnod achos derbyniol: defnyddiwch 2–32 o lythrennau, digidau, "
    "'-', '_', '/' neu '.', heb fylchau a gydag o leiaf un digid (er enghraifft CDF24-07), byth enw plentyn.",
    en_only=frozenset({"problem"}),
)
FORM_UNKNOWN = Message(
    P.UNKNOWN_FORM,
    "it holds answers to a form {form!r} this copy of JICPA Desktop does not know.",
    "mae'n cynnwys atebion i ffurflen {form!r} nad yw'r copi hwn o JICPA Desktop yn ei hadnabod.",
)
FORM_VERSION_UNKNOWN = Message(
    P.UNKNOWN_FORM,
    "it holds answers to version {version} of form {form!r}, which neither this laptop nor the package has.",
    "mae'n cynnwys atebion i fersiwn {version} o'r ffurflen {form!r}, nad yw ar y gliniadur hwn nac yn y pecyn.",
)
# A carried form definition that the forms engine refuses (docs/forms.md, "Limits"): too large, nested or
# aliased past the reader's limits, or broken. The engine's problem is in English only: the Welsh says why.
FORM_SNAPSHOT_REFUSED = Message(
    P.UNKNOWN_FORM,
    "it carries version {version} of form {form!r}, whose definition cannot be used: {problem}.",
    "mae'n cynnwys fersiwn {version} o'r ffurflen {form!r}, ac ni ellir defnyddio ei diffiniad: mae'n rhy fawr "
    "neu'n rhy gymhleth i'w ddarllen, neu mae gwallau ynddo.",
    en_only=frozenset({"problem"}),
)
FORM_NOT_LISTED = Message(
    P.INCONSISTENT,
    "its manifest does not list form {form!r} version {version}.",
    "nid yw ei faniffest yn rhestru fersiwn {version} o'r ffurflen {form!r}.",
)
FORM_NOT_FOR_AGENCY = Message(
    P.INCONSISTENT,
    "form {form!r} is not used for {agency} records.",
    "ni ddefnyddir y ffurflen {form!r} ar gyfer cofnodion {agency}.",
)
ROW_NOT_A_REPEAT = Message(
    P.UNKNOWN_QUESTION,
    "it has a row of {group!r}, which is not a repeat group of form {form!r}.",
    "mae ganddo res o {group!r}, nad yw'n grŵp ailadrodd yn y ffurflen {form!r}.",
)
NOT_ANSWERS = Message(
    P.BAD_SCHEMA,
    "data/answers.json holds something other than answers.",
    "mae data/answers.json yn cynnwys rhywbeth heblaw atebion.",
)
QUESTION_UNKNOWN = Message(
    P.UNKNOWN_QUESTION,
    "it answers a question {question!r} that form {form!r} (version {version}) does not have.",
    "mae'n ateb cwestiwn {question!r} nad yw yn y ffurflen {form!r} (fersiwn {version}).",
)
WRONG_REPEAT_ROW = Message(
    P.INCONSISTENT,
    "its answer to {question!r} is in the wrong repeat row.",
    "mae ei ateb i {question!r} yn y rhes ailadrodd anghywir.",
)
NOT_GRADES = Message(
    P.BAD_SCHEMA,
    "data/grades.json holds something other than grades.",
    "mae data/grades.json yn cynnwys rhywbeth heblaw graddau.",
)
AUDIT_CHAIN_BROKEN = Message(
    P.AUDIT_CHAIN_BROKEN,
    "The audit trail in this package has been altered: event {event} (written {at}, position {position} of the "
    "sender's chain) does not hold: {what}. Nothing was imported. Ask the sender for a new package made on their "
    "laptop, and tell the lead inspector.",
    "Mae'r trywydd archwilio yn y pecyn hwn wedi'i newid: nid yw digwyddiad {event} (a ysgrifennwyd {at}, safle "
    "{position} yng nghadwyn yr anfonwr) yn dal: {what}. Ni fewnforiwyd dim. Gofynnwch i'r anfonwr am becyn newydd "
    "wedi'i wneud ar ei liniadur, a dywedwch wrth yr arolygydd arweiniol.",
)
AUDIT_CHAIN_PLACES = Message(
    P.AUDIT_CHAIN_BROKEN,
    "The audit trail in this package has been altered: position {position} of the sender's chain of {length} events "
    "is missing or given twice. Nothing was imported. Ask the sender for a new package made on their laptop.",
    "Mae'r trywydd archwilio yn y pecyn hwn wedi'i newid: mae safle {position} yng nghadwyn yr anfonwr o {length} "
    "digwyddiad ar goll neu wedi'i roi ddwywaith. Ni fewnforiwyd dim. Gofynnwch i'r anfonwr am becyn newydd wedi'i "
    "wneud ar ei liniadur.",
)
AUDIT_EVENT_UNCHAINED = Message(
    P.AUDIT_CHAIN_BROKEN,
    "The audit trail in this package has been altered: event {event} has no place in the sender's chain. Nothing "
    "was imported. Ask the sender for a new package made on their laptop.",
    "Mae'r trywydd archwilio yn y pecyn hwn wedi'i newid: nid oes gan ddigwyddiad {event} le yng nghadwyn yr "
    "anfonwr. Ni fewnforiwyd dim. Gofynnwch i'r anfonwr am becyn newydd wedi'i wneud ar ei liniadur.",
)
AUDIT_CHAIN_MISSING = Message(
    P.AUDIT_CHAIN_BROKEN,
    "The audit trail in this package has been altered: its events are linked in a chain but the chain's record "
    "(data/audit_chain.json) is missing. Nothing was imported. Ask the sender for a new package made on their laptop.",
    "Mae'r trywydd archwilio yn y pecyn hwn wedi'i newid: mae ei ddigwyddiadau wedi'u cysylltu mewn cadwyn ond mae "
    "cofnod y gadwyn (data/audit_chain.json) ar goll. Ni fewnforiwyd dim. Gofynnwch i'r anfonwr am becyn newydd "
    "wedi'i wneud ar ei liniadur.",
)
BAD_AUDIT_EVENT = Message(P.BAD_SCHEMA, "an audit event is malformed.", "mae digwyddiad archwilio wedi'i gamffurfio.")
VALUE_INVALID = Message(
    P.INVALID_VALUE,
    "its value for {question!r} is not valid for that question: {reason}.",
    "nid yw ei werth ar gyfer {question!r} yn ddilys i'r cwestiwn hwnnw: {reason}.",
)
VALUE_NOT_CANONICAL = Message(
    P.INVALID_VALUE,
    "its value for {question!r} ({value!r}) is not in the form that question stores.",
    "nid yw ei werth ar gyfer {question!r} ({value!r}) yn y ffurf y mae'r cwestiwn hwnnw'n ei chadw.",
)
GRADE_MALFORMED = Message(P.INVALID_VALUE, "a {entity} value is malformed.", "mae gwerth {entity} wedi'i gamffurfio.")
GRADE_NOT_A_RECORD = Message(
    P.INVALID_VALUE,
    "a {entity} value is not a valid grade record.",
    "nid yw gwerth {entity} yn gofnod gradd dilys.",
)

# -- the merge (services/merge.py): after "<file name>: ", followed by NOTHING_IMPORTED --------------------

MEMBER_ID_CLASH = Message(
    P.INCONSISTENT,
    "team member id {id} names someone else on this laptop.",
    "mae dynodydd aelod o'r tîm {id} yn enwi rhywun arall ar y gliniadur hwn.",
)
MEMBER_NAME_CLASH = Message(
    P.INCONSISTENT,
    "the lead renamed a team member {name!r}, but another member on this laptop has that name. Rename or "
    "retire one of them on the lead's laptop and export again.",
    "ailenwodd yr arweinydd aelod o'r tîm yn {name!r}, ond mae gan aelod arall ar y gliniadur hwn yr enw hwnnw. "
    "Ailenwch neu tynnwch un ohonynt ar liniadur yr arweinydd ac allforio eto.",
)
CASE_ID_CLASH = Message(
    P.INCONSISTENT,
    "case file id {id} names a different file on this laptop.",
    "mae dynodydd ffeil achos {id} yn enwi ffeil wahanol ar y gliniadur hwn.",
)
RESPONSE_ID_CLASH = Message(
    P.INCONSISTENT,
    "form response id {id} names a different form or file on this laptop.",
    "mae dynodydd ymateb i ffurflen {id} yn enwi ffurflen neu ffeil wahanol ar y gliniadur hwn.",
)
ROW_ID_CLASH = Message(
    P.INCONSISTENT,
    "repeat row {id} belongs to a different form on this laptop.",
    "mae rhes ailadrodd {id} yn perthyn i ffurflen wahanol ar y gliniadur hwn.",
)
VERSION_ALTERED = Message(
    P.INCONSISTENT,
    "value version {id} differs from the one this laptop already holds (the package was altered, or a "
    "database file was copied between laptops).",
    "mae'r fersiwn o werth {id} yn wahanol i'r un sydd gan y gliniadur hwn eisoes (cafodd y pecyn ei newid, "
    "neu cafodd ffeil cronfa ddata ei chopïo o un gliniadur i'r llall).",
)
UNNAMED_PACKAGE = Phrase("package", "pecyn")

# -- an import of several packages (services/handover.py) --------------------------------------------------

TWIN_PACKAGES_DIFFER = Message(
    P.INCONSISTENT,
    "{first} and {second} claim to be the same package but differ: one of them has been altered. Nothing was imported.",
    "Mae {first} a {second} yn honni mai'r un pecyn ydyn nhw, ond maen nhw'n wahanol: mae un ohonyn nhw wedi'i "
    "newid. Ni fewnforiwyd dim.",
)
NOT_THE_OPEN_INSPECTION = Message(
    P.OTHER_INSPECTION,
    "{file}: this package is for another inspection ('{name}', {id}), not the one open here. Nothing was imported.",
    "{file}: mae'r pecyn hwn ar gyfer arolygiad arall ('{name}', {id}), nid yr un sydd ar agor yma. "
    "Ni fewnforiwyd dim.",
)
MIXED_INSPECTIONS = Message(
    P.OTHER_INSPECTION,
    "These packages are for different inspections: import them separately. Nothing was imported.",
    "Mae'r pecynnau hyn ar gyfer arolygiadau gwahanol: mewnforiwch nhw ar wahân. Ni fewnforiwyd dim.",
)
INSPECTION_NOT_HERE = Message(
    P.OTHER_INSPECTION,
    "{file}: this package is for the inspection '{name}' ({id}), which is not on this laptop. Import the lead "
    "inspector's consolidated package first. Nothing was imported.",
    "{file}: mae'r pecyn hwn ar gyfer yr arolygiad '{name}' ({id}), nad yw ar y gliniadur hwn. Mewnforiwch "
    "becyn cyfunol yr arolygydd arweiniol yn gyntaf. Ni fewnforiwyd dim.",
)
# Not a problem with a package: no package was given (problem "no_package").
NOT_ENCRYPTED_WARNING = Phrase(
    "{file} is NOT encrypted: it was exported without a passphrase, so anyone who had the file (on a USB stick, "
    "in an email) could read it. Ask for encrypted packages (exported with a passphrase) from now on, and "
    "delete this file once it is imported.",
    "NID yw {file} wedi'i amgryptio: cafodd ei allforio heb ymadrodd cyfrin, felly gallai unrhyw un a gafodd y "
    "ffeil (ar ffon USB, mewn e-bost) ei darllen. Gofynnwch am becynnau wedi'u hamgryptio (wedi'u hallforio ag "
    "ymadrodd cyfrin) o hyn ymlaen, a dilëwch y ffeil hon unwaith y bydd wedi'i mewnforio.",
)
NO_PACKAGE_CHOSEN = Phrase("Choose at least one package to import.", "Dewiswch o leiaf un pecyn i'w fewnforio.")
