<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="37" />
        <source>Add a file</source>
        <translation>Ychwanegu ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="39" />
        <source>Use the pseudonymous reference from the sampling list, never a child's name.</source>
        <translation>Defnyddiwch y cyfeirnod ffugenwol o'r rhestr samplu, byth enw plentyn.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="46" />
        <source>for example CDF24-07</source>
        <translation>er enghraifft CDF24-07</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="47" />
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="49" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="53" />
        <source>Sampled or tracked</source>
        <translation>Wedi'i samplu neu ei olrhain</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="57" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="63" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="66" />
        <source>&amp;Reference:</source>
        <translation>&amp;Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="67" />
        <source>&amp;Agency:</source>
        <translation>&amp;Asiantaeth:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="68" />
        <source>&amp;Sampled or tracked:</source>
        <translation>Wedi'i &amp;samplu neu wedi'i dracio:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="69" />
        <source>A&amp;ge band:</source>
        <translation>Band &amp;oedran:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/add_case_dialog.py" line="70" />
        <source>&amp;Inspector:</source>
        <translation>A&amp;rolygydd:</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="141" />
        <source>Allocate files</source>
        <translation>Dyrannu ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="148" />
        <source>Select files (Ctrl or Shift for several), choose who audits them, and allocate. The allocation reaches each laptop in your consolidated package.</source>
        <translation>Dewiswch ffeiliau (Ctrl neu Shift ar gyfer sawl un), dewiswch pwy sy'n eu harchwilio, a dyrannwch. Mae'r dyraniad yn cyrraedd pob gliniadur yn eich pecyn cyfunol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="154" />
        <source>Case files</source>
        <translation>Ffeiliau achos</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="155" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="155" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="155" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="156" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="156" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="167" />
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="170" />
        <source>Allocate to</source>
        <translation>Dyrannu i</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="172" />
        <source>&amp;Allocate selected</source>
        <translation>&amp;Dyrannu'r rhai a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="178" />
        <source>&amp;Conversations…</source>
        <translation>&amp;Sgyrsiau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="180" />
        <source>Who holds each conversation about the selected tracked file</source>
        <translation>Pwy sy'n cynnal pob sgwrs am y ffeil wedi'i holrhain a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="183" />
        <source>Edit &amp;details…</source>
        <translation>Golygu'r &amp;manylion…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="186" />
        <source>&amp;Remove file…</source>
        <translation>&amp;Tynnu'r ffeil…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="189" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="241" />
        <source>Nobody (unallocated)</source>
        <translation>Neb (heb ei dyrannu)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="287" />
        <source>Allocated: %1 file(s) changed, %2 already so.</source>
        <translation>Dyrannwyd: newidiwyd %1 ffeil, %2 felly eisoes.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="347" />
        <source>Conversations allocated: %1 changed.</source>
        <translation>Sgyrsiau wedi'u dyrannu: newidiwyd %1.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="359" />
        <source>%1 has %2 answer(s) in %3 form(s). Remove the file and its answers? Only do this if it was added by mistake; its details stay in the audit trail.</source>
        <translation>Mae gan %1 %2 ateb mewn %3 ffurflen. Tynnu'r ffeil a'i hatebion? Gwnewch hyn dim ond os cafodd ei hychwanegu trwy gamgymeriad; mae ei manylion yn aros yn y trywydd archwilio.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="362" />
        <source>Remove %1? Its details stay in the audit trail.</source>
        <translation>Tynnu %1? Mae ei manylion yn aros yn y trywydd archwilio.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="365" />
        <source>Remove a file</source>
        <translation>Tynnu ffeil</translation>
    </message>
</context>
<context>
    <name>AnswerHistoryDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="60" />
        <source>History of an answer</source>
        <translation>Hanes ateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="67" />
        <source>Reading the history…</source>
        <translation>Wrthi'n darllen yr hanes…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="73" />
        <source>History of: %1</source>
        <translation>Hanes: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="75" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="75" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="75" />
        <source>Change (before → after)</source>
        <translation>Newid (cyn → ar ôl)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="75" />
        <source>Where from</source>
        <translation>O ble</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="130" />
        <source>No changes recorded for this answer yet.</source>
        <translation>Dim newidiadau wedi'u cofnodi ar gyfer yr ateb hwn eto.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="166" />
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="167" />
        <source>Evidence note removed</source>
        <translation>Tynnwyd y nodyn tystiolaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="174" />
        <source>(no answer)</source>
        <translation>(dim ateb)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="174" />
        <source>(cleared)</source>
        <translation>(wedi'i glirio)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="189" />
        <source>from package %1</source>
        <translation>o becyn %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/answer_history/history_dialog.py" line="190" />
        <source>on this laptop</source>
        <translation>ar y gliniadur hwn</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="61" />
        <source>The inspection</source>
        <translation>Yr arolygiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="62" />
        <source>Which local authority, and the dates of the fieldwork.</source>
        <translation>Pa awdurdod lleol, a dyddiadau'r gwaith maes.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="66" />
        <source>for example Cardiff JICPA January 2024</source>
        <translation>er enghraifft JICPA Caerdydd Ionawr 2024</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="67" />
        <source>Inspection name</source>
        <translation>Enw'r arolygiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="70" />
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="73" />
        <source>First day of fieldwork</source>
        <translation>Diwrnod cyntaf y gwaith maes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="75" />
        <source>Last day of fieldwork</source>
        <translation>Diwrnod olaf y gwaith maes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="77" />
        <source>Na&amp;me:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="78" />
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="79" />
        <source>&amp;First day:</source>
        <translation>Diwrnod &amp;cyntaf:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="80" />
        <source>L&amp;ast day:</source>
        <translation>Diwrnod &amp;olaf:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="97" />
        <source>The last day is before the first day.</source>
        <translation>Mae'r diwrnod olaf cyn y diwrnod cyntaf.</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="93" />
        <source>F&amp;ind:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="97" />
        <source>reference, agency, age, status or concern</source>
        <translation>cyfeirnod, asiantaeth, oedran, statws neu bryder</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="104" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="104" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="104" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="105" />
        <source>CPR/CLA status</source>
        <translation>Statws CPR/PDG</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="105" />
        <source>Concern type</source>
        <translation>Math o bryder</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="48" />
        <source>File details</source>
        <translation>Manylion y ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="50" />
        <source>%1: the reference and agency cannot change; remove the file and add it again if they are wrong.</source>
        <translation>%1: ni all y cyfeirnod na'r asiantaeth newid; tynnwch y ffeil a'i hychwanegu eto os ydynt yn anghywir.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="65" />
        <source>Sampled or tracked</source>
        <translation>Wedi'i samplu neu ei olrhain</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="66" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="61" />
        <source>← Back to the dashboard</source>
        <translation>← Yn ôl i'r dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="62" />
        <source>Alt+Left</source>
        <translation>Alt+Chwith</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="91" />
        <source>Agency:</source>
        <translation>Asiantaeth:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="92" />
        <source>Sampled or tracked:</source>
        <translation>Wedi'i samplu neu wedi'i dracio:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="93" />
        <source>Age band:</source>
        <translation>Band oedran:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="94" />
        <source>Inspector:</source>
        <translation>Arolygydd:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="95" />
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="103" />
        <source>Data-quality flags for this file</source>
        <translation>Baneri ansawdd data ar gyfer y ffeil hon</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="113" />
        <source>&amp;Forms for this file (Enter opens the selected form):</source>
        <translation>&amp;Ffurflenni ar gyfer y ffeil hon (mae Enter yn agor y ffurflen a ddewiswyd):</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="118" />
        <source>Forms for this file</source>
        <translation>Ffurflenni ar gyfer y ffeil hon</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="152" />
        <source>⚠ Escalated: an immediate safeguarding concern is recorded on %1.</source>
        <translation>⚠ Wedi'i uwchgyfeirio: mae pryder diogelu uniongyrchol wedi'i gofnodi ar %1.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="168" />
        <source>Moderated by %1: %2 — %3 (was %4). %5</source>
        <translation>Safonwyd gan %1: %2 — %3 (roedd yn %4). %5</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="184" />
        <source>⚠ Data-quality flags to check with the record: %1 (warnings: nothing is blocked)</source>
        <translation>⚠ Baneri ansawdd data i'w gwirio gyda'r cofnod: %1 (rhybuddion: nid oes dim yn cael ei rwystro)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="191" />
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/case_view.py" line="195" />
        <source>Form: %1</source>
        <translation>Ffurflen: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="54" />
        <source>Case reference</source>
        <translation>Cyfeirnod yr achos</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="55" />
        <source>Sampled / tracked</source>
        <translation>Samplu / tracio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="56" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="57" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="58" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="59" />
        <source>Forms complete</source>
        <translation>Ffurflenni wedi'u cwblhau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="60" />
        <source>Answers missing</source>
        <translation>Atebion ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="61" />
        <source>Evidence missing</source>
        <translation>Tystiolaeth ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="62" />
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="105" />
        <source>An immediate safeguarding concern was escalated on this file.</source>
        <translation>Cafodd pryder diogelu uniongyrchol ei uwchgyfeirio ar y ffeil hon.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/case_table_model.py" line="129" />
        <source>⚠ Escalated</source>
        <translation>⚠ Wedi'i uwchgyfeirio</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/answer_inputs.py" line="198" />
        <source>— Not answered —</source>
        <translation>— Heb ei ateb —</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="44" />
        <source>Conflicts to resolve</source>
        <translation>Gwrthdaro i'w ddatrys</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="53" />
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="53" />
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="53" />
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="65" />
        <source>The values, side by side</source>
        <translation>Y gwerthoedd, ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="69" />
        <source>Keep mine (the value shown now)</source>
        <translation>Cadw fy un i (y gwerth a ddangosir nawr)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="71" />
        <source>Take theirs</source>
        <translation>Cymryd eu hun nhw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="73" />
        <source>Another value:</source>
        <translation>Gwerth arall:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="86" />
        <source>Reason (required; kept in the audit trail)</source>
        <translation>Rheswm (gofynnol; fe'i cedwir yn y trywydd archwilio)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="97" />
        <source>Resolve</source>
        <translation>Datrys</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="104" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="136" />
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n gwrthdaro i'w datrys.</numerusform>
            <numerusform>%n gwrthdaro i'w ddatrys.</numerusform>
            <numerusform>%n gwrthdaro i'w datrys.</numerusform>
            <numerusform>%n gwrthdaro i'w datrys.</numerusform>
            <numerusform>%n gwrthdaro i'w datrys.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="138" />
        <source>No conflicts: every field agrees.</source>
        <translation>Dim gwrthdaro: mae pob maes yn cytuno.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="149" />
        <source>Mine (shown now)</source>
        <translation>Fy un i (a ddangosir nawr)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="149" />
        <source>Theirs</source>
        <translation>Eu hun nhw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="152" />
        <source>(no answer)</source>
        <translation>(dim ateb)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="156" />
        <source>this laptop</source>
        <translation>y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="179" />
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="180" />
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="181" />
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="182" />
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="183" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="184" />
        <source>From package of</source>
        <translation>O becyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="221" />
        <source>Resolved.</source>
        <translation>Datryswyd.</translation>
    </message>
</context>
<context>
    <name>ConversationsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="85" />
        <source>Conversations of %1</source>
        <translation>Sgyrsiau %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="89" />
        <source>Choose who holds each conversation about %1. The allocation reaches each laptop in your consolidated package.</source>
        <translation>Dewiswch pwy sy'n cynnal pob sgwrs am %1. Mae'r dyraniad yn cyrraedd pob gliniadur yn eich pecyn cyfunol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="95" />
        <source>Conversations</source>
        <translation>Sgyrsiau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="96" />
        <source>Conversation with</source>
        <translation>Sgwrs â</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="96" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/allocation_dialog.py" line="107" />
        <source>Nobody (unallocated)</source>
        <translation>Neb (heb ei dyrannu)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/crash.py" line="88" />
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/crash.py" line="92" />
        <source>JICPA Desktop met an error it did not expect. Everything you saved before this moment is safe. Please copy the report below and send it to your support contact, then carry on or restart the app.</source>
        <translation>Daeth JICPA Desktop ar draws gwall nad oedd yn ei ddisgwyl. Mae popeth a gadwyd gennych cyn hyn yn ddiogel. Copïwch yr adroddiad isod a'i anfon at eich cyswllt cymorth, yna parhewch neu ailgychwyn yr ap.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/crash.py" line="101" />
        <source>Error report</source>
        <translation>Adroddiad gwall</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/crash.py" line="105" />
        <source>&amp;Copy report</source>
        <translation>&amp;Copïo'r adroddiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/crash.py" line="108" />
        <source>Open &amp;log folder</source>
        <translation>Agor y ffolder &amp;logiau</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="99" />
        <source>Forms complete across the inspection</source>
        <translation>Ffurflenni wedi'u cwblhau ar draws yr arolygiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="101" />
        <source>Forms complete:</source>
        <translation>Ffurflenni wedi'u cwblhau:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="119" />
        <source>Search reference, agency or inspector (Ctrl+F)</source>
        <translation>Chwilio cyfeirnod, asiantaeth neu arolygydd (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="120" />
        <source>Search files</source>
        <translation>Chwilio ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="122" />
        <source>Sampled and tracked</source>
        <translation>Wedi'u samplu a'u tracio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="122" />
        <source>Filter by sampled or tracked</source>
        <translation>Hidlo yn ôl wedi'i samplu neu wedi'i dracio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="123" />
        <source>All agencies</source>
        <translation>Pob asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="123" />
        <source>Filter by agency</source>
        <translation>Hidlo yn ôl asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="124" />
        <source>All inspectors</source>
        <translation>Pob arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="124" />
        <source>Filter by inspector</source>
        <translation>Hidlo yn ôl arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="125" />
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="125" />
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="128" />
        <source>Escalated only</source>
        <translation>Wedi'u huwchgyfeirio yn unig</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="129" />
        <source>With data-quality flags</source>
        <translation>Gyda baneri ansawdd data</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="131" />
        <source>Show only the files with data-quality flags</source>
        <translation>Dangos y ffeiliau sydd â baneri ansawdd data yn unig</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="135" />
        <source>Add a file…</source>
        <translation>Ychwanegu ffeil…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="136" />
        <source>Add a case file to this inspection (Ctrl+N)</source>
        <translation>Ychwanegu ffeil achos at yr arolygiad hwn (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="138" />
        <source>Import sampling list…</source>
        <translation>Mewnforio rhestr samplu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="158" />
        <source>Case files</source>
        <translation>Ffeiliau achos</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="182" />
        <source>By inspector and agency</source>
        <translation>Yn ôl arolygydd ac asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="186" />
        <source>Progress by inspector and agency</source>
        <translation>Cynnydd yn ôl arolygydd ac asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="237" />
        <source>Local terms: %1</source>
        <translation>Termau lleol: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="270" />
        <source>My files (%1)</source>
        <translation>Fy ffeiliau (%1)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="282" />
        <source>Answers missing: %1</source>
        <translation>Atebion ar goll: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="283" />
        <source>Evidence missing: %1</source>
        <translation>Tystiolaeth ar goll: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="284" />
        <source>Escalations: %1</source>
        <translation>Uwchgyfeiriadau: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="295" />
        <source>Files with data-quality flags: %1</source>
        <translation>Ffeiliau â baneri ansawdd data: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="298" />
        <source>Not recorded, by agency (files whose case record answers it):</source>
        <translation>Heb ei gofnodi, fesul asiantaeth (ffeiliau y mae eu cofnod achos yn ateb hyn):</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="300" />
        <source>%1: ethnicity %2 of %3, language %4 of %5</source>
        <translation>%1: ethnigrwydd %2 o %3, iaith %4 o %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="322" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="323" />
        <source>%1 of %n file(s) shown</source>
        <translation>
            <numerusform>Yn dangos %1 o %n ffeil</numerusform>
            <numerusform>Yn dangos %1 o %n ffeil</numerusform>
            <numerusform>Yn dangos %1 o %n ffeil</numerusform>
            <numerusform>Yn dangos %1 o %n ffeil</numerusform>
            <numerusform>Yn dangos %1 o %n ffeil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/answer_inputs.py" line="312" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/answer_inputs.py" line="315" />
        <source>Type the date as dd/mm/yyyy; Alt+Down opens a calendar; empty means not set.</source>
        <translation>Teipiwch y dyddiad fel dd/mm/bbbb; mae Alt+I lawr yn agor calendr; mae gwag yn golygu heb ei osod.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/answer_inputs.py" line="320" />
        <source>Choose a date from a calendar</source>
        <translation>Dewis dyddiad o galendr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/answer_inputs.py" line="337" />
        <source>Write the date as dd/mm/yyyy, for example 15/01/2024.</source>
        <translation>Ysgrifennwch y dyddiad fel dd/mm/bbbb, er enghraifft 15/01/2024.</translation>
    </message>
</context>
<context>
    <name>EnabledFormsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/enabled_forms_dialog.py" line="32" />
        <source>Forms for this inspection</source>
        <translation>Ffurflenni ar gyfer yr arolygiad hwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/enabled_forms_dialog.py" line="39" />
        <source>Tick the forms inspectors use in this inspection. Answers to a form you switch off stay stored and come back when you switch it on again.</source>
        <translation>Ticiwch y ffurflenni y mae arolygwyr yn eu defnyddio yn yr arolygiad hwn. Mae atebion i ffurflen rydych yn ei diffodd yn aros wedi'u cadw ac yn dod yn ôl pan fyddwch yn ei rhoi ar waith eto.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/enabled_forms_dialog.py" line="70" />
        <source>No inspectorate taking part reads these agencies' records: add the inspectorate to the inspection first.</source>
        <translation>Nid oes arolygiaeth sy'n cymryd rhan yn darllen cofnodion yr asiantaethau hyn: ychwanegwch yr arolygiaeth at yr arolygiad yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>EscalationsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="40" />
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="53" />
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="54" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="54" />
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="54" />
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="55" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="55" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="56" />
        <source>Concern and action taken</source>
        <translation>Y pryder a'r camau a gymerwyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="56" />
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="75" />
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="69" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Cydnabod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="74" />
        <source>Outcome (what the agency did, roles only)</source>
        <translation>Canlyniad (beth wnaeth yr asiantaeth, rolau yn unig)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="77" />
        <source>C&amp;lose with this outcome</source>
        <translation>Cau gyda'r can&amp;lyniad hwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="80" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="105" />
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="108" />
        <source>Acknowledged by %1, %2</source>
        <translation>Cydnabuwyd gan %1, %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="109" />
        <source>Closed by %1, %2</source>
        <translation>Caewyd gan %1, %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/escalations_dialog.py" line="129" />
        <source>%1 new, %2 in all.</source>
        <translation>%1 newydd, %2 i gyd.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="53" />
        <source>Export Excel grid</source>
        <translation>Allforio grid Excel</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="54" />
        <source>Export PDF grid</source>
        <translation>Allforio grid PDF</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="55" />
        <source>Export case report</source>
        <translation>Allforio adroddiad achos</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="72" />
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="74" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="75" />
        <source>All agencies</source>
        <translation>Pob asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="78" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="83" />
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="90" />
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="94" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="95" />
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="96" />
        <source>Headings and answers in</source>
        <translation>Penawdau ac atebion yn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="98" />
        <source>Include identifying fields</source>
        <translation>Cynnwys meysydd adnabod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="106" />
        <source>Identifying fields will leave this laptop. Include them only when the inspection needs them, and handle the file as personal data: encrypted storage, no email, deleted when the report is published.</source>
        <translation>Bydd meysydd adnabod yn gadael y gliniadur hwn. Cynhwyswch nhw dim ond pan fydd yr arolygiad eu hangen, a thrinwch y ffeil fel data personol: storfa wedi'i hamgryptio, dim e-bost, wedi'i dileu pan gyhoeddir yr adroddiad.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="133" />
        <source>All inspectors</source>
        <translation>Pob arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="145" />
        <source>JICPA case report</source>
        <translation>Adroddiad achos JICPA</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="147" />
        <source>%1 grid</source>
        <translation>Grid %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="151" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="152" />
        <source>PDF document (*.pdf)</source>
        <translation>Dogfen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="166" />
        <source>Choose where to save the export.</source>
        <translation>Dewiswch ble i gadw'r allforiad.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="168" />
        <source>That folder does not exist.</source>
        <translation>Nid yw'r ffolder honno'n bodoli.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="170" />
        <source>There is no inspection to export.</source>
        <translation>Nid oes arolygiad i'w allforio.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/exports/export_dialog.py" line="210" />
        <source>Saved {path}</source>
        <translation>Wedi cadw {path}</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="39" />
        <source>Export package</source>
        <translation>Allforio pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="43" />
        <source>The package holds your answers, files and audit trail for this inspection. Give the lead inspector the file and tell them the passphrase another way.</source>
        <translation>Mae'r pecyn yn cynnwys eich atebion, eich ffeiliau a'ch trywydd archwilio ar gyfer yr arolygiad hwn. Rhowch y ffeil i'r arolygydd arweiniol a rhowch wybod iddo am yr ymadrodd cyfrin mewn ffordd arall.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="52" />
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="58" />
        <source>Save as</source>
        <translation>Cadw fel</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="61" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="62" />
        <source>Only the files allocated to or answered by this inspector</source>
        <translation>Dim ond y ffeiliau a neilltuwyd i'r arolygydd hwn neu a atebwyd ganddo</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="65" />
        <source>Consolidated package for the whole team (lead inspector)</source>
        <translation>Pecyn cyfunol ar gyfer y tîm cyfan (arolygydd arweiniol)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="71" />
        <source>Passphrase</source>
        <translation>Ymadrodd cyfrin</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="75" />
        <source>Repeat passphrase</source>
        <translation>Ailadrodd yr ymadrodd cyfrin</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="76" />
        <source>Do not encrypt (only for test data: anyone with the file can read it)</source>
        <translation>Peidio ag amgryptio (data prawf yn unig: gall unrhyw un sydd â'r ffeil ei darllen)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="86" />
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="101" />
        <source>%1 package</source>
        <translation>Pecyn %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="102" />
        <source>Save the package</source>
        <translation>Cadw'r pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="102" />
        <source>JICPA packages (*.jicpa)</source>
        <translation>Pecynnau JICPA (*.jicpa)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="109" />
        <source>Choose where to save the package.</source>
        <translation>Dewiswch ble i gadw'r pecyn.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="116" />
        <source>The two passphrases differ.</source>
        <translation>Mae'r ddau ymadrodd cyfrin yn wahanol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="150" />
        <source>Exporting the package</source>
        <translation>Yn allforio'r pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="155" />
        <source>encrypted</source>
        <translation>wedi'i amgryptio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="155" />
        <source>NOT encrypted</source>
        <translation>HEB ei amgryptio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="157" />
        <source>Exported {0} bytes ({1}) to {2}</source>
        <translation>Wedi allforio {0} beit ({1}) i {2}</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="161" />
        <source>The package is %1.</source>
        <translation>Mae'r pecyn %1.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/export_dialog.py" line="169" />
        <source>Cancelled.</source>
        <translation>Canslwyd.</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="44" />
        <source>Choose the packages</source>
        <translation>Dewiswch y pecynnau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="45" />
        <source>Add every inspector's .jicpa file; nothing changes until you apply.</source>
        <translation>Ychwanegwch ffeil .jicpa pob arolygydd; nid oes dim yn newid nes i chi gymhwyso.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="51" />
        <source>Add packages…</source>
        <translation>Ychwanegu pecynnau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="53" />
        <source>Remove</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="59" />
        <source>Passphrase (leave empty for unencrypted packages)</source>
        <translation>Ymadrodd cyfrin (gadewch yn wag ar gyfer pecynnau heb eu hamgryptio)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="67" />
        <source>Choose packages</source>
        <translation>Dewis pecynnau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="68" />
        <source>JICPA packages (*.jicpa)</source>
        <translation>Pecynnau JICPA (*.jicpa)</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="149" />
        <source>Answered under version %1 of this form (the current version is %2).</source>
        <translation>Atebwyd o dan fersiwn %1 o'r ffurflen hon (y fersiwn gyfredol yw %2).</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="436" />
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="568" />
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="439" />
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="570" />
        <source>Your last change was not saved</source>
        <translation>Ni chadwyd eich newid diwethaf</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="473" />
        <source>Remove row</source>
        <translation>Dileu'r rhes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="473" />
        <source>Remove this row and the answers in it?</source>
        <translation>Dileu'r rhes hon a'r atebion ynddi?</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="536" />
        <source>The suggested grade is %1: give a reason for choosing a different grade.</source>
        <translation>Y radd a awgrymir yw %1: rhowch reswm dros ddewis gradd wahanol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/form_screen.py" line="556" />
        <source>Two bands or more from the suggestion: the lead inspector will moderate this grade.</source>
        <translation>Dau fand neu fwy o'r awgrym: bydd yr arolygydd arweiniol yn safoni'r radd hon.</translation>
    </message>
</context>
<context>
    <name>FormStatusModel</name>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="35" />
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="36" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="37" />
        <source>Answered</source>
        <translation>Wedi'u hateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="38" />
        <source>Answers missing</source>
        <translation>Atebion ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="39" />
        <source>Evidence missing</source>
        <translation>Tystiolaeth ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="40" />
        <source>Suggested grade</source>
        <translation>Gradd a awgrymir</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="41" />
        <source>Final grade</source>
        <translation>Gradd derfynol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="42" />
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/form_status_model.py" line="76" />
        <source>⚠ Escalated</source>
        <translation>⚠ Wedi'i uwchgyfeirio</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="224" />
        <source>Forms</source>
        <translation>Ffurflenni</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="225" />
        <source>The audit forms switched on for this inspection. Space ticks or clears one.</source>
        <translation>Y ffurflenni archwilio sydd ar waith ar gyfer yr arolygiad hwn. Mae'r Bylchwr yn ticio neu'n clirio un.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="228" />
        <source>Forms switched on</source>
        <translation>Ffurflenni ar waith</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="260" />
        <source>needs %1</source>
        <translation>angen %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="262" />
        <source>Add the inspectorate on the team page to audit this agency's records.</source>
        <translation>Ychwanegwch yr arolygiaeth ar dudalen y tîm i archwilio cofnodion yr asiantaeth hon.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="275" />
        <source>Switch on at least one form.</source>
        <translation>Rhowch o leiaf un ffurflen ar waith.</translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="49" />
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="54" />
        <source>Suggested grade</source>
        <translation>Gradd a awgrymir</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="55" />
        <source>Suggested:</source>
        <translation>Awgrym:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="62" />
        <source>Not set: the suggestion stands</source>
        <translation>Heb ei gosod: mae'r awgrym yn sefyll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="65" />
        <source>Final grade</source>
        <translation>Gradd derfynol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="67" />
        <source>&amp;Final grade:</source>
        <translation>Gradd &amp;derfynol:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="70" />
        <source>&amp;Reason for a different grade:</source>
        <translation>&amp;Rheswm dros radd wahanol:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="73" />
        <source>Reason for a different grade</source>
        <translation>Rheswm dros radd wahanol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="86" />
        <source>Escalation</source>
        <translation>Uwchgyfeirio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="91" />
        <source>&amp;Escalate now…</source>
        <translation>&amp;Uwchgyfeirio nawr…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="93" />
        <source>Record an immediate safeguarding concern for the lead inspector</source>
        <translation>Cofnodi pryder diogelu uniongyrchol ar gyfer yr arolygydd arweiniol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="98" />
        <source>Still to do</source>
        <translation>I'w wneud o hyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="101" />
        <source>Answers and evidence still missing</source>
        <translation>Atebion a thystiolaeth sydd ar goll o hyd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="146" />
        <source>%1 of %n question(s) answered · %2 required missing · %3 evidence missing</source>
        <translation>
            <numerusform>%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll</numerusform>
            <numerusform>%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll</numerusform>
            <numerusform>%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll</numerusform>
            <numerusform>%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll</numerusform>
            <numerusform>%1 o %n cwestiwn wedi'u hateb · %2 gofynnol ar goll · %3 tystiolaeth ar goll</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="159" />
        <source>Answer: %1</source>
        <translation>Ateb: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="163" />
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="165" />
        <source>Check: %1</source>
        <translation>Gwirio: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="169" />
        <source>Nothing missing: this form is complete.</source>
        <translation>Dim byd ar goll: mae'r ffurflen hon yn gyflawn.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="190" />
        <source>Escalated to the lead inspector.</source>
        <translation>Wedi'i uwchgyfeirio at yr arolygydd arweiniol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="192" />
        <source>Action taken: %1</source>
        <translation>Camau a gymerwyd: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="196" />
        <source>No immediate concern recorded on this form.</source>
        <translation>Dim pryder uniongyrchol wedi'i gofnodi ar y ffurflen hon.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="49" />
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="53" />
        <source>Choose yourself from the team of %1. Everything you change in this inspection on this laptop — answers, grades, packages and exports — is recorded under your name and inspectorate.</source>
        <translation>Dewiswch eich hun o dîm %1. Mae popeth rydych yn ei newid yn yr arolygiad hwn ar y gliniadur hwn — atebion, graddau, pecynnau ac allforion — yn cael ei gofnodi o dan eich enw a'ch arolygiaeth.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="60" />
        <source>Team members</source>
        <translation>Aelodau'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="75" />
        <source>I am not in the team yet: add me</source>
        <translation>Nid wyf yn y tîm eto: ychwanegwch fi</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="82" />
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="91" />
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="92" />
        <source>Inspectorate</source>
        <translation>Arolygiaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="93" />
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="102" />
        <source>That's me</source>
        <translation>Dyna fi</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/identity_dialog.py" line="129" />
        <source>Choose yourself from the list, or give your name to be added to the team.</source>
        <translation>Dewiswch eich hun o'r rhestr, neu rhowch eich enw i'w ychwanegu at y tîm.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="29" />
        <source>Sampling list import</source>
        <translation>Mewnforio rhestr samplu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="35" />
        <source>Rows to fix</source>
        <translation>Rhesi i'w cywiro</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="36" />
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="36" />
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="36" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="53" />
        <source>Nothing was imported from %1: %n row(s) need fixing. Correct them in the file and import it again; no file is added until every row is right.</source>
        <translation>
            <numerusform>Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch hi yn y ffeil a'i mewnforio eto; ni chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.</numerusform>
            <numerusform>Ni fewnforiwyd dim o %1: mae angen cywiro %n rhes. Cywirwch nhw yn y ffeil a'i mewnforio eto; ni chaiff unrhyw ffeil ei hychwanegu nes bod pob rhes yn gywir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="62" />
        <source>%n file(s) imported from %1.</source>
        <translation>
            <numerusform>Mewnforiwyd %n ffeil o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffeil o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffeil o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffeil o %1.</numerusform>
            <numerusform>Mewnforiwyd %n ffeil o %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="257" />
        <source>Import packages</source>
        <translation>Mewnforio pecynnau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="267" />
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="274" />
        <source>the lead's consolidated package</source>
        <translation>pecyn cyfunol yr arweinydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="275" />
        <source>%1's package</source>
        <translation>pecyn %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="276" />
        <source>%1: %2, for %3</source>
        <translation>%1: %2, ar gyfer %3</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="279" />
        <source>(another inspection, not the one open)</source>
        <translation>(arolygiad arall, nid yr un sydd ar agor)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="302" />
        <source>Cancelled.</source>
        <translation>Canslwyd.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="306" />
        <source>Something went wrong; see the crash report.</source>
        <translation>Aeth rhywbeth o'i le; gweler yr adroddiad gwall.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="309" />
        <source>Importing packages</source>
        <translation>Yn mewnforio pecynnau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="309" />
        <source>Checking packages</source>
        <translation>Yn gwirio pecynnau</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="46" />
        <source>Join an inspection</source>
        <translation>Ymuno ag arolygiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="53" />
        <source>Choose the consolidated package the lead inspector gave you (a .jicpa file) and type its passphrase. The inspection, its team, its files and the forms switched on for it are added to this laptop; then you say who you are.</source>
        <translation>Dewiswch y pecyn cyfunol a roddodd yr arolygydd arweiniol i chi (ffeil .jicpa) a theipiwch ei ymadrodd cyfrin. Mae'r arolygiad, ei dîm, ei ffeiliau a'r ffurflenni sydd ymlaen ar ei gyfer yn cael eu hychwanegu at y gliniadur hwn; yna rydych yn dweud pwy ydych chi.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="62" />
        <source>Package file</source>
        <translation>Ffeil y pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="63" />
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="69" />
        <source>Package</source>
        <translation>Pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="73" />
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="74" />
        <source>Passphrase</source>
        <translation>Ymadrodd cyfrin</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="76" />
        <source>&amp;Check the package</source>
        <translation>&amp;Gwirio'r pecyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="85" />
        <source>&amp;Who are you?</source>
        <translation>&amp;Pwy ydych chi?</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="88" />
        <source>Who are you?</source>
        <translation>Pwy ydych chi?</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="101" />
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="111" />
        <source>Choose the lead's package</source>
        <translation>Dewiswch becyn yr arweinydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="112" />
        <source>JICPA packages (*.jicpa)</source>
        <translation>Pecynnau JICPA (*.jicpa)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="140" />
        <source>Choose the package file first.</source>
        <translation>Dewiswch ffeil y pecyn yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="143" />
        <source>Checking the package…</source>
        <translation>Wrthi'n gwirio'r pecyn…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="151" />
        <source>Inspection: %1</source>
        <translation>Arolygiad: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="152" />
        <source>Package made by %1 on %2</source>
        <translation>Pecyn a wnaed gan %1 ar %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="154" />
        <source>Files: %1</source>
        <translation>Ffeiliau: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="157" />
        <source>This inspection is already on this laptop: joining brings it up to date.</source>
        <translation>Mae'r arolygiad hwn ar y gliniadur hwn eisoes: mae ymuno yn ei ddiweddaru.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="170" />
        <source>The package's team is empty: ask the lead to add you to the team and export the package again.</source>
        <translation>Mae tîm y pecyn yn wag: gofynnwch i'r arweinydd eich ychwanegu at y tîm ac allforio'r pecyn eto.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="182" />
        <source>Check the package, then choose yourself from its team.</source>
        <translation>Gwiriwch y pecyn, yna dewiswch eich hun o'i dîm.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/join_dialog.py" line="192" />
        <source>Joining the inspection…</source>
        <translation>Wrthi'n ymuno â'r arolygiad…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="13" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="14" />
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="15" />
        <source>Complete</source>
        <translation>Wedi'i chwblhau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="22" />
        <source>Sampled</source>
        <translation>Wedi'i samplu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="23" />
        <source>Tracked</source>
        <translation>Wedi'i dracio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="30" />
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="31" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="38" />
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="39" />
        <source>Unborn</source>
        <translation>Heb ei eni</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="40" />
        <source>Under 1</source>
        <translation>O dan 1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="41" />
        <source>1 to 4</source>
        <translation>1 i 4</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="42" />
        <source>5 to 11</source>
        <translation>5 i 11</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="43" />
        <source>12 to 15</source>
        <translation>12 i 15</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="44" />
        <source>16 to 17</source>
        <translation>16 i 17</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/labels.py" line="73" />
        <source>Unallocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../jicpa_desktop/ui/operations/ops.py" line="48" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="90" />
        <location filename="../../jicpa_desktop/ui/main_window.py" line="863" />
        <source>Opening the audit database…</source>
        <translation>Wrthi'n agor y gronfa ddata archwilio…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="100" />
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="107" />
        <source>Who you are in this inspection</source>
        <translation>Pwy ydych chi yn yr arolygiad hwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="155" />
        <source>The audit database cannot be opened</source>
        <translation>Nid oes modd agor y gronfa ddata archwilio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="181" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="183" />
        <source>&amp;New inspection…</source>
        <translation>Arolygiad &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="184" />
        <source>&amp;Open inspection…</source>
        <translation>&amp;Agor arolygiad…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="186" />
        <source>Open the &amp;demo inspection</source>
        <translation>Agor yr arolygiad &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="188" />
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="189" />
        <source>Close and &amp;wipe this inspection…</source>
        <translation>Cau a &amp;dileu'r arolygiad hwn…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="191" />
        <source>Deletion &amp;records…</source>
        <translation>&amp;Cofnodion dileu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="193" />
        <source>&amp;Lock now</source>
        <translation>C&amp;loi nawr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="195" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="197" />
        <source>Field&amp;work</source>
        <translation>&amp;Gwaith maes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="199" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="200" />
        <source>New &amp;file…</source>
        <translation>&amp;Ffeil achos newydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="201" />
        <source>&amp;Import sampling list…</source>
        <translation>&amp;Mewnforio rhestr samplu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="203" />
        <source>&amp;Search files</source>
        <translation>&amp;Chwilio ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="205" />
        <source>F&amp;orms for this inspection…</source>
        <translation>Ff&amp;urflenni ar gyfer yr arolygiad hwn…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="207" />
        <source>&amp;Meeting observations…</source>
        <translation>&amp;Arsylwadau cyfarfodydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="210" />
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="212" />
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="213" />
        <source>&amp;Next form</source>
        <translation>Ffurflen &amp;nesaf</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="214" />
        <source>&amp;Previous form</source>
        <translation>Ffurflen fla&amp;enorol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="215" />
        <source>Next &amp;unanswered question</source>
        <translation>Y cwestiwn &amp;nesaf heb ei ateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="216" />
        <source>&amp;Escalate now…</source>
        <translation>&amp;Uwchgyfeirio nawr…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="218" />
        <source>E&amp;xport</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="220" />
        <source>&amp;Excel grid…</source>
        <translation>Grid &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="221" />
        <source>&amp;PDF grid…</source>
        <translation>Grid &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="222" />
        <source>&amp;Case report PDF…</source>
        <translation>Adroddiad &amp;achos PDF…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="225" />
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="227" />
        <source>&amp;Export package…</source>
        <translation>&amp;Allforio pecyn…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="228" />
        <source>&amp;Import packages…</source>
        <translation>&amp;Mewnforio pecynnau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="229" />
        <source>&amp;Conflicts…</source>
        <translation>&amp;Gwrthdaro…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="230" />
        <source>&amp;Moderation…</source>
        <translation>&amp;Safoni…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="233" />
        <source>&amp;Who am I…</source>
        <translation>&amp;Pwy ydw i…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="234" />
        <source>&amp;Team members…</source>
        <translation>Aelodau'r &amp;tîm…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="235" />
        <source>Draw the sam&amp;ple…</source>
        <translation>Tynnu'r samp&amp;l…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="236" />
        <source>&amp;Allocate files…</source>
        <translation>&amp;Dyrannu ffeiliau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="237" />
        <source>E&amp;scalations…</source>
        <translation>&amp;Uwchgyfeiriadau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="240" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="242" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="244" />
        <source>&amp;About JICPA Desktop</source>
        <translation>&amp;Ynghylch JICPA Desktop</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="360" />
        <source>Who are you? Choose…</source>
        <translation>Pwy ydych chi? Dewiswch…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="362" />
        <source>You are %1, %2</source>
        <translation>Rydych chi'n %1, %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="410" />
        <location filename="../../jicpa_desktop/ui/main_window.py" line="864" />
        <source>← Back to the file</source>
        <translation>← Yn ôl i'r ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="411" />
        <source>Alt+Left</source>
        <translation>Alt+Chwith</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="413" />
        <location filename="../../jicpa_desktop/ui/main_window.py" line="865" />
        <source>◀ Previous form</source>
        <translation>◀ Ffurflen flaenorol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="414" />
        <source>Ctrl+Page Up</source>
        <translation>Ctrl+Page Up</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="416" />
        <location filename="../../jicpa_desktop/ui/main_window.py" line="866" />
        <source>Next form ▶</source>
        <translation>Ffurflen nesaf ▶</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="417" />
        <source>Ctrl+Page Down</source>
        <translation>Ctrl+Page Down</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="597" />
        <source>Form %1 of %2</source>
        <translation>Ffurflen %1 o %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="638" />
        <source>Every question on this form is answered.</source>
        <translation>Mae pob cwestiwn ar y ffurflen hon wedi'i ateb.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="655" />
        <location filename="../../jicpa_desktop/ui/main_window.py" line="705" />
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="654" />
        <source>Saving…</source>
        <translation>Wrthi'n cadw…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="273" />
        <source>Open a case file first, then export its report.</source>
        <translation>Agorwch ffeil achos yn gyntaf, yna allforiwch ei hadroddiad.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="700" />
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="742" />
        <source>Building the demo inspection…</source>
        <translation>Wrthi'n creu'r arolygiad enghreifftiol…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="774" />
        <source>Import a sampling list</source>
        <translation>Mewnforio rhestr samplu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="774" />
        <source>Sampling lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Rhestrau samplu (*.csv *.xlsx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="783" />
        <source>Importing the sampling list…</source>
        <translation>Wrthi'n mewnforio'r rhestr samplu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="887" />
        <source>New file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="887" />
        <source>Search files</source>
        <translation>Chwilio ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="888" />
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="888" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="889" />
        <source>Next form / previous form</source>
        <translation>Ffurflen nesaf / ffurflen flaenorol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="890" />
        <source>Next unanswered question</source>
        <translation>Y cwestiwn nesaf heb ei ateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="890" />
        <source>Escalate now</source>
        <translation>Uwchgyfeirio nawr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="891" />
        <source>Lock the app now</source>
        <translation>Cloi'r ap nawr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="892" />
        <source>Move between questions</source>
        <translation>Symud rhwng cwestiynau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="893" />
        <source>Choose an answer</source>
        <translation>Dewis ateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="893" />
        <source>Arrow keys, Space; Delete clears</source>
        <translation>Bysellau saeth, Bylchwr; mae Delete yn clirio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="894" />
        <source>Open a calendar in a date</source>
        <translation>Agor calendr mewn dyddiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="896" />
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="902" />
        <source>About JICPA Desktop</source>
        <translation>Ynghylch JICPA Desktop</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="903" />
        <source>JICPA Desktop %1
Offline audit tool for Joint Inspections of Child Protection Arrangements in Wales.
Database: %2</source>
        <translation>JICPA Desktop %1
Adnodd archwilio all-lein ar gyfer Arolygiadau ar y Cyd o Drefniadau Amddiffyn Plant yng Nghymru.
Cronfa ddata: %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/main_window.py" line="933" />
        <source>Some changes are still being saved. Close anyway? The last change may be lost.</source>
        <translation>Mae rhai newidiadau'n dal i gael eu cadw. Cau beth bynnag? Gallai'r newid diwethaf gael ei golli.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="49" />
        <source>Add a team member</source>
        <translation>Ychwanegu aelod o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="49" />
        <source>Edit a team member</source>
        <translation>Golygu aelod o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="65" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="66" />
        <source>Inspectorate</source>
        <translation>Arolygiaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="67" />
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="41" />
        <source>Moderation</source>
        <translation>Safoni</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="52" />
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="53" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="54" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="55" />
        <source>Form</source>
        <translation>Ffurflen</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="56" />
        <source>Suggested</source>
        <translation>Awgrymwyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="57" />
        <source>Inspector's grade</source>
        <translation>Gradd yr arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="58" />
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="75" />
        <source>Moderated grade</source>
        <translation>Gradd wedi'i safoni</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="59" />
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="79" />
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="71" />
        <source>Choose a grade…</source>
        <translation>Dewiswch radd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="84" />
        <source>Record moderated grade</source>
        <translation>Cofnodi gradd wedi'i chymedroli</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="88" />
        <source>Forms</source>
        <translation>Ffurflenni</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="95" />
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="96" />
        <source>Moderated</source>
        <translation>Wedi'i chymedroli</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="97" />
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="98" />
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="99" />
        <source>Lowered</source>
        <translation>Gostyngwyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="100" />
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="101" />
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="106" />
        <source>Agreement</source>
        <translation>Cytundeb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="142" />
        <source>Inspector: {0}</source>
        <translation>Arolygydd: {0}</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="143" />
        <source>Form: {0}</source>
        <translation>Ffurflen: {0}</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="144" />
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/moderation_dialog.py" line="182" />
        <source>Moderated grade recorded; both grades are kept.</source>
        <translation>Cofnodwyd y radd wedi'i chymedroli; cedwir y ddwy radd.</translation>
    </message>
</context>
<context>
    <name>NewInspectionWizard</name>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="314" />
        <source>New inspection</source>
        <translation>Arolygiad newydd</translation>
    </message>
</context>
<context>
    <name>NewObservationDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/new_observation_dialog.py" line="15" />
        <source>New observation</source>
        <translation>Arsylwad newydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/new_observation_dialog.py" line="17" />
        <source>Record a meeting you observed: a conference, a core group, a strategy meeting. Write roles only, never names.</source>
        <translation>Cofnodwch gyfarfod a arsylwyd gennych: cynhadledd, grŵp craidd, cyfarfod strategaeth. Ysgrifennwch rolau yn unig, byth enwau.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/new_observation_dialog.py" line="29" />
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Dyddiad y cyfarfod:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/new_observation_dialog.py" line="35" />
        <source>&amp;Add observation</source>
        <translation>&amp;Ychwanegu arsylwad</translation>
    </message>
</context>
<context>
    <name>ObservationScreen</name>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="71" />
        <source>Reference:</source>
        <translation>Cyfeirnod:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="78" />
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="81" />
        <source>&amp;Date of the meeting:</source>
        <translation>&amp;Dyddiad y cyfarfod:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="84" />
        <source>Observer:</source>
        <translation>Arsylwr:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="113" />
        <source>Evidence needed: this answer is negative, so say what you saw in the meeting that shows it.</source>
        <translation>Angen tystiolaeth: mae'r ateb hwn yn negyddol, felly nodwch beth welsoch chi yn y cyfarfod sy'n dangos hynny.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="115" />
        <source>What did you see in the meeting? (roles only — no names)</source>
        <translation>Beth welsoch chi yn y cyfarfod? (rolau yn unig — dim enwau)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="209" />
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observation_screen.py" line="212" />
        <source>Your last change was not saved</source>
        <translation>Ni chadwyd eich newid diwethaf</translation>
    </message>
</context>
<context>
    <name>ObservationsWindow</name>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="48" />
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="71" />
        <source>Meeting observations</source>
        <translation>Arsylwadau cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="60" />
        <source>Observations of live meetings (conferences, core groups, strategy meetings) belong to the inspection, not to a child's file. Record roles only, never names.</source>
        <translation>Mae arsylwadau o gyfarfodydd byw (cynadleddau, grwpiau craidd, cyfarfodydd strategaeth) yn perthyn i'r arolygiad, nid i ffeil plentyn. Cofnodwch rolau yn unig, byth enwau.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="72" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="72" />
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="72" />
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="73" />
        <source>Observer</source>
        <translation>Arsylwr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="73" />
        <source>Answered</source>
        <translation>Wedi'u hateb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="88" />
        <source>&amp;New observation…</source>
        <translation>Arsylwad &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="91" />
        <source>&amp;Remove…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="93" />
        <source>Remove an observation recorded by mistake, with what was said in it</source>
        <translation>Dileu arsylwad a gofnodwyd trwy gamgymeriad, gyda'r hyn a ddywedwyd ynddo</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="102" />
        <source>Choose an observation in the list, or add one with New observation.</source>
        <translation>Dewiswch arsylwad yn y rhestr, neu ychwanegwch un gydag Arsylwad newydd.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="123" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="156" />
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="181" />
        <source>No meetings observed yet.</source>
        <translation>Dim cyfarfodydd wedi'u harsylwi eto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="182" />
        <source>%n meeting(s) observed.</source>
        <translation>
            <numerusform>%n cyfarfod wedi'u harsylwi.</numerusform>
            <numerusform>%n cyfarfod wedi'i arsylwi.</numerusform>
            <numerusform>%n gyfarfod wedi'u harsylwi.</numerusform>
            <numerusform>%n chyfarfod wedi'u harsylwi.</numerusform>
            <numerusform>%n cyfarfod wedi'u harsylwi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="229" />
        <source>All changes saved at %1</source>
        <translation>Pob newid wedi'i gadw am %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="266" />
        <source>Remove observation</source>
        <translation>Dileu arsylwad</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="267" />
        <source>Remove observation %1 (%2) and everything recorded in it? The removal reaches every laptop that receives your packages.</source>
        <translation>Dileu arsylwad %1 (%2) a phopeth a gofnodwyd ynddo? Mae'r dileu yn cyrraedd pob gliniadur sy'n derbyn eich pecynnau.</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="218" />
        <source>Pick a file by hand</source>
        <translation>Dewis ffeil â llaw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="221" />
        <source>Choose a child of the frame who is not a file yet. The file is made at once, and your reason is recorded with it.</source>
        <translation>Dewiswch blentyn o'r ffrâm nad yw'n ffeil eto. Caiff y ffeil ei gwneud ar unwaith, a chofnodir eich rheswm gyda hi.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="225" />
        <source>&amp;Children not yet in the sample</source>
        <translation>&amp;Plant nad ydynt yn y sampl eto</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="228" />
        <source>The file is:</source>
        <translation>Mae'r ffeil:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="231" />
        <source>&amp;Sampled</source>
        <translation>Wedi'i &amp;samplu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="231" />
        <source>&amp;Tracked</source>
        <translation>Wedi'i dr&amp;acio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="242" />
        <source>&amp;Pick</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="251" />
        <source>Choose a child from the list first.</source>
        <translation>Dewiswch blentyn o'r rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="93" />
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="94" />
        <source>What the import would change. Conflicts keep both values until you resolve them.</source>
        <translation>Beth fyddai'r mewnforio yn ei newid. Mae gwrthdaro yn cadw'r ddau werth nes i chi eu datrys.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="104" />
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="105" />
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="106" />
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="107" />
        <source>Before / mine</source>
        <translation>Cyn / fy un i</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="108" />
        <source>After / theirs</source>
        <translation>Ar ôl / eu hun nhw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="109" />
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="119" />
        <source>Checking the packages…</source>
        <translation>Yn gwirio'r pecynnau…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="126" />
        <source>These packages cannot be imported; your database has not been changed.</source>
        <translation>Nid oes modd mewnforio'r pecynnau hyn; nid yw eich cronfa ddata wedi newid.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="135" />
        <source>New file</source>
        <translation>Ffeil achos newydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="138" />
        <source>Removed file</source>
        <translation>Ffeil wedi'i thynnu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="142" />
        <source>Changed answer</source>
        <translation>Ateb wedi newid</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="155" />
        <source>Conflict</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="176" />
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'i thynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="177" />
        <source>%n package(s): </source>
        <translation>
            <numerusform>%n pecyn: </numerusform>
            <numerusform>%n pecyn: </numerusform>
            <numerusform>%n pecyn: </numerusform>
            <numerusform>%n pecyn: </numerusform>
            <numerusform>%n pecyn: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="171" />
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="172" />
        <source>%n changed answer(s)</source>
        <translation>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="173" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="179" />
        <source>%n of them imported before.</source>
        <translation>
            <numerusform>Cafodd %n ohonynt eu mewnforio o'r blaen.</numerusform>
            <numerusform>Cafodd %n ohonynt ei fewnforio o'r blaen.</numerusform>
            <numerusform>Cafodd %n ohonynt eu mewnforio o'r blaen.</numerusform>
            <numerusform>Cafodd %n ohonynt eu mewnforio o'r blaen.</numerusform>
            <numerusform>Cafodd %n ohonynt eu mewnforio o'r blaen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="181" />
        <source>Importing would change nothing.</source>
        <translation>Ni fyddai mewnforio yn newid dim.</translation>
    </message>
</context>
<context>
    <name>ProgressSummaryModel</name>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="29" />
        <source>Inspector</source>
        <translation>Arolygydd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="30" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="31" />
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="32" />
        <source>Forms complete</source>
        <translation>Ffurflenni wedi'u cwblhau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="33" />
        <source>Answers missing</source>
        <translation>Atebion ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="34" />
        <source>Evidence missing</source>
        <translation>Tystiolaeth ar goll</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/models/progress_summary_model.py" line="35" />
        <source>Escalations</source>
        <translation>Uwchgyfeiriadau</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="61" />
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="66" />
        <source>History of: %1</source>
        <translation>Hanes: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="69" />
        <source>Who changed this answer, when, and from which package (Ctrl+H)</source>
        <translation>Pwy newidiodd yr ateb hwn, pryd, ac o ba becyn (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="84" />
        <source>Required</source>
        <translation>Gofynnol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="103" />
        <source>Evidence for: %1</source>
        <translation>Tystiolaeth ar gyfer: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="104" />
        <source>What in the record shows this? (roles, dates, documents — no names)</source>
        <translation>Beth yn y cofnod sy'n dangos hyn? (rolau, dyddiadau, dogfennau — dim enwau)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="112" />
        <source>Add an evidence note</source>
        <translation>Ychwanegu nodyn tystiolaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="114" />
        <source>Add an evidence note to: %1</source>
        <translation>Ychwanegu nodyn tystiolaeth at: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="119" />
        <source>Ctrl+Shift+E adds an evidence note to the question you are on</source>
        <translation>Mae Ctrl+Shift+E yn ychwanegu nodyn tystiolaeth at y cwestiwn rydych arno</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="137" />
        <source>Use this answer</source>
        <translation>Defnyddio'r ateb hwn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="172" />
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="184" />
        <source>From the dates: %1 (%2)</source>
        <translation>O'r dyddiadau: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="176" />
        <source>Your answer differs from what the dates give: say why in the evidence note.</source>
        <translation>Mae eich ateb yn wahanol i'r hyn y mae'r dyddiadau'n ei roi: eglurwch pam yn y nodyn tystiolaeth.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="195" />
        <source>Show the history…</source>
        <translation>Dangos yr hanes…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="274" />
        <source>Reason needed: say in one line why this does not apply.</source>
        <translation>Angen rheswm: dywedwch mewn un llinell pam nad yw hyn yn berthnasol.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="275" />
        <source>Why this does not apply (one line)</source>
        <translation>Pam nad yw hyn yn berthnasol (un llinell)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="278" />
        <source>Evidence needed: this answer is negative, so say what in the record shows it.</source>
        <translation>Angen tystiolaeth: mae'r ateb hwn yn negyddol, felly nodwch beth yn y cofnod sy'n dangos hynny.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="280" />
        <source>Evidence needed for this answer.</source>
        <translation>Angen tystiolaeth ar gyfer yr ateb hwn.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="282" />
        <source>Evidence (always needed for this question)</source>
        <translation>Tystiolaeth (bob amser yn ofynnol ar gyfer y cwestiwn hwn)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="284" />
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/question_row.py" line="294" />
        <source>Required: evidence is missing</source>
        <translation>Gofynnol: mae'r dystiolaeth ar goll</translation>
    </message>
</context>
<context>
    <name>RepeatGroupWidget</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="86" />
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="155" />
        <source>No rows yet.</source>
        <translation>Dim rhesi eto.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="92" />
        <source>Add a row</source>
        <translation>Ychwanegu rhes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="94" />
        <source>Add a row to: %1</source>
        <translation>Ychwanegu rhes at: %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="155" />
        <source>Add at least one row.</source>
        <translation>Ychwanegwch o leiaf un rhes.</translation>
    </message>
</context>
<context>
    <name>RepeatRowWidget</name>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="32" />
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="33" />
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="34" />
        <source>Remove row</source>
        <translation>Dileu'r rhes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="44" />
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="48" />
        <source>Move row %1 up</source>
        <translation>Symud rhes %1 i fyny</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="49" />
        <source>Move row %1 down</source>
        <translation>Symud rhes %1 i lawr</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/widgets/repeat_group.py" line="50" />
        <source>Remove row %1</source>
        <translation>Dileu rhes %1</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="194" />
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="205" />
        <source>Importing in one transaction…</source>
        <translation>Yn mewnforio mewn un trafodiad…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="218" />
        <source>Imported: </source>
        <translation>Wedi mewnforio: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="212" />
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
            <numerusform>%n ffeil newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="213" />
        <source>%n changed answer(s)</source>
        <translation>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
            <numerusform>%n ateb wedi newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="214" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n gwrthdaro i'w datrys</numerusform>
            <numerusform>%n gwrthdaro i'w ddatrys</numerusform>
            <numerusform>%n gwrthdaro i'w datrys</numerusform>
            <numerusform>%n gwrthdaro i'w datrys</numerusform>
            <numerusform>%n gwrthdaro i'w datrys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="217" />
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'i thynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
            <numerusform>%n ffeil wedi'u tynnu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="220" />
        <source>Nothing new: the database is unchanged.</source>
        <translation>Dim byd newydd: nid yw'r gronfa ddata wedi newid.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="236" />
        <source>New escalations (%1) — see Team ▸ Escalations…:</source>
        <translation>Uwchgyfeiriadau newydd (%1) — gweler Tîm ▸ Uwchgyfeiriadau…:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="242" />
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="50" />
        <source>The sample</source>
        <translation>Y sampl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="64" />
        <source>The list of children (the sampling frame)</source>
        <translation>Y rhestr o blant (y ffrâm samplu)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="69" />
        <source>&amp;Import the list…</source>
        <translation>&amp;Mewnforio'r rhestr…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="76" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="276" />
        <source>Draw the sample</source>
        <translation>Tynnu'r sampl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="85" />
        <source>Sampled</source>
        <translation>Wedi'u samplu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="87" />
        <source>Tracked</source>
        <translation>Wedi'u holrhain</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="90" />
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="92" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="204" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="92" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="204" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="92" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="205" />
        <source>CPR/CLA status</source>
        <translation>Statws CPR/PDG</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="93" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="205" />
        <source>Concern type</source>
        <translation>Math o bryder</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="102" />
        <source>Strata</source>
        <translation>Haenau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="105" />
        <source>any number or word; recorded, so the draw can be repeated</source>
        <translation>unrhyw rif neu air; wedi'i gofnodi, fel bod modd ailadrodd y tynnu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="106" />
        <source>Seed</source>
        <translation>Hedyn</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="110" />
        <source>Why these strata and sizes (recorded with the draw)</source>
        <translation>Pam yr haenau a'r meintiau hyn (wedi'u cofnodi gyda'r tynnu)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="112" />
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="114" />
        <source>&amp;Preview the draw</source>
        <translation>&amp;Rhagweld y tynnu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="117" />
        <source>&amp;Draw and make the files</source>
        <translation>&amp;Tynnu a gwneud y ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="129" />
        <source>The draw</source>
        <translation>Y tynnu</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="130" />
        <source>Preview the draw to see here how many each stratum gets and which children are chosen, before any file is made.</source>
        <translation>Rhagwelwch y tynnu i weld yma faint y mae pob haen yn ei gael a pha blant a ddewisir, cyn gwneud unrhyw ffeil.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="133" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="135" />
        <source>Files from the frame</source>
        <translation>Ffeiliau o'r ffrâm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="204" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="205" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="140" />
        <source>Pic&amp;k by hand…</source>
        <translation>Dewis â &amp;llaw…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="142" />
        <source>Make a child of the frame a file, with the reason</source>
        <translation>Gwneud plentyn o'r ffrâm yn ffeil, gyda'r rheswm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="144" />
        <source>S&amp;wap…</source>
        <translation>C&amp;yfnewid…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="146" />
        <source>Replace a drawn file by another child of the frame, with the reason</source>
        <translation>Rhoi plentyn arall o'r ffrâm yn lle ffeil a dynnwyd, gyda'r rheswm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="161" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="211" />
        <source>%1 children in the frame.</source>
        <translation>%1 plentyn yn y ffrâm.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="213" />
        <source>%1 are files; %2 are not.</source>
        <translation>Mae %1 yn ffeiliau; nid yw %2.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="216" />
        <source>No list yet: import the local authority's list of children (CSV or Excel; reference, agency, and optionally age_band, status, concern).</source>
        <translation>Dim rhestr eto: mewnforiwch restr yr awdurdod lleol o blant (CSV neu Excel; reference, agency, ac age_band, status, concern os dymunir).</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="241" />
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="259" />
        <source>The list of children</source>
        <translation>Y rhestr o blant</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="242" />
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Rhestrau (*.csv *.xlsx);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="254" />
        <source>Nothing imported; fix these rows and import again:</source>
        <translation>Ni fewnforiwyd dim; cywirwch y rhesi hyn a mewnforio eto:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="257" />
        <source>Add %1 children to the frame? %2 are in it already.</source>
        <translation>Ychwanegu %1 plentyn at y ffrâm? Mae %2 ynddi eisoes.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="264" />
        <source>Every child on this list is in the frame already.</source>
        <translation>Mae pob plentyn ar y rhestr hon yn y ffrâm eisoes.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="277" />
        <source>Draw %1 sampled and %2 tracked files? The chosen become case files, and the draw is recorded.</source>
        <translation>Tynnu %1 ffeil wedi'u samplu a %2 wedi'u holrhain? Mae'r rhai a ddewisir yn dod yn ffeiliau achos, a chofnodir y tynnu.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="294" />
        <source>Drawn: %1 files made.</source>
        <translation>Tynnwyd: gwnaed %1 ffeil.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="295" />
        <source>Preview (no files made):</source>
        <translation>Rhagolwg (dim ffeiliau wedi'u gwneud):</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="296" />
        <source>Frame checksum %1, seed %2</source>
        <translation>Siec-swm y ffrâm %1, hedyn %2</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="298" />
        <source>%1: %2 drawn of %3</source>
        <translation>%1: tynnwyd %2 o %3</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="300" />
        <source>Tracked:</source>
        <translation>Wedi'u holrhain:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_dialog.py" line="300" />
        <source>Sampled:</source>
        <translation>Wedi'u samplu:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="24" />
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="29" />
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="34" />
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="39" />
        <source> min</source>
        <translation> munud</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="40" />
        <source>Minutes without use before the app locks itself</source>
        <translation>Munudau heb ddefnydd cyn i'r ap gloi ei hun</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="41" />
        <source>Lock &amp;after:</source>
        <translation>Cloi &amp;ar ôl:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="43" />
        <source>Forms show their Welsh text where the form definition has it.</source>
        <translation>Mae'r ffurflenni'n dangos eu testun Cymraeg lle mae ar gael yn niffiniad y ffurflen.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/settings_dialog.py" line="47" />
        <source>Left without use that long, the app hides every window behind the database passphrase (Ctrl+L locks it at once). Everything typed is saved first.</source>
        <translation>O'i adael heb ei ddefnyddio cyhyd â hynny, mae'r ap yn cuddio pob ffenestr y tu ôl i ymadrodd cyfrin y gronfa ddata (mae Ctrl+L yn ei gloi ar unwaith). Caiff popeth a deipiwyd ei gadw yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="43" />
        <source>JICPA Desktop</source>
        <translation>JICPA Desktop</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="46" />
        <source>Joint Inspections of Child Protection Arrangements: fieldwork audit</source>
        <translation>Arolygiadau ar y Cyd o Drefniadau Amddiffyn Plant: archwilio gwaith maes</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="51" />
        <source>Welcome. There is no inspection in this database yet. Open the demo inspection to see how the app works with fictional files, set up the inspection you are about to carry out, or — if you are in the team — join it from the package the lead inspector gave you.</source>
        <translation>Croeso. Nid oes arolygiad yn y gronfa ddata hon eto. Agorwch yr arolygiad enghreifftiol i weld sut mae'r ap yn gweithio gyda ffeiliau ffuglennol, sefydlwch yr arolygiad rydych ar fin ei gynnal, neu — os ydych yn y tîm — ymunwch ag ef o'r pecyn a roddodd yr arolygydd arweiniol i chi.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="60" />
        <source>Open the &amp;demo inspection</source>
        <translation>Agor yr arolygiad &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="62" />
        <source>&amp;New inspection…</source>
        <translation>Arolygiad &amp;newydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="64" />
        <source>&amp;Join an inspection from the lead's package…</source>
        <translation>&amp;Ymuno ag arolygiad o becyn yr arweinydd…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="73" />
        <source>&amp;Inspections in this database:</source>
        <translation>&amp;Arolygiadau yn y gronfa ddata hon:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="76" />
        <source>Inspections in this database</source>
        <translation>Arolygiadau yn y gronfa ddata hon</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/start_page.py" line="80" />
        <source>&amp;Open inspection</source>
        <translation>&amp;Agor arolygiad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/start_page.py" line="96" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
            <numerusform>%n ffeil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../jicpa_desktop/ui/app.py" line="59" />
        <source>Already open</source>
        <translation>Ar agor yn barod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/app.py" line="60" />
        <source>Another copy of JICPA Desktop is already using this audit database:
%1

Switch to that window (look in the taskbar) and carry on there. Two copies writing to the same database could lose each other's answers, so this copy will close.</source>
        <translation>Mae copi arall o JICPA Desktop eisoes yn defnyddio'r gronfa ddata archwilio hon:
%1

Newidiwch i'r ffenestr honno (edrychwch yn y bar tasgau) a pharhau yno. Gallai dau gopi sy'n ysgrifennu i'r un gronfa ddata golli atebion ei gilydd, felly bydd y copi hwn yn cau.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/app.py" line="70" />
        <source>The audit database folder is read-only</source>
        <translation>Mae ffolder y gronfa ddata archwilio yn ddarllen-yn-unig</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/app.py" line="71" />
        <source>JICPA Desktop cannot write in the folder of the audit database:
%1

Check that the folder exists and is writable (not on a locked USB stick or a read-only share), or start the app with --db pointing to a writable place.</source>
        <translation>Ni all JICPA Desktop ysgrifennu yn ffolder y gronfa ddata archwilio:
%1

Gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu iddo (nid ar ffon USB wedi'i chloi nac ar gyfran ddarllen-yn-unig), neu dechreuwch yr ap gyda --db yn pwyntio at le y gellir ysgrifennu iddo.</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="269" />
        <source>Swap a file</source>
        <translation>Cyfnewid ffeil</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="273" />
        <source>Choose the drawn file to take out and the child who replaces it. The replacement keeps the file's kind (sampled or tracked). A file with answers cannot be swapped.</source>
        <translation>Dewiswch y ffeil a dynnwyd i'w thynnu allan a'r plentyn sy'n cymryd ei lle. Mae'r ffeil newydd yn cadw'r un math (wedi'i samplu neu wedi'i dracio). Nid oes modd cyfnewid ffeil sydd ag atebion.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="277" />
        <source>&amp;File to take out</source>
        <translation>&amp;Ffeil i'w thynnu allan</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="281" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="281" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="281" />
        <source>Age band</source>
        <translation>Band oedran</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="281" />
        <source>CPR/CLA status</source>
        <translation>Statws CPR/PDG</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="282" />
        <source>Concern type</source>
        <translation>Math o bryder</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="282" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="282" />
        <source>Work</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="289" />
        <source>File to take out</source>
        <translation>Ffeil i'w thynnu allan</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="294" />
        <source>Re&amp;placement</source>
        <translation>Plentyn yn ei &amp;lle</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="298" />
        <source>S&amp;wap</source>
        <translation>Cyf&amp;newid</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="316" />
        <source>Choose the file to take out and its replacement first.</source>
        <translation>Dewiswch y ffeil i'w thynnu allan a'r plentyn yn ei lle yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/__init__.py" line="102" />
        <source>This file is allocated to %1. Edit it anyway? Your changes are recorded as yours, and that you edited their file.</source>
        <translation>Mae'r ffeil hon wedi'i dyrannu i %1. Ei golygu beth bynnag? Mae eich newidiadau'n cael eu cofnodi fel eich rhai chi, a'ch bod wedi golygu eu ffeil.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/__init__.py" line="105" />
        <source>Someone else's file</source>
        <translation>Ffeil rhywun arall</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="83" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="91" />
        <source>Participating inspectorates (they limit the agencies files can have)</source>
        <translation>Arolygiaethau sy'n cymryd rhan (maen nhw'n cyfyngu ar yr asiantaethau y gall ffeiliau fod ganddynt)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="100" />
        <source>Save inspectorates</source>
        <translation>Cadw'r arolygiaethau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="108" />
        <source>Team members</source>
        <translation>Aelodau'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="110" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="110" />
        <source>Inspectorate</source>
        <translation>Arolygiaeth</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="110" />
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="110" />
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="110" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="121" />
        <source>&amp;Add member…</source>
        <translation>&amp;Ychwanegu aelod…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="124" />
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="127" />
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="197" />
        <source>&amp;Retire</source>
        <translation>&amp;Tynnu o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="130" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="169" />
        <source>Retired</source>
        <translation>Wedi gadael y tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="169" />
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/team_dialog.py" line="196" />
        <source>&amp;Bring back</source>
        <translation>Dod â nhw'n ô&amp;l</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="107" />
        <source>Inspectorates and team</source>
        <translation>Arolygiaethau a'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="108" />
        <source>Who takes part. You can add inspectors later, and a sampling list adds them too.</source>
        <translation>Pwy sy'n cymryd rhan. Gallwch ychwanegu arolygwyr yn nes ymlaen, ac mae rhestr samplu'n eu hychwanegu hefyd.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="110" />
        <source>Participating inspectorates</source>
        <translation>Arolygiaethau sy'n cymryd rhan</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="120" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="124" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="125" />
        <source>Team member's name</source>
        <translation>Enw aelod o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="131" />
        <source>Team member's inspectorate</source>
        <translation>Arolygiaeth aelod o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="139" />
        <source>Team member's role</source>
        <translation>Rôl aelod o'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="142" />
        <source>Add to &amp;team</source>
        <translation>Ychwanegu at y &amp;tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="151" />
        <source>Team members</source>
        <translation>Aelodau'r tîm</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="153" />
        <source>&amp;Remove selected member</source>
        <translation>&amp;Dileu'r aelod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="158" />
        <source>&amp;You are:</source>
        <translation>&amp;Chi yw:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="161" />
        <source>Which team member you are</source>
        <translation>Pa aelod o'r tîm ydych chi</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="201" />
        <source>I will say when I open it</source>
        <translation>Byddaf yn dweud pan fyddaf yn ei agor</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="283" />
        <source>Local terms</source>
        <translation>Termau lleol</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="284" />
        <source>What this area calls things, so forms and reports use its words.</source>
        <translation>Beth mae'r ardal hon yn galw pethau, fel bod ffurflenni ac adroddiadau'n defnyddio ei geiriau.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="288" />
        <source>for example MASH or SPOC</source>
        <translation>er enghraifft MASH neu SPOC</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="289" />
        <source>The front door's local name</source>
        <translation>Enw lleol y drws ffrynt</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="291" />
        <source>The front &amp;door is called:</source>
        <translation>Enw'r &amp;drws ffrynt yw:</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="294" />
        <source>Other local terms</source>
        <translation>Termau lleol eraill</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="295" />
        <source>One per line: term = local name
risk model = THRIVE</source>
        <translation>Un ar bob llinell: term = enw lleol
risk model = THRIVE</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/inspection_wizard.py" line="296" />
        <source>&amp;Other terms:</source>
        <translation>Termau &amp;eraill:</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="163" />
        <source>Why (recorded in the audit trail with the choice)</source>
        <translation>Pam (wedi'i gofnodi yn y trywydd archwilio gyda'r dewis)</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/team/sample_choice_dialog.py" line="171" />
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../jicpa_desktop/ui/messages.py" line="109" />
        <source>Saved as %1 in the folder %2.</source>
        <translation>Wedi'i chadw fel %1 yn y ffolder %2.</translation>
    </message>
    <message>
        <location filename="../../jicpa_desktop/ui/messages.py" line="115" />
        <source>Open &amp;folder</source>
        <translation>Agor y &amp;ffolder</translation>
    </message>
</context>
</TS>