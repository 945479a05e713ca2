"""The card's Main tab: kind, names, status, source, responsible, tags, place, currency and the
office phones and e-mails."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.models import ClientKind, ClientStatus
from crm_desktop.services.clients.card import ClientForm
from crm_desktop.services.clients.search import mixed_script_words
from crm_desktop.services.company.first_run import currencies
from crm_desktop.services.locale.formatting import country_choices, country_currency, country_name
from crm_desktop.services.locale.regions import COUNTRIES
from crm_desktop.ui.kit.combo import index_of_data, select_data
from crm_desktop.ui.kit.labels import label, source_code, source_label, source_names

from ..texts import lines_to_emails, lines_to_phones, phones_to_lines
from .base import CardTab, Located

tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")


def fill_countries(combo: QComboBox, current: str) -> None:
    """Our users' countries first, then every other one by name; `current` selected."""
    ours = tuple(COUNTRIES)
    for code in country_choices(ours if current in ours else (*ours, current)):
        combo.addItem(f"{country_name(code)} ({code})", code)
        if code == ours[-1]:
            combo.insertSeparator(combo.count())
    select_data(combo, current)


class MainTab(CardTab):
    key = "main"
    country_changed = Signal(str)

    def __init__(self, users: list[tuple[uuid.UUID, str]], all_tags: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_new = True
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("clientKindCombo")
        for kind in ClientKind:
            self.kind_combo.addItem(label(kind), kind)
        self.name_edit = self._line("clientNameEdit")
        self.full_name_edit = self._line("clientFullNameEdit")
        # A word mixing Latin and Cyrillic letters ("Иванoв" with a Latin o): a probable typo
        # that the search finds either way but a person would not see.
        self.mixed_script_label = QLabel(self)
        self.mixed_script_label.setObjectName("mixedScriptWarning")
        self.mixed_script_label.setWordWrap(True)
        self.mixed_script_label.setStyleSheet("color: #a15c00;")
        self.mixed_script_label.hide()
        self._contact_names: list[str] = []  # as loaded: contacts' names are flagged here too
        for name_edit in (self.name_edit, self.full_name_edit):
            name_edit.textChanged.connect(self._check_scripts)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("clientStatusCombo")
        for status in ClientStatus:
            self.status_combo.addItem(label(status), status)
        self.source_edit = self._line("clientSourceEdit")
        source_completer = QCompleter(source_names(), self.source_edit)
        source_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.source_edit.setCompleter(source_completer)  # known sources by name, stored by code
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("clientResponsibleCombo")
        self.responsible_combo.addItem(tr.translate("ClientCardDialog", "(nobody)"), None)
        for uid, name in users:
            self.responsible_combo.addItem(name, uid)
        self.tags_edit = self._line("clientTagsEdit")
        self.tags_edit.setPlaceholderText(
            ", ".join(all_tags[:5]) or tr.translate("ClientCardDialog", "VIP, wholesale"))
        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("clientCountryCombo")
        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.region_edit = self._line("clientRegionEdit")
        self.city_edit = self._line("clientCityEdit")
        self.address_edit = self._line("clientAddressEdit")
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("clientCurrencyCombo")
        self.phones_edit = QPlainTextEdit(self)
        self.phones_edit.setObjectName("clientPhonesEdit")
        self.phones_edit.setPlaceholderText(
            tr.translate("ClientCardDialog", "One phone a line, e.g. +7 727 250 10 20"))
        self.emails_edit = QPlainTextEdit(self)
        self.emails_edit.setObjectName("clientEmailsEdit")
        self.emails_edit.setPlaceholderText(tr.translate("ClientCardDialog", "One e-mail a line"))
        for edit in (self.phones_edit, self.emails_edit):
            edit.setMaximumHeight(60)
        form = QFormLayout(self)
        for caption, widget in (
                (tr.translate("ClientCardDialog", "Kind"), self.kind_combo),
                (tr.translate("ClientCardDialog", "Name"), self.name_edit),
                (tr.translate("ClientCardDialog", "Full name"), self.full_name_edit),
                ("", self.mixed_script_label),
                (tr.translate("ClientCardDialog", "Status"), self.status_combo),
                (tr.translate("ClientCardDialog", "Source"), self.source_edit),
                (tr.translate("ClientCardDialog", "Responsible"), self.responsible_combo),
                (tr.translate("ClientCardDialog", "Tags"), self.tags_edit),
                (tr.translate("ClientCardDialog", "Country"), self.country_combo),
                (tr.translate("ClientCardDialog", "Region"), self.region_edit),
                (tr.translate("ClientCardDialog", "City"), self.city_edit),
                (tr.translate("ClientCardDialog", "Address"), self.address_edit),
                (tr.translate("ClientCardDialog", "Currency"), self.currency_combo),
                (tr.translate("ClientCardDialog", "Office phones"), self.phones_edit),
                (tr.translate("ClientCardDialog", "Office e-mails"), self.emails_edit)):
            form.addRow(caption, widget)

    def _check_scripts(self) -> None:
        words = mixed_script_words(self.name_edit.text(), self.full_name_edit.text(),
                                   *self._contact_names)
        self.mixed_script_label.setText(tr.translate(
            "ClientCardDialog", "Probable typo: {0} mixes Latin and Cyrillic letters").format(
                ", ".join(f"«{w}»" for w in words)))
        self.mixed_script_label.setToolTip(self.mixed_script_label.text())
        self.mixed_script_label.setVisible(bool(words))

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        return edit

    def title(self) -> str:
        return tr.translate("ClientCardDialog", "Main")

    def load(self, form: ClientForm) -> None:
        self.is_new = form.id is None
        self._contact_names = [c.full_name for c in form.contacts]
        select_data(self.kind_combo, form.kind)
        self.name_edit.setText(form.short_name)
        self.full_name_edit.setText(form.full_name)
        select_data(self.status_combo, form.status)
        self.source_edit.setText(source_label(form.source))
        select_data(self.responsible_combo, form.responsible_id)
        self.tags_edit.setText(", ".join(form.tags))
        self.country_combo.blockSignals(True)
        self.country_combo.clear()
        fill_countries(self.country_combo, form.country)
        self.country_combo.blockSignals(False)
        self.region_edit.setText(form.region)
        self.city_edit.setText(form.city)
        self.address_edit.setText(form.address)
        self.currency_combo.clear()
        for code in sorted(set(currencies()) | {form.currency}):
            self.currency_combo.addItem(code, code)
        select_data(self.currency_combo, form.currency)
        self.phones_edit.setPlainText(phones_to_lines(form.phones))
        self.emails_edit.setPlainText("\n".join(e.address for e in form.emails))
        self._check_scripts()
        self._country_changed()

    def _country_changed(self) -> None:
        """A new client takes the country's currency; every tab hears of the new country."""
        code = self.country_combo.currentData() or "KZ"
        currency = country_currency(code)
        if self.is_new and currency:
            if index_of_data(self.currency_combo, currency) < 0:
                self.currency_combo.addItem(currency, currency)
            select_data(self.currency_combo, currency)
        self.country_changed.emit(code)

    def store(self, form: ClientForm) -> None:
        form.kind, form.short_name = self.kind_combo.currentData(), self.name_edit.text()
        form.full_name, form.status = self.full_name_edit.text(), self.status_combo.currentData()
        form.source = source_code(self.source_edit.text())
        form.responsible_id = self.responsible_combo.currentData()
        form.tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        form.country = self.country_combo.currentData()
        form.currency = self.currency_combo.currentData()
        form.region, form.city = self.region_edit.text(), self.city_edit.text()
        form.address = self.address_edit.text()
        form.phones = lines_to_phones(self.phones_edit.toPlainText(), form.phones)
        form.emails = lines_to_emails(self.emails_edit.toPlainText(), form.emails)

    def locate(self, path: list[str]) -> Located | None:
        fields: dict[str, Located] = {
            "short_name": (self.name_edit, tr.translate("ClientCardDialog", "Name")),
            "country": (self.country_combo, tr.translate("ClientCardDialog", "Country")),
            "currency": (self.currency_combo, tr.translate("ClientCardDialog", "Currency")),
            "phones": (self.phones_edit, tr.translate("ClientCardDialog", "Office phones")),
            "emails": (self.emails_edit, tr.translate("ClientCardDialog", "Office e-mails")),
        }
        return fields.get(path[0])
