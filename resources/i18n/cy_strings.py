"""Welsh for the interface, read by `python -m jicpa_desktop.ui.i18n_build` (make translations).

ANYWHERE maps an English source string to its Welsh wherever it appears; BY_CONTEXT overrides it for one
context when the same English needs different Welsh. QT_STRINGS is our stand-in for the qtbase Welsh
translation Qt does not ship: standard buttons, message boxes and wizard buttons. Strings not listed stay
type="unfinished" in the .ts for a Welsh-speaking reviewer (lrelease still includes what is there).
"""

BY_CONTEXT: dict[str, dict[str, str]] = {}

ANYWHERE: dict[str, str] = {
    # -- menus and main window --
    "&File": "&Ffeil",
    "&New inspection…": "Arolygiad &newydd…",
    "&Open inspection…": "&Agor arolygiad…",
    "Open the &demo inspection": "Agor yr arolygiad &enghreifftiol",
    "&Settings…": "&Gosodiadau…",
    "Deletion &records…": "&Cofnodion dileu…",
    "&Quit": "&Gadael",
    "Field&work": "&Gwaith maes",
    "&Dashboard": "&Dangosfwrdd",
    "New &file…": "&Ffeil achos newydd…",
    "&Import sampling list…": "&Mewnforio rhestr samplu…",
    "&Search files": "&Chwilio ffeiliau",
    "&Go": "&Mynd",
    "&Back": "&Yn ôl",
    "&Next form": "Ffurflen &nesaf",
    "&Previous form": "Ffurflen fla&enorol",
    "Next &unanswered question": "Y cwestiwn &nesaf heb ei ateb",
    "&Escalate now…": "&Uwchgyfeirio nawr…",
    "E&xport": "&Allforio",
    "&Excel grid…": "Grid &Excel…",
    "&PDF grid…": "Grid &PDF…",
    "&Case report PDF…": "Adroddiad &achos PDF…",
    "&Team": "&Tîm",
    "&Export package…": "&Allforio pecyn…",
    "&Import packages…": "&Mewnforio pecynnau…",
    "&Conflicts…": "&Gwrthdaro…",
    "&Moderation…": "&Safoni…",
    "&Help": "&Cymorth",
    "&Keyboard shortcuts": "&Llwybrau byr y bysellfwrdd",
    "&About JICPA Desktop": "&Ynghylch JICPA Desktop",
    "Open a case file first, then export its report.": "Agorwch ffeil achos yn gyntaf, yna allforiwch ei hadroddiad.",
    "JICPA Desktop": "JICPA Desktop",
    "Opening the audit database…": "Wrthi'n agor y gronfa ddata archwilio…",
    "Save status": "Statws cadw",
    "The audit database cannot be opened": "Nid oes modd agor y gronfa ddata archwilio",
    "← Back to the file": "← Yn ôl i'r ffeil",
    "◀ Previous form": "◀ Ffurflen flaenorol",
    "Next form ▶": "Ffurflen nesaf ▶",
    "Ctrl+Page Up": "Ctrl+Page Up",
    "Ctrl+Page Down": "Ctrl+Page Down",
    "Alt+Left": "Alt+Chwith",
    "Form %1 of %2": "Ffurflen %1 o %2",
    "Every question on this form is answered.": "Mae pob cwestiwn ar y ffurflen hon wedi'i ateb.",
    "Not saved": "Heb ei gadw",
    "Saving…": "Wrthi'n cadw…",
    "Saved %1": "Cadwyd %1",
    "Your last change was not saved": "Ni chadwyd eich newid diwethaf",
    # -- the error presenter --
    "The audit database cannot be used right now": "Nid oes modd defnyddio'r gronfa ddata archwilio ar hyn o bryd",
    "This package cannot be used": "Nid oes modd defnyddio'r pecyn hwn",
    "This cannot be done as asked": "Nid oes modd gwneud hyn fel y gofynnwyd",
    "Building the demo inspection…": "Wrthi'n creu'r arolygiad enghreifftiol…",
    "Import a sampling list": "Mewnforio rhestr samplu",
    "Sampling lists (*.csv *.xlsx);;All files (*)": "Rhestrau samplu (*.csv *.xlsx);;Pob ffeil (*)",
    "Importing the sampling list…": "Wrthi'n mewnforio'r rhestr samplu…",
    "New file": "Ffeil achos newydd",
    "Dashboard": "Dangosfwrdd",
    "Back": "Yn ôl",
    "Next form / previous form": "Ffurflen nesaf / ffurflen flaenorol",
    "Next unanswered question": "Y cwestiwn nesaf heb ei ateb",
    "Escalate now": "Uwchgyfeirio nawr",
    "Move between questions": "Symud rhwng cwestiynau",
    "Choose an answer": "Dewis ateb",
    "Arrow keys, Space; Delete clears": "Bysellau saeth, Bylchwr; mae Delete yn clirio",
    "Open a calendar in a date": "Agor calendr mewn dyddiad",
    "Keyboard shortcuts": "Llwybrau byr y bysellfwrdd",
    "About JICPA Desktop": "Ynghylch JICPA Desktop",
    "JICPA Desktop %1\nOffline audit tool for Joint Inspections of Child Protection Arrangements in Wales."
    "\nDatabase: %2": "JICPA Desktop %1\nAdnodd archwilio all-lein ar gyfer Arolygiadau ar y Cyd o Drefniadau "
    "Amddiffyn Plant yng Nghymru.\nCronfa ddata: %2",
    "Some changes are still being saved. Close anyway? The last change may be lost.":
        "Mae rhai newidiadau'n dal i gael eu cadw. Cau beth bynnag? Gallai'r newid diwethaf gael ei golli.",
    # -- start page --
    "Joint Inspections of Child Protection Arrangements: fieldwork audit":
        "Arolygiadau ar y Cyd o Drefniadau Amddiffyn Plant: archwilio gwaith maes",
    "Welcome. There is no inspection in this database yet. Open the demo inspection to see how the app works "
    "with fictional files, or set up the inspection you are about to carry out.":
        "Croeso. Nid oes arolygiad yn y gronfa ddata hon eto. Agorwch yr arolygiad enghreifftiol i weld sut "
        "mae'r ap yn gweithio gyda ffeiliau ffug, neu sefydlwch yr arolygiad rydych ar fin ei gynnal.",
    "&Inspections in this database:": "&Arolygiadau yn y gronfa ddata hon:",
    "Inspections in this database": "Arolygiadau yn y gronfa ddata hon",
    "&Open inspection": "&Agor arolygiad",
    "%1 files": "%1 ffeil",
    # -- dashboard --
    "Forms complete across the inspection": "Ffurflenni wedi'u cwblhau ar draws yr arolygiad",
    "Forms complete:": "Ffurflenni wedi'u cwblhau:",
    "Search reference, agency or inspector (Ctrl+F)": "Chwilio cyfeirnod, asiantaeth neu arolygydd (Ctrl+F)",
    "Search files": "Chwilio ffeiliau",
    "Sampled and tracked": "Wedi'u samplu a'u tracio",
    "Filter by sampled or tracked": "Hidlo yn ôl wedi'i samplu neu wedi'i dracio",
    "All agencies": "Pob asiantaeth",
    "Filter by agency": "Hidlo yn ôl asiantaeth",
    "All inspectors": "Pob arolygydd",
    "Filter by inspector": "Hidlo yn ôl arolygydd",
    "Any status": "Unrhyw statws",
    "Filter by status": "Hidlo yn ôl statws",
    "Escalated only": "Wedi'u huwchgyfeirio yn unig",
    "Add a file…": "Ychwanegu ffeil…",
    "Add a case file to this inspection (Ctrl+N)": "Ychwanegu ffeil achos at yr arolygiad hwn (Ctrl+N)",
    "Import sampling list…": "Mewnforio rhestr samplu…",
    "Case files": "Ffeiliau achos",
    "By inspector and agency": "Yn ôl arolygydd ac asiantaeth",
    "Progress by inspector and agency": "Cynnydd yn ôl arolygydd ac asiantaeth",
    "Local terms: %1": "Termau lleol: %1",
    "Answers missing: %1": "Atebion ar goll: %1",
    "Evidence missing: %1": "Tystiolaeth ar goll: %1",
    "Escalations: %1": "Uwchgyfeiriadau: %1",
    "%1 of %2 files shown": "Yn dangos %1 o %2 ffeil",
    "Case reference": "Cyfeirnod yr achos",
    "Sampled / tracked": "Samplu / tracio",
    "Agency": "Asiantaeth",
    "Inspector": "Arolygydd",
    "Status": "Statws",
    "Forms complete": "Ffurflenni wedi'u cwblhau",
    "Answers missing": "Atebion ar goll",
    "Evidence missing": "Tystiolaeth ar goll",
    "Escalation": "Uwchgyfeirio",
    "Escalations": "Uwchgyfeiriadau",
    "Files": "Ffeiliau",
    "An immediate safeguarding concern was escalated on this file.":
        "Cafodd pryder diogelu uniongyrchol ei uwchgyfeirio ar y ffeil hon.",
    "⚠ Escalated": "⚠ Wedi'i uwchgyfeirio",
    # -- labels --
    "Not started": "Heb ddechrau",
    "In progress": "Ar y gweill",
    "Complete": "Wedi'i chwblhau",
    "Sampled": "Wedi'i samplu",
    "Tracked": "Wedi'i dracio",
    "Lead inspector": "Arolygydd arweiniol",
    "Not given": "Heb ei roi",
    "Unborn": "Heb ei eni",
    "Under 1": "O dan 1",
    "1 to 4": "1 i 4",
    "5 to 11": "5 i 11",
    "12 to 15": "12 i 15",
    "16 to 17": "16 i 17",
    "Unallocated": "Heb ei ddyrannu",
    # -- case view --
    "← Back to the dashboard": "← Yn ôl i'r dangosfwrdd",
    "Agency:": "Asiantaeth:",
    "Sampled or tracked:": "Wedi'i samplu neu wedi'i dracio:",
    "Age band:": "Band oedran:",
    "Inspector:": "Arolygydd:",
    "Status:": "Statws:",
    "&Forms for this file (Enter opens the selected form):":
        "&Ffurflenni ar gyfer y ffeil hon (mae Enter yn agor y ffurflen a ddewiswyd):",
    "Forms for this file": "Ffurflenni ar gyfer y ffeil hon",
    "⚠ Escalated: an immediate safeguarding concern is recorded on %1.":
        "⚠ Wedi'i uwchgyfeirio: mae pryder diogelu uniongyrchol wedi'i gofnodi ar %1.",
    "Form": "Ffurflen",
    "Answered": "Wedi'u hateb",
    "Suggested grade": "Gradd a awgrymir",
    "Final grade": "Gradd derfynol",
    # -- form screen --
    "— Not answered —": "— Heb ei ateb —",
    "dd/mm/yyyy": "dd/mm/bbbb",
    "Type the date as dd/mm/yyyy; Alt+Down opens a calendar; empty means not set.":
        "Teipiwch y dyddiad fel dd/mm/bbbb; mae Alt+I lawr yn agor calendr; mae gwag yn golygu heb ei osod.",
    "Choose a date from a calendar": "Dewis dyddiad o galendr",
    "Write the date as dd/mm/yyyy, for example 15/01/2024.":
        "Ysgrifennwch y dyddiad fel dd/mm/bbbb, er enghraifft 15/01/2024.",
    "Answered under version %1 of this form (the current version is %2).":
        "Atebwyd o dan fersiwn %1 o'r ffurflen hon (y fersiwn gyfredol yw %2).",
    "Not saved: %1": "Heb ei gadw: %1",
    "Remove row": "Dileu'r rhes",
    "Remove this row and the answers in it?": "Dileu'r rhes hon a'r atebion ynddi?",
    "The suggested grade is %1: give a reason for choosing a different grade.":
        "Y radd a awgrymir yw %1: rhowch reswm dros ddewis gradd wahanol.",
    "Two bands or more from the suggestion: the lead inspector will moderate this grade.":
        "Dau fand neu fwy o'r awgrym: bydd yr arolygydd arweiniol yn safoni'r radd hon.",
    "Required": "Gofynnol",
    "Evidence for: %1": "Tystiolaeth ar gyfer: %1",
    "What in the record shows this? (roles, dates, documents — no names)":
        "Beth yn y cofnod sy'n dangos hyn? (rolau, dyddiadau, dogfennau — dim enwau)",
    "Add an evidence note": "Ychwanegu nodyn tystiolaeth",
    "Add an evidence note to: %1": "Ychwanegu nodyn tystiolaeth at: %1",
    "Ctrl+Shift+E adds an evidence note to the question you are on":
        "Mae Ctrl+Shift+E yn ychwanegu nodyn tystiolaeth at y cwestiwn rydych arno",
    "Evidence needed: this answer is negative, so say what in the record shows it.":
        "Angen tystiolaeth: mae'r ateb hwn yn negyddol, felly nodwch beth yn y cofnod sy'n dangos hynny.",
    "Evidence needed for this answer.": "Angen tystiolaeth ar gyfer yr ateb hwn.",
    "Evidence (always needed for this question)": "Tystiolaeth (bob amser yn ofynnol ar gyfer y cwestiwn hwn)",
    "Evidence": "Tystiolaeth",
    "Required: evidence is missing": "Gofynnol: mae'r dystiolaeth ar goll",
    "No rows yet.": "Dim rhesi eto.",
    "Add a row": "Ychwanegu rhes",
    "Add a row to: %1": "Ychwanegu rhes at: %1",
    "Add at least one row.": "Ychwanegwch o leiaf un rhes.",
    "Move up": "Symud i fyny",
    "Move down": "Symud i lawr",
    "Row %1": "Rhes %1",
    "Move row %1 up": "Symud rhes %1 i fyny",
    "Move row %1 down": "Symud rhes %1 i lawr",
    "Remove row %1": "Dileu rhes %1",
    "Grade": "Gradd",
    "Suggested:": "Awgrym:",
    "Not set: the suggestion stands": "Heb ei gosod: mae'r awgrym yn sefyll",
    "&Final grade:": "Gradd &derfynol:",
    "&Reason for a different grade:": "&Rheswm dros radd wahanol:",
    "Reason for a different grade": "Rheswm dros radd wahanol",
    "Record an immediate safeguarding concern for the lead inspector":
        "Cofnodi pryder diogelu uniongyrchol ar gyfer yr arolygydd arweiniol",
    "Still to do": "I'w wneud o hyd",
    "Answers and evidence still missing": "Atebion a thystiolaeth sydd ar goll o hyd",
    "%1 of %2 questions answered · %3 required missing · %4 evidence missing":
        "%1 o %2 cwestiwn wedi'u hateb · %3 gofynnol ar goll · %4 tystiolaeth ar goll",
    "Answer: %1": "Ateb: %1",
    "Evidence: %1": "Tystiolaeth: %1",
    "Check: %1": "Gwirio: %1",
    "Nothing missing: this form is complete.": "Dim byd ar goll: mae'r ffurflen hon yn gyflawn.",
    "Escalated to the lead inspector.": "Wedi'i uwchgyfeirio at yr arolygydd arweiniol.",
    "Action taken: %1": "Camau a gymerwyd: %1",
    "No immediate concern recorded on this form.": "Dim pryder uniongyrchol wedi'i gofnodi ar y ffurflen hon.",
    # -- dialogs --
    "Add a file": "Ychwanegu ffeil",
    "Use the pseudonymous reference from the sampling list, never a child's name.":
        "Defnyddiwch y cyfeirnod ffugenwol o'r rhestr samplu, byth enw plentyn.",
    "for example CDF24-07": "er enghraifft CDF24-07",
    "Sampled or tracked": "Wedi'i samplu neu wedi'i dracio",
    "Age band": "Band oedran",
    "&Reference:": "&Cyfeirnod:",
    "&Agency:": "&Asiantaeth:",
    "&Sampled or tracked:": "Wedi'i &samplu neu wedi'i dracio:",
    "A&ge band:": "Band &oedran:",
    "&Inspector:": "A&rolygydd:",
    "Sampling list import": "Mewnforio rhestr samplu",
    "Rows to fix": "Rhesi i'w cywiro",
    "Line": "Llinell",
    "Column": "Colofn",
    "Problem": "Problem",
    "Nothing was imported from %1: %2 rows need fixing. Correct them in the file and import it again; no file "
    "is added until every row is right.":
        "Ni fewnforiwyd dim o %1: mae angen cywiro %2 rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni "
        "chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
    "%1 files imported from %2.": "Mewnforiwyd %1 ffeil o %2.",
    "Settings": "Gosodiadau",
    "Interface language": "Iaith y rhyngwyneb",
    "&Language / Iaith:": "&Iaith / Language:",
    "Forms show their Welsh text where the form definition has it.":
        "Mae'r ffurflenni'n dangos eu testun Cymraeg lle mae ar gael yn niffiniad y ffurflen.",
    "JICPA Desktop: something went wrong": "JICPA Desktop: aeth rhywbeth o'i le",
    "JICPA Desktop met an error it did not expect. Everything you saved before this moment is safe. Please "
    "copy the report below and send it to your support contact, then carry on or restart the app.":
        "Daeth JICPA Desktop ar draws gwall nad oedd yn ei ddisgwyl. Mae popeth a gadwyd gennych cyn hyn yn "
        "ddiogel. Copïwch yr adroddiad isod a'i anfon at eich cyswllt cymorth, yna parhewch neu ailgychwyn yr ap.",
    "Error report": "Adroddiad gwall",
    "&Copy report": "&Copïo'r adroddiad",
    "Open &log folder": "Agor y ffolder &logiau",
    "Cancel": "Canslo",
    "Close": "Cau",
    # -- wizard --
    "New inspection": "Arolygiad newydd",
    "The inspection": "Yr arolygiad",
    "Which local authority, and the dates of the fieldwork.": "Pa awdurdod lleol, a dyddiadau'r gwaith maes.",
    "for example Cardiff JICPA January 2024": "er enghraifft JICPA Caerdydd Ionawr 2024",
    "Inspection name": "Enw'r arolygiad",
    "Local authority": "Awdurdod lleol",
    "First day of fieldwork": "Diwrnod cyntaf y gwaith maes",
    "Last day of fieldwork": "Diwrnod olaf y gwaith maes",
    "&Name:": "&Enw:",
    "&Local authority:": "&Awdurdod lleol:",
    "&First day:": "Diwrnod &cyntaf:",
    "L&ast day:": "Diwrnod &olaf:",
    "The last day is before the first day.": "Mae'r diwrnod olaf cyn y diwrnod cyntaf.",
    "Inspectorates and team": "Arolygiaethau a'r tîm",
    "Who takes part. You can add inspectors later, and a sampling list adds them too.":
        "Pwy sy'n cymryd rhan. Gallwch ychwanegu arolygwyr yn nes ymlaen, ac mae rhestr samplu'n eu hychwanegu hefyd.",
    "Participating inspectorates": "Arolygiaethau sy'n cymryd rhan",
    "Team": "Tîm",
    "Name": "Enw",
    "Team member's name": "Enw aelod o'r tîm",
    "Team member's inspectorate": "Arolygiaeth aelod o'r tîm",
    "Team member's role": "Rôl aelod o'r tîm",
    "Add to &team": "Ychwanegu at y &tîm",
    "Team members": "Aelodau'r tîm",
    "&Remove selected member": "&Dileu'r aelod a ddewiswyd",
    "Forms": "Ffurflenni",
    "The audit forms switched on for this inspection. Space ticks or clears one.":
        "Y ffurflenni archwilio sydd ar waith ar gyfer yr arolygiad hwn. Mae'r Bylchwr yn ticio neu'n clirio un.",
    "Forms switched on": "Ffurflenni ar waith",
    "Switch on at least one form.": "Rhowch o leiaf un ffurflen ar waith.",
    "Local terms": "Termau lleol",
    "What this area calls things, so forms and reports use its words.":
        "Beth mae'r ardal hon yn galw pethau, fel bod ffurflenni ac adroddiadau'n defnyddio ei geiriau.",
    "for example MASH or SPOC": "er enghraifft MASH neu SPOC",
    "The front door's local name": "Enw lleol y drws ffrynt",
    "The &front door is called:": "Enw'r &drws ffrynt yw:",
    "Other local terms": "Termau lleol eraill",
    "One per line: term = local name\nrisk model = THRIVE": "Un ar bob llinell: term = enw lleol\nrisk model = THRIVE",
    "&Other terms:": "Termau &eraill:",
    # -- start-up --
    "Already open": "Ar agor yn barod",  # Qt adds the app name to every title
    "Another copy of JICPA Desktop is already using this audit database:\n%1\n\nSwitch to that window (look in "
    "the taskbar) and carry on there. Two copies writing to the same database could lose each other's answers, "
    "so this copy will close.":
        "Mae copi arall o JICPA Desktop eisoes yn defnyddio'r gronfa ddata archwilio hon:\n%1\n\nNewidiwch i'r "
        "ffenestr honno (edrychwch yn y bar tasgau) a pharhau yno. Gallai dau gopi sy'n ysgrifennu i'r un gronfa "
        "ddata golli atebion ei gilydd, felly bydd y copi hwn yn cau.",
    "The audit database folder is read-only": "Mae ffolder y gronfa ddata archwilio yn ddarllen-yn-unig",
    "JICPA Desktop cannot write in the folder of the audit database:\n%1\n\nCheck that the folder exists and is "
    "writable (not on a locked USB stick or a read-only share), or start the app with --db pointing to a "
    "writable place.":
        "Ni all JICPA Desktop ysgrifennu yn ffolder y gronfa ddata archwilio:\n%1\n\nGwiriwch fod y ffolder yn "
        "bodoli a bod modd ysgrifennu iddo (nid ar ffon USB wedi'i chloi nac ar gyfran ddarllen-yn-unig), neu "
        "dechreuwch yr ap gyda --db yn pwyntio at le y gellir ysgrifennu iddo.",
    # -- colleagues' windows (exports, hand-over): the common words --
    "Export": "Allforio",
    "Import": "Mewnforio",
    "Inspection": "Arolygiad",
    "Preview": "Rhagolwg",
    "Apply": "Gweithredu",
    "Remove": "Dileu",
    "Resolve": "Datrys",
    "Value": "Gwerth",
    "Author": "Awdur",
    "When": "Pryd",
    "Reason": "Rheswm",
    "Conflict": "Gwrthdaro",
    "Conflicts to resolve": "Gwrthdaro i'w ddatrys",
    "Moderation": "Safoni",
    "Moderated grade": "Gradd wedi'i safoni",
    "Inspector's grade": "Gradd yr arolygydd",
    "Suggested": "Awgrymwyd",
    "All": "Pob un",
    "Other": "Arall",
    "English": "Saesneg",
    "Cymraeg (Welsh)": "Cymraeg",
    "Save as": "Cadw fel",
    "Choose…": "Dewis…",
    "Passphrase": "Ymadrodd cyfrin",
    "Repeat passphrase": "Ailadrodd yr ymadrodd cyfrin",
    "Cancelled.": "Canslwyd.",
    "Resolved.": "Datryswyd.",
}

BY_CONTEXT.update({
    "ConflictsDialog": {"File": "Ffeil", "Question": "Cwestiwn"},
    "ModerationDialog": {"File": "Ffeil", "By": "Gan"},
    "PreviewPage": {"File": "Ffeil", "Question": "Cwestiwn", "By": "Gan"},
})

ANYWHERE.update({
    # -- hand-over: conflicts --
    "The values, side by side": "Y gwerthoedd, ochr yn ochr",
    "Keep mine (the value shown now)": "Cadw fy un i (y gwerth a ddangosir nawr)",
    "Take theirs": "Cymryd eu hun nhw",
    "Another value:": "Gwerth arall:",
    "Reason (required; kept in the audit trail)": "Rheswm (gofynnol; fe'i cedwir yn y trywydd archwilio)",
    "{0} conflict(s) to resolve.": "{0} gwrthdaro i'w datrys.",
    "No conflicts: every field agrees.": "Dim gwrthdaro: mae pob maes yn cytuno.",
    "Mine (shown now)": "Fy un i (a ddangosir nawr)",
    "Theirs": "Eu hun nhw",
    "(no answer)": "(dim ateb)",
    "this laptop": "y gliniadur hwn",
    "From package of": "O becyn",
    # -- exports --
    "Export the audit grid to Excel": "Allforio'r grid archwilio i Excel",
    "Export the audit grid to PDF": "Allforio'r grid archwilio i PDF",
    "Export a case report to PDF": "Allforio adroddiad achos i PDF",
    "Headings and answers in": "Penawdau ac atebion yn",
    "Include identifying fields": "Cynnwys meysydd adnabod",
    "Identifying fields will leave this laptop. Include them only when the inspection needs them, and handle "
    "the file as personal data: encrypted storage, no email, deleted when the report is published.":
        "Bydd meysydd adnabod yn gadael y gliniadur hwn. Cynhwyswch nhw dim ond pan fydd yr arolygiad eu "
        "hangen, a thrinwch y ffeil fel data personol: storfa wedi'i hamgryptio, dim e-bost, wedi'i dileu pan "
        "gyhoeddir yr adroddiad.",
    "Excel workbook (*.xlsx)": "Llyfr gwaith Excel (*.xlsx)",
    "PDF document (*.pdf)": "Dogfen PDF (*.pdf)",
    "Choose where to save the export.": "Dewiswch ble i gadw'r allforiad.",
    "That folder does not exist.": "Nid yw'r ffolder honno'n bodoli.",
    "There is no inspection to export.": "Nid oes arolygiad i'w allforio.",
    "Saved {path}": "Wedi cadw {path}",
    # -- hand-over: export package --
    "Export a hand-over package": "Allforio pecyn trosglwyddo",
    "The package holds your answers, files and audit trail for this inspection. Give the lead inspector the "
    "file and tell them the passphrase another way.":
        "Mae'r pecyn yn cynnwys eich atebion, eich ffeiliau a'ch trywydd archwilio ar gyfer yr arolygiad hwn. "
        "Rhowch y ffeil i'r arolygydd arweiniol a rhowch wybod iddo am yr ymadrodd cyfrin mewn ffordd arall.",
    "Only the files allocated to or answered by this inspector":
        "Dim ond y ffeiliau a neilltuwyd i'r arolygydd hwn neu a atebwyd ganddo",
    "Consolidated package for the whole team (lead inspector)":
        "Pecyn cyfunol ar gyfer y tîm cyfan (arolygydd arweiniol)",
    "Do not encrypt (only for test data: anyone with the file can read it)":
        "Peidio ag amgryptio (data prawf yn unig: gall unrhyw un sydd â'r ffeil ei darllen)",
    "Save the package": "Cadw'r pecyn",
    "JICPA packages (*.jicpa)": "Pecynnau JICPA (*.jicpa)",
    "Choose where to save the package.": "Dewiswch ble i gadw'r pecyn.",
    "The passphrase needs at least 8 characters.": "Mae angen o leiaf 8 nod ar yr ymadrodd cyfrin.",
    "The two passphrases differ.": "Mae'r ddau ymadrodd cyfrin yn wahanol.",
    "Exporting the package": "Yn allforio'r pecyn",
    "encrypted": "wedi'i amgryptio",
    "NOT encrypted": "HEB ei amgryptio",
    "Exported {0} bytes ({1}) to {2}": "Wedi allforio {0} beit ({1}) i {2}",
    # -- hand-over: import wizard --
    "Choose the packages": "Dewiswch y pecynnau",
    "Add every inspector's .jicpa file; nothing changes until you apply.":
        "Ychwanegwch ffeil .jicpa pob arolygydd; nid oes dim yn newid nes i chi gymhwyso.",
    "Add packages…": "Ychwanegu pecynnau…",
    "Passphrase (leave empty for unencrypted packages)":
        "Ymadrodd cyfrin (gadewch yn wag ar gyfer pecynnau heb eu hamgryptio)",
    "Choose packages": "Dewis pecynnau",
    "Import hand-over packages": "Mewnforio pecynnau trosglwyddo",
    "Something went wrong; see the crash report.": "Aeth rhywbeth o'i le; gweler yr adroddiad gwall.",
    "Importing packages": "Yn mewnforio pecynnau",
    "Checking packages": "Yn gwirio pecynnau",
    "What the import would change. Conflicts keep both values until you resolve them.":
        "Beth fyddai'r mewnforio yn ei newid. Mae gwrthdaro yn cadw'r ddau werth nes i chi eu datrys.",
    "Change": "Newid",
    "Before / mine": "Cyn / fy un i",
    "After / theirs": "Ar ôl / eu hun nhw",
    "Checking the packages…": "Yn gwirio'r pecynnau…",
    "These packages cannot be imported; your database has not been changed.":
        "Nid oes modd mewnforio'r pecynnau hyn; nid yw eich cronfa ddata wedi newid.",
    "Changed answer": "Ateb wedi newid",
    "{0} package(s): {1} new file(s), {2} changed answer(s), {3} conflict(s).":
        "{0} pecyn: {1} ffeil newydd, {2} ateb wedi newid, {3} gwrthdaro.",
    "{0} of them were imported before.": "Cafodd {0} ohonynt eu mewnforio o'r blaen.",
    "Importing would change nothing.": "Ni fyddai mewnforio yn newid dim.",
    "Importing in one transaction…": "Yn mewnforio mewn un trafodiad…",
    "Imported: {0} new file(s), {1} changed answer(s), {2} conflict(s) to resolve.":
        "Wedi mewnforio: {0} ffeil newydd, {1} ateb wedi newid, {2} gwrthdaro i'w datrys.",
    "Nothing new: the database is unchanged.": "Dim byd newydd: nid yw'r gronfa ddata wedi newid.",
    "Nothing was imported.": "Ni fewnforiwyd dim.",
    # -- hand-over: moderation --
    "Record moderated grade": "Cofnodi gradd wedi'i chymedroli",
    "Moderated": "Wedi'i chymedroli",
    "Agreed": "Cytunwyd",
    "Raised": "Codwyd",
    "Lowered": "Gostyngwyd",
    "Agreement": "Cytundeb",
    "Inspector: {0}": "Arolygydd: {0}",
    "Form: {0}": "Ffurflen: {0}",
    "Moderated grade recorded; both grades are kept.": "Cofnodwyd y radd wedi'i chymedroli; cedwir y ddwy radd.",
})


# -- first-hour fixes --
ANYWHERE.update({
    "Na&me:": "&Enw:",
    "The front &door is called:": "Enw'r &drws ffrynt yw:",
    "Choose a grade…": "Dewiswch radd…",
    "Saved as %1 in the folder %2.": "Wedi'i chadw fel %1 yn y ffolder %2.",
    "Open &folder": "Agor y &ffolder",
    "JICPA case report": "Adroddiad achos JICPA",
    "%1 grid": "Grid %1",
    "%1 package": "Pecyn %1",
    "The package is %1.": "Mae'r pecyn %1.",
    "Imported: ": "Wedi mewnforio: ",
    "Export Excel grid": "Allforio grid Excel",
    "Export PDF grid": "Allforio grid PDF",
    "Export case report": "Allforio adroddiad achos",
    "Export package": "Allforio pecyn",
    "Import packages": "Mewnforio pecynnau",
    "Something went wrong": "Aeth rhywbeth o'i le",
})

# -- the team's week: who I am, joining, the team, allocation (ui/team, issue 10) --
ANYWHERE.update({
    "Allocate files": "Dyrannu ffeiliau",
    "Select files (Ctrl or Shift for several), choose who audits them, and allocate. The allocation reaches "
    "each laptop in your consolidated package.":
        "Dewiswch ffeiliau (Ctrl neu Shift ar gyfer sawl un), dewiswch pwy sy'n eu harchwilio, a dyrannwch. Mae'r "
        "dyraniad yn cyrraedd pob gliniadur yn eich pecyn cyfunol.",
    "Reference": "Cyfeirnod",
    "Kind": "Math",
    "Allocate to": "Dyrannu i",
    "&Allocate selected": "&Dyrannu'r rhai a ddewiswyd",
    "Edit &details…": "Golygu'r &manylion…",
    "&Remove file…": "&Tynnu'r ffeil…",
    "Nobody (unallocated)": "Neb (heb ei dyrannu)",
    "Allocated: %1 file(s) changed, %2 already so.": "Dyrannwyd: newidiwyd %1 ffeil, %2 felly eisoes.",
    "%1 has %2 answer(s) in %3 form(s). Remove the file and its answers? Only do this if it was added by "
    "mistake; its details stay in the audit trail.":
        "Mae gan %1 %2 ateb mewn %3 ffurflen. Tynnu'r ffeil a'i hatebion? Gwnewch hyn dim ond os cafodd ei "
        "hychwanegu trwy gamgymeriad; mae ei manylion yn aros yn y trywydd archwilio.",
    "Remove %1? Its details stay in the audit trail.": "Tynnu %1? Mae ei manylion yn aros yn y trywydd archwilio.",
    "Remove a file": "Tynnu ffeil",
    "File details": "Manylion y ffeil",
    "%1: the reference and agency cannot change; remove the file and add it again if they are wrong.":
        "%1: ni all y cyfeirnod na'r asiantaeth newid; tynnwch y ffeil a'i hychwanegu eto os ydynt yn anghywir.",
    "Sampled or tracked": "Wedi'i samplu neu ei olrhain",
    "Age band": "Band oedran",
    "My files (%1)": "Fy ffeiliau (%1)",
    "Who are you?": "Pwy ydych chi?",
    "&Who are you?": "&Pwy ydych chi?",
    "Choose yourself from the team of %1. Everything you change in this inspection on this laptop — answers, "
    "grades, packages and exports — is recorded under your name and inspectorate.":
        "Dewiswch eich hun o dîm %1. Mae popeth rydych yn ei newid yn yr arolygiad hwn ar y gliniadur hwn — "
        "atebion, graddau, pecynnau ac allforion — yn cael ei gofnodi o dan eich enw a'ch arolygiaeth.",
    "I am not in the team yet: add me": "Nid wyf yn y tîm eto: ychwanegwch fi",
    "Your name": "Eich enw",
    "Inspectorate": "Arolygiaeth",
    "Role": "Rôl",
    "That's me": "Dyna fi",
    "Choose yourself from the list, or give your name to be added to the team.":
        "Dewiswch eich hun o'r rhestr, neu rhowch eich enw i'w ychwanegu at y tîm.",
    "Team members": "Aelodau'r tîm",
    "the lead's consolidated package": "pecyn cyfunol yr arweinydd",
    "%1's package": "pecyn %1",
    "%1: %2, for %3": "%1: %2, ar gyfer %3",
    "(another inspection, not the one open)": "(arolygiad arall, nid yr un sydd ar agor)",
    "Join an inspection": "Ymuno ag arolygiad",
    "Choose the consolidated package the lead inspector gave you (a .jicpa file) and type its passphrase. The "
    "inspection, its team, its files and the forms switched on for it are added to this laptop; then you say "
    "who you are.":
        "Dewiswch y pecyn cyfunol a roddodd yr arolygydd arweiniol i chi (ffeil .jicpa) a theipiwch ei ymadrodd "
        "cyfrin. Mae'r arolygiad, ei dîm, ei ffeiliau a'r ffurflenni sydd ymlaen ar ei gyfer yn cael eu "
        "hychwanegu at y gliniadur hwn; yna rydych yn dweud pwy ydych chi.",
    "Package file": "Ffeil y pecyn",
    "Package": "Pecyn",
    "&Check the package": "&Gwirio'r pecyn",
    "&Join": "&Ymuno",
    "Choose the lead's package": "Dewiswch becyn yr arweinydd",
    "Choose the package file first.": "Dewiswch ffeil y pecyn yn gyntaf.",
    "Checking the package…": "Wrthi'n gwirio'r pecyn…",
    "Inspection: %1": "Arolygiad: %1",
    "Package made by %1 on %2": "Pecyn a wnaed gan %1 ar %2",
    "Files: %1": "Ffeiliau: %1",
    "This inspection is already on this laptop: joining brings it up to date.":
        "Mae'r arolygiad hwn ar y gliniadur hwn eisoes: mae ymuno yn ei ddiweddaru.",
    "The package's team is empty: ask the lead to add you to the team and export the package again.":
        "Mae tîm y pecyn yn wag: gofynnwch i'r arweinydd eich ychwanegu at y tîm ac allforio'r pecyn eto.",
    "Check the package, then choose yourself from its team.":
        "Gwiriwch y pecyn, yna dewiswch eich hun o'i dîm.",
    "Joining the inspection…": "Wrthi'n ymuno â'r arolygiad…",
    "Who you are in this inspection": "Pwy ydych chi yn yr arolygiad hwn",
    "&Who am I…": "&Pwy ydw i…",
    "&Team members…": "Aelodau'r &tîm…",
    "&Allocate files…": "&Dyrannu ffeiliau…",
    "Who are you? Choose…": "Pwy ydych chi? Dewiswch…",
    "You are %1, %2": "Rydych chi'n %1, %2",
    "Add a team member": "Ychwanegu aelod o'r tîm",
    "Edit a team member": "Golygu aelod o'r tîm",
    "Welcome. There is no inspection in this database yet. Open the demo inspection to see how the app works "
    "with fictional files, set up the inspection you are about to carry out, or — if you are in the team — join "
    "it from the package the lead inspector gave you.":
        "Croeso. Nid oes arolygiad yn y gronfa ddata hon eto. Agorwch yr arolygiad enghreifftiol i weld sut mae'r "
        "ap yn gweithio gyda ffeiliau ffuglennol, sefydlwch yr arolygiad rydych ar fin ei gynnal, neu — os ydych "
        "yn y tîm — ymunwch ag ef o'r pecyn a roddodd yr arolygydd arweiniol i chi.",
    "&Join an inspection from the lead's package…": "&Ymuno ag arolygiad o becyn yr arweinydd…",
    "Participating inspectorates (they limit the agencies files can have)":
        "Arolygiaethau sy'n cymryd rhan (maen nhw'n cyfyngu ar yr asiantaethau y gall ffeiliau fod ganddynt)",
    "Save inspectorates": "Cadw'r arolygiaethau",
    "&Add member…": "&Ychwanegu aelod…",
    "&Edit…": "&Golygu…",
    "&Retire": "&Tynnu o'r tîm",
    "Retired": "Wedi gadael y tîm",
    "Active": "Gweithredol",
    "&Bring back": "Dod â nhw'n ô&l",
    "&You are:": "&Chi yw:",
    "Which team member you are": "Pa aelod o'r tîm ydych chi",
    "I will say when I open it": "Byddaf yn dweud pan fyddaf yn ei agor",
    "This file is allocated to %1. Edit it anyway? Your changes are recorded as yours, and that you edited "
    "their file.":
        "Mae'r ffeil hon wedi'i dyrannu i %1. Ei golygu beth bynnag? Mae eich newidiadau'n cael eu cofnodi fel "
        "eich rhai chi, a'ch bod wedi golygu eu ffeil.",
    "Someone else's file": "Ffeil rhywun arall",
    "Escalations": "Uwchgyfeiriadau",
    "E&scalations…": "&Uwchgyfeiriadau…",
    "Status": "Statws",
    "File": "Ffeil",
    "Form": "Ffurflen",
    "Inspector": "Arolygydd",
    "When": "Pryd",
    "Concern and action taken": "Y pryder a'r camau a gymerwyd",
    "Outcome": "Canlyniad",
    "&Acknowledge": "&Cydnabod",
    "Outcome (what the agency did, roles only)": "Canlyniad (beth wnaeth yr asiantaeth, rolau yn unig)",
    "C&lose with this outcome": "Cau gyda'r can&lyniad hwn",
    "New": "Newydd",
    "Acknowledged by %1, %2": "Cydnabuwyd gan %1, %2",
    "Closed by %1, %2": "Caewyd gan %1, %2",
    "%1 new, %2 in all.": "%1 newydd, %2 i gyd.",
    "New escalations (%1) — see Team ▸ Escalations…:": "Uwchgyfeiriadau newydd (%1) — gweler Tîm ▸ Uwchgyfeiriadau…:",
    "Draw the sam&ple…": "Tynnu'r samp&l…",
    "The sample": "Y sampl",
    "The list of children (the sampling frame)": "Y rhestr o blant (y ffrâm samplu)",
    "&Import the list…": "&Mewnforio'r rhestr…",
    "Draw the sample": "Tynnu'r sampl",
    "Files": "Ffeiliau",
    "Agency": "Asiantaeth",
    "CPR/CLA status": "Statws CPR/PDG",
    "Concern type": "Math o bryder",
    "Strata": "Haenau",
    "any number or word; recorded, so the draw can be repeated":
        "unrhyw rif neu air; wedi'i gofnodi, fel bod modd ailadrodd y tynnu",
    "Seed": "Hedyn",
    "Why these strata and sizes (recorded with the draw)":
        "Pam yr haenau a'r meintiau hyn (wedi'u cofnodi gyda'r tynnu)",
    "Rationale": "Rhesymeg",
    "&Preview the draw": "&Rhagweld y tynnu",
    "&Draw and make the files": "&Tynnu a gwneud y ffeiliau",
    "%1 children in the frame.": "%1 plentyn yn y ffrâm.",
    "No list yet: import the local authority's list of children (CSV or Excel; reference, agency, and optionally "
    "age_band, status, concern).":
        "Dim rhestr eto: mewnforiwch restr yr awdurdod lleol o blant (CSV neu Excel; reference, agency, ac "
        "age_band, status, concern os dymunir).",
    "The list of children": "Y rhestr o blant",
    "Lists (*.csv *.xlsx);;All files (*)": "Rhestrau (*.csv *.xlsx);;Pob ffeil (*)",
    "Nothing imported; fix these rows and import again:": "Ni fewnforiwyd dim; cywirwch y rhesi hyn a mewnforio eto:",
    "Add %1 children to the frame? %2 are in it already.": "Ychwanegu %1 plentyn at y ffrâm? Mae %2 ynddi eisoes.",
    "Every child on this list is in the frame already.": "Mae pob plentyn ar y rhestr hon yn y ffrâm eisoes.",
    "Draw %1 sampled and %2 tracked files? The chosen become case files, and the draw is recorded.":
        "Tynnu %1 ffeil wedi'u samplu a %2 wedi'u holrhain? Mae'r rhai a ddewisir yn dod yn ffeiliau achos, a "
        "chofnodir y tynnu.",
    "Drawn: %1 files made.": "Tynnwyd: gwnaed %1 ffeil.",
    "Preview (no files made):": "Rhagolwg (dim ffeiliau wedi'u gwneud):",
    "Frame checksum %1, seed %2": "Siec-swm y ffrâm %1, hedyn %2",
    "Tracked:": "Wedi'u holrhain:",
    "Sampled:": "Wedi'u samplu:",
    "Moderated by %1: %2 — %3 (was %4). %5": "Safonwyd gan %1: %2 — %3 (roedd yn %4). %5",
})

ANYWHERE.update({
    # -- an answer's history (form screen: the History button, Ctrl+H) --
    "History": "Hanes",
    "History of: %1": "Hanes: %1",
    "Who changed this answer, when, and from which package (Ctrl+H)":
        "Pwy newidiodd yr ateb hwn, pryd, ac o ba becyn (Ctrl+H)",
    "Show the history…": "Dangos yr hanes…",
    "History of an answer": "Hanes ateb",
    "Reading the history…": "Wrthi'n darllen yr hanes…",
    "Who": "Pwy",
    "Change (before → after)": "Newid (cyn → ar ôl)",
    "Where from": "O ble",
    "No changes recorded for this answer yet.": "Dim newidiadau wedi'u cofnodi ar gyfer yr ateb hwn eto.",
    "Evidence: %1": "Tystiolaeth: %1",
    "Evidence note removed": "Tynnwyd y nodyn tystiolaeth",
    "(no answer)": "(dim ateb)",
    "(cleared)": "(wedi'i glirio)",
    "from package %1": "o becyn %1",
    "on this laptop": "ar y gliniadur hwn",
})

# Counted strings (`self.tr("%n file(s)", "", n)`). Qt's five Welsh plural forms, in this order:
# n = 0, n = 1, n = 2 to 5, n = 6, any other n. Welsh takes the singular noun after a numeral ("3 ffeil").
NUMERUS: dict[str, tuple[str, str, str, str, str]] = {
    "%n file(s)": ("%n ffeil",) * 5,
    "%1 of %n file(s) shown": ("Yn dangos %1 o %n ffeil",) * 5,
    "%n conflict(s) to resolve.": ("%n gwrthdaro i'w datrys.", "%n gwrthdaro i'w ddatrys.",
                                   "%n gwrthdaro i'w datrys.", "%n gwrthdaro i'w datrys.",
                                   "%n gwrthdaro i'w datrys."),
    "%n conflict(s) to resolve": ("%n gwrthdaro i'w datrys", "%n gwrthdaro i'w ddatrys", "%n gwrthdaro i'w datrys",
                                  "%n gwrthdaro i'w datrys", "%n gwrthdaro i'w datrys"),
    "%n package(s): ": ("%n pecyn: ",) * 5,
    "%n new file(s)": ("%n ffeil newydd",) * 5,
    "%n changed answer(s)": ("%n ateb wedi newid",) * 5,
    "%n conflict(s)": ("%n gwrthdaro",) * 5,
    "%n of them imported before.": ("Cafodd %n ohonynt eu mewnforio o'r blaen.",
                                    "Cafodd %n ohonynt ei fewnforio o'r blaen.",
                                    "Cafodd %n ohonynt eu mewnforio o'r blaen.",
                                    "Cafodd %n ohonynt eu mewnforio o'r blaen.",
                                    "Cafodd %n ohonynt eu mewnforio o'r blaen."),
    "Nothing was imported from %1: %n row(s) need fixing. Correct them in the file and import it again; no file "
    "is added until every row is right.": (
        "Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff "
        "unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
        "Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch hi yn y ffeil a'i mewnforio eto; ni chaiff "
        "unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
        "Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff "
        "unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
        "Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff "
        "unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
        "Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff "
        "unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.",
    ),
    "%n file(s) imported from %1.": ("Mewnforiwyd %n ffeil o %1.",) * 5,
    "%1 of %n question(s) answered · %2 required missing · %3 evidence missing": (
        "%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll",) * 5,
}

QT_STRINGS: dict[str, dict[str, str]] = {
    # Standard buttons (QDialogButtonBox, QMessageBox) take their text from the platform theme.
    "QPlatformTheme": {
        "OK": "Iawn",
        "Save": "Cadw",
        "Save All": "Cadw'r cyfan",
        "Open": "Agor",
        "&Yes": "&Ie",
        "Yes to &All": "Ie i'r c&yfan",
        "&No": "&Na",
        "N&o to All": "N&a i'r cyfan",
        "Abort": "Rhoi'r gorau iddi",
        "Retry": "Ailgynnig",
        "Ignore": "Anwybyddu",
        "Close": "Cau",
        "Cancel": "Canslo",
        "Discard": "Gwaredu",
        "Help": "Cymorth",
        "Apply": "Gweithredu",
        "Reset": "Ailosod",
        "Restore Defaults": "Adfer y rhagosodiadau",
    },
    # GNOME-like desktops use their own mnemonics for a few of them.
    "QGnomeTheme": {
        "&OK": "&Iawn",
        "&Save": "&Cadw",
        "&Cancel": "C&anslo",
        "&Close": "C&au",
        "Close without Saving": "Cau heb gadw",
    },
    "QDialogButtonBox": {"OK": "Iawn", "Cancel": "Canslo", "&Yes": "&Ie", "&No": "&Na", "Close": "Cau"},
    "QMessageBox": {
        "Show Details...": "Dangos y manylion...",
        "Hide Details...": "Cuddio'r manylion...",
        "OK": "Iawn",
        "Help": "Cymorth",
    },
    "QWizard": {
        "< &Back": "< &Yn ôl",
        "&Next >": "&Nesaf >",
        "&Next": "&Nesaf",
        "&Finish": "&Gorffen",
        "Cancel": "Canslo",
        "&Help": "&Cymorth",
        "Commit": "Ymrwymo",
        "Go Back": "Mynd yn ôl",
        "Continue": "Parhau",
        "Done": "Wedi gorffen",
        "Help": "Cymorth",
    },
    "QProgressDialog": {"Cancel": "Canslo"},
    "QLineEdit": {
        "&Undo": "&Dadwneud",
        "&Redo": "&Ailwneud",
        "Cu&t": "&Torri",
        "&Copy": "&Copïo",
        "&Paste": "&Gludo",
        "Delete": "Dileu",
        "Select All": "Dewis y cyfan",
    },
    "QWidgetTextControl": {
        "&Undo": "&Dadwneud",
        "&Redo": "&Ailwneud",
        "Cu&t": "&Torri",
        "&Copy": "&Copïo",
        "Copy &Link Location": "Copïo lleoliad y &ddolen",
        "&Paste": "&Gludo",
        "Delete": "Dileu",
        "Select All": "Dewis y cyfan",
    },
    "QFileDialog": {
        "Open": "Agor",
        "Cancel": "Canslo",
        "File &name:": "&Enw'r ffeil:",
        "Files of type:": "Ffeiliau o'r math:",
        "Look in:": "Edrych yn:",
        "All Files (*)": "Pob ffeil (*)",
    },
    "QCalendarWidget": {"Previous Month": "Y mis blaenorol", "Next Month": "Y mis nesaf"},
}

# -- the form language (issue 11): N/A reasons and the forms switched on per inspection --
ANYWHERE.update({
    "Reason needed: say in one line why this does not apply.":
        "Angen rheswm: dywedwch mewn un llinell pam nad yw hyn yn berthnasol.",
    "Why this does not apply (one line)": "Pam nad yw hyn yn berthnasol (un llinell)",
    "Forms for this inspection": "Ffurflenni ar gyfer yr arolygiad hwn",
    "F&orms for this inspection…": "Ff&urflenni ar gyfer yr arolygiad hwn…",
    "Tick the forms inspectors use in this inspection. Answers to a form you switch off stay stored and come back "
    "when you switch it on again.":
        "Ticiwch y ffurflenni y mae arolygwyr yn eu defnyddio yn yr arolygiad hwn. Mae atebion i ffurflen rydych "
        "yn ei diffodd yn aros wedi'u cadw ac yn dod yn ôl pan fyddwch yn ei rhoi ar waith eto.",
    "No inspectorate taking part reads these agencies' records: add the inspectorate to the inspection first.":
        "Nid oes arolygiaeth sy'n cymryd rhan yn darllen cofnodion yr asiantaethau hyn: ychwanegwch yr "
        "arolygiaeth at yr arolygiad yn gyntaf.",
})

# -- the sample screen: picking by hand and swapping (issue 10) --
# The draw's sizes count several files; a file's own kind (ui/labels.py) stays singular.
BY_CONTEXT.setdefault("SampleDialog", {}).update({
    "Sampled": "Wedi'u samplu",
    "Tracked": "Wedi'u holrhain",
})
ANYWHERE.update({
    "The draw": "Y tynnu",
    "Preview the draw to see here how many each stratum gets and which children are chosen, before any file is "
    "made.":
        "Rhagwelwch y tynnu i weld yma faint y mae pob haen yn ei gael a pha blant a ddewisir, cyn gwneud unrhyw "
        "ffeil.",
    "Files from the frame": "Ffeiliau o'r ffrâm",
    "Pic&k by hand…": "Dewis â &llaw…",
    "Make a child of the frame a file, with the reason": "Gwneud plentyn o'r ffrâm yn ffeil, gyda'r rheswm",
    "S&wap…": "C&yfnewid…",
    "Replace a drawn file by another child of the frame, with the reason":
        "Rhoi plentyn arall o'r ffrâm yn lle ffeil a dynnwyd, gyda'r rheswm",
    "%1 are files; %2 are not.": "Mae %1 yn ffeiliau; nid yw %2.",
    "%1: %2 drawn of %3": "%1: tynnwyd %2 o %3",
    "F&ind:": "&Chwilio:",
    "reference, agency, age, status or concern": "cyfeirnod, asiantaeth, oedran, statws neu bryder",
    "Why (recorded in the audit trail with the choice)": "Pam (wedi'i gofnodi yn y trywydd archwilio gyda'r dewis)",
    "&Reason:": "&Rheswm:",
    "Pick a file by hand": "Dewis ffeil â llaw",
    "Choose a child of the frame who is not a file yet. The file is made at once, and your reason is recorded "
    "with it.":
        "Dewiswch blentyn o'r ffrâm nad yw'n ffeil eto. Caiff y ffeil ei gwneud ar unwaith, a chofnodir eich rheswm "
        "gyda hi.",
    "&Children not yet in the sample": "&Plant nad ydynt yn y sampl eto",
    "Swap a file": "Cyfnewid ffeil",
    "Choose the drawn file to take out and the child who replaces it. The replacement keeps the file's kind "
    "(sampled or tracked). A file with answers cannot be swapped.":
        "Dewiswch y ffeil a dynnwyd i'w thynnu allan a'r plentyn sy'n cymryd ei lle. Mae'r ffeil newydd yn cadw'r "
        "un math (wedi'i samplu neu wedi'i dracio). Nid oes modd cyfnewid ffeil sydd ag atebion.",
    "&File to take out": "&Ffeil i'w thynnu allan",
    "File to take out": "Ffeil i'w thynnu allan",
    "Re&placement": "Plentyn yn ei &lle",
    "The file is:": "Mae'r ffeil:",
    "&Sampled": "Wedi'i &samplu",
    "&Tracked": "Wedi'i dr&acio",  # a file's kind, as ui/labels.py says it
    "&Pick": "&Dewis",
    "Choose a child from the list first.": "Dewiswch blentyn o'r rhestr yn gyntaf.",
    "Work": "Gwaith",
    "S&wap": "Cyf&newid",
    "Choose the file to take out and its replacement first.":
        "Dewiswch y ffeil i'w thynnu allan a'r plentyn yn ei lle yn gyntaf.",
})

# -- the idle lock and closing an inspection (ui/idle_lock, ui/wipe_inspection_dialog.py, settings) --
ANYWHERE.update({
    "&Lock now": "C&loi nawr",
    "Lock the app now": "Cloi'r ap nawr",
    "Close and &wipe this inspection…": "Cau a &dileu'r arolygiad hwn…",
    " min": " munud",
    "Minutes without use before the app locks itself": "Munudau heb ddefnydd cyn i'r ap gloi ei hun",
    "Lock &after:": "Cloi &ar ôl:",
    "Left without use that long, the app hides every window behind the database passphrase (Ctrl+L locks it at "
    "once). Everything typed is saved first.":
        "O'i adael heb ei ddefnyddio cyhyd â hynny, mae'r ap yn cuddio pob ffenestr y tu ôl i ymadrodd cyfrin y "
        "gronfa ddata (mae Ctrl+L yn ei gloi ar unwaith). Caiff popeth a deipiwyd ei gadw yn gyntaf.",
})

# -- the answer the dates suggest (ui/widgets/question_row.py) --
ANYWHERE.update({
    "Use this answer": "Defnyddio'r ateb hwn",
    "From the dates: %1 (%2)": "O'r dyddiadau: %1 (%2)",
    "Your answer differs from what the dates give: say why in the evidence note.":
        "Mae eich ateb yn wahanol i'r hyn y mae'r dyddiadau'n ei roi: eglurwch pam yn y nodyn tystiolaeth.",
})

# -- the wizard's forms page: forms an inspectorate taking part must read (ui/inspection_wizard.py) --
ANYWHERE.update({
    "needs %1": "angen %1",
    "Add the inspectorate on the team page to audit this agency's records.":
        "Ychwanegwch yr arolygiaeth ar dudalen y tîm i archwilio cofnodion yr asiantaeth hon.",
})

# -- data-quality flags (ui/case_view.py, ui/dashboard.py; services/data_quality.py gives the flags' own Welsh) --
ANYWHERE.update({
    "Data-quality flags for this file": "Baneri ansawdd data ar gyfer y ffeil hon",
    "Note: %1": "Nodyn: %1",
    "Form: %1": "Ffurflen: %1",
    "With data-quality flags": "Gyda baneri ansawdd data",
    "Show only the files with data-quality flags": "Dangos y ffeiliau sydd â baneri ansawdd data yn unig",
    "Files with data-quality flags: %1": "Ffeiliau â baneri ansawdd data: %1",
    "Not recorded, by agency (files whose case record answers it):":
        "Heb ei gofnodi, fesul asiantaeth (ffeiliau y mae eu cofnod achos yn ateb hyn):",
    "%1: ethnicity %2 of %3, language %4 of %5": "%1: ethnigrwydd %2 o %3, iaith %4 o %5",
    "⚠ Data-quality flags to check with the record: %1 (warnings: nothing is blocked)":
        "⚠ Baneri ansawdd data i'w gwirio gyda'r cofnod: %1 (rhybuddion: nid oes dim yn cael ei rwystro)",
})

# -- who holds each conversation of a tracked file (ui/team/allocation_dialog.py; the people's names come from
#    services/allocation.py in both languages) --
ANYWHERE.update({
    "&Conversations…": "&Sgyrsiau…",
    "Who holds each conversation about the selected tracked file":
        "Pwy sy'n cynnal pob sgwrs am y ffeil wedi'i holrhain a ddewiswyd",
    "Conversations of %1": "Sgyrsiau %1",
    "Choose who holds each conversation about %1. The allocation reaches each laptop in your consolidated package.":
        "Dewiswch pwy sy'n cynnal pob sgwrs am %1. Mae'r dyraniad yn cyrraedd pob gliniadur yn eich pecyn "
        "cyfunol.",
    "Conversations": "Sgyrsiau",
    "Conversation with": "Sgwrs â",
    "Conversations allocated: %1 changed.": "Sgyrsiau wedi'u dyrannu: newidiwyd %1.",
})

# -- the import preview: files a package removes (ui/handover/import_wizard.py) --
ANYWHERE.update({
    "Removed file": "Ffeil wedi'i thynnu",
})
NUMERUS.update({
    "%n file(s) removed": ("%n ffeil wedi'u tynnu", "%n ffeil wedi'i thynnu", "%n ffeil wedi'u tynnu",
                           "%n ffeil wedi'u tynnu", "%n ffeil wedi'u tynnu"),
})

# -- meeting observations (ui/observations/; the form's own words come from forms/meeting_observation.yaml) --
ANYWHERE.update({
    "Meeting observations": "Arsylwadau cyfarfodydd",
    "&Meeting observations…": "&Arsylwadau cyfarfodydd…",
    "Observations of live meetings (conferences, core groups, strategy meetings) belong to the inspection, not to "
    "a child's file. Record roles only, never names.":
        "Mae arsylwadau o gyfarfodydd byw (cynadleddau, grwpiau craidd, cyfarfodydd strategaeth) yn perthyn i'r "
        "arolygiad, nid i ffeil plentyn. Cofnodwch rolau yn unig, byth enwau.",
    "Date": "Dyddiad",
    "Meeting": "Cyfarfod",
    "Observer": "Arsylwr",
    "%1 of %2": "%1 o %2",
    "No meetings observed yet.": "Dim cyfarfodydd wedi'u harsylwi eto.",
    "&New observation…": "Arsylwad &newydd…",
    "&Remove…": "&Dileu…",
    "Remove an observation recorded by mistake, with what was said in it":
        "Dileu arsylwad a gofnodwyd trwy gamgymeriad, gyda'r hyn a ddywedwyd ynddo",
    "Choose an observation in the list, or add one with New observation.":
        "Dewiswch arsylwad yn y rhestr, neu ychwanegwch un gydag Arsylwad newydd.",
    "All changes saved at %1": "Pob newid wedi'i gadw am %1",
    "Remove observation": "Dileu arsylwad",
    "Remove observation %1 (%2) and everything recorded in it? The removal reaches every laptop that receives your "
    "packages.":
        "Dileu arsylwad %1 (%2) a phopeth a gofnodwyd ynddo? Mae'r dileu yn cyrraedd pob gliniadur sy'n derbyn "
        "eich pecynnau.",
    "New observation": "Arsylwad newydd",
    "Record a meeting you observed: a conference, a core group, a strategy meeting. Write roles only, never names.":
        "Cofnodwch gyfarfod a arsylwyd gennych: cynhadledd, grŵp craidd, cyfarfod strategaeth. Ysgrifennwch "
        "rolau yn unig, byth enwau.",
    "&Date of the meeting:": "&Dyddiad y cyfarfod:",
    "Date of the meeting": "Dyddiad y cyfarfod",
    "&Add observation": "&Ychwanegu arsylwad",
    "Reference:": "Cyfeirnod:",
    "Observer:": "Arsylwr:",
    "What did you see in the meeting? (roles only — no names)":
        "Beth welsoch chi yn y cyfarfod? (rolau yn unig — dim enwau)",
    "Evidence needed: this answer is negative, so say what you saw in the meeting that shows it.":
        "Angen tystiolaeth: mae'r ateb hwn yn negyddol, felly nodwch beth welsoch chi yn y cyfarfod sy'n dangos "
        "hynny.",
})
NUMERUS.update({
    "%n meeting(s) observed.": ("%n cyfarfod wedi'u harsylwi.", "%n cyfarfod wedi'i arsylwi.",
                                "%n gyfarfod wedi'u harsylwi.", "%n chyfarfod wedi'u harsylwi.",
                                "%n cyfarfod wedi'u harsylwi."),
})
