"""The client card: every detail of one counterparty, saved all at once.

Tabs: Main, Contacts, Requisites, Custom fields, Relations, Notes and attachments, History.
Saving looks for duplicates first (tax ID, phones, e-mails, the name in any script); the person
then opens the existing client or saves anyway (recorded). A field that cannot be saved is
marked and explained, and nothing is saved until every field is right.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import ClientKind, ClientStatus, CustomFieldDef, CustomFieldKind
from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients.card import (
    BankForm,
    CardInvalid,
    ClientForm,
    ContactForm,
    PersonLinkForm,
    RelationForm,
)
from crm_desktop.services.clients.duplicates import Candidate, find_duplicates, shared_index
from crm_desktop.services.clients.search import search_clients
from crm_desktop.services.company.first_run import currencies
from crm_desktop.services.core import attachments as attachment_service
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.locale.formatting import (
    country_choices,
    country_currency,
    country_name,
    money,
    short_date,
)
from crm_desktop.services.locale.regions import COUNTRIES
from crm_desktop.services.locale.taxids import TAX_ID_KINDS
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import index_of_data, select_data
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.labels import label

from .duplicates_dialog import DuplicatesDialog
from .texts import lines_to_emails, lines_to_phones, phones_to_lines, problem_text

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "border: 1px solid #b3261e;"
NO_DATE = QDate(1900, 1, 1)


def fill_countries(combo: QComboBox, current: str) -> None:
    """Our users' countries first, then every other one by name; `current` selected."""
    ours = tuple(COUNTRIES)
    for code in country_choices(ours if current in ours else (*ours, current)):
        combo.addItem(f"{country_name(code)} ({code})", code)
        if code == ours[-1]:
            combo.insertSeparator(combo.count())
    select_data(combo, current)


def _date_edit(parent: QWidget, value: date | None, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum date shows as empty: "not known"
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class ContactsTab(QWidget):
    """Contact persons on the left, the chosen one's details on the right."""

    def __init__(self, contacts: list[ContactForm], database: Database,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.database = database
        self.current = -1
        self.list = QListWidget(self)
        self.list.setObjectName("contactsList")
        add = QPushButton(self.tr("Add contact"), self)
        add.setObjectName("addContactButton")
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("removeContactButton")
        add.clicked.connect(self.add_contact)
        remove.clicked.connect(self.remove_contact)
        left = QVBoxLayout()
        left.addWidget(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left.addLayout(buttons)

        self.name = QLineEdit(self)
        self.name.setObjectName("contactNameEdit")
        self.position = QLineEdit(self)
        self.position.setObjectName("contactPositionEdit")
        self.birthday = _date_edit(self, None, "contactBirthdayEdit")
        self.primary = QCheckBox(self.tr("Primary contact"), self)
        self.primary.setObjectName("contactPrimaryCheck")
        self.phones = QPlainTextEdit(self)
        self.phones.setObjectName("contactPhonesEdit")
        self.phones.setPlaceholderText(self.tr("One phone a line, e.g. mobile: +7 701 123 45 67"))
        self.emails = QPlainTextEdit(self)
        self.emails.setObjectName("contactEmailsEdit")
        self.emails.setPlaceholderText(self.tr("One e-mail a line"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("contactNotesEdit")
        for edit in (self.phones, self.emails, self.notes):
            edit.setMaximumHeight(70)
        self.links = QListWidget(self)
        self.links.setObjectName("contactLinksList")
        self.links.setMaximumHeight(70)
        link = QPushButton(self.tr("Link a person…"), self)
        link.setObjectName("linkPersonButton")
        link.clicked.connect(self.add_link)
        unlink = QPushButton(self.tr("Remove link"), self)
        unlink.clicked.connect(self.remove_link)
        link_buttons = QHBoxLayout()
        link_buttons.addWidget(link)
        link_buttons.addWidget(unlink)
        link_buttons.addStretch(1)
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow("", self.primary)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("E-mails"), self.emails)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Related persons"), self.links)
        form.addRow("", link_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.details, 2)
        for contact in contacts:
            self.list.addItem(contact.full_name)
        self.list.currentRowChanged.connect(self._show)
        self.name.textEdited.connect(self._rename)
        self.details.setEnabled(False)
        if contacts:
            self.list.setCurrentRow(0)

    def _rename(self, text: str) -> None:
        item = self.list.item(self.current)
        if item is not None:
            item.setText(text)

    def store(self) -> None:
        """Keep what is typed for the contact being shown."""
        if not 0 <= self.current < len(self.contacts):
            return
        contact = self.contacts[self.current]
        contact.full_name, contact.position = self.name.text(), self.position.text()
        contact.birthday, contact.is_primary = _date_of(self.birthday), self.primary.isChecked()
        contact.phones = lines_to_phones(self.phones.toPlainText(), contact.phones)
        contact.emails = lines_to_emails(self.emails.toPlainText(), contact.emails)
        contact.notes = self.notes.toPlainText()

    def _show(self, row: int) -> None:
        self.store()
        self.current = row
        self.details.setEnabled(0 <= row < len(self.contacts))
        if not 0 <= row < len(self.contacts):
            return
        contact = self.contacts[row]
        self.name.setText(contact.full_name)
        self.position.setText(contact.position)
        b = contact.birthday
        self.birthday.setDate(QDate(b.year, b.month, b.day) if b else NO_DATE)
        self.primary.setChecked(contact.is_primary)
        self.phones.setPlainText(phones_to_lines(contact.phones))
        self.emails.setPlainText("\n".join(e.address for e in contact.emails))
        self.notes.setPlainText(contact.notes)
        self._show_links(contact)

    def _show_links(self, contact: ContactForm) -> None:
        self.links.clear()
        for link in contact.links:
            self.links.addItem(f"{link.kind}: {link.other_name}")

    def add_link(self) -> None:
        if not 0 <= self.current < len(self.contacts):
            return
        contact = self.contacts[self.current]
        text, ok = QInputDialog.getText(self, self.tr("Link a person"),
                                        self.tr("Person's or client's name, phone…"))
        if not ok or not text.strip():
            return
        with self.database.session() as s:
            people = [p for p in client_service.find_people(s, text) if p[0] != contact.id]
        if not people:
            show_error(self, CrmError(self.tr("No person matches {0}").format(text)))
            return
        names = [name for _, name in people]
        name, ok = QInputDialog.getItem(self, self.tr("Link a person"), self.tr("Person"),
                                        names, 0, False)
        if not ok:
            return
        kind, ok = QInputDialog.getText(self, self.tr("Link a person"),
                                        self.tr("Relation (e.g. reports to, spouse)"))
        if ok and kind.strip():
            contact.links.append(PersonLinkForm(people[names.index(name)][0], kind, "", name))
            self._show_links(contact)

    def remove_link(self) -> None:
        row = self.links.currentRow()
        if 0 <= self.current < len(self.contacts) and row >= 0:
            del self.contacts[self.current].links[row]
            self._show_links(self.contacts[self.current])

    def add_contact(self) -> None:
        self.store()
        self.contacts.append(ContactForm("", is_primary=not self.contacts))
        self.list.addItem("")
        self.list.setCurrentRow(len(self.contacts) - 1)
        self.name.setFocus()

    def remove_contact(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.contacts):
            self.current = -1
            del self.contacts[row]
            self.list.takeItem(row)
            self._show(self.list.currentRow())


class ClientCardDialog(QDialog):
    """Edits one client (`client_id`), or a new one (`form` may preset it)."""

    open_client = Signal(object)  # a duplicate the person chose to open instead
    saved = Signal(object)  # the client's id

    def __init__(self, database: Database, bus: DataBus, user: CurrentUser,
                 client_id: uuid.UUID | None = None, form: ClientForm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientCardDialog")
        self.database, self.bus, self.user = database, bus, user
        uid = user.id if isinstance(user.id, uuid.UUID) else None
        with database.session() as s:
            self.form = (client_service.load_form(s, client_id) if client_id
                         else form or client_service.new_form(s, uid))
            self.definitions = client_service.custom_fields(s)
            self.users = client_service.users(s)
            self.all_tags = client_service.tag_names(s)
            self.history = client_service.history(s, client_id) if client_id else []
            self.decisions = client_service.kept_decisions(s, client_id) if client_id else []
            self.attachments = ([(a.id, a.file_name, a.created_at) for a in
                                 client_service.attachments_of(s, client_id)]
                                if client_id else [])
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.marked: list[QWidget] = []
        self.setWindowTitle(self.form.short_name or self.tr("New client"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientCardTabs")
        self.tabs.addTab(self._main_tab(), self.tr("Main"))
        self.contacts_tab = ContactsTab(self.form.contacts, database, self)
        self.tabs.addTab(self.contacts_tab, self.tr("Contacts"))
        self.tabs.addTab(self._requisites_tab(), self.tr("Requisites"))
        self.tabs.addTab(self._custom_tab(), self.tr("Custom fields"))
        self.tabs.addTab(self._relations_tab(), self.tr("Relations"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes and attachments"))
        self.tabs.addTab(self._history_tab(), self.tr("History"))
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("cardProblems")
        self.problems_label.setStyleSheet("color: #b3261e;")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveClientButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        self.resize(760, 600)

    # -- tabs ----------------------------------------------------------------------------------
    def _main_tab(self) -> QWidget:
        f = self.form
        page = QWidget(self)
        form = QFormLayout(page)
        self.kind_combo = QComboBox(page)
        self.kind_combo.setObjectName("clientKindCombo")
        for kind in ClientKind:
            self.kind_combo.addItem(label(kind), kind)
        select_data(self.kind_combo, f.kind)
        self.name_edit = QLineEdit(f.short_name, page)
        self.name_edit.setObjectName("clientNameEdit")
        self.full_name_edit = QLineEdit(f.full_name, page)
        self.full_name_edit.setObjectName("clientFullNameEdit")
        self.status_combo = QComboBox(page)
        self.status_combo.setObjectName("clientStatusCombo")
        for status in ClientStatus:
            self.status_combo.addItem(label(status), status)
        select_data(self.status_combo, f.status)
        self.source_edit = QLineEdit(f.source, page)
        self.source_edit.setObjectName("clientSourceEdit")
        self.responsible_combo = QComboBox(page)
        self.responsible_combo.setObjectName("clientResponsibleCombo")
        self.responsible_combo.addItem(self.tr("(nobody)"), None)
        for uid, name in self.users:
            self.responsible_combo.addItem(name, uid)
        select_data(self.responsible_combo, f.responsible_id)
        self.tags_edit = QLineEdit(", ".join(f.tags), page)
        self.tags_edit.setObjectName("clientTagsEdit")
        self.tags_edit.setPlaceholderText(", ".join(self.all_tags[:5]) or self.tr("VIP, wholesale"))
        self.country_combo = QComboBox(page)
        self.country_combo.setObjectName("clientCountryCombo")
        fill_countries(self.country_combo, f.country)
        select_data(self.country_combo, f.country)
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.region_edit = QLineEdit(f.region, page)
        self.region_edit.setObjectName("clientRegionEdit")
        self.city_edit = QLineEdit(f.city, page)
        self.city_edit.setObjectName("clientCityEdit")
        self.address_edit = QLineEdit(f.address, page)
        self.address_edit.setObjectName("clientAddressEdit")
        self.currency_combo = QComboBox(page)
        self.currency_combo.setObjectName("clientCurrencyCombo")
        for code in sorted(set(currencies()) | {f.currency}):
            self.currency_combo.addItem(code, code)
        select_data(self.currency_combo, f.currency)
        self.phones_edit = QPlainTextEdit(phones_to_lines(f.phones), page)
        self.phones_edit.setObjectName("clientPhonesEdit")
        self.phones_edit.setPlaceholderText(self.tr("One phone a line, e.g. +7 727 250 10 20"))
        self.emails_edit = QPlainTextEdit("\n".join(e.address for e in f.emails), page)
        self.emails_edit.setObjectName("clientEmailsEdit")
        self.emails_edit.setPlaceholderText(self.tr("One e-mail a line"))
        for edit in (self.phones_edit, self.emails_edit):
            edit.setMaximumHeight(60)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Full name"), self.full_name_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Responsible"), self.responsible_combo)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Country"), self.country_combo)
        form.addRow(self.tr("Region"), self.region_edit)
        form.addRow(self.tr("City"), self.city_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Office phones"), self.phones_edit)
        form.addRow(self.tr("Office e-mails"), self.emails_edit)
        return page

    def _requisites_tab(self) -> QWidget:
        f = self.form
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.tax_label = QLabel(page)
        self.tax_edit = QLineEdit(f.tax_id, page)
        self.tax_edit.setObjectName("clientTaxIdEdit")
        self.tax2_edit = QLineEdit(f.tax_id_2, page)
        self.tax2_edit.setObjectName("clientTaxId2Edit")
        self.legal_edit = QLineEdit(f.legal_address, page)
        self.legal_edit.setObjectName("clientLegalAddressEdit")
        self.website_edit = QLineEdit(f.website, page)
        self.website_edit.setObjectName("clientWebsiteEdit")
        form.addRow(self.tax_label, self.tax_edit)
        form.addRow(self.tr("KPP (Russia)"), self.tax2_edit)
        form.addRow(self.tr("Legal address"), self.legal_edit)
        form.addRow(self.tr("Website"), self.website_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Bank accounts"), page))
        self.banks_table = QTableWidget(0, 5, page)
        self.banks_table.setObjectName("bankAccountsTable")
        self.banks_table.setHorizontalHeaderLabels([
            self.tr("Bank"), self.tr("Account / IBAN"), self.tr("BIC"), self.tr("Currency"),
            self.tr("Default")])
        self.banks_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.banks_table.setColumnWidth(0, 180)
        for bank in f.banks:
            self._add_bank_row(bank)
        add = QPushButton(self.tr("Add account"), page)
        add.setObjectName("addBankButton")
        add.clicked.connect(lambda: self._add_bank_row(BankForm("", "")))
        remove = QPushButton(self.tr("Remove account"), page)
        remove.clicked.connect(lambda: self.banks_table.removeRow(self.banks_table.currentRow()))
        layout.addWidget(self.banks_table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self._country_changed()
        return page

    def _add_bank_row(self, bank: BankForm) -> None:
        row = self.banks_table.rowCount()
        self.banks_table.insertRow(row)
        for column, text in enumerate((bank.bank_name, bank.account, bank.bic, bank.currency)):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(ID_ROLE, bank.id)
            self.banks_table.setItem(row, column, item)
        check = QTableWidgetItem()
        check.setCheckState(_checked(bank.is_default))
        self.banks_table.setItem(row, 4, check)

    def _custom_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.custom_widgets: dict[str, QWidget] = {}
        if not self.definitions:
            form.addRow(QLabel(self.tr(
                "No custom fields yet. An administrator adds them in Settings → Custom fields."),
                page))
        for definition in self.definitions:
            widget = self._custom_widget(page, definition)
            widget.setObjectName(f"custom_{definition.key}")
            self.custom_widgets[definition.key] = widget
            form.addRow(definition.label, widget)
        return page

    def _custom_widget(self, page: QWidget, definition: CustomFieldDef) -> QWidget:
        value = self.form.custom.get(definition.key)
        match definition.kind:
            case CustomFieldKind.CHECKBOX:
                box = QCheckBox(page)
                box.setChecked(bool(value))
                return box
            case CustomFieldKind.CHOICE:
                combo = QComboBox(page)
                combo.addItem("", None)
                for choice in definition.choices:
                    combo.addItem(choice, choice)
                select_data(combo, value)
                return combo
            case CustomFieldKind.DATE:
                return _date_edit(page, date.fromisoformat(value) if value else None,
                                  f"custom_{definition.key}")
            case _:
                return QLineEdit("" if value is None else str(value), page)

    def _relations_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.relations_table = QTableWidget(0, 3, page)
        self.relations_table.setObjectName("relationsTable")
        self.relations_table.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Relation"), self.tr("Note")])
        self.relations_table.horizontalHeader().setStretchLastSection(True)
        for relation in self.form.relations:
            self._add_relation_row(relation)
        add = QPushButton(self.tr("Link a partner…"), page)
        add.setObjectName("addRelationButton")
        add.clicked.connect(self.add_relation)
        remove = QPushButton(self.tr("Remove link"), page)
        remove.clicked.connect(
            lambda: self.relations_table.removeRow(self.relations_table.currentRow()))
        layout.addWidget(self.relations_table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _add_relation_row(self, relation: RelationForm) -> None:
        row = self.relations_table.rowCount()
        self.relations_table.insertRow(row)
        partner = QTableWidgetItem(relation.other_name)
        partner.setData(ID_ROLE, (relation.other_id, relation.id))
        partner.setFlags(partner.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.relations_table.setItem(row, 0, partner)
        self.relations_table.setItem(row, 1, QTableWidgetItem(relation.kind))
        self.relations_table.setItem(row, 2, QTableWidgetItem(relation.note))

    def add_relation(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Link a partner"),
                                        self.tr("Partner's name, tax ID or phone"))
        if not ok or not text.strip():
            return
        with self.database.session() as s:
            hits = [h for h in search_clients(s, text, limit=20) if h.client_id != self.form.id]
        if not hits:
            show_error(self, CrmError(self.tr("No client matches {0}").format(text)))
            return
        names = [h.client_name for h in hits]
        name, ok = QInputDialog.getItem(self, self.tr("Link a partner"), self.tr("Partner"),
                                        names, 0, False)
        if not ok:
            return
        hit = hits[names.index(name)]
        kind, ok = QInputDialog.getText(self, self.tr("Link a partner"),
                                        self.tr("Relation (e.g. branch of, dealer of)"))
        if ok:
            self._add_relation_row(RelationForm(hit.client_id, kind, "", hit.client_name))

    def _notes_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.notes_edit = QPlainTextEdit(self.form.notes, page)
        self.notes_edit.setObjectName("clientNotesEdit")
        layout.addWidget(QLabel(self.tr("Notes"), page))
        layout.addWidget(self.notes_edit, 2)
        layout.addWidget(QLabel(self.tr("Attachments"), page))
        self.attachments_list = QListWidget(page)
        self.attachments_list.setObjectName("clientAttachments")
        for attachment_id, name, created in self.attachments:
            item = QListWidgetItem(f"{name} — {short_date(created.astimezone().date())}")
            item.setData(ID_ROLE, attachment_id)
            self.attachments_list.addItem(item)
        self.attachments_list.itemDoubleClicked.connect(self.open_attachment)
        layout.addWidget(self.attachments_list, 1)
        attach = QPushButton(self.tr("Attach a file…"), page)
        attach.setObjectName("attachFileButton")
        attach.setEnabled(self.form.id is not None)
        attach.setToolTip("" if self.form.id else self.tr("Save the client first"))
        attach.clicked.connect(self.attach_file)
        layout.addWidget(attach)
        return page

    def attach_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not name or self.form.id is None:
            return
        try:
            with self.database.session(self.user.id) as s:
                attachment = attachment_service.store_file(s, Path(name), client_id=self.form.id)
                attachment_id, file_name = attachment.id, attachment.file_name
        except CrmError as exc:
            show_error(self, exc)
            return
        item = QListWidgetItem(file_name)
        item.setData(ID_ROLE, attachment_id)
        self.attachments_list.insertItem(0, item)

    def open_attachment(self, item: QListWidgetItem) -> None:
        with self.database.session() as s:
            path = attachment_service.attachment_file(s, item.data(ID_ROLE))
        if path is None:
            show_error(self, CrmError(self.tr("The file is missing from the attachment store")))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        table = QTableWidget(len(self.history), 4, page)
        table.setObjectName("clientHistoryTable")
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details"),
                                         self.tr("Amount")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        kinds = {"event": self.tr("Event"), "deal": self.tr("Deal"),
                 "document": self.tr("Document")}
        for row, entry in enumerate(self.history):
            at = entry.at.astimezone().date() if isinstance(entry.at, datetime) else entry.at
            amount = money(entry.amount, entry.currency) if entry.amount is not None else ""
            details = f"{label(entry.what)}: {entry.text}"
            for column, text in enumerate((short_date(at), kinds[entry.kind], details, amount)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        if self.decisions:
            layout.addWidget(QLabel(self.tr("Kept beside similar clients:"), page))
            decisions = QListWidget(page)
            decisions.setObjectName("duplicateDecisions")
            for name, matched, at in self.decisions:
                decisions.addItem(f"{short_date(at.astimezone().date())}: {name} ({matched})")
            layout.addWidget(decisions)
        return page

    def _country_changed(self) -> None:
        code = self.country_combo.currentData() or "KZ"
        kinds = TAX_ID_KINDS.get(code)
        self.tax_label.setText(" / ".join(k.label for k in kinds) if kinds else self.tr("Tax ID"))
        currency = country_currency(code)
        if self.form.id is None and currency:
            if index_of_data(self.currency_combo, currency) < 0:
                self.currency_combo.addItem(currency, currency)
            select_data(self.currency_combo, currency)

    # -- saving --------------------------------------------------------------------------------
    def collect(self) -> ClientForm:
        f = self.form
        self.contacts_tab.store()
        f.kind, f.short_name = self.kind_combo.currentData(), self.name_edit.text()
        f.full_name, f.status = self.full_name_edit.text(), self.status_combo.currentData()
        f.source, f.responsible_id = self.source_edit.text(), self.responsible_combo.currentData()
        f.tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        f.country, f.currency = self.country_combo.currentData(), self.currency_combo.currentData()
        f.region, f.city = self.region_edit.text(), self.city_edit.text()
        f.address = self.address_edit.text()
        f.phones = lines_to_phones(self.phones_edit.toPlainText(), f.phones)
        f.emails = lines_to_emails(self.emails_edit.toPlainText(), f.emails)
        f.tax_id, f.tax_id_2 = self.tax_edit.text(), self.tax2_edit.text()
        f.legal_address, f.website = self.legal_edit.text(), self.website_edit.text()
        f.notes = self.notes_edit.toPlainText()
        f.banks = []
        for row in range(self.banks_table.rowCount()):
            cells = [self.banks_table.item(row, c) for c in range(5)]
            texts = [c.text() if c else "" for c in cells[:4]]
            if not any(t.strip() for t in texts):
                continue
            check = cells[4]
            f.banks.append(BankForm(texts[0], texts[1], texts[2], texts[3],
                                    bool(check and check.checkState() == _checked(True)),
                                    cells[0].data(ID_ROLE) if cells[0] else None))
        f.relations = []
        for row in range(self.relations_table.rowCount()):
            partner = self.relations_table.item(row, 0)
            kind = self.relations_table.item(row, 1)
            note = self.relations_table.item(row, 2)
            if partner is None:
                continue
            other_id, relation_id = partner.data(ID_ROLE)
            f.relations.append(RelationForm(other_id, kind.text() if kind else "",
                                            note.text() if note else "", partner.text(),
                                            relation_id))
        for key, widget in self.custom_widgets.items():
            if isinstance(widget, QCheckBox):
                f.custom[key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                f.custom[key] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                value = _date_of(widget)
                f.custom[key] = value.isoformat() if value else None
            elif isinstance(widget, QLineEdit):
                f.custom[key] = widget.text()
        return f

    def save(self) -> None:
        form = self.collect()
        try:
            with self.database.session() as s:
                problems, e164 = client_service.validate(s, form)
                candidates = [] if problems else find_duplicates(
                    s, form.probe(e164), shared_index(self.database.label), exclude=form.id)
        except CrmError as exc:
            show_error(self, exc)
            return
        if problems:
            self.show_problems(problems)
            return
        if candidates:  # every save checks: a phone added to an old client may be another's
            self.duplicates_dialog = DuplicatesDialog(candidates, self)
            self.duplicates_dialog.finished.connect(
                lambda result, found=candidates: self._duplicates_answered(result, found))
            self.duplicates_dialog.open()
            return
        self._write([])

    def _duplicates_answered(self, result: int, candidates: list[Candidate]) -> None:
        dialog = self.duplicates_dialog
        self.duplicates_dialog = None
        if dialog is not None and dialog.open_id is not None:
            self.open_client.emit(dialog.open_id)
            self.reject()
        elif result == QDialog.DialogCode.Accepted:
            self._write(candidates)

    def _write(self, kept: list[Candidate]) -> None:
        try:
            with self.database.session(self.user.id) as s:
                client_id = client_service.save_client(s, self.form, kept)
        except CardInvalid as exc:
            self.show_problems(exc.problems)
            return
        except CrmError as exc:
            show_error(self, exc)
            return
        self.form.id = client_id
        self.bus.notify("clients")
        self.saved.emit(client_id)
        self.accept()

    def show_problems(self, problems: list[client_service.Problem]) -> None:
        for widget in self.marked:
            widget.setStyleSheet("")
        self.marked = []
        lines = []
        first_tab = None
        for problem in problems:
            widget, tab, caption = self._widget_for(problem.where)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                self.marked.append(widget)
            if first_tab is None:
                first_tab = tab
            lines.append(f"{caption}: {problem_text(problem)}")
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _widget_for(self, where: str) -> tuple[QWidget | None, int, str]:
        parts = where.split(".")
        head = parts[0]
        simple = {
            "short_name": (self.name_edit, 0, self.tr("Name")),
            "country": (self.country_combo, 0, self.tr("Country")),
            "currency": (self.currency_combo, 0, self.tr("Currency")),
            "phones": (self.phones_edit, 0, self.tr("Office phones")),
            "emails": (self.emails_edit, 0, self.tr("Office e-mails")),
            "tax_id": (self.tax_edit, 2, self.tax_label.text()),
            "tax_id_2": (self.tax2_edit, 2, self.tr("KPP (Russia)")),
            "banks": (self.banks_table, 2, self.tr("Bank accounts")),
            "relations": (self.relations_table, 4, self.tr("Relations")),
        }
        if head in simple:
            return simple[head]
        if head == "contacts" and len(parts) > 1:
            index = int(parts[1])
            name = self.form.contacts[index].full_name if index < len(self.form.contacts) else ""
            self.contacts_tab.list.setCurrentRow(index)
            field = parts[2] if len(parts) > 2 else ""
            widget = {"full_name": self.contacts_tab.name, "phones": self.contacts_tab.phones,
                      "links": self.contacts_tab.links,
                      "emails": self.contacts_tab.emails,
                      "birthday": self.contacts_tab.birthday}.get(field)
            return widget, 1, self.tr("Contact {0}").format(name or index + 1)
        if head == "custom" and len(parts) > 1:
            label_text = next((d.label for d in self.definitions if d.key == parts[1]), parts[1])
            return self.custom_widgets.get(parts[1]), 3, label_text
        return None, 0, where



def _checked(value: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked

