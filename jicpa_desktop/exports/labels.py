"""Every heading the exports print, in English and Welsh, chosen at export time (one place to review).

The Welsh is a draft for a Welsh-speaking reviewer, like the forms' Welsh (forms marked `welsh: draft`).
"""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText

_T = LocalizedText

LABELS: dict[str, LocalizedText] = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet_grid": _T("Grid", "Grid"),
    "sheet_summary": _T("Summary", "Crynodeb"),
    "sheet_findings": _T("Findings", "Canfyddiadau"),
    "sheet_evidence": _T("Evidence", "Tystiolaeth"),
    "sheet_escalations": _T("Escalations", "Uwchgyfeiriadau"),
    "sheet_about": _T("About", "Ynghylch"),
    # markings
    "marking": _T("OFFICIAL-SENSITIVE", "SWYDDOGOL-SENSITIF"),
    "page_x_of_y": _T("Page {page} of {pages}", "Tudalen {page} o {pages}"),
    # file columns
    "reference": _T("Case reference", "Cyfeirnod yr achos"),
    "agency": _T("Agency", "Asiantaeth"),
    "kind": _T("Sampled / tracked", "Samplu / tracio"),
    "inspector": _T("Inspector", "Arolygydd"),
    "overall": _T("Overall grade", "Gradd gyffredinol"),
    "escalation": _T("Escalated", "Wedi'i uwchgyfeirio"),
    "escalated_yes": _T("ESCALATED", "WEDI'I UWCHGYFEIRIO"),
    "file": _T("File", "Ffeil"),
    "form_grade": _T("Form grade", "Gradd y ffurflen"),
    "local_terms": _T("Local terms", "Termau lleol"),
    "no_local_terms": _T("None named: the forms' usual words are used",
                         "Dim wedi'u henwi: defnyddir geiriau arferol y ffurflenni"),
    "grade": _T("Grade", "Gradd"),
    "suggested_suffix": _T(" (suggested)", " (awgrym)"),
    "rows_suffix": _T(" rows", " rhes"),
    # The app's own words for these (ui/labels.py and its Welsh translation), capitalised as the app shows them.
    "sampled": _T("Sampled", "Wedi'i samplu"),
    "tracked": _T("Tracked", "Wedi'i dracio"),
    "unallocated": _T("(unallocated)", "(heb ei neilltuo)"),
    "not_offered": _T("not offered", "heb ei gynnig"),
    # summary
    "summary_title": _T("Summary of answers", "Crynodeb o'r atebion"),
    "summary_note": _T(
        "n counts the files where the question was answered Yes, Partly or No; Not applicable, "
        "unanswered and not-relevant answers are left out of n. Percentages are of n.",
        "Mae n yn cyfrif y ffeiliau lle atebwyd y cwestiwn Ydy, Yn rhannol neu Nac ydy; mae Amherthnasol, "
        "atebion heb eu rhoi ac atebion amherthnasol wedi'u gadael allan o n. Canrannau o n yw'r canrannau.",
    ),
    "by_principle": _T("By principle (every Yes / Partly / No answer to questions tagged with it)",
                       "Fesul egwyddor (pob ateb Ydy / Yn rhannol / Nac ydy i gwestiynau a dagiwyd â hi)"),
    "by_question": _T("By question", "Fesul cwestiwn"),
    "key_questions": _T("Key questions (every ★ limiting question, then the first of each form), all agencies",
                        "Cwestiynau allweddol (pob cwestiwn ★ cyfyngol, yna'r cyntaf o bob ffurflen), pob asiantaeth"),
    "chart_key_title": _T("Key questions: share of Yes / Partly / No",
                          "Cwestiynau allweddol: cyfran Ydy / Yn rhannol / Nac ydy"),
    "chart_principle_title": _T("Yes by principle and agency (%)", "Ydy fesul egwyddor ac asiantaeth (%)"),
    "principle": _T("Principle", "Egwyddor"),
    "form": _T("Form", "Ffurflen"),
    "question": _T("Question", "Cwestiwn"),
    "question_id": _T("Id", "Id"),
    "question_number": _T("No.", "Rhif"),
    "all_agencies": _T("All agencies", "Pob asiantaeth"),
    "n": _T("n", "n"),
    "yes": _T("Yes", "Ydy"),
    "partly": _T("Partly", "Yn rhannol"),
    "no": _T("No", "Nac ydy"),
    "not_applicable": _T("N/A", "Amh."),
    "pct_yes": _T("% Yes", "% Ydy"),
    "pct_partly": _T("% Partly", "% Yn rhannol"),
    "pct_no": _T("% No", "% Nac ydy"),
    "word_yes": _T("Yes: proportion", "Ydy: cyfran"),
    "word_partly": _T("Partly: proportion", "Yn rhannol: cyfran"),
    "word_no": _T("No: proportion", "Nac ydy: cyfran"),
    "no_counted_questions": _T("No Yes / Partly / No questions were answered in these files.",
                               "Nid atebwyd unrhyw gwestiynau Ydy / Yn rhannol / Nac ydy yn y ffeiliau hyn."),
    # findings
    "findings_title": _T("Findings gathered from the audits", "Canfyddiadau a gasglwyd o'r archwiliadau"),
    "findings_note": _T(
        "Gathered from evidence notes, form summaries and overall case judgements, laid out like the "
        "published reports. Each line lists the files behind it; lines from a single file are marked.",
        "Wedi'u casglu o nodiadau tystiolaeth, crynodebau ffurflenni a barn gyffredinol am achosion, wedi'u "
        "gosod fel yr adroddiadau cyhoeddedig. Mae pob llinell yn rhestru'r ffeiliau y tu ôl iddi; nodir "
        "llinellau o un ffeil yn unig.",
    ),
    "partnership_strengths": _T("Partnership arrangements – Strengths", "Trefniadau partneriaeth – Cryfderau"),
    "partnership_improve": _T("Partnership arrangements – What needs to improve",
                              "Trefniadau partneriaeth – Beth sydd angen ei wella"),
    "agency_strengths": _T("Individual agency – Strengths", "Asiantaethau unigol – Cryfderau"),
    "agency_improve": _T("Individual agency – What needs to improve",
                         "Asiantaethau unigol – Beth sydd angen ei wella"),
    "nothing_to_record": _T("No specific areas to record under this section.",
                            "Dim meysydd penodol i'w cofnodi o dan yr adran hon."),
    "finding": _T("Finding", "Canfyddiad"),
    "files": _T("Files", "Ffeiliau"),
    "one_file": _T("1 file", "1 ffeil"),
    "n_files": _T("{n} files", "{n} ffeil"),
    "case_refs": _T("Case references", "Cyfeirnodau achos"),
    "single_case": _T("single case", "un achos"),
    "sources": _T("From", "O"),
    "third_sector": _T("Third sector", "Trydydd sector"),
    # evidence
    "evidence_title": _T("Evidence notes", "Nodiadau tystiolaeth"),
    "answer": _T("Answer", "Ateb"),
    "evidence_note": _T("Evidence note", "Nodyn tystiolaeth"),
    "row": _T("Row", "Rhes"),
    "no_evidence": _T("No evidence notes in these files.", "Dim nodiadau tystiolaeth yn y ffeiliau hyn."),
    # escalations (the app's own words for them: ui/team/escalations_dialog.py and its Welsh translation)
    "escalations_title": _T("Escalations", "Uwchgyfeiriadau"),
    "escalations_note": _T(
        "Every form flagged as an immediate safeguarding concern the lead inspector must see today, new first. "
        "The concern is written with roles only, never names.",
        "Pob ffurflen a nodwyd fel pryder diogelu uniongyrchol y mae'n rhaid i'r arolygydd arweiniol ei weld "
        "heddiw, y rhai newydd yn gyntaf. Ysgrifennir y pryder gyda rolau yn unig, byth enwau.",
    ),
    "escalation_concern": _T("Concern and action taken", "Y pryder a'r camau a gymerwyd"),
    "escalation_raised": _T("When", "Pryd"),
    "escalation_raised_by": _T("Raised by", "Codwyd gan"),
    "escalation_outcome": _T("Outcome", "Canlyniad"),
    "escalation_new": _T("New", "Newydd"),
    "escalation_acknowledged": _T("Acknowledged by {who}, {when}", "Cydnabuwyd gan {who}, {when}"),
    "escalation_closed": _T("Closed by {who}, {when}", "Caewyd gan {who}, {when}"),
    "escalations_count": _T("{n} in these files, {new} new", "{n} yn y ffeiliau hyn, {new} newydd"),
    "no_escalations": _T("No escalations in these files.", "Dim uwchgyfeiriadau yn y ffeiliau hyn."),
    # the About sheet's and the PDF cover's count of meeting observations (exports/observation_data.py has the rest)
    "meetings_observed": _T("Meetings observed", "Cyfarfodydd a arsylwyd"),
    # the sample (services/sampling_frame.py records the draw; the words of the app's sample dialog)
    "sample": _T("Sample", "Sampl"),
    "sample_drawn": _T(
        "Drawn {when} by {who}, seed {seed}, strata {strata}: {sampled} sampled + {tracked} tracked from a "
        "frame of {frame} (checksum {checksum})",
        "Tynnwyd {when} gan {who}, hedyn {seed}, haenau {strata}: {sampled} wedi'u samplu + {tracked} wedi'u "
        "tracio o ffrâm o {frame} (siec-swm {checksum})",
    ),
    "sample_no_strata": _T("none", "dim"),
    "sample_by_hand": _T("No sample was drawn: the files were chosen by hand.",
                         "Ni thynnwyd sampl: dewiswyd y ffeiliau â llaw."),
    "sample_rationale": _T("Rationale", "Rhesymeg"),
    "sample_chosen": _T("Files drawn", "Ffeiliau a dynnwyd"),
    "sample_chosen_list": _T("Sampled: {sampled}. Tracked: {tracked}.",
                             "Wedi'u samplu: {sampled}. Wedi'u tracio: {tracked}."),
    "sample_none_listed": _T("none", "dim"),
    "sample_swap": _T("Swapped", "Cyfnewidiwyd"),
    "sample_swap_text": _T("{out} for {into}, by {who}, {when}: {reason}",
                           "{out} am {into}, gan {who}, {when}: {reason}"),
    "sample_pick": _T("Picked by hand", "Dewiswyd â llaw"),
    "sample_pick_text": _T("{reference}, {kind}, by {who}, {when}: {reason}",
                           "{reference}, {kind}, gan {who}, {when}: {reason}"),
    "stratum_agency": _T("agency", "asiantaeth"),
    "stratum_age_band": _T("age band", "band oedran"),
    "stratum_status": _T("CPR/CLA status", "statws CPR/PDG"),
    "stratum_concern": _T("concern type", "math o bryder"),
    "and": _T("and", "a"),
    # about
    "about_title": _T("About this export", "Am yr allforyn hwn"),
    "inspection": _T("Inspection", "Arolygiad"),
    "local_authority": _T("Local authority", "Awdurdod lleol"),
    "fieldwork": _T("Fieldwork", "Gwaith maes"),
    "exported_at": _T("Exported at", "Allforiwyd am"),
    "exported_by": _T("Exported by", "Allforiwyd gan"),
    "app_version": _T("JICPA Desktop version", "Fersiwn JICPA Desktop"),
    "form_versions": _T("Form versions", "Fersiynau'r ffurflenni"),
    "version_list": _T("version {versions}", "fersiwn {versions}"),
    "pseudonymity": _T("Case references", "Cyfeirnodau achos"),
    "pseudonymity_statement": _T(
        "Every file is identified by its pseudonymous case reference only; no child's name is held or exported.",
        "Dim ond ei gyfeirnod achos ffugenwol sy'n adnabod pob ffeil; ni chedwir nac allforio enw unrhyw blentyn.",
    ),
    "filters": _T("Filters applied", "Hidlwyr a ddefnyddiwyd"),
    "no_filters": _T("none: every file of the inspection", "dim: pob ffeil yn yr arolygiad"),
    "language": _T("Language", "Iaith"),
    "language_name": _T("English", "Cymraeg"),
    "files_count": _T("Files in this export", "Ffeiliau yn yr allforyn hwn"),
    "identifying": _T("Identifying fields", "Meysydd adnabod"),
    "identifying_excluded": _T("left out (pseudonymous export)", "wedi'u gadael allan (allforyn ffugenwol)"),
    "identifying_included": _T("INCLUDED at the user's request: handle as personal data",
                               "WEDI'U CYNNWYS ar gais y defnyddiwr: trinwch fel data personol"),
    "data_protection": _T("Data protection", "Diogelu data"),
    "data_protection_notice": _T(
        "OFFICIAL-SENSITIVE. This export holds information about children and families gathered for a Joint "
        "Inspection of Child Protection Arrangements. Case files are identified by pseudonymous references only. "
        "Keep it on encrypted, authorised devices; share it only with members of the inspection team who need "
        "it; do not email it outside secure channels; delete every copy when the inspection's report is "
        "published, as the inspection's data-retention arrangements require.",
        "SWYDDOGOL-SENSITIF. Mae'r allforyn hwn yn cynnwys gwybodaeth am blant a theuluoedd a gasglwyd ar gyfer "
        "Arolygiad ar y Cyd o Drefniadau Amddiffyn Plant. Dim ond cyfeirnodau ffugenwol sy'n adnabod ffeiliau "
        "achos. Cadwch ef ar ddyfeisiau awdurdodedig wedi'u hamgryptio; rhannwch ef dim ond ag aelodau'r tîm "
        "arolygu sydd ei angen; peidiwch â'i e-bostio y tu allan i sianeli diogel; dilëwch bob copi pan fydd "
        "adroddiad yr arolygiad wedi'i gyhoeddi, fel y mae trefniadau cadw data'r arolygiad yn ei ofyn.",
    ),
    "grades_note": _T(
        "Grades are an internal aid to consistency and moderation; they are never published. A grade marked "
        "(suggested) is the tool's suggestion, not yet confirmed by the inspector. The overall grade is the "
        "grade given in the overall case judgement form where there is one, otherwise the median of the file's "
        "form grades, rounded down (suggested).",
        "Mae graddau yn gymorth mewnol i gysondeb a chymedroli; nid ydynt byth yn cael eu cyhoeddi. Gradd a "
        "nodir (awgrym) yw awgrym yr offeryn, heb ei chadarnhau gan yr arolygydd eto. Y radd gyffredinol yw'r "
        "radd a roddwyd yn y ffurflen barn gyffredinol am yr achos lle mae un, fel arall canolrif graddau "
        "ffurflenni'r ffeil, wedi'i dalgrynnu i lawr (awgrym).",
    ),
    "colour_key": _T("Colour key", "Allwedd lliwiau"),
    "colour_key_text": _T(
        "Green: Yes, Outstanding or Good. Amber: Partly or Requires improvement. Red: No, Inadequate or an "
        "answer the form treats as negative. Grey: N/A, Insufficient evidence or form not offered. The answer "
        "is always written in the cell, so colour is never the only cue.",
        "Gwyrdd: Ydy, Rhagorol neu Da. Ambr: Yn rhannol neu Angen gwella. Coch: Nac ydy, Annigonol neu ateb y "
        "mae'r ffurflen yn ei ystyried yn negyddol. Llwyd: Amh., Tystiolaeth annigonol neu ffurflen heb ei "
        "chynnig. Mae'r ateb bob amser wedi'i ysgrifennu yn y gell, felly nid lliw yw'r unig gliw.",
    ),
    "proportion_table": _T("Proportion words", "Geiriau cyfran"),
    "proportion_source": _T(
        "The word used for each share of files, in the bands of Estyn's guidance on writing reports.",
        "Y gair a ddefnyddir ar gyfer pob cyfran o ffeiliau, ym mandiau canllawiau Estyn ar ysgrifennu adroddiadau.",
    ),
    # pdf
    "grid_title": _T("Audit grid", "Grid archwilio"),
    "grid_part": _T("{form} (part {part} of {parts})", "{form} (rhan {part} o {parts})"),
    "question_key": _T("Questions on this page", "Cwestiynau ar y dudalen hon"),
    "case_report_title": _T("Case report", "Adroddiad achos"),
    "case_form_not_started": _T("Not started.", "Heb ddechrau."),
    "case_no_answer": _T("not answered", "heb ei ateb"),
    "case_not_relevant": _T("not relevant", "amherthnasol"),
    "age_band": _T("Age band", "Band oedran"),
    "status": _T("Status", "Statws"),
    "override_reason": _T("Reason for the grade", "Rheswm dros y radd"),
    "suggested_grade": _T("Suggested grade", "Gradd a awgrymir"),
    "final_grade": _T("Inspector's grade", "Gradd yr arolygydd"),
    "contents": _T("Contents", "Cynnwys"),
    "status_complete": _T("Complete", "Wedi'i gwblhau"),
    "status_in_progress": _T("In progress", "Ar y gweill"),
    # progress messages
    "progress_rows": _T("Writing file {done} of {total}", "Ysgrifennu ffeil {done} o {total}"),
    "progress_saving": _T("Saving the export", "Cadw'r allforyn"),
    "progress_done": _T("Export saved", "Allforyn wedi'i gadw"),
}


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang)
