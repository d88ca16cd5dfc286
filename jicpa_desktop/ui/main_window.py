"""The main window: menus, the pages (start, dashboard, case, form), the saved indicator, and closing safely."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jicpa_desktop.ui import messages, theme
from jicpa_desktop.ui.autosave import SaveWriter
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.instance_lock import InstanceLock
from jicpa_desktop.ui.settings import UiSettings

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.forms_engine.catalogue import FormCatalogue
    from jicpa_desktop.services.dto import InspectionInfo
    from jicpa_desktop.ui.case_view import CasePage
    from jicpa_desktop.ui.dashboard import DashboardPage
    from jicpa_desktop.ui.form_screen import FormScreen
    from jicpa_desktop.ui.start_page import StartPage

APP_TITLE = "JICPA Desktop"


class MainWindow(QMainWindow):
    services_ready = Signal()
    page_changed = Signal(str)

    def __init__(self, db_path: Path, settings: UiSettings, translations: Translations, language: str,
                 lock: InstanceLock | None = None, *, actor: str | None = None,
                 catalogue: FormCatalogue | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.db_path = db_path
        self.settings = settings
        self.translations = translations
        self.language = language
        self.lock = lock
        self.actor = actor
        self.catalogue = catalogue
        self.services: AppServices | None = None
        self.writer = SaveWriter(self)
        self.inspection: InspectionInfo | None = None
        self.case_id: str | None = None
        self.form_id: str | None = None
        self.form_screen: FormScreen | None = None
        self.start_page: StartPage | None = None
        self.dashboard: DashboardPage | None = None
        self.case_page: CasePage | None = None
        self.page = "loading"
        self._reported_problems: set[str] = set()
        self._closed = False
        self._long_work: list[Any] = []

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.loading_label = QLabel(self.tr("Opening the audit database…"))
        self.loading_label.setObjectName("loadingPage")
        self.stack.addWidget(self.loading_label)
        self.form_holder = QWidget()
        self.form_holder.setObjectName("formHolder")
        self._build_form_holder()
        self.stack.addWidget(self.form_holder)

        self.saved_indicator = QLabel()
        self.saved_indicator.setObjectName("savedIndicator")
        self.saved_indicator.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.saved_indicator)
        self.writer.busy_changed.connect(self._writer_busy)
        self._build_menus()
        self._update_title()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 780)

    # -- start-up ------------------------------------------------------------------------------

    def load_services(self) -> None:
        """Open the store and load the forms on the writer thread: the window is up and responsive meanwhile."""
        db_path, actor, catalogue = self.db_path, self.actor, self.catalogue

        def build() -> AppServices:
            from jicpa_desktop.composition import build_services

            return build_services(db_path, actor=actor, catalogue=catalogue)

        self.writer.submit(build, on_done=self._services_loaded, on_error=self._services_failed)

    def _services_loaded(self, services: AppServices) -> None:
        if self._closed:
            services.close()
            return
        self.services = services
        self._rebuild_pages()
        last = self.settings.last_inspection(self.db_path)
        known = {i.id for i in services.inspections.list()}
        if last and last in known:
            self.open_inspection(last)
        else:
            self.show_start()
        self._update_actions()
        self.services_ready.emit()

    def _services_failed(self, error: BaseException, trace: str) -> None:
        from jicpa_desktop.services.errors import StoreUnavailableError

        if isinstance(error, StoreUnavailableError):
            messages.show_error(self, self.tr("The audit database cannot be opened"), str(error))
        else:
            from jicpa_desktop.ui.crash import show_crash_report

            show_crash_report(self, error, trace)
        self.close()

    # -- menus ---------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        self.actions_by_name: dict[str, QAction] = {}

        def add(menu: Any, action: QAction) -> QAction:
            menu.addAction(action)
            self.actions_by_name[action.objectName()] = action
            return action

        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        add(file_menu, self._action(self.tr("&New inspection…"), self.new_inspection, "Ctrl+Shift+N", "newInspection"))
        add(file_menu, self._action(self.tr("&Open inspection…"), self.show_start, QKeySequence.StandardKey.Open,
                                    "openInspection"))
        add(file_menu, self._action(self.tr("Open the &demo inspection"), self.open_demo, None, "openDemo"))
        file_menu.addSeparator()
        add(file_menu, self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings"))
        file_menu.addSeparator()
        add(file_menu, self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"))

        fieldwork = bar.addMenu(self.tr("Field&work"))
        fieldwork.setObjectName("fieldworkMenu")
        add(fieldwork, self._action(self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D", "dashboard"))
        add(fieldwork, self._action(self.tr("New &file…"), self.add_case, QKeySequence.StandardKey.New, "newFile"))
        add(fieldwork, self._action(self.tr("&Import sampling list…"), self.import_sampling, "Ctrl+I",
                                    "importSampling"))
        add(fieldwork, self._action(self.tr("&Search files"), self.search_files, QKeySequence.StandardKey.Find,
                                    "search"))

        go = bar.addMenu(self.tr("&Go"))
        go.setObjectName("goMenu")
        add(go, self._action(self.tr("&Back"), self.go_back, "Alt+Left", "back"))
        add(go, self._action(self.tr("&Next form"), lambda: self.step_form(+1), "Ctrl+PgDown", "nextForm"))
        add(go, self._action(self.tr("&Previous form"), lambda: self.step_form(-1), "Ctrl+PgUp", "previousForm"))
        add(go, self._action(self.tr("Next &unanswered question"), self.next_unanswered, "F8", "nextUnanswered"))
        add(go, self._action(self.tr("&Escalate now…"), self.escalate_now, "Ctrl+E", "escalate"))

        export = bar.addMenu(self.tr("E&xport"))
        export.setObjectName("exportMenu")
        for text, kind, name in ((self.tr("&Excel grid…"), "xlsx", "exportXlsx"),
                                 (self.tr("&PDF grid…"), "pdf", "exportPdf"),
                                 (self.tr("&Case report PDF…"), "case_pdf", "exportCasePdf")):
            add(export, self._action(text, lambda kind=kind: self.open_export(kind), None, name))

        team = bar.addMenu(self.tr("&Team"))
        team.setObjectName("teamMenu")
        for text, function, name in ((self.tr("&Export package…"), "open_export_package", "teamExport"),
                                     (self.tr("&Import packages…"), "open_import_wizard", "teamImport"),
                                     (self.tr("&Conflicts…"), "open_conflicts", "teamConflicts"),
                                     (self.tr("&Moderation…"), "open_moderation", "teamModeration")):
            add(team, self._action(text, lambda function=function: self.open_team_window(function), None, name))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        add(help_menu, self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                    QKeySequence.StandardKey.HelpContents, "shortcuts"))
        add(help_menu, self._action(self.tr("&About JICPA Desktop"), self.show_about, None, "about"))
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.services is not None
        in_inspection = ready and self.inspection is not None
        in_form = self.page == "form"
        enabled = {
            "newInspection": ready, "openInspection": ready, "openDemo": ready,
            "dashboard": in_inspection, "newFile": in_inspection, "importSampling": in_inspection,
            "search": in_inspection, "back": self.page in ("case", "form"),
            "nextForm": in_form, "previousForm": in_form, "nextUnanswered": in_form, "escalate": in_form,
        }
        for name, action in getattr(self, "actions_by_name", {}).items():
            if name in enabled:
                action.setEnabled(enabled[name])
            elif name.startswith(("export", "team")):
                action.setEnabled(in_inspection)

    def open_export(self, kind: str) -> Any:
        """Excel or PDF grid of this inspection, or the case report of the open file."""
        if self.services is None or self.inspection is None:
            return None
        # Imported on first use: reportlab and openpyxl stay out of start-up.
        from jicpa_desktop.ui.exports import open_export_dialog

        if kind == "case_pdf":
            if not self.case_id:
                messages.show_info(self, APP_TITLE, self.tr("Open a case file first, then export its report."))
                return None
            return open_export_dialog(self, self.services, kind, case_id=self.case_id)
        return open_export_dialog(self, self.services, kind, inspection_id=self.inspection.id)

    def open_team_window(self, function: str) -> Any:
        """Hand-over windows: export package, import wizard, conflicts, moderation."""
        if self.services is None or self.inspection is None:
            return None
        # Imported on first use: the package code loads cryptography.
        from jicpa_desktop.ui import handover

        return getattr(handover, function)(self, self.services, self.inspection.id)

    # -- pages ---------------------------------------------------------------------------------

    def _rebuild_pages(self) -> None:
        from jicpa_desktop.ui.case_view import CasePage
        from jicpa_desktop.ui.dashboard import DashboardPage
        from jicpa_desktop.ui.start_page import StartPage

        for page in (self.start_page, self.dashboard, self.case_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_inspection)
        self.start_page.demo_requested.connect(self.open_demo)
        self.start_page.open_requested.connect(self.open_inspection)
        self.dashboard = DashboardPage(self.language)
        self.dashboard.open_case_requested.connect(self.open_case)
        self.dashboard.add_case_requested.connect(self.add_case)
        self.dashboard.import_requested.connect(self.import_sampling)
        self.case_page = CasePage(self.language)
        self.case_page.open_form_requested.connect(lambda form_id: self.open_form(self.case_id or "", form_id))
        self.case_page.back_requested.connect(self.show_dashboard)
        for page in (self.start_page, self.dashboard, self.case_page):
            self.stack.addWidget(page)

    def _build_form_holder(self) -> None:
        layout = QVBoxLayout(self.form_holder)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 12, 0)
        self.form_back_button = QPushButton(self.tr("← Back to the file"))
        self.form_back_button.setToolTip(self.tr("Alt+Left"))
        self.form_back_button.clicked.connect(self.go_back)
        self.previous_form_button = QPushButton(self.tr("◀ Previous form"))
        self.previous_form_button.setToolTip(self.tr("Ctrl+Page Up"))
        self.previous_form_button.clicked.connect(lambda: self.step_form(-1))
        self.next_form_button = QPushButton(self.tr("Next form ▶"))
        self.next_form_button.setToolTip(self.tr("Ctrl+Page Down"))
        self.next_form_button.clicked.connect(lambda: self.step_form(+1))
        self.form_position = QLabel()
        for button in (self.form_back_button, self.previous_form_button, self.next_form_button):
            button.setAutoDefault(False)
        bar.addWidget(self.form_back_button)
        bar.addStretch(1)
        bar.addWidget(self.form_position)
        bar.addWidget(self.previous_form_button)
        bar.addWidget(self.next_form_button)
        layout.addLayout(bar)
        self.form_area = QVBoxLayout()
        layout.addLayout(self.form_area, 1)

    def _show_page(self, name: str, widget: QWidget) -> None:
        if self.page == "form" and name != "form":
            self._close_form()
        self.page = name
        self.stack.setCurrentWidget(widget)
        self._update_title()
        self._update_actions()
        self.page_changed.emit(name)

    def _update_title(self) -> None:
        parts = [APP_TITLE]
        if self.inspection is not None:
            parts.append(self.inspection.name)
        self.setWindowTitle(" — ".join(parts))

    def show_start(self) -> None:
        if self.services is None or self.start_page is None:
            return
        self.start_page.set_inspections(self.services.inspections.list())
        self._show_page("start", self.start_page)

    def open_inspection(self, inspection_id: str) -> None:
        if self.services is None:
            return
        self.inspection = self.services.inspections.get(inspection_id)
        self.settings.set_last_inspection(self.db_path, inspection_id)
        self.case_id = None
        self.show_dashboard()

    def show_dashboard(self) -> None:
        if self.services is None or self.inspection is None or self.dashboard is None:
            return
        self.refresh_dashboard()
        if self.case_id:
            self.dashboard.select_case(self.case_id)
        self._show_page("dashboard", self.dashboard)
        self.dashboard.focus_table()

    def refresh_dashboard(self) -> None:
        if self.services is None or self.inspection is None or self.dashboard is None:
            return
        inspection_id = self.inspection.id
        self.inspection = self.services.inspections.get(inspection_id)
        cases = self.services.progress.cases(inspection_id)
        self._case_progress = {item.case.id: item for item in cases}
        # Imported here, not at the top: the window must paint before SQLAlchemy is loaded.
        from jicpa_desktop.services.progress import summarise

        self.dashboard.show_inspection(self.inspection, cases, summarise(cases))

    def open_case(self, case_id: str) -> None:
        if self.services is None or self.inspection is None or self.case_page is None:
            return
        self.case_id = case_id
        self._refresh_case()
        self._show_page("case", self.case_page)
        self.case_page.focus_forms()

    def _refresh_case(self) -> None:
        if self.services is None or self.inspection is None or self.case_page is None or not self.case_id:
            return
        progress = {item.case.id: item for item in self.services.progress.cases(self.inspection.id)}
        item = progress.get(self.case_id)
        if item is None:
            return
        self._case_progress = progress
        self.case_page.show_case(item.case, item.forms, item.status)

    def case_form_ids(self) -> list[str]:
        progress = getattr(self, "_case_progress", {}).get(self.case_id)
        return [f.form_id for f in progress.forms] if progress else []

    def open_form(self, case_id: str, form_id: str) -> None:
        if self.services is None or not case_id:
            return
        from jicpa_desktop.ui.form_screen import FormScreen

        self._close_form()
        self.case_id = case_id
        view = self.services.answers.load(case_id, form_id)
        screen = FormScreen(self.services, self.writer, view, self.language)
        screen.saved.connect(self._show_saved)
        screen.save_failed.connect(self._store_problem)
        self.form_screen = screen
        self.form_id = form_id
        self.form_area.addWidget(screen)
        screen.show()
        forms = self.case_form_ids()
        position = forms.index(form_id) + 1 if form_id in forms else 0
        self.form_position.setText(
            self.tr("Form %1 of %2").replace("%1", str(position)).replace("%2", str(len(forms))) if position else ""
        )
        self.previous_form_button.setEnabled(position > 1)
        self.next_form_button.setEnabled(0 < position < len(forms))
        self._show_page("form", self.form_holder)
        self.setWindowTitle(
            " — ".join(p for p in (APP_TITLE, self.inspection.name if self.inspection else "",
                                   f"{view.case.reference} · {view.form.title.get(self.language)}") if p)
        )
        screen.focus_first_question()

    def _close_form(self) -> None:
        screen = self.form_screen
        if screen is None:
            return
        screen.prepare_to_close()
        self.form_area.removeWidget(screen)
        screen.hide()
        screen.deleteLater()
        self.form_screen = None

    def go_back(self) -> None:
        if self.page == "form" and self.case_id:
            form_id = self.form_id
            self.open_case(self.case_id)
            if form_id and self.case_page is not None:
                self.case_page.select_form(form_id)
        elif self.page == "case":
            self.show_dashboard()

    def step_form(self, step: int) -> None:
        if self.page != "form" or not self.case_id or not self.form_id:
            return
        forms = self.case_form_ids()
        if self.form_id not in forms:
            return
        index = forms.index(self.form_id) + step
        if 0 <= index < len(forms):
            # The statuses in the case list change as forms are filled: re-read them on the way.
            self._refresh_case()
            self.open_form(self.case_id, forms[index])

    def next_unanswered(self) -> None:
        if self.form_screen is not None and not self.form_screen.focus_next_unanswered():
            self.statusBar().showMessage(self.tr("Every question on this form is answered."), 4000)

    def escalate_now(self) -> None:
        if self.form_screen is not None:
            self.form_screen.escalate_now()

    def search_files(self) -> None:
        if self.inspection is None or self.dashboard is None:
            return
        if self.page != "dashboard":
            self.show_dashboard()
        self.dashboard.focus_search()

    # -- saving --------------------------------------------------------------------------------

    def _writer_busy(self, busy: bool) -> None:
        saving = self.tr("Saving…")
        if busy and self.page == "form" and not self.saved_indicator.text().startswith(self.tr("Not saved")):
            self.saved_indicator.setText(saving)
        elif not busy and self.saved_indicator.text() == saving:
            self.saved_indicator.setText("")  # the confirmation ("Saved 14:03:12") replaces it when it arrives

    def _show_saved(self, time_text: str) -> None:
        self.saved_indicator.setStyleSheet("")
        self.saved_indicator.setText(self.tr("Saved %1").replace("%1", time_text))

    def _store_problem(self, message: str) -> None:
        colour = theme.colour_css(theme.escalation_colour(self))
        self.saved_indicator.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.saved_indicator.setText(self.tr("Not saved"))
        if message not in self._reported_problems:
            # Once per problem: a full disk must not bury the inspector under one dialog per keystroke.
            self._reported_problems.add(message)
            messages.show_error(self, self.tr("Your last change was not saved"), message)

    def _report_error(self, error: BaseException, trace: str) -> None:
        from jicpa_desktop.services.errors import StoreUnavailableError, UserError

        if isinstance(error, UserError):
            messages.show_error(self, APP_TITLE, error.message.get(self.language))
        elif isinstance(error, StoreUnavailableError):
            self._store_problem(str(error))
        else:
            from jicpa_desktop.ui.crash import show_crash_report

            show_crash_report(self, error, trace)

    # -- inspections and files -----------------------------------------------------------------

    def new_inspection(self) -> None:
        if self.services is None:
            return
        from jicpa_desktop.ui.inspection_wizard import NewInspectionWizard

        wizard = NewInspectionWizard(self.services.forms.all(), self.language, self)
        wizard.accepted.connect(lambda: self._create_inspection(wizard))
        wizard.finished.connect(wizard.deleteLater)
        self.wizard = wizard
        wizard.open()

    def _create_inspection(self, wizard: Any) -> None:
        services = self.services
        if services is None:
            return
        spec = asdict(wizard.result_spec())
        self.writer.submit(lambda: services.inspections.create(**spec), on_done=self.open_inspection,
                           on_error=self._report_error)

    def open_demo(self) -> None:
        if self.services is None:
            return
        from jicpa_desktop.services.demo import DEMO_NAME

        existing = next((i for i in self.services.inspections.list() if i.name == DEMO_NAME), None)
        if existing is not None:
            self.open_inspection(existing.id)
            return
        from jicpa_desktop.ui.long_work import run_with_progress

        demo = self.services.demo
        self._long_work.append(run_with_progress(
            self, self.tr("Building the demo inspection…"), lambda _progress, _cancel: demo.build(),
            self.open_inspection))

    def add_case(self) -> None:
        if self.services is None or self.inspection is None:
            return
        from jicpa_desktop.ui.add_case_dialog import AddCaseDialog

        inspectors = [m.name for m in self.inspection.team]
        dialog = AddCaseDialog(self.language, inspectors, self)
        dialog.accepted.connect(lambda: self._create_case(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.add_case_dialog = dialog
        dialog.open()

    def _create_case(self, dialog: Any) -> None:
        services, inspection = self.services, self.inspection
        if services is None or inspection is None:
            return
        spec = asdict(dialog.result_spec())

        def added(case_id: str) -> None:
            self.case_id = case_id
            self.show_dashboard()

        self.writer.submit(lambda: services.cases.add(inspection.id, **spec), on_done=added,
                           on_error=self._report_error)

    def import_sampling(self) -> None:
        if self.services is None or self.inspection is None:
            return
        path = messages.choose_open_file(
            self, self.tr("Import a sampling list"), self.tr("Sampling lists (*.csv *.xlsx);;All files (*)")
        )
        if not path:
            return
        from jicpa_desktop.ui.long_work import run_with_progress

        sampling, inspection_id = self.services.sampling, self.inspection.id
        self._long_work.append(run_with_progress(
            self, self.tr("Importing the sampling list…"),
            lambda progress, cancel: sampling.run(inspection_id, Path(path), progress=progress, cancel=cancel),
            lambda report: self._sampling_imported(Path(path).name, report),
        ))

    def _sampling_imported(self, file_name: str, report: Any) -> None:
        from jicpa_desktop.ui.import_report_dialog import ImportReportDialog

        self.refresh_dashboard()
        dialog = ImportReportDialog(file_name, report, self)
        dialog.finished.connect(dialog.deleteLater)
        self.import_report_dialog = dialog
        dialog.open()

    # -- settings and language -----------------------------------------------------------------

    def open_settings(self) -> None:
        from jicpa_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.language, self)
        dialog.accepted.connect(lambda: self.set_language(dialog.language()))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def set_language(self, language: str) -> None:
        """Switch the interface and form text now; the menus and pages are rebuilt in the new language."""
        if language == self.language:
            return
        location = (self.page, self.case_id, self.form_id)
        self._close_form()
        self.language = language
        self.settings.language = language
        self.translations.apply(language)
        self._build_menus()
        self.loading_label.setText(self.tr("Opening the audit database…"))
        self.form_back_button.setText(self.tr("← Back to the file"))
        self.previous_form_button.setText(self.tr("◀ Previous form"))
        self.next_form_button.setText(self.tr("Next form ▶"))
        self.saved_indicator.setText("")
        if self.services is None:
            return
        self._rebuild_pages()
        page, case_id, form_id = location
        self.page = "loading"
        if page == "form" and case_id and form_id:
            self.open_case(case_id)
            self.open_form(case_id, form_id)
        elif page == "case" and case_id:
            self.open_case(case_id)
        elif page == "dashboard":
            self.show_dashboard()
        else:
            self.show_start()

    # -- help ----------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        rows = [
            (self.tr("New file"), "Ctrl+N"), (self.tr("Search files"), "Ctrl+F"),
            (self.tr("Dashboard"), "Ctrl+D"), (self.tr("Back"), "Alt+Left"),
            (self.tr("Next form / previous form"), "Ctrl+Page Down / Ctrl+Page Up"),
            (self.tr("Next unanswered question"), "F8"), (self.tr("Escalate now"), "Ctrl+E"),
            (self.tr("Move between questions"), "Tab / Shift+Tab"),
            (self.tr("Choose an answer"), self.tr("Arrow keys, Space; Delete clears")),
            (self.tr("Open a calendar in a date"), "Alt+Down"),
        ]
        messages.show_info(self, self.tr("Keyboard shortcuts"), "\n".join(f"{key}: {what}" for what, key in rows))

    def show_about(self) -> None:
        import jicpa_desktop

        messages.show_info(
            self, self.tr("About JICPA Desktop"),
            self.tr("JICPA Desktop %1\nOffline audit tool for Joint Inspections of Child Protection Arrangements "
                    "in Wales.\nDatabase: %2")
            .replace("%1", jicpa_desktop.__version__).replace("%2", str(self.db_path)),
        )

    # -- closing -------------------------------------------------------------------------------

    def flush_and_wait(self, timeout: float = 30.0) -> bool:
        """Hand every pending edit to the writer and wait until it is on disk."""
        if self.form_screen is not None:
            self.form_screen.prepare_to_close()
            self.form_screen._closing = False  # still open: keep taking edits
        return self.writer.wait_until_idle(timeout)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        self._close_form()
        drained = self.writer.wait_until_idle(timeout=60.0)
        if not drained and not messages.ask_yes_no(self, APP_TITLE, self.tr(
                "Some changes are still being saved. Close anyway? The last change may be lost.")):
            event.ignore()
            return
        self.writer.close(timeout=1.0)
        self._closed = True
        self.settings.set_window_geometry(self.saveGeometry())
        if self.services is not None:
            self.services.close()
        if self.lock is not None:
            self.lock.release()
        event.accept()



