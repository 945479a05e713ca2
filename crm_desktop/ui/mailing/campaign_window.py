"""The campaign window (`campaignWindow`): a segment and a template (placeholders as in
document mail, plus custom fields), the recipients with what each would get (preview per
recipient), a test send to oneself, the send with its counts confirmed, the campaigns'
reports (queued, sent, failed, opted out), and the opt-out list with the bad addresses.

Reads run as `Query` in the background (a segment of 10 000 is walked in chunks); writes are
`Operation`s, so the outbox sender hears of the queued letters on the bus and delivers them at
the campaign's rate."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import User
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import number, short_datetime
from crm_desktop.services.mailing import campaigns, optout, templates
from crm_desktop.services.mailing.campaigns import (
    Audience,
    CampaignReport,
    Counts,
    Letter,
    Recipient,
    RecipientRow,
)
from crm_desktop.services.mailing.optout import BadAddressRow, OptOutRow
from crm_desktop.services.mailing.templates import CampaignTemplate
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.labels import language_name
from crm_desktop.ui.kit.operations import Operation, Query
from crm_desktop.ui.kit.table_model import MUTED, WARN, Column, RowsModel

from .texts import campaign_label, delivery_label, how_label, recipient_label

PAGE = 200
LANGUAGES = ("ru", "en", "kk", "uk", "az", "mn")


@dataclass(frozen=True)
class _Setup:
    audiences: list[Audience]
    templates: list[CampaignTemplate]
    placeholders: list[str]
    rate: int
    own_address: str


def _table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class CampaignWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignWindow")
        self.setWindowTitle(self.tr("Mass mailing"))
        self.ctx = ctx
        self.generation = 0  # answers for an older segment or template are dropped
        self.counts: Counts | None = None
        self.resize(1280, 760)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("campaignTabs")
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._compose_tab(), self.tr("New campaign"))
        self.tabs.addTab(self._reports_tab(), self.tr("Campaigns"))
        self.tabs.addTab(self._opt_out_tab(), self.tr("Opt-out list"))
        may_send = ctx.can(Permission.SEND_CAMPAIGNS)
        for widget in (self.send_button, self.test_button, self.save_template_button,
                       self.cancel_button, self.remove_opt_out_button, self.forgive_button):
            widget.setEnabled(may_send)
        if not may_send:
            self.send_button.setToolTip(self.tr("Only the head of sales sends campaigns"))
        ctx.bus.subscribe({Change.OUTBOX, Change.CAMPAIGNS}, self._changed, owner=self)
        ctx.bus.subscribe({Change.SEGMENTS, Change.SETTINGS, Change.CUSTOM_FIELDS},
                          lambda _kinds: self.load_setup(), owner=self)
        self.load_setup()
        self.load_reports()
        self.load_opt_outs()

    # -- the new campaign ------------------------------------------------------------------------
    def _compose_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        form = QFormLayout()
        self.segment = QComboBox(tab)
        self.segment.setObjectName("campaignSegmentCombo")
        self.segment.currentIndexChanged.connect(self.load_recipients)
        form.addRow(self.tr("&Segment:"), self.segment)
        template_row = QHBoxLayout()
        self.template = QComboBox(tab)
        self.template.setObjectName("campaignTemplateCombo")
        self.template.setEditable(True)
        self.template.setMinimumWidth(220)
        self.template.activated.connect(self._template_chosen)
        template_row.addWidget(self.template, 1)
        self.language = QComboBox(tab)
        self.language.setObjectName("campaignLanguageCombo")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)  # by name, not "ru"
        self.language.currentIndexChanged.connect(self._text_changed)
        template_row.addWidget(self.language)
        self.save_template_button = QPushButton(self.tr("Save &template"), tab)
        self.save_template_button.setObjectName("campaignSaveTemplateButton")
        self.save_template_button.clicked.connect(self.save_template)
        template_row.addWidget(self.save_template_button)
        template_label = QLabel(self.tr("&Template:"), tab)
        template_label.setBuddy(self.template)
        form.addRow(template_label, template_row)
        self.subject = QLineEdit(tab)
        self.subject.setObjectName("campaignSubjectEdit")
        self.subject.textChanged.connect(self._text_changed)
        form.addRow(self.tr("S&ubject:"), self.subject)
        self.body = QPlainTextEdit(tab)
        self.body.setObjectName("campaignBodyEdit")
        self.body.setMinimumHeight(120)
        self.body.textChanged.connect(self._text_changed)
        form.addRow(self.tr("&Letter:"), self.body)
        self.placeholders = QLabel(tab)
        self.placeholders.setObjectName("campaignPlaceholdersLabel")
        self.placeholders.setWordWrap(True)
        self.placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Placeholders:"), self.placeholders)
        top.addLayout(form, 3)
        send_box = QGroupBox(self.tr("Send"), tab)
        send_form = QFormLayout(send_box)
        self.rate = QSpinBox(send_box)
        self.rate.setObjectName("campaignRateSpin")
        self.rate.setRange(1, campaigns.MAX_RATE)
        self.rate.setSuffix(self.tr(" a minute"))
        send_form.addRow(self.tr("&Rate:"), self.rate)
        self.counts_label = QLabel(send_box)
        self.counts_label.setObjectName("campaignCountsLabel")
        self.counts_label.setWordWrap(True)
        send_form.addRow(self.counts_label)
        self.test_address = QLineEdit(send_box)
        self.test_address.setObjectName("campaignTestEdit")
        self.test_address.setPlaceholderText(self.tr("your own address"))
        send_form.addRow(self.tr("Test &to:"), self.test_address)
        self.test_button = QPushButton(self.tr("Send a t&est to myself"), send_box)
        self.test_button.setObjectName("campaignTestButton")
        self.test_button.clicked.connect(self.send_test)
        send_form.addRow(self.test_button)
        self.send_button = QPushButton(self.tr("Send the &campaign…"), send_box)
        self.send_button.setObjectName("campaignSendButton")
        self.send_button.clicked.connect(self.send)
        send_form.addRow(self.send_button)
        top.addWidget(send_box, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal, tab)
        self.recipients_model: RowsModel[Recipient] = RowsModel([
            Column(self.tr("Client"), lambda r: r.client),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Contact"), lambda r: r.contact),
            Column(self.tr("Letter"), lambda r: recipient_label(r.status),
                   color=lambda r: None if r.status == "queued" else MUTED),
        ], self)
        self.recipients = _table(split, "campaignRecipientsTable", self.recipients_model)
        self.recipients.selectionModel().selectionChanged.connect(self._recipient_chosen)
        split.addWidget(self.recipients)
        self.preview = QTextBrowser(split)
        self.preview.setObjectName("campaignPreview")
        split.addWidget(self.preview)
        split.setSizes([560, 640])
        layout.addWidget(split, 1)
        return tab

    def load_setup(self) -> None:
        user = self.ctx.user

        def read(s: Session) -> _Setup:
            own = s.scalar(select(User.email).where(User.id == user.id)) or ""
            return _Setup(campaigns.audiences(s, user.id), templates.campaign_templates(s),
                          templates.placeholders(s), campaigns.default_rate(s), own)

        Query(self, self.ctx, read).success(self._show_setup).run_in_background()

    def _show_setup(self, setup: _Setup) -> None:
        chosen = self.segment.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        for audience in setup.audiences:
            label = self.tr("All clients") if audience.segment_id is None else audience.name
            self.segment.addItem(label, audience)
            if chosen is not None and audience.segment_id == chosen.segment_id:
                self.segment.setCurrentIndex(self.segment.count() - 1)
        self.segment.blockSignals(False)
        name = self.template.currentText()
        self.template.clear()
        for template in setup.templates:
            self.template.addItem(template.name, template)
        if name:
            self.template.setCurrentText(name)
        elif setup.templates:
            self.template.setCurrentIndex(0)
            self._template_chosen(0)
        self.placeholders.setText("  ".join(f"{{{p}}}" for p in setup.placeholders))
        if self.rate.value() == self.rate.minimum():
            self.rate.setValue(setup.rate)
        if not self.test_address.text():
            self.test_address.setText(setup.own_address)
        self.load_recipients()

    def _template_chosen(self, index: int) -> None:
        template = self.template.itemData(index)
        if isinstance(template, CampaignTemplate):
            self.subject.setText(template.subject)
            self.body.setPlainText(template.body)
            self.language.setCurrentIndex(max(0, self.language.findData(template.language)))

    def current_template(self) -> CampaignTemplate:
        return CampaignTemplate(self.template.currentText().strip() or self.tr("Letter"),
                                self.subject.text(), self.body.toPlainText(),
                                self.language.currentData() or "en")

    def current_audience(self) -> Audience:
        audience = self.segment.currentData()
        return audience if isinstance(audience, Audience) else Audience(None, "*", {})

    def load_recipients(self) -> None:
        self.generation += 1
        generation, audience = self.generation, self.current_audience()
        self.counts_label.setText(self.tr("Counting the segment…"))

        def show_page(rows: list[Recipient]) -> None:
            if generation == self.generation:
                self.recipients_model.set_rows(rows)
                self.recipients.resizeColumnsToContents()
                if rows:
                    first = next((i for i, r in enumerate(rows) if r.status == "queued"), 0)
                    self.recipients.selectRow(first)

        def show_counts(counts: Counts) -> None:
            if generation == self.generation:
                self.counts = counts
                self.counts_label.setText(self._counts_text(counts))

        Query(self, self.ctx, lambda s: campaigns.recipients_page(s, audience, PAGE)) \
            .success(show_page).run_in_background()
        Query(self, self.ctx, lambda s: campaigns.count_recipients(s, audience)) \
            .success(show_counts).run_in_background()

    def _counts_text(self, counts: Counts) -> str:
        return self.tr("{total} clients in the segment: {queued} will get the letter, "
                       "{opted} opted out, {bad} bad address, {none} without an address, "
                       "{shared} at an address another client gets it at").format(
            total=number(counts.total), queued=number(counts.queued),
            opted=number(counts.opted_out), bad=number(counts.bad_address),
            none=number(counts.no_address), shared=number(counts.duplicate))

    def _text_changed(self) -> None:
        self._recipient_chosen()

    def _recipient_chosen(self, *_args: QItemSelection) -> None:
        rows = self.recipients.selectionModel().selectedRows()
        recipient = self.recipients_model.row_at(rows[0].row()) if rows else None
        if recipient is None:
            self.preview.clear()
            return
        template, audience = self.current_template(), self.current_audience()
        generation = self.generation

        def show(letter: Letter) -> None:
            if generation == self.generation:
                self._show_letter(letter)

        Query(self, self.ctx, lambda s: campaigns.preview(s, template, audience,
                                                          recipient.client_id)) \
            .success(show).failure(self._show_problem).run_in_background()

    def _show_letter(self, letter: Letter) -> None:
        self.preview.clear()
        head = self.tr("To: {to}\nSubject: {subject}").format(
            to=letter.to or "—", subject=letter.subject)
        if letter.status != "queued":
            head += "\n" + self.tr("Not sent to this client: {why}").format(
                why=recipient_label(letter.status))
        self.preview.setPlainText(f"{head}\n{'─' * 60}\n{letter.body}")

    def _show_problem(self, exc: Exception) -> None:
        """A template being typed may not parse yet: say so in the preview, no message box."""
        self.preview.setPlainText(error_text(exc))

    def save_template(self) -> None:
        template = self.current_template()
        Operation(self, self.ctx, lambda s: templates.save_campaign_template(
            s, template.name, template.subject, template.body, template.language)) \
            .success(lambda _t: self.load_setup()).run()

    def send_test(self) -> None:
        rows = self.recipients.selectionModel().selectedRows()
        recipient = self.recipients_model.row_at(rows[0].row()) if rows else None
        if recipient is None:
            return
        template, audience, to = (self.current_template(), self.current_audience(),
                                  self.test_address.text())
        Operation(self, self.ctx, lambda s: campaigns.send_test(
            s, template, audience, recipient.client_id, to)) \
            .success(lambda _id: self.preview.append(
                "\n" + self.tr("A test letter to {to} is in the outbox.").format(to=to))).run()

    def send(self) -> None:
        counts = self.counts
        if counts is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Send the campaign"),
            self.tr("Send the letter to {queued} clients, {rate} a minute (about {minutes} "
                    "minutes)?").format(queued=number(counts.queued), rate=self.rate.value(),
                                        minutes=number(-(-counts.queued // self.rate.value()))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        template, audience, rate = (self.current_template(), self.current_audience(),
                                    self.rate.value())
        name = f"{template.name} → {self.segment.currentText()}"
        self.send_button.setEnabled(False)

        def done(report: CampaignReport) -> None:
            self.send_button.setEnabled(True)
            self.tabs.setCurrentIndex(1)
            self.load_reports()

        Operation(self, self.ctx, lambda s: campaigns.send_campaign(s, audience, template, rate,
                                                                   name)) \
            .success(done).finally_(lambda: self.send_button.setEnabled(True)) \
            .run_in_background()

    # -- the reports -----------------------------------------------------------------------------
    def _reports_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.reports_model: RowsModel[CampaignReport] = RowsModel([
            Column(self.tr("Queued at"), lambda r: short_datetime(r.queued_at)),
            Column(self.tr("Campaign"), lambda r: r.name),
            Column(self.tr("Status"), lambda r: campaign_label(r.status)),
            Column(self.tr("Rate"), lambda r: self.tr("{n}/min").format(n=r.rate_per_minute),
                   align_right=True),
            Column(self.tr("Clients"), lambda r: number(r.total), align_right=True),
            Column(self.tr("Waiting"), lambda r: number(r.queued), align_right=True),
            Column(self.tr("Sent"), lambda r: number(r.sent), align_right=True),
            Column(self.tr("Failed"), lambda r: number(r.failed), align_right=True),
            Column(self.tr("Opted out"), lambda r: number(r.opted_out), align_right=True),
            Column(self.tr("Bad address"), lambda r: number(r.bad_address), align_right=True),
            Column(self.tr("No address"), lambda r: number(r.no_address), align_right=True),
        ], self)
        self.reports = _table(tab, "campaignReportTable", self.reports_model)
        self.reports.horizontalHeader().setStretchLastSection(False)
        self.reports.selectionModel().selectionChanged.connect(self._campaign_chosen)
        layout.addWidget(self.reports, 1)
        layout.addWidget(QLabel(self.tr("The chosen campaign's recipients (failures first):"),
                                tab))
        self.sent_model: RowsModel[RecipientRow] = RowsModel([
            Column(self.tr("Client"), lambda r: r.client),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Letter"), lambda r: delivery_label(r.status),
                   color=lambda r: WARN if r.status == "failed" else None),
            Column(self.tr("Server's answer"), lambda r: r.error),
        ], self)
        self.sent = _table(tab, "campaignSentTable", self.sent_model)
        layout.addWidget(self.sent, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel the letters not yet sent"), tab)
        self.cancel_button.setObjectName("campaignCancelButton")
        self.cancel_button.clicked.connect(self.cancel_campaign)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        return tab

    def load_reports(self) -> None:
        Query(self, self.ctx, campaigns.campaign_reports) \
            .success(self._show_reports).run_in_background()

    def _show_reports(self, rows: list[CampaignReport]) -> None:
        self.reports_model.set_rows(rows)
        self.reports.resizeColumnsToContents()
        self.reports.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _campaign_chosen(self, *_args: QItemSelection) -> None:
        rows = self.reports.selectionModel().selectedRows()
        report = self.reports_model.row_at(rows[0].row()) if rows else None
        if report is None:
            self.sent_model.set_rows([])
            return
        Query(self, self.ctx, lambda s: campaigns.campaign_recipients(s, report.id)) \
            .success(self._show_sent).run_in_background()

    def _show_sent(self, rows: list[RecipientRow]) -> None:
        self.sent_model.set_rows(rows)
        self.sent.resizeColumnsToContents()

    def cancel_campaign(self) -> None:
        rows = self.reports.selectionModel().selectedRows()
        report = self.reports_model.row_at(rows[0].row()) if rows else None
        if report is not None:
            Operation(self, self.ctx, lambda s: campaigns.cancel_campaign(s, report.id)).run()

    def _changed(self, _kinds: frozenset[Change]) -> None:
        self.load_reports()
        self.load_opt_outs()

    # -- the opt-out list ------------------------------------------------------------------------
    def _opt_out_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        add = QHBoxLayout()
        self.opt_out_address = QLineEdit(tab)
        self.opt_out_address.setObjectName("optOutAddressEdit")
        self.opt_out_address.setPlaceholderText(
            self.tr("e-mail address that asked to stop, or the subject of its unsubscribe reply"))
        add.addWidget(self.opt_out_address, 1)
        self.opt_out_how = QComboBox(tab)
        self.opt_out_how.setObjectName("optOutHowCombo")
        for how in optout.HOW:
            self.opt_out_how.addItem(how_label(how), how)
        add.addWidget(self.opt_out_how)
        add_button = QPushButton(self.tr("&Add to the list"), tab)
        add_button.setObjectName("optOutAddButton")
        add_button.clicked.connect(self.add_opt_out)
        add.addWidget(add_button)
        layout.addLayout(add)
        self.opt_out_model: RowsModel[OptOutRow] = RowsModel([
            Column(self.tr("Since"), lambda r: short_datetime(r.opted_out_at)),
            Column(self.tr("Client"), lambda r: r.client or self.tr("(any client)")),
            Column(self.tr("Address"), lambda r: r.address or self.tr("(every address)")),
            Column(self.tr("How"), lambda r: how_label(r.how)),
            Column(self.tr("Note"), lambda r: r.note),
        ], self)
        self.opt_outs = _table(tab, "optOutTable", self.opt_out_model)
        layout.addWidget(self.opt_outs, 2)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_opt_out_button = QPushButton(self.tr("&Remove from the list"), tab)
        self.remove_opt_out_button.setObjectName("optOutRemoveButton")
        self.remove_opt_out_button.clicked.connect(self.remove_opt_out)
        remove_row.addWidget(self.remove_opt_out_button)
        layout.addLayout(remove_row)
        layout.addWidget(QLabel(self.tr("Addresses a mail server refused for good (campaigns "
                                        "skip them):"), tab))
        self.bad_model: RowsModel[BadAddressRow] = RowsModel([
            Column(self.tr("Since"), lambda r: short_datetime(r.marked_at)),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Server's answer"), lambda r: f"{r.code} {r.answer}"),
        ], self)
        self.bad = _table(tab, "badAddressTable", self.bad_model)
        layout.addWidget(self.bad, 1)
        forgive_row = QHBoxLayout()
        forgive_row.addStretch(1)
        self.forgive_button = QPushButton(self.tr("Try this address &again"), tab)
        self.forgive_button.setObjectName("badAddressForgiveButton")
        self.forgive_button.clicked.connect(self.forgive)
        forgive_row.addWidget(self.forgive_button)
        layout.addLayout(forgive_row)
        return tab

    def load_opt_outs(self) -> None:
        Query(self, self.ctx, lambda s: (optout.opt_outs(s), optout.bad_addresses(s))) \
            .success(self._show_opt_outs).run_in_background()

    def _show_opt_outs(self, rows: tuple[list[OptOutRow], list[BadAddressRow]]) -> None:
        self.opt_out_model.set_rows(rows[0])
        self.bad_model.set_rows(rows[1])
        self.opt_outs.resizeColumnsToContents()
        self.bad.resizeColumnsToContents()

    def add_opt_out(self, client_id: uuid.UUID | None = None) -> None:
        """An address, or the subject of a reply to the unsubscribe mailto: pasted as is."""
        address, how = self.opt_out_address.text(), self.opt_out_how.currentData()
        if "unsubscribe " in address.lower():
            Operation(self, self.ctx, lambda s: campaigns.opt_out_by_reply(s, address)) \
                .success(lambda _id: self.opt_out_address.clear()).run()
            return
        Operation(self, self.ctx, lambda s: optout.opt_out(s, client_id, address, how)) \
            .success(lambda _id: self.opt_out_address.clear()).run()

    def remove_opt_out(self) -> None:
        rows = self.opt_outs.selectionModel().selectedRows()
        entry = self.opt_out_model.row_at(rows[0].row()) if rows else None
        if entry is not None:
            Operation(self, self.ctx, lambda s: optout.remove_opt_out(s, entry.id)).run()

    def forgive(self) -> None:
        rows = self.bad.selectionModel().selectedRows()
        entry = self.bad_model.row_at(rows[0].row()) if rows else None
        if entry is not None:
            Operation(self, self.ctx, lambda s: optout.forgive_bad_address(s, entry.id)).run()
