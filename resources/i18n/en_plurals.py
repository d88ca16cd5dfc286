"""English plural forms of the counted interface strings, read by `make translations` into jicpa_en.qm.

Qt's two English forms: n = 1, then every other n (0 included: "0 files").
"""

NUMERUS: dict[str, tuple[str, str]] = {
    "%n file(s)": ("%n file", "%n files"),
    "%1 of %n file(s) shown": ("%1 of %n file shown", "%1 of %n files shown"),
    "%n conflict(s) to resolve.": ("%n conflict to resolve.", "%n conflicts to resolve."),
    "%n conflict(s) to resolve": ("%n conflict to resolve", "%n conflicts to resolve"),
    "%n package(s): ": ("%n package: ", "%n packages: "),
    "%n new file(s)": ("%n new file", "%n new files"),
    "%n file(s) removed": ("%n file removed", "%n files removed"),
    "%n changed answer(s)": ("%n changed answer", "%n changed answers"),
    "%n conflict(s)": ("%n conflict", "%n conflicts"),
    "%n of them imported before.": ("%n of them was imported before.", "%n of them were imported before."),
    "Nothing was imported from %1: %n row(s) need fixing. Correct them in the file and import it again; no file "
    "is added until every row is right.": (
        "Nothing was imported from %1: %n row needs fixing. Correct it in the file and import it again; no file "
        "is added until every row is right.",
        "Nothing was imported from %1: %n rows need fixing. Correct them in the file and import it again; no file "
        "is added until every row is right.",
    ),
    "%n file(s) imported from %1.": ("%n file imported from %1.", "%n files imported from %1."),
    "%1 of %n question(s) answered · %2 required missing · %3 evidence missing": (
        "%1 of %n question answered · %2 required missing · %3 evidence missing",
        "%1 of %n questions answered · %2 required missing · %3 evidence missing",
    ),
    "%n meeting(s) observed.": ("%n meeting observed.", "%n meetings observed."),
}
