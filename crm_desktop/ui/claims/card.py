"""The claim card (`claimCard`): every field of a claim, its status buttons (registered →
confirmed → under investigation → resolved / rejected, as the service allows), the
investigation plan with its progress and what is overdue, the files (stored by content), the
interactions logged against it and its status history.

A new claim can start from a client, an order or an invoice (pre-filled); everything is read
and written through `services.claims` with the kit's operations."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import ClaimantKind, ClaimSeverity, ClaimStatus, EventStatus, EventType
from crm_desktop.services.claims import card as cards
from crm_desktop.services.claims import files, interactions, plan, writing
from crm_desktop.services.claims.lists import ResultRow
from crm_desktop.services.claims.statuses import OPEN
from crm_desktop.services.claims.writing import ClaimInput
from crm_desktop.services.clients.search import search_clients
from crm_desktop.services.core.attachments import attachment_file
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import short_date, short_datetime
from crm_desktop.ui.automation.card_button import AutomationButton
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.forms import give_buddies
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation

from .texts import claim_label, move_label

NO_DATE = QDate(2000, 1, 1)
WARN_STYLE = "color: #b3261e;"
INTERACTION_KINDS = (EventType.CALL, EventType.EMAIL, EventType.MEETING, EventType.NOTE)


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else NO_DATE


def _pydate(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


class ResolveDialog(QDialog):
    """Closing a claim: the result from the list, the claimant's satisfaction, what was done
    (or, rejecting it, why)."""

    def __init__(self, results: tuple[ResultRow, ...], rejecting: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimResolveDialog")
        self.setWindowTitle(self.tr("Reject the claim") if rejecting
                            else self.tr("Resolve the claim"))
        form = QFormLayout(self)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("resolveResultCombo")
        self.result_combo.addItem(self.tr("(choose)"), None)
        for row in results:
            self.result_combo.addItem(row.name, row.id)
        self.satisfaction = QSpinBox(self)
        self.satisfaction.setObjectName("resolveSatisfactionSpin")
        self.satisfaction.setRange(0, writing.MAX_SATISFACTION)
        self.satisfaction.setSpecialValueText(self.tr("(not asked)"))
        self.satisfaction.setToolTip(self.tr("1 — not at all satisfied … 5 — fully satisfied"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("resolveTextEdit")
        self.text.setMaximumHeight(90)
        form.addRow(self.tr("&Result"), self.result_combo)
        form.addRow(self.tr("&Satisfaction (1-5)"), self.satisfaction)
        form.addRow(self.tr("Why it is &rejected") if rejecting else self.tr("What was &done"),
                    self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("resolveButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[uuid.UUID | None, int | None, str]:
        score = self.satisfaction.value()
        return self.result_combo.currentData(), score or None, self.text.toPlainText()


class ClaimCardDialog(QDialog):
    def __init__(self, ctx: AppContext, claim_id: uuid.UUID | None = None, *,
                 client_id: uuid.UUID | None = None, order_id: uuid.UUID | None = None,
                 invoice_id: uuid.UUID | None = None, contact_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimCard")
        self.setWindowFlag(Qt.WindowType.Window)
        self.ctx, self.claim_id, self.client_id = ctx, claim_id, client_id
        self.data: cards.ClaimCard | None = None
        self.options: cards.ClaimChoices | None = None
        self.resolve_dialog: ResolveDialog | None = None
        remember_size(self, 1040, 760)  # ui/kit/fit: within the screen, as last time
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("claimMessageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARN_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        head = QHBoxLayout()
        self.number = QLabel(self)
        self.number.setObjectName("claimNumberLabel")
        self.number.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("claimStatusLabel")
        self.status_buttons = QHBoxLayout()
        head.addWidget(self.number)
        head.addSpacing(16)
        head.addWidget(self.status_label, 1)
        head.addLayout(self.status_buttons)
        layout.addLayout(head)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("claimTabs")
        self.tabs.addTab(self._claim_tab(), self.tr("&Claim"))
        self.plan_tab_index = self.tabs.addTab(self._plan_tab(), self.tr("&Plan"))
        self.tabs.addTab(self._files_tab(), self.tr("&Files"))
        self.tabs.addTab(self._interactions_tab(), self.tr("&Interactions"))
        self.history = self._table("claimHistoryTable", [
            self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By"), self.tr("Comment")])
        self.tabs.addTab(self.history, self.tr("Histor&y"))
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("claimSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("claimCloseButton")
        close.clicked.connect(self.reject)
        self.automation_button = AutomationButton(
            ctx, "claim", lambda: (self.claim_id, self.number.text()), self)
        buttons.addWidget(self.automation_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.search_timer = QTimer(self, singleShot=True, interval=250)
        self.search_timer.timeout.connect(self._find_clients)
        self.client_search.textChanged.connect(lambda _t: self.search_timer.start())
        self.client_combo.activated.connect(
            lambda _i: self.choose_client(self.client_combo.currentData()))
        ctx.bus.subscribe({Change.CLAIMS, Change.EVENTS, Change.ATTACHMENTS},
                          lambda _kinds: self._reload(), owner=self)
        give_buddies(self)  # "Claimant" beside its client row gets the search as buddy
        if claim_id is not None:
            self.load()
        else:
            self.setWindowTitle(self.tr("New claim"))
            self.number.setText(self.tr("New claim (numbered when saved)"))
            self.claim_date.setDate(QDate.currentDate())
            self._show_status()
            if client_id is not None:
                self.choose_client(client_id)
                select_data(self.order, order_id)
                select_data(self.invoice, invoice_id)
                select_data(self.contact, contact_id)
            else:
                self.client_label.hide()

    # -- building blocks -----------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("(not set)"))
        edit.setDate(NO_DATE)
        return edit

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _fill(self, table: QTableWidget, rows: list[list[str]],
              warn: list[bool] | None = None) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if warn and warn[r]:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setBackground(Qt.GlobalColor.transparent)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _claim_tab(self) -> QWidget:
        tab = QWidget(self)
        grid = QGridLayout(tab)
        left, right = QFormLayout(), QFormLayout()
        self.claim_date = self._date("claimDateEdit")
        self.kind = self._combo("claimKindCombo")
        for kind in ClaimantKind:
            self.kind.addItem(claim_label(kind), kind)
        self.client_label = QLabel(self)
        self.client_label.setObjectName("claimClientLabel")
        self.client_search = QLineEdit(self)
        self.client_search.setObjectName("claimClientSearch")
        self.client_search.setPlaceholderText(self.tr("Find the claimant…"))
        self.client_combo = self._combo("claimClientCombo")
        client_box = QVBoxLayout()
        for widget in (self.client_label, self.client_search, self.client_combo):
            client_box.addWidget(widget)
        self.contact = self._combo("claimContactCombo")
        self.order = self._combo("claimOrderCombo")
        self.invoice = self._combo("claimInvoiceCombo")
        self.product = self._combo("claimProductCombo")
        self.responsible = self._combo("claimResponsibleCombo")
        self.culprit = self._combo("claimCulpritCombo")
        self.department = QLineEdit(self)
        self.department.setObjectName("claimDepartmentEdit")
        self.department.setPlaceholderText(self.tr("(the reason's department)"))
        self.reason = self._combo("claimReasonCombo")
        self.reasons_button = QPushButton(self.tr("Edit the &list…"), self)
        self.reasons_button.setObjectName("claimReasonsButton")
        self.reasons_button.setVisible(self.ctx.can(Permission.EDIT_CLAIM_LISTS))
        self.reasons_button.clicked.connect(self.edit_reasons)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.reasons_button)
        self.severity = self._combo("claimSeverityCombo")
        for severity in ClaimSeverity:
            self.severity.addItem(claim_label(severity), severity)
        self.due = self._date("claimDueEdit")
        self.essence = QPlainTextEdit(self)
        self.essence.setObjectName("claimEssenceEdit")
        self.essence.setMaximumHeight(180)
        self.remedy = QPlainTextEdit(self)
        self.remedy.setObjectName("claimRemedyEdit")
        self.remedy.setMaximumHeight(80)
        left.addRow(self.tr("&Date"), self.claim_date)
        left.addRow(self.tr("Claimant &is"), self.kind)
        left.addRow(self.tr("Claimant"), client_box)
        left.addRow(self.tr("C&ontact person"), self.contact)
        left.addRow(self.tr("&Order"), self.order)
        left.addRow(self.tr("&Invoice"), self.invoice)
        left.addRow(self.tr("&Product"), self.product)
        right.addRow(self.tr("&Responsible"), self.responsible)
        right.addRow(self.tr("Person at &fault"), self.culprit)
        right.addRow(self.tr("Department at fa&ult"), self.department)
        reason_label = QLabel(self.tr("Rea&son"), self)  # a row of two: the label needs a buddy
        reason_label.setBuddy(self.reason)
        right.addRow(reason_label, reason_row)
        right.addRow(self.tr("Se&verity"), self.severity)
        right.addRow(self.tr("Dead&line"), self.due)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        texts = QFormLayout()
        texts.addRow(self.tr("&Essence"), self.essence)
        texts.addRow(self.tr("Requested re&medy"), self.remedy)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("claimOutcomeLabel")
        self.outcome.setWordWrap(True)
        texts.addRow(self.tr("Outcome"), self.outcome)
        grid.addLayout(texts, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return tab

    def _plan_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        self.progress = QLabel(self)
        self.progress.setObjectName("claimPlanProgress")
        box.addWidget(self.progress)
        self.plan_table = self._table("claimPlanTable", [
            self.tr("What"), self.tr("Who"), self.tr("By when"), self.tr("Status"),
            self.tr("Result")])
        box.addWidget(self.plan_table, 1)
        add = QHBoxLayout()
        self.task_what = QLineEdit(self)
        self.task_what.setObjectName("claimTaskWhatEdit")
        self.task_what.setPlaceholderText(self.tr("What is to be done…"))
        self.task_who = self._combo("claimTaskWhoCombo")
        self.task_due = QDateTimeEdit(self)
        self.task_due.setObjectName("claimTaskDueEdit")
        self.task_due.setCalendarPopup(True)
        self.task_due.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.task_due.setDateTime(QDateTime.currentDateTime().addDays(3))
        self.add_task_button = QPushButton(self.tr("&Add task"), self)
        self.add_task_button.setObjectName("claimAddTaskButton")
        self.add_task_button.clicked.connect(lambda: self.add_task())
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.done_button.setObjectName("claimTaskDoneButton")
        self.done_button.clicked.connect(self._ask_done)
        add.addWidget(self.task_what, 2)
        add.addWidget(self.task_who, 1)
        add.addWidget(self.task_due)
        add.addWidget(self.add_task_button)
        add.addWidget(self.done_button)
        box.addLayout(add)
        return tab

    def _files_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        self.files_table = self._table("claimFilesTable", [
            self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.files_table.doubleClicked.connect(lambda index: self.open_file(index.row()))
        box.addWidget(self.files_table, 1)
        row = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("&Attach files…"), self)
        self.add_file_button.setObjectName("claimAttachButton")
        self.add_file_button.clicked.connect(lambda: self.attach())
        open_button = QPushButton(self.tr("&Open"), self)
        open_button.setObjectName("claimOpenFileButton")
        open_button.clicked.connect(lambda: self.open_file(self.files_table.currentRow()))
        row.addWidget(self.add_file_button)
        row.addWidget(open_button)
        row.addStretch(1)
        box.addLayout(row)
        return tab

    def _interactions_tab(self) -> QWidget:
        tab = QWidget(self)
        box = QVBoxLayout(tab)
        self.interactions_table = self._table("claimInteractionsTable", [
            self.tr("When"), self.tr("Type"), self.tr("Subject"), self.tr("By"),
            self.tr("Content")])
        box.addWidget(self.interactions_table, 1)
        row = QHBoxLayout()
        self.interaction_kind = self._combo("claimInteractionKind")
        self.interaction_kind.setMinimumContentsLength(8)
        for kind in INTERACTION_KINDS:
            self.interaction_kind.addItem(label(kind), kind)
        self.interaction_subject = QLineEdit(self)
        self.interaction_subject.setObjectName("claimInteractionSubject")
        self.interaction_subject.setPlaceholderText(self.tr("Subject…"))
        self.interaction_content = QLineEdit(self)
        self.interaction_content.setObjectName("claimInteractionContent")
        self.interaction_content.setPlaceholderText(self.tr("What was said or agreed…"))
        self.log_button = QPushButton(self.tr("&Log"), self)
        self.log_button.setObjectName("claimLogButton")
        self.log_button.clicked.connect(lambda: self.log_interaction())
        row.addWidget(self.interaction_kind)
        row.addWidget(self.interaction_subject, 1)
        row.addWidget(self.interaction_content, 2)
        row.addWidget(self.log_button)
        box.addLayout(row)
        return tab

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, exc: Exception) -> None:
        self._say(error_text(exc))

    # -- the client and what the combos offer --------------------------------------------------
    def _find_clients(self) -> None:
        text = self.client_search.text().strip()
        if len(text) < 2:
            return
        hits = self.ctx.read(lambda s: search_clients(s, text, limit=20))
        self.client_combo.clear()
        for hit in hits:
            self.client_combo.addItem(hit.client_name, hit.client_id)
        if len(hits) == 1:
            self.choose_client(hits[0].client_id)

    def choose_client(self, client_id: uuid.UUID | None) -> None:
        if client_id is None:
            return
        name = self.ctx.read(lambda s: cards.client_name(s, client_id))
        self._client_chosen(client_id, name)

    def _client_chosen(self, client_id: uuid.UUID, name: str) -> None:
        self.client_id = client_id
        self.client_label.setText(f"<b>{name}</b>")
        self.client_label.show()
        self.options = options = self.ctx.read(lambda s: cards.choices(s, client_id))
        none = self.tr("(none)")
        for combo, rows in ((self.contact, options.contacts), (self.order, options.orders),
                            (self.invoice, options.invoices), (self.product, options.products),
                            (self.culprit, options.users)):
            combo.clear()
            combo.addItem(none, None)
            for choice in rows:
                combo.addItem(choice.name, choice.id)
        self.responsible.clear()
        self.task_who.clear()
        self.task_who.addItem(self.tr("(the claim's responsible)"), None)
        for choice in options.users:
            self.responsible.addItem(choice.name, choice.id)
            self.task_who.addItem(choice.name, choice.id)
        select_data(self.responsible, self.ctx.user.id)
        self._fill_reasons()

    def _fill_reasons(self) -> None:
        """The reasons grouped by department: a heading per department, its reasons under it."""
        assert self.options is not None
        chosen = self.reason.currentData()
        self.reason.clear()
        self.reason.addItem(self.tr("(none)"), None)
        department = None
        for row in self.options.reasons:
            if row.department != department:
                department = row.department
                self.reason.addItem(department, None)
                heading = self.reason.model().item(self.reason.count() - 1)  # type: ignore[attr-defined]
                heading.setEnabled(False)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
            self.reason.addItem("    " + row.name, row.id)
        if chosen is not None:
            select_data(self.reason, chosen)

    # -- loading -------------------------------------------------------------------------------
    def _reload(self) -> None:
        if self.claim_id is not None:
            self.load()

    def load(self) -> None:
        assert self.claim_id is not None
        claim_id = self.claim_id
        self.data = data = self.ctx.read(lambda s: cards.load_card(s, claim_id))
        form = data.form
        self.setWindowTitle(self.tr("Claim {0}").format(data.number))
        self.number.setText(self.tr("Claim {0} of {1}").format(
            data.number, short_date(form.claim_date or date.today())))
        self.client_search.hide()
        self.client_combo.hide()
        self._client_chosen(form.client_id, data.client)
        self.claim_date.setDate(_qdate(form.claim_date))
        select_data(self.kind, form.claimant_kind)
        for combo, value in ((self.contact, form.contact_id), (self.order, form.order_id),
                             (self.invoice, form.invoice_id), (self.product, form.product_id),
                             (self.responsible, form.responsible_id),
                             (self.culprit, form.culprit_id), (self.reason, form.reason_id),
                             (self.severity, form.severity)):
            select_data(combo, value)
        self.department.setText(form.department or "")
        self.due.setDate(_qdate(form.due_date))
        self.essence.setPlainText(form.essence)
        self.remedy.setPlainText(form.remedy)
        outcome = []
        if data.result:
            outcome.append(self.tr("Result: {0}").format(data.result))
        if data.satisfaction:
            outcome.append(self.tr("Satisfaction: {0} of 5").format(data.satisfaction))
        if data.resolution:
            outcome.append(data.resolution)
        if data.duplicate_of:
            outcome.append(self.tr("Repeats the open claim {0}").format(data.duplicate_of))
        self.outcome.setText("\n".join(outcome) or "—")
        self._show_status()
        self._show_plan(data.plan)
        self._fill(self.files_table, [[f.file_name, self._size(f.size),
                                       short_datetime(f.added_at)] for f in data.files])
        self._fill(self.interactions_table, [
            [short_datetime(i.at), label(i.type), i.subject, i.by or "", i.content]
            for i in data.interactions])
        self._fill(self.history, [
            [short_datetime(h.changed_at), claim_label(h.from_status),
             claim_label(h.to_status), h.user or "", h.comment] for h in data.history])
        editable = data.status in OPEN and self.may_edit()
        for widget in (self.save_button, self.add_task_button, self.done_button):
            widget.setEnabled(editable)
        for widget in (self.add_file_button, self.log_button):
            widget.setEnabled(self.may_edit())

    def may_edit(self) -> bool:
        """Whether to offer changes: own claims (or anyone's for the head of sales); the
        service checks again."""
        if not self.ctx.can(Permission.EDIT_CLAIMS):
            return False
        owner = self.data.form.responsible_id if self.data is not None else None
        return owner in (None, self.ctx.user.id) or self.ctx.can(Permission.EDIT_ANY_CLAIM)

    def _size(self, size: int) -> str:
        if size < 1024:
            return self.tr("{0} B").format(size)
        if size < 1024 * 1024:
            return self.tr("{0} KB").format(round(size / 1024))
        return self.tr("{0} MB").format(round(size / 1024 / 1024, 1))

    def _show_plan(self, progress: plan.PlanProgress) -> None:
        text = self.tr("{0} of {1} done").format(progress.done, progress.total)
        if progress.overdue:
            text += "  ·  " + self.tr("{0} overdue").format(progress.overdue)
        self.progress.setText(text if progress.total else self.tr("No plan yet"))
        self.progress.setStyleSheet(WARN_STYLE + "font-weight: bold;" if progress.overdue
                                    else "font-weight: bold;")
        self.tasks = list(progress.tasks)
        self._fill(self.plan_table, [
            [t.what, t.responsible or "", short_datetime(t.due_at),
             self.tr("Overdue") if t.overdue else label(t.status), t.result]
            for t in progress.tasks], warn=[t.overdue for t in progress.tasks])
        title = self.tr("&Plan ({0}/{1})").format(progress.done, progress.total) \
            if progress.total else self.tr("&Plan")
        self.tabs.setTabText(self.plan_tab_index, title + (" !" if progress.overdue else ""))

    def _show_status(self) -> None:
        while self.status_buttons.count():
            item = self.status_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        data = self.data
        if data is None:
            self.status_label.setText(self.tr("Status: {0}").format(
                claim_label(ClaimStatus.REGISTERED)))
            for widget in (self.add_task_button, self.done_button, self.add_file_button,
                           self.log_button):
                widget.setEnabled(False)
            return
        text = self.tr("Status: {0}").format(claim_label(data.status))
        reached = data.reached.get(data.status)
        if reached is not None:
            text += " " + self.tr("since {0}").format(short_datetime(reached))
        if data.overdue:
            text += " — " + self.tr("overdue")
        self.status_label.setText(text)
        self.status_label.setProperty("overdue", data.overdue)
        self.status_label.setStyleSheet(WARN_STYLE + "font-weight: bold;" if data.overdue
                                        else "font-weight: bold;")
        for status in data.next_statuses:
            button = QPushButton(move_label(status), self)
            button.setObjectName(f"claimStatus_{status.value}")
            button.clicked.connect(lambda _c=False, st=status: self.move_to(st))
            button.setEnabled(self.may_edit())
            self.status_buttons.addWidget(button)

    # -- writing -------------------------------------------------------------------------------
    def form(self) -> ClaimInput | None:
        if self.client_id is None:
            self._say(self.tr("Choose the claimant first."))
            return None
        return ClaimInput(
            client_id=self.client_id, essence=self.essence.toPlainText(),
            claim_date=_pydate(self.claim_date),
            claimant_kind=ClaimantKind(self.kind.currentData()),
            contact_id=self.contact.currentData(), order_id=self.order.currentData(),
            invoice_id=self.invoice.currentData(), product_id=self.product.currentData(),
            responsible_id=self.responsible.currentData(), culprit_id=self.culprit.currentData(),
            department=self.department.text().strip() or None,
            reason_id=self.reason.currentData(),
            severity=ClaimSeverity(self.severity.currentData()),
            remedy=self.remedy.toPlainText(), due_date=_pydate(self.due))

    def save(self) -> bool:
        form = self.form()
        if form is None:
            return False
        claim_id = self.claim_id

        def work(s: Session) -> writing.SavedClaim:
            if claim_id is None:
                return writing.register_claim(s, form)
            return writing.update_claim(s, claim_id, form)

        def saved(result: writing.SavedClaim) -> None:
            self.claim_id = result.id
            self._say(self.tr("This claim repeats the open claim {0}.").format(
                result.duplicate_of) if result.duplicate_of else "")
            self.load()

        return Operation(self, self.ctx, work).success(saved).failure(self._failed).run()

    def move_to(self, status: ClaimStatus) -> bool:
        """A status button: confirm or investigate at once; resolve or reject ask first."""
        if self.claim_id is None:
            return False
        if status in (ClaimStatus.RESOLVED, ClaimStatus.REJECTED):
            self.ask_close(status)
            return True
        claim_id = self.claim_id
        return Operation(self, self.ctx, lambda s: writing.change_status(s, claim_id, status)) \
            .success(lambda _r: self.load()).failure(self._failed).run()

    def ask_close(self, status: ClaimStatus) -> ResolveDialog:
        assert self.options is not None
        rejecting = status == ClaimStatus.REJECTED
        dialog = self.resolve_dialog = ResolveDialog(self.options.results, rejecting, self)
        dialog.accepted.connect(lambda: self.close_claim(status, *dialog.values()))
        dialog.open()
        return dialog

    def close_claim(self, status: ClaimStatus, result_id: uuid.UUID | None,
                    satisfaction: int | None, text: str) -> bool:
        if self.claim_id is None:
            return False
        claim_id = self.claim_id

        def work(s: Session) -> object:
            if status == ClaimStatus.REJECTED:
                return writing.reject_claim(s, claim_id, result_id, text, satisfaction)
            return writing.resolve_claim(s, claim_id, result_id, satisfaction, text)

        return Operation(self, self.ctx, work).success(lambda _r: self.load()) \
            .failure(self._failed).run()

    def add_task(self, what: str | None = None, who: uuid.UUID | None = None,
                 due_at: datetime | None = None) -> bool:
        """A task of the plan: what (the edit's text), who (the combo), by when (the edit)."""
        if self.claim_id is None:
            return False
        claim_id = self.claim_id
        what = self.task_what.text() if what is None else what
        who = who if who is not None else self.task_who.currentData()
        if due_at is None:
            local = self.task_due.dateTime().toPython()
            assert isinstance(local, datetime)
            due_at = local.astimezone(UTC)
        task = plan.TaskInput(what=what, due_at=due_at, responsible_id=who)

        def added(_id: object) -> None:
            self.task_what.clear()
            self._say("")
            self.load()

        return Operation(self, self.ctx, lambda s: plan.plan_task(s, claim_id, task)) \
            .success(added).failure(self._failed).run()

    def _ask_done(self) -> None:
        row = self.plan_table.currentRow()
        if not 0 <= row < len(getattr(self, "tasks", [])):
            return
        result, ok = QInputDialog.getText(self, self.tr("Task done"),
                                          self.tr("What came out of it:"))
        if ok:
            self.complete_task(row, result)

    def complete_task(self, row: int, result: str) -> bool:
        task = self.tasks[row]
        if task.status != EventStatus.PLANNED:
            return False
        now = datetime.now(UTC)
        return Operation(self, self.ctx, lambda s: plan.complete_task(s, task.id, result, now)) \
            .success(lambda _r: self.load()).failure(self._failed).run()

    def attach(self, paths: list[Path] | None = None) -> bool:
        if self.claim_id is None:
            return False
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
            paths = [Path(n) for n in names]
        if not paths:
            return False
        claim_id, chosen = self.claim_id, list(paths)
        return Operation(self, self.ctx, lambda s: [files.attach_file(s, claim_id, p)
                                                    for p in chosen]) \
            .success(lambda _r: self.load()).failure(self._failed).run()

    def open_file(self, row: int) -> Path | None:
        if self.data is None or not 0 <= row < len(self.data.files):
            return None
        attachment_id = self.data.files[row].id
        path = self.ctx.read(lambda s: attachment_file(s, attachment_id))
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def log_interaction(self) -> bool:
        if self.claim_id is None:
            return False
        claim_id, kind = self.claim_id, EventType(self.interaction_kind.currentData())
        subject, content = self.interaction_subject.text(), self.interaction_content.text()
        now = datetime.now(UTC)

        def logged(_id: object) -> None:
            self.interaction_subject.clear()
            self.interaction_content.clear()
            self._say("")
            self.load()

        return Operation(self, self.ctx, lambda s: interactions.log_interaction(
            s, claim_id, kind, subject, content, now)).success(logged) \
            .failure(self._failed).run()

    def _reasons_changed(self) -> None:
        if self.client_id is not None:
            client_id = self.client_id
            self.options = self.ctx.read(lambda s: cards.choices(s, client_id))
            self._fill_reasons()

    def edit_reasons(self) -> QWidget:
        from .reasons_dialog import ReasonsDialog

        dialog = ReasonsDialog(self.ctx, self)
        dialog.accepted.connect(self._reasons_changed)
        dialog.open()
        return dialog

