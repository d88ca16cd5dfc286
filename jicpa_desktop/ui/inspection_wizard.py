"""The new-inspection wizard: local authority and dates, inspectorates and team, forms, local terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jicpa_desktop.domain.agencies import Inspectorate
from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.services.enabled_forms import allowed_by, readers_of
from jicpa_desktop.ui.dates import date_edit, ui_locale
from jicpa_desktop.ui.labels import escape_mnemonics, inspectorate_label, role_label

FORM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_INSPECTORATES = (Inspectorate.CIW, Inspectorate.HMICFRS, Inspectorate.HIW, Inspectorate.ESTYN)


@dataclass(frozen=True)
class NewInspection:
    name: str
    local_authority: str
    start: str
    end: str
    inspectorates: tuple[str, ...]
    enabled_forms: tuple[str, ...]
    local_terms: dict[str, str] = field(default_factory=dict)
    team: tuple[tuple[str, str, str], ...] = ()
    me: str | None = None  # the member setting it up: remembered as who this laptop's user is


# Wide enough for a full name, whatever the inspectorate box beside it asks for.
TEAM_NAME_MIN_CHARACTERS = 26
INSPECTORATE_MIN_CHARACTERS = 18


class BasicsPage(QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.setTitle(self.tr("The inspection"))
        self.setSubTitle(self.tr("Which local authority, and the dates of the fieldwork."))
        layout = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("inspectionName")
        self.name_edit.setPlaceholderText(self.tr("for example Cardiff JICPA January 2024"))
        self.name_edit.setAccessibleName(self.tr("Inspection name"))
        self.authority_edit = QLineEdit()
        self.authority_edit.setObjectName("localAuthority")
        self.authority_edit.setAccessibleName(self.tr("Local authority"))
        today = QDate.currentDate()
        self.start_edit = date_edit(today, language)
        self.start_edit.setAccessibleName(self.tr("First day of fieldwork"))
        self.end_edit = date_edit(today.addDays(4), language)
        self.end_edit.setAccessibleName(self.tr("Last day of fieldwork"))
        # Not "&Name": Alt+N is the wizard's Next.
        layout.addRow(self.tr("Na&me:"), self.name_edit)
        layout.addRow(self.tr("&Local authority:"), self.authority_edit)
        layout.addRow(self.tr("&First day:"), self.start_edit)
        layout.addRow(self.tr("L&ast day:"), self.end_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addRow(self.problem)
        self.registerField("name*", self.name_edit)
        self.registerField("authority*", self.authority_edit)
        self.authority_edit.textEdited.connect(self._suggest_name)
        self._name_touched = False
        self.name_edit.textEdited.connect(lambda _text: setattr(self, "_name_touched", True))

    def _suggest_name(self, authority: str) -> None:
        if not self._name_touched:
            month = ui_locale(self.language).toString(self.start_edit.date(), "MMMM yyyy")
            self.name_edit.setText(f"{authority.strip()} JICPA {month}" if authority.strip() else "")

    def validatePage(self) -> bool:
        if self.end_edit.date() < self.start_edit.date():
            self.problem.setText(self.tr("The last day is before the first day."))
            return False
        self.problem.setText("")
        return True


class TeamPage(QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.setTitle(self.tr("Inspectorates and team"))
        self.setSubTitle(self.tr("Who takes part. You can add inspectors later, and a sampling list adds them too."))
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Participating inspectorates"))
        grid = QGridLayout(box)
        self.inspectorate_boxes: dict[str, QCheckBox] = {}
        for index, inspectorate in enumerate(Inspectorate):
            check = QCheckBox(escape_mnemonics(inspectorate_label(inspectorate.value, language)))
            check.setChecked(inspectorate in DEFAULT_INSPECTORATES)
            grid.addWidget(check, index // 2, index % 2)
            self.inspectorate_boxes[inspectorate.value] = check
        layout.addWidget(box)

        team_box = QGroupBox(self.tr("Team"))
        team_layout = QVBoxLayout(team_box)
        entry = QHBoxLayout()
        self.member_name = QLineEdit()
        self.member_name.setPlaceholderText(self.tr("Name"))
        self.member_name.setAccessibleName(self.tr("Team member's name"))
        self.member_name.setMinimumWidth(
            self.member_name.fontMetrics().horizontalAdvance("x" * TEAM_NAME_MIN_CHARACTERS))
        # Enter adds the member; left to the wizard it would press Next and leave the name behind.
        self.member_name.installEventFilter(self)
        self.member_inspectorate = QComboBox()
        self.member_inspectorate.setAccessibleName(self.tr("Team member's inspectorate"))
        # The longest inspectorate name would otherwise squeeze the name box to a few characters.
        self.member_inspectorate.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.member_inspectorate.setMinimumContentsLength(INSPECTORATE_MIN_CHARACTERS)
        for inspectorate in Inspectorate:
            self.member_inspectorate.addItem(inspectorate_label(inspectorate.value, language), inspectorate.value)
        self.member_role = QComboBox()
        self.member_role.setAccessibleName(self.tr("Team member's role"))
        for role in ("inspector", "lead"):
            self.member_role.addItem(role_label(role), role)
        self.add_member_button = QPushButton(self.tr("Add to &team"))
        self.add_member_button.setAutoDefault(False)
        self.add_member_button.clicked.connect(self.add_member)
        entry.addWidget(self.member_name, 3)
        entry.addWidget(self.member_inspectorate, 2)
        entry.addWidget(self.member_role, 1)
        entry.addWidget(self.add_member_button)
        team_layout.addLayout(entry)
        self.team_list = QListWidget()
        self.team_list.setAccessibleName(self.tr("Team members"))
        team_layout.addWidget(self.team_list)
        self.remove_member_button = QPushButton(self.tr("&Remove selected member"))
        self.remove_member_button.setAutoDefault(False)
        self.remove_member_button.clicked.connect(self._remove_member)
        team_layout.addWidget(self.remove_member_button, 0, Qt.AlignmentFlag.AlignLeft)
        me_row = QHBoxLayout()
        me_label = QLabel(self.tr("&You are:"))
        self.me_combo = QComboBox()
        self.me_combo.setObjectName("wizardMe")
        self.me_combo.setAccessibleName(self.tr("Which team member you are"))
        me_label.setBuddy(self.me_combo)
        me_row.addWidget(me_label)
        me_row.addWidget(self.me_combo, 1)
        team_layout.addLayout(me_row)
        layout.addWidget(team_box)
        self.members: list[tuple[str, str, str]] = []
        self._refresh_me()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.member_name and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_member()
            return True
        return super().eventFilter(watched, event)

    def add_member(self) -> None:
        name = self.member_name.text().strip()
        if not name:
            return
        member = (name, str(self.member_inspectorate.currentData()), str(self.member_role.currentData()))
        self.members.append(member)
        self.team_list.addItem(
            f"{name} — {self.member_inspectorate.currentText()} — {self.member_role.currentText()}"
        )
        self._refresh_me()
        self.member_name.clear()
        self.member_name.setFocus()

    def _remove_member(self) -> None:
        row = self.team_list.currentRow()
        if row >= 0:
            self.team_list.takeItem(row)
            del self.members[row]
            self._refresh_me()

    def _refresh_me(self) -> None:
        """The "You are" choice offers the team as it stands; the first lead added is the likely one."""
        current = self.me_combo.currentData()
        self.me_combo.clear()
        self.me_combo.addItem(self.tr("I will say when I open it"), None)
        for name, _inspectorate, _role in self.members:
            self.me_combo.addItem(name, name)
        lead = next((m[0] for m in self.members if m[2] == "lead"), None)
        index = self.me_combo.findData(current if current is not None else lead)
        self.me_combo.setCurrentIndex(max(index, 0))

    def me(self) -> str | None:
        data = self.me_combo.currentData()
        return None if data is None else str(data)

    def inspectorates(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.inspectorate_boxes.items() if check.isChecked())


class FormsPage(QWizardPage):
    def __init__(self, forms: list[FormDefinition], language: str,
                 inspectorates: Callable[[], tuple[str, ...]] = tuple) -> None:
        super().__init__()
        self._forms = {form.id: form for form in forms}
        self._language = language
        self._inspectorates = inspectorates  # the team page's choice, read each time this page is shown
        self._switched_off: set[str] = set()  # forms the user unticked themselves: kept off when allowed again
        self.setTitle(self.tr("Forms"))
        self.setSubTitle(self.tr("The audit forms switched on for this inspection. Space ticks or clears one."))
        layout = QVBoxLayout(self)
        self.forms_list = QListWidget()
        self.forms_list.setAccessibleName(self.tr("Forms switched on"))
        for form in forms:
            item = QListWidgetItem(form.title.get(language))  # item text has no mnemonics: no escaping
            item.setData(FORM_ID_ROLE, form.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.forms_list.addItem(item)
        layout.addWidget(self.forms_list)
        self.problem = QLabel()
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        """Forms for agencies whose inspectorate is not taking part are off and cannot be ticked (the same rule
        as switching forms on later, services/enabled_forms.allowed_by), with the inspectorate they need."""
        inspectorates = self._inspectorates()
        for index in range(self.forms_list.count()):
            item = self.forms_list.item(index)
            form = self._forms[str(item.data(FORM_ID_ROLE))]
            allowed = allowed_by(form, inspectorates)
            was_enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            if was_enabled and item.checkState() != Qt.CheckState.Checked:
                self._switched_off.add(form.id)
            elif was_enabled:
                self._switched_off.discard(form.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsEnabled if allowed else item.flags() & ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            title = form.title.get(self._language)
            if allowed:
                item.setText(title)
                item.setToolTip("")
                item.setCheckState(Qt.CheckState.Unchecked if form.id in self._switched_off else Qt.CheckState.Checked)
            else:
                needs = self.tr("needs %1").replace("%1", readers_of(form, self._language))
                item.setText(f"{title} — {needs}")
                item.setToolTip(self.tr("Add the inspectorate on the team page to audit this agency's records."))
                item.setCheckState(Qt.CheckState.Unchecked)

    def enabled_forms(self) -> tuple[str, ...]:
        return tuple(
            str(self.forms_list.item(i).data(FORM_ID_ROLE))
            for i in range(self.forms_list.count())
            if self.forms_list.item(i).checkState() == Qt.CheckState.Checked
            and self.forms_list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        )

    def validatePage(self) -> bool:
        if not self.enabled_forms():
            self.problem.setText(self.tr("Switch on at least one form."))
            return False
        return True


class TermsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Local terms"))
        self.setSubTitle(self.tr("What this area calls things, so forms and reports use its words."))
        layout = QFormLayout(self)
        self.front_door = QLineEdit()
        self.front_door.setObjectName("frontDoor")
        self.front_door.setPlaceholderText(self.tr("for example MASH or SPOC"))
        self.front_door.setAccessibleName(self.tr("The front door's local name"))
        # Not "&front": Alt+F is the wizard's Finish on this last page.
        layout.addRow(self.tr("The front &door is called:"), self.front_door)
        self.other_terms = QPlainTextEdit()
        self.other_terms.setTabChangesFocus(True)
        self.other_terms.setAccessibleName(self.tr("Other local terms"))
        self.other_terms.setPlaceholderText(self.tr("One per line: term = local name\nrisk model = THRIVE"))
        layout.addRow(self.tr("&Other terms:"), self.other_terms)

    def terms(self) -> dict[str, str]:
        terms: dict[str, str] = {}
        if self.front_door.text().strip():
            terms["front_door"] = self.front_door.text().strip()
        for line in self.other_terms.toPlainText().splitlines():
            if "=" in line:
                key, _, value = line.partition("=")
                if key.strip() and value.strip():
                    terms[key.strip().lower().replace(" ", "_")] = value.strip()
        return terms


class NewInspectionWizard(QWizard):
    def __init__(self, forms: list[FormDefinition], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newInspectionWizard")
        self.setWindowTitle(self.tr("New inspection"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.basics = BasicsPage(language)
        self.team = TeamPage(language)
        self.forms = FormsPage(forms, language, self.team.inspectorates)
        self.terms = TermsPage()
        for page in (self.basics, self.team, self.forms, self.terms):
            self.addPage(page)
        self.resize(720, 520)

    def result_spec(self) -> NewInspection:
        return NewInspection(
            name=self.basics.name_edit.text().strip(),
            local_authority=self.basics.authority_edit.text().strip(),
            start=self.basics.start_edit.date().toString("yyyy-MM-dd"),
            end=self.basics.end_edit.date().toString("yyyy-MM-dd"),
            inspectorates=self.team.inspectorates(),
            enabled_forms=self.forms.enabled_forms(),
            local_terms=self.terms.terms(),
            team=tuple(self.team.members),
            me=self.team.me(),
        )
