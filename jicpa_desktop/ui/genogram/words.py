"""The editor's words in English and Welsh (LocalizedText, like the drawing's key), chosen by the interface language."""

from __future__ import annotations

from jicpa_desktop.domain.localized import LocalizedText as T

WORDS: dict[str, T] = {
    "title": T("Genogram and ecomap", "Genogram ac ecomap"),
    "open_editor": T("Geno&gram and ecomap…", "Geno&gram ac ecomap…"),
    "which": T("&Genogram:", "&Genogram:"),
    "inspector": T("Built by the inspector", "Wedi'i lunio gan yr arolygydd"),
    "agency": T("The agency's, transcribed", "Un yr asiantaeth, wedi'i drawsgrifio"),
    "elements": T("&People, couples, links and households:", "&Pobl, cyplau, cysylltiadau ac aelwydydd:"),
    "elements_name": T("Parts of the genogram", "Rhannau'r genogram"),
    "drawing_name": T("Genogram drawing", "Llun y genogram"),
    "add_person": T("Add &person", "Ychwanegu &person"),
    "add_union": T("Add &couple", "Ychwanegu &cwpl"),
    "add_child": T("Add c&hild of the couple", "Ychwanegu &plentyn i'r cwpl"),
    "add_household": T("Add house&hold", "Ychwanegu &aelwyd"),
    "add_link": T("Add relationship &link", "Ychwanegu &cysylltiad perthynas"),
    "remove": T("&Remove", "&Tynnu"),
    "undo": T("&Undo", "&Dadwneud"),
    "overlay": T("Show relationships and abuse (&overlay)", "Dangos perthnasoedd a cham-drin (&troshaen)"),
    "fields": T("Details of the selected part", "Manylion y rhan a ddewiswyd"),
    "warnings": T("Checks:", "Gwiriadau:"),
    "no_warnings": T("No problems found.", "Ni chanfuwyd problemau."),
    "new_person": T("New person", "Person newydd"),
    "new_child": T("Child", "Plentyn"),
    "partner": T("partner", "partner"),
    "new_household": T("Household", "Aelwyd"),
    "nothing_selected": T("Select a person, couple or link to see its details.",
                          "Dewiswch berson, cwpl neu gysylltiad i weld ei fanylion."),
    "need_two": T("Select a person first: the couple is made with the next person in the list.",
                  "Dewiswch berson yn gyntaf: gwneir y cwpl gyda'r person nesaf yn y rhestr."),
    "need_union": T("Select a couple first: the child is added under it.",
                    "Dewiswch gwpl yn gyntaf: ychwanegir y plentyn oddi tano."),
    "none": T("(none)", "(dim)"),
    "suggested": T("Suggested for form 6 (compare with the agency's genogram; confirm each in the form):",
                   "Awgrymir ar gyfer ffurflen 6 (o'i gymharu â genogram yr asiantaeth; cadarnhewch bob un yn y "
                   "ffurflen):"),
    "yes": T("Yes", "Ie"), "partly": T("Partly", "Yn rhannol"), "no": T("No", "Na"),
    "saved": T("Saved.", "Wedi'i gadw."),
    "conflicts": T("%1 field(s) differ between laptops: select the part marked ⚠ and choose the value to keep.",
                   "Mae %1 maes yn wahanol rhwng gliniaduron: dewiswch y rhan â ⚠ a dewis y gwerth i'w gadw."),
    "differs": T("⚠ %1 differs between laptops. Keep:", "⚠ Mae %1 yn wahanol rhwng gliniaduron. Cadw:"),
    "keep": T("%1 (%2)", "%1 (%2)"),
}

KIND_WORDS: dict[str, T] = {
    "person": T("Person", "Person"), "union": T("Couple", "Cwpl"), "parent_link": T("Parent link", "Cyswllt rhiant"),
    "sibling_link": T("Sibling link", "Cyswllt brodyr a chwiorydd"),
    "sibling_group": T("Twins or multiple birth", "Gefeilliaid neu enedigaeth luosog"),
    "household": T("Household", "Aelwyd"), "emotional_link": T("Relationship", "Perthynas"),
    "eco_node": T("Ecomap: person or system", "Ecomap: person neu system"),
    "eco_tie": T("Ecomap tie", "Cyswllt ecomap"),
}

FIELD_WORDS: dict[str, T] = {
    "role_label": T("Role (never a name)", "Rôl (byth enw)"), "relation_to_index": T("Relation to the child",
                                                                                      "Perthynas â'r plentyn"),
    "is_index_child": T("Index child", "Plentyn mynegai"),
    "is_subject_child": T("Child in scope", "Plentyn o fewn cwmpas"),
    "sex": T("Sex", "Rhyw"), "gender_identity": T("Gender identity", "Hunaniaeth rhywedd"),
    "birth_year": T("Birth year", "Blwyddyn geni"), "pregnancy": T("Pregnancy or loss", "Beichiogrwydd neu golled"),
    "deceased": T("Deceased", "Wedi marw"), "death_year": T("Year of death", "Blwyddyn marw"),
    "legal_status_flags": T("Legal status", "Statws cyfreithiol"), "risk_flags": T("Risk", "Risg"),
    "protective_flags": T("Protective", "Amddiffynnol"), "agency_involvement": T("Agencies involved",
                                                                                "Asiantaethau dan sylw"),
    "notes": T("Notes", "Nodiadau"), "partner_a": T("Partner", "Partner"), "partner_b": T("Other partner",
                                                                                          "Partner arall"),
    "type": T("Type", "Math"), "status": T("Status", "Statws"), "start_year": T("Start year", "Blwyddyn dechrau"),
    "separation_year": T("Separation year", "Blwyddyn gwahanu"), "end_year": T("End year", "Blwyddyn gorffen"),
    "domestic_abuse": T("Domestic abuse", "Cam-drin domestig"), "parent": T("Parent", "Rhiant"),
    "child": T("Child", "Plentyn"), "union_id": T("Couple", "Cwpl"),
    "parental_responsibility": T("Parental responsibility", "Cyfrifoldeb rhiant"), "a": T("Sibling", "Brawd/chwaer"),
    "b": T("Other sibling", "Brawd/chwaer arall"), "contact_arrangement": T("Contact", "Cyswllt"),
    "members": T("Members", "Aelodau"), "multiple_birth": T("Multiple birth", "Genedigaeth luosog"),
    "label": T("Label (no address)", "Label (dim cyfeiriad)"), "is_index_child_main_home": T(
        "The child's main home", "Prif gartref y plentyn"), "location_band": T("Where", "Ble"),
    "from_year": T("From year", "O'r flwyddyn"), "to_year": T("To year (blank = now)", "Hyd at (gwag = nawr)"),
    "from_person": T("From", "O"), "to_person": T("To", "At"), "quality": T("Quality", "Ansawdd"),
    "abuse": T("Abuse", "Cam-drin"), "source": T("Source", "Ffynhonnell"), "evidence": T("Evidence", "Tystiolaeth"),
    "category": T("Category", "Categori"), "risk_or_support": T("Risk or support", "Risg neu gymorth"),
    "node": T("Person or system", "Person neu system"), "strength": T("Strength", "Cryfder"),
    "stress": T("Stressful", "Llawn straen"), "flow": T("Direction", "Cyfeiriad"), "note": T("Note", "Nodyn"),
}


def say(key: str, lang: str) -> str:
    return WORDS[key].get(lang)
