"""The card's Contacts tab: contact persons on the left, the chosen one's details on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients.card import ClientForm, ContactForm, PersonLinkForm
from crm_desktop.ui.kit.context import AppContext

from ..texts import lines_to_emails, lines_to_phones, phones_to_lines, warn
from .base import CardTab, Located, date_edit, date_of, set_date

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


class ContactsTab(CardTab):
    key = "contacts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contacts: list[ContactForm] = []
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
        self.birthday = date_edit(self, None, "contactBirthdayEdit")
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
        self.list.currentRowChanged.connect(self._show)
        self.name.textEdited.connect(self._rename)
        self.details.setEnabled(False)

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Contacts")

    def load(self, form: ClientForm) -> None:
        self.current = -1
        self.contacts = form.contacts  # edited in place, written back by `store`
        self.list.clear()
        for contact in self.contacts:
            self.list.addItem(contact.full_name)
        if self.contacts:
            self.list.setCurrentRow(0)

    def store(self, form: ClientForm) -> None:
        self.keep_typed()
        form.contacts = self.contacts

    def locate(self, path: list[str]) -> Located | None:
        if path[0] != "contacts" or len(path) < 2:
            return None
        index = int(path[1])
        name = self.contacts[index].full_name if index < len(self.contacts) else ""
        self.list.setCurrentRow(index)
        field = path[2] if len(path) > 2 else ""
        widget = {"full_name": self.name, "phones": self.phones, "links": self.links,
                  "emails": self.emails, "birthday": self.birthday}.get(field)
        return widget, tr.translate("ClientCardDialog", "Contact {0}").format(name or index + 1)

    def _rename(self, text: str) -> None:
        item = self.list.item(self.current)
        if item is not None:
            item.setText(text)

    def keep_typed(self) -> None:
        """Keep what is typed for the contact being shown."""
        if not 0 <= self.current < len(self.contacts):
            return
        contact = self.contacts[self.current]
        contact.full_name, contact.position = self.name.text(), self.position.text()
        contact.birthday, contact.is_primary = date_of(self.birthday), self.primary.isChecked()
        contact.phones = lines_to_phones(self.phones.toPlainText(), contact.phones)
        contact.emails = lines_to_emails(self.emails.toPlainText(), contact.emails)
        contact.notes = self.notes.toPlainText()

    def _show(self, row: int) -> None:
        self.keep_typed()
        self.current = row
        self.details.setEnabled(0 <= row < len(self.contacts))
        if not 0 <= row < len(self.contacts):
            return
        contact = self.contacts[row]
        self.name.setText(contact.full_name)
        self.position.setText(contact.position)
        set_date(self.birthday, contact.birthday)
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
        people = [p for p in self.ctx.read(lambda s: client_service.find_people(s, text))
                  if p[0] != contact.id]
        if not people:
            warn(self, self.tr("No person matches {0}").format(text))
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
        self.keep_typed()
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
