<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/conflicts_dialog.py" line="136" />
        <source>%n conflict(s) to resolve.</source>
        <translation>
            <numerusform>%n conflict to resolve.</numerusform>
            <numerusform>%n conflicts to resolve.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="322" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/dashboard.py" line="323" />
        <source>%1 of %n file(s) shown</source>
        <translation>
            <numerusform>%1 of %n file shown</numerusform>
            <numerusform>%1 of %n files shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/widgets/grade_panel.py" line="146" />
        <source>%1 of %n question(s) answered · %2 required missing · %3 evidence missing</source>
        <translation>
            <numerusform>%1 of %n question answered · %2 required missing · %3 evidence missing</numerusform>
            <numerusform>%1 of %n questions answered · %2 required missing · %3 evidence missing</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="53" />
        <source>Nothing was imported from %1: %n row(s) need fixing. Correct them in the file and import it again; no file is added until every row is right.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n row needs fixing. Correct it in the file and import it again; no file is added until every row is right.</numerusform>
            <numerusform>Nothing was imported from %1: %n rows need fixing. Correct them in the file and import it again; no file is added until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/import_report_dialog.py" line="62" />
        <source>%n file(s) imported from %1.</source>
        <translation>
            <numerusform>%n file imported from %1.</numerusform>
            <numerusform>%n files imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationsWindow</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/observations/observations_window.py" line="182" />
        <source>%n meeting(s) observed.</source>
        <translation>
            <numerusform>%n meeting observed.</numerusform>
            <numerusform>%n meetings observed.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="177" />
        <source>%n package(s): </source>
        <translation>
            <numerusform>%n package: </numerusform>
            <numerusform>%n packages: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="171" />
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n new file</numerusform>
            <numerusform>%n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="172" />
        <source>%n changed answer(s)</source>
        <translation>
            <numerusform>%n changed answer</numerusform>
            <numerusform>%n changed answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="173" />
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="176" />
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n file removed</numerusform>
            <numerusform>%n files removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="179" />
        <source>%n of them imported before.</source>
        <translation>
            <numerusform>%n of them was imported before.</numerusform>
            <numerusform>%n of them were imported before.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="212" />
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n new file</numerusform>
            <numerusform>%n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="213" />
        <source>%n changed answer(s)</source>
        <translation>
            <numerusform>%n changed answer</numerusform>
            <numerusform>%n changed answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="214" />
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/handover/import_wizard.py" line="217" />
        <source>%n file(s) removed</source>
        <translation>
            <numerusform>%n file removed</numerusform>
            <numerusform>%n files removed</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../jicpa_desktop/ui/start_page.py" line="96" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>