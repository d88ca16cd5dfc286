"""The main window: menus, the pages (start, dashboard, case, form), the saved indicator, and closing safely."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
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
from jicpa_desktop.ui.error_presenter import present_error, store_recovered
from jicpa_desktop.ui.i18n import Translations
from jicpa_desktop.ui.idle_lock.app_lock import AppLock
from jicpa_desktop.ui.instance_lock import InstanceLock
from jicpa_desktop.ui.operations import ChangeKind, Changes, QueryOp, Work, WriteOp, task_manager
from jicpa_desktop.ui.settings import UiSettings

if TYPE_CHECKING:
    from jicpa_desktop.composition import AppServices
    from jicpa_desktop.forms_engine.catalogue import FormCatalogue
    from jicpa_desktop.services.database_keys import DatabaseKey
    from jicpa_desktop.services.dto import InspectionInfo, TeamMemberInfo
    from jicpa_desktop.ui.case_view import CasePage
    from jicpa_desktop.ui.dashboard import DashboardPage
    from jicpa_desktop.ui.form_screen import FormScreen
    from jicpa_desktop.ui.start_page import StartPage

APP_TITLE = "JICPA Desktop"
PREFERRED_SIZE = QSize(1180, 780)


def default_size() -> QSize:
    """The first window size: roomy, but never taller or wider than the screen (a 1366×768 laptop)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return PREFERRED_SIZE
    available = screen.availableGeometry().size()
    return PREFERRED_SIZE.boundedTo(available)


class MainWindow(QMainWindow):
    services_ready = Signal()
    page_changed = Signal(str)

    def __init__(self, db_path: Path, settings: UiSettings, translations: Translations, language: str,
                 lock: InstanceLock | None = None, *, actor: str | None = None,
                 catalogue: FormCatalogue | None = None, key: DatabaseKey | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.db_path = db_path
        self.settings = settings
        self.translations = translations
        self.language = language
        self.lock = lock
        self.actor = actor
        self.catalogue = catalogue
        self.key = key  # the database's data key, from the passphrase asked at start (ui/unlock)
        self.services: AppServices | None = None
        self.tasks = task_manager()
        self.writer = self.tasks.writes
        self.inspection: InspectionInfo | None = None
        self.case_id: str | None = None
        self.form_id: str | None = None
        self.form_screen: FormScreen | None = None
        self.start_page: StartPage | None = None
        self.dashboard: DashboardPage | None = None
        self.case_page: CasePage | None = None
        self.page = "loading"
        self._closed = False
        self._pending_changes: Changes | None = None  # set while a refresh is scheduled
        self._opening_form: tuple[str, str] | None = None
        self._case_progress: dict[str, Any] = {}
        self._editing_others_allowed: set[str] = set()  # files of someone else the user chose to edit
        self.app_lock: AppLock | None = None  # the idle lock, once there is a database to protect

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
        # Who I am in the open inspection (services/identity.py); clicking it asks again.
        self.me: TeamMemberInfo | None = None
        self.identity_button = QPushButton()
        self.identity_button.setObjectName("identityButton")
        self.identity_button.setFlat(True)
        self.identity_button.setAccessibleName(self.tr("Who you are in this inspection"))
        self.identity_button.clicked.connect(self.ask_identity)
        self.identity_button.hide()
        self.statusBar().addPermanentWidget(self.identity_button)
        self.tasks.writes_busy_changed.connect(self._writer_busy)
        self.tasks.changed.connect(self._on_changes)
        self._build_menus()
        self._update_title()
        geometry = settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size())

    # -- start-up ------------------------------------------------------------------------------

    def load_services(self) -> None:
        """Open the store and load the forms on the writer thread: the window is up and responsive meanwhile."""
        db_path, actor, catalogue, key = self.db_path, self.actor, self.catalogue, self.key

        def build() -> tuple[AppServices, set[str]]:
            from jicpa_desktop.composition import build_services

            services = build_services(db_path, actor=actor, catalogue=catalogue, key=key)
            return services, {i.id for i in services.inspections.list()}

        self.writer.submit(build, on_done=self._services_loaded, on_error=self._services_failed)

    def _services_loaded(self, loaded: tuple[AppServices, set[str]]) -> None:
        services, known = loaded
        if self._closed:
            services.close()
            return
        self.services = services
        self.app_lock = AppLock(self, services.keys.verify, self.hand_edits_to_writer,
                                self.settings.idle_lock_minutes)
        self.app_lock.start()
        self._update_actions()
        self._rebuild_pages()
        last = self.settings.last_inspection(self.db_path)
        if last and last in known:
            self.open_inspection(last)
        else:
            self.show_start()
        self._update_actions()
        self.services_ready.emit()

    def _services_failed(self, error: BaseException, trace: str) -> None:
        from jicpa_desktop.services.errors import StoreUnavailableError

        title = self.tr("The audit database cannot be opened") if isinstance(error, StoreUnavailableError) else None
        present_error(self, error, trace, title=title)
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
        add(file_menu, self._action(self.tr("Close and &wipe this inspection…"), self.open_wipe_inspection, None,
                                    "wipeInspection"))
        add(file_menu, self._action(self.tr("Deletion &records…"), self.open_wipe_records, None, "wipeRecords"))
        file_menu.addSeparator()
        add(file_menu, self._action(self.tr("&Lock now"), self.lock_now, "Ctrl+L", "lockNow"))
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
        add(fieldwork, self._action(self.tr("F&orms for this inspection…"), self.open_enabled_forms, None,
                                    "enabledForms"))
        add(fieldwork, self._action(self.tr("&Meeting observations…"), self.open_observations, "Ctrl+Shift+O",
                                    "observations"))

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
        team.addSeparator()
        for text, function, name in ((self.tr("&Who am I…"), "open_identity", "teamWhoAmI"),
                                     (self.tr("&Team members…"), "open_team", "teamMembers"),
                                     (self.tr("Draw the sam&ple…"), "open_sample", "teamSample"),
                                     (self.tr("&Allocate files…"), "open_allocation", "teamAllocate"),
                                     (self.tr("E&scalations…"), "open_escalations", "teamEscalations")):
            add(team, self._action(text, lambda function=function: self.open_people_window(function), None, name))

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
            "newInspection": ready, "openInspection": ready, "openDemo": ready, "lockNow": ready,
            "wipeInspection": in_inspection,
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

    def open_enabled_forms(self) -> Any:
        """Switch forms on or off after the wizard (ui/enabled_forms_dialog.py)."""
        if self.services is None or self.inspection is None:
            return None
        from jicpa_desktop.ui.enabled_forms_dialog import EnabledFormsDialog

        dialog = EnabledFormsDialog(self.services, self.inspection.id, self.language, self)
        dialog.open()
        return dialog

    def open_observations(self) -> Any:
        """The inspection's meeting observations (ui/observations/): one window per inspection, raised if open."""
        if self.services is None or self.inspection is None:
            return None
        from jicpa_desktop.ui.observations import ObservationsWindow, open_observations

        for window in self.findChildren(ObservationsWindow):
            if window.isVisible():
                window.raise_()
                window.activateWindow()
                return window
        try:
            last_day = dt.date.fromisoformat(self.inspection.end_date)
        except ValueError:
            last_day = dt.date.today()
        return open_observations(self, self.services, self.inspection.id, self.language,
                                 default_date=min(dt.date.today(), last_day))

    def open_team_window(self, function: str) -> Any:
        """Hand-over windows: export package, import wizard, conflicts, moderation."""
        if self.services is None or self.inspection is None:
            return None
        # Imported on first use: the package code loads cryptography.
        from jicpa_desktop.ui import handover

        return getattr(handover, function)(self, self.services, self.inspection.id)

    def open_people_window(self, function: str) -> Any:
        """The team's week (ui/team): who am I, the team, allocating files."""
        if self.services is None or self.inspection is None:
            return None
        if function == "open_identity":
            return self.ask_identity()
        from jicpa_desktop.ui import team

        return getattr(team, function)(self, self.services, self.inspection.id)

    # -- who I am ------------------------------------------------------------------------------

    def _use_identity(self, inspection: InspectionInfo) -> None:
        """Sign this inspection's changes as the member chosen for it here; ask on the first visit."""
        if self.services is None:
            return
        identity = self.services.identity
        asked = self.services.context.given_actor is None  # --as NAME overrides: nothing to ask

        def used(member: TeamMemberInfo | None) -> None:
            if self.inspection is None or self.inspection.id != inspection.id:
                return
            self._show_identity(member)
            if member is None and asked:
                self.ask_identity()

        # On the writer thread: the writes queued before it are signed as before, those after as chosen.
        WriteOp(parent=self, op=lambda _work: identity.use(inspection.id), changes=Changes(), success=used) \
            .run_in_background()

    def ask_identity(self) -> Any:
        if self.services is None or self.inspection is None:
            return None
        from jicpa_desktop.ui.team import open_identity

        self.identity_dialog = open_identity(self, self.services, self.inspection, self._show_identity,
                                             self.me.name if self.me is not None else None)
        return self.identity_dialog

    def _show_identity(self, member: TeamMemberInfo | None) -> None:
        from jicpa_desktop.services.identity import member_label
        from jicpa_desktop.ui.labels import role_label

        self.me = member
        if member is None:
            self.identity_button.setText(self.tr("Who are you? Choose…"))
        else:
            self.identity_button.setText(self.tr("You are %1, %2").replace(
                "%1", member_label(member.name, member.inspectorate)).replace("%2", role_label(member.role)))
        self.identity_button.setVisible(self.inspection is not None and self.services is not None
                                        and self.services.context.given_actor is None)
        if self.dashboard is not None:
            self.dashboard.set_me(None if member is None else member.name,
                                  by_default=member is not None and member.role != "lead")

    def join_inspection(self) -> Any:
        if self.services is None:
            return None
        from jicpa_desktop.ui.team import open_join

        self.join_dialog = open_join(self, self.services, self.open_inspection)
        return self.join_dialog

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
        self.start_page.join_requested.connect(self.join_inspection)
        self.start_page.open_requested.connect(self.open_inspection)
        self.dashboard = DashboardPage(self.language)
        self.dashboard.open_case_requested.connect(self.open_case)
        self.dashboard.add_case_requested.connect(self.add_case)
        self.dashboard.import_requested.connect(self.import_sampling)
        self.case_page = CasePage(self.language)
        self.case_page.open_form_requested.connect(lambda form_id: self.open_form(self.case_id or "", form_id))
        self.case_page.back_requested.connect(self.show_dashboard)
        self.case_page.genogram_requested.connect(self.open_genogram)
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
        # The title says what is open; Qt adds " — JICPA Desktop" itself (setApplicationDisplayName).
        self.setWindowTitle(self.inspection.name if self.inspection is not None else "")

    def show_start(self) -> None:
        if self.services is None or self.start_page is None:
            return
        inspections = self.services.inspections
        QueryOp(parent=self, op=lambda _work: inspections.list(),
                success=self._show_inspections).run_in_background()
        self._show_page("start", self.start_page)

    def _show_inspections(self, inspections: list[InspectionInfo]) -> None:
        if self.start_page is not None:
            self.start_page.set_inspections(inspections)

    def open_inspection(self, inspection_id: str) -> None:
        if self.services is None:
            return
        inspections = self.services.inspections
        QueryOp(parent=self, op=lambda _work: inspections.get(inspection_id),
                success=self._inspection_opened).run_in_background()

    def _inspection_opened(self, inspection: InspectionInfo) -> None:
        switched = self.inspection is None or self.inspection.id != inspection.id
        self.inspection = inspection
        self.settings.set_last_inspection(self.db_path, inspection.id)
        self.case_id = None
        if switched:
            self.me = None
            if self.dashboard is not None:
                self.dashboard.set_me(None)
        self.show_dashboard()
        self._use_identity(inspection)

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
        services, inspection_id = self.services, self.inspection.id

        def read(_work: Work) -> tuple[Any, list[Any], Any]:
            # Imported here, not at the top: the window must paint before SQLAlchemy is loaded.
            from jicpa_desktop.services.progress import summarise

            cases = services.progress.cases(inspection_id)
            return services.inspections.get(inspection_id), cases, summarise(cases)

        QueryOp(parent=self, op=read, success=self._show_dashboard_data).run_in_background()
        # Data-quality flags (warnings): the count, the filter and the files that have them.
        dashboard = self.dashboard
        QueryOp(parent=dashboard, op=lambda _work: services.data_quality.for_inspection(inspection_id),
                success=lambda found: dashboard.show_flags(found)
                if self.inspection is not None and self.inspection.id == found.inspection_id else None) \
            .run_in_background()

    def _show_dashboard_data(self, data: tuple[Any, list[Any], Any]) -> None:
        inspection, cases, summary = data
        if self.dashboard is None or self.inspection is None or inspection.id != self.inspection.id:
            return  # another inspection was opened meanwhile
        self.inspection = inspection
        self._case_progress = {item.case.id: item for item in cases}
        self.dashboard.show_inspection(inspection, cases, summary)
        if self.case_id and self.page == "dashboard":
            self.dashboard.select_case(self.case_id)
        self._update_title()

    def open_genogram(self) -> None:
        """A tracked file's genogram and ecomap editor, in its own window (ui/genogram/)."""
        from jicpa_desktop.ui.genogram.editor import GenogramDialog

        if self.services is None or self.case_page is None or self.case_page.case is None:
            return
        case = self.case_page.case
        GenogramDialog(self.services, case.id, case.reference, self.language, self).show()

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
        progress_service, inspection_id = self.services.progress, self.inspection.id
        QueryOp(parent=self, op=lambda _work: progress_service.cases(inspection_id),
                success=self._show_case_data).run_in_background()
        moderated, case_id = self.services.moderated, self.case_id
        case_page = self.case_page
        # The lead's moderated grades, for everyone (they arrive in the consolidated package).
        QueryOp(parent=self, op=lambda _work: moderated.for_case(case_id),
                success=lambda grades: case_page.show_moderated(grades) if self.case_id == case_id else None) \
            .run_in_background()
        services = self.services
        QueryOp(parent=case_page, op=lambda _work: services.data_quality.for_case(case_id),
                success=lambda flags: case_page.show_flags(flags, case_id) if self.case_id == case_id else None) \
            .run_in_background()

    def _show_case_data(self, cases: list[Any]) -> None:
        progress = {item.case.id: item for item in cases}
        item = progress.get(self.case_id or "")
        if item is None or self.case_page is None:
            return
        self._case_progress = progress
        self.case_page.show_case(item.case, item.forms, item.status)

    def case_form_ids(self) -> list[str]:
        progress = self._case_progress.get(self.case_id or "")
        return [f.form_id for f in progress.forms] if progress else []

    def open_form(self, case_id: str, form_id: str) -> None:
        if self.services is None or not case_id:
            return
        if self.services.context.given_actor is None and case_id not in self._editing_others_allowed:
            from jicpa_desktop.ui.team import ask_before_editing

            def allowed() -> None:
                self._editing_others_allowed.add(case_id)
                self.open_form(case_id, form_id)

            ask_before_editing(self, self.services, case_id, allowed)
            return
        answers = self.services.answers
        self._opening_form = (case_id, form_id)
        QueryOp(parent=self, op=lambda _work: answers.load(case_id, form_id),
                success=lambda view: self._show_form(case_id, form_id, view)).run_in_background()

    def _show_form(self, case_id: str, form_id: str, view: Any) -> None:
        if self.services is None or self._opening_form != (case_id, form_id):
            return  # the user asked for another form meanwhile
        from jicpa_desktop.ui.form_screen import FormScreen

        self._close_form()
        self.case_id = case_id
        terms = self.inspection.local_terms if self.inspection is not None else {}
        screen = FormScreen(self.services, self.writer, view, self.language, local_terms=terms)
        screen.saved.connect(self._show_saved)
        screen.saved.connect(lambda _time: self._form_saved(screen))
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
        self.setWindowTitle(f"{view.case.reference} · {view.form.title.get(self.language)}")
        screen.focus_form_start()

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

    def _form_saved(self, screen: FormScreen) -> None:
        store_recovered()
        if self.inspection is not None:
            # The form itself is up to date; the other views and open dialogs decide whether to refresh.
            self.tasks.announce(Changes.of(self.inspection.id, ChangeKind.ANSWERS, ChangeKind.GRADES,
                                           case_ids=[screen.case_id], origin=screen))

    def _on_changes(self, changes: Changes) -> None:
        """The one change signal: refresh what is on screen once, after the current event."""
        if self.services is None or self.inspection is None:
            if changes.touches(ChangeKind.INSPECTIONS) and self.page == "start":
                self.show_start()
            return
        if not changes.touches_inspection(self.inspection.id):
            return
        if self.page == "form" and changes.origin is self.form_screen:
            return  # the form screen made this change and shows it already
        if self._pending_changes is None:
            QTimer.singleShot(0, self._refresh_after_changes)
        self._pending_changes = (self._pending_changes or Changes()).merged(changes)

    def _refresh_after_changes(self) -> None:
        changes, self._pending_changes = self._pending_changes or Changes(), None
        if self.inspection is None:
            return
        if changes.touches(ChangeKind.TEAM):
            # An import may rename or retire me: sign what comes next with the name the team now has.
            self._use_identity(self.inspection)
        self.refresh_dashboard()  # the dashboard's figures, shown now or when the user goes back to it
        if self.page == "case" and changes.touches_case(self.inspection.id, self.case_id):
            self._refresh_case()
        elif (self.page == "form" and self.form_screen is not None and self.form_id
              and changes.touches_case(self.inspection.id, self.case_id)):
            # Someone else's change to this form (an import, a moderation): show it without losing an edit.
            self.flush_and_wait()
            self.open_form(self.form_screen.case_id, self.form_id)

    def _show_saved(self, time_text: str) -> None:
        self.saved_indicator.setStyleSheet("")
        self.saved_indicator.setToolTip("")
        self.saved_indicator.setText(self.tr("Saved %1").replace("%1", time_text))

    def _store_problem(self, message: str) -> None:
        colour = theme.colour_css(theme.escalation_colour(self))
        self.saved_indicator.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.saved_indicator.setText(self.tr("Not saved"))
        self.saved_indicator.setToolTip(message)  # the dialog itself comes from the error presenter, once


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
        WriteOp(parent=self, op=lambda _work: services.inspections.create(**spec),
                changes=Changes.of(None, ChangeKind.INSPECTIONS), success=self.open_inspection).run_in_background()

    def open_demo(self) -> None:
        if self.services is None:
            return
        from jicpa_desktop.services.demo import DEMO_NAME

        inspections, demo = self.services.inspections, self.services.demo

        def find_or_build(_work: Work) -> str:
            existing = next((i for i in inspections.list() if i.name == DEMO_NAME), None)
            return existing.id if existing is not None else demo.build()

        WriteOp(parent=self, op=find_or_build, changes=Changes.of(None, ChangeKind.INSPECTIONS),
                success=self.open_inspection).with_progress(self.tr("Building the demo inspection…")) \
            .run_in_background()

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

        WriteOp(parent=self, op=lambda _work: services.cases.add(inspection.id, **spec),
                changes=Changes.of(inspection.id, ChangeKind.CASES), success=added).run_in_background()

    def import_sampling(self) -> None:
        if self.services is None or self.inspection is None:
            return
        path = messages.choose_open_file(
            self, self.tr("Import a sampling list"), self.tr("Sampling lists (*.csv *.xlsx);;All files (*)")
        )
        if not path:
            return
        sampling, inspection_id = self.services.sampling, self.inspection.id
        WriteOp(parent=self,
                op=lambda work: sampling.run(inspection_id, Path(path), progress=work.progress, cancel=work.cancel),
                changes=Changes.of(inspection_id, ChangeKind.CASES),
                success=lambda report: self._sampling_imported(Path(path).name, report)) \
            .with_progress(self.tr("Importing the sampling list…")).run_in_background()

    def _sampling_imported(self, file_name: str, report: Any) -> None:
        from jicpa_desktop.ui.import_report_dialog import ImportReportDialog

        dialog = ImportReportDialog(file_name, report, self)
        dialog.finished.connect(dialog.deleteLater)
        self.import_report_dialog = dialog
        dialog.open()

    # -- settings and language -----------------------------------------------------------------

    def open_wipe_inspection(self) -> Any:
        """Close the open inspection on this laptop: archive first if wanted, then the wipe (services/wipe.py)."""
        if self.services is None or self.inspection is None:
            return None
        from jicpa_desktop.ui.wipe_inspection_dialog import WipeInspectionDialog

        self.flush_and_wait()  # the last edit is in the archive and in the deletion record's count
        dialog = WipeInspectionDialog(self.services.wipes, self.inspection.id, self.inspection.name, self)
        dialog.wiped.connect(self._inspection_wiped)
        dialog.finished.connect(dialog.deleteLater)
        self.wipe_dialog = dialog
        dialog.open()
        return dialog

    def _inspection_wiped(self, _record: Any) -> None:
        """The open inspection no longer exists here: leave it for the start page."""
        self._close_form()
        self.inspection = None
        self.case_id = None
        self.me = None
        self.identity_button.hide()
        self.settings.set_last_inspection(self.db_path, None)
        self._update_title()
        self.show_start()
        self._update_actions()

    def open_wipe_records(self) -> Any:
        """The deletion records of inspections wiped from this laptop, with their PDF certificates."""
        if self.services is None:
            return None
        from jicpa_desktop.ui.wipes_dialog import WipesDialog

        dialog = WipesDialog(self.services.wipes, self)
        dialog.finished.connect(dialog.deleteLater)
        self.wipes_dialog = dialog
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        from jicpa_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.language, self, self.settings.idle_lock_minutes)
        dialog.accepted.connect(lambda: self._settings_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_chosen(self, dialog: Any) -> None:
        self.settings.idle_lock_minutes = dialog.idle_lock_minutes()
        if self.app_lock is not None:
            self.app_lock.set_idle_minutes(self.settings.idle_lock_minutes)
        self.set_language(dialog.language())

    def lock_now(self) -> None:
        """Ctrl+L: hide every window behind the passphrase now (ui/idle_lock)."""
        if self.app_lock is not None:
            self.app_lock.lock()

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
            (self.tr("Lock the app now"), "Ctrl+L"),
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

    def hand_edits_to_writer(self) -> None:
        """Commit the text being typed and give every pending edit to the writer, without waiting for it."""
        if self.form_screen is not None:
            self.form_screen.prepare_to_close()
            self.form_screen._closing = False  # still open: keep taking edits
        from jicpa_desktop.ui.observations import ObservationsWindow

        for window in self.findChildren(ObservationsWindow):
            window.flush()

    def flush_and_wait(self, timeout: float = 30.0) -> bool:
        """Hand every pending edit to the writer and wait until it is on disk."""
        self.hand_edits_to_writer()
        return self.tasks.wait_idle(timeout)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        self._close_form()
        # Every edit goes to disk and every read of this window's services ends before they are closed.
        drained = self.tasks.wait_idle(timeout=60.0)
        if not drained and not messages.ask_yes_no(self, APP_TITLE, self.tr(
                "Some changes are still being saved. Close anyway? The last change may be lost.")):
            event.ignore()
            return
        self._closed = True
        if self.app_lock is not None:
            self.app_lock.stop()
        self.settings.set_window_geometry(self.saveGeometry())
        if self.services is not None:
            self.services.close()
        if self.lock is not None:
            self.lock.release()
        event.accept()



