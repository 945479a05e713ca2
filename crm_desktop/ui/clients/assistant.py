"""The registration assistant: a short form for a new partner that checks duplicates as you
type (name in any script, tax ID, phone, e-mail), so the partner is not entered twice."""

from __future__ import annotations

import contextlib
import logging
import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients.card import CardInvalid, ClientForm
from crm_desktop.services.clients.duplicates import Candidate, Probe, find_duplicates, shared_index
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.locale.phones import parse_phone
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text, show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.operations import Operation, Query
from crm_desktop.ui.kit.tasks import run_task

from .duplicates_dialog import candidates_table, fill_candidates
from .tabs import fill_countries
from .texts import problem_text

TYPING_PAUSE_MS = 150
log = logging.getLogger(__name__)


def warm_name_index(database: Database) -> None:
    """Load the shared name index off the GUI thread (0.7 s at 100 000 clients)."""
    index = shared_index(database.label)

    def work() -> int:
        with database.session() as s:  # a read in a worker, off the GUI thread
            index.refresh(s)
        return len(index)

    run_task(work, lambda _n: None,
             lambda exc: log.warning("name index not loaded: %s", exc))


class RegistrationAssistant(QDialog):
    open_client = Signal(object)  # an existing client the person chose instead
    full_card = Signal(object)  # a ClientForm to finish in the full card
    created = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registrationAssistant")
        self.setWindowTitle(self.tr("New partner"))
        self.ctx = ctx
        self.index = shared_index(ctx.database.label)
        self.candidates: list[Candidate] = []
        self.defaults = ctx.read(lambda s: client_service.new_form(s, ctx.user.id))
        warm_name_index(ctx.database)  # usually done at start; the first check may wait for it

        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("assistantCountry")
        fill_countries(self.country_combo, self.defaults.country)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("assistantName")
        self.tax_edit = QLineEdit(self)
        self.tax_edit.setObjectName("assistantTaxId")
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("assistantPhone")
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("assistantEmail")
        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("assistantContact")
        form = QFormLayout()
        form.addRow(self.tr("Country"), self.country_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Tax ID"), self.tax_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Contact person"), self.contact_edit)
        self.status = QLabel(self.tr("Type the name, tax ID, phone or e-mail."), self)
        self.status.setObjectName("assistantStatus")
        self.status.setWordWrap(True)
        self.table = candidates_table(self, "assistantCandidates")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("Open existing"), self)
        self.open_button.setObjectName("assistantOpenButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.create_button = QPushButton(self.tr("Create"), self)
        self.create_button.setObjectName("assistantCreateButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_partner)
        more = QPushButton(self.tr("Full card…"), self)
        more.setObjectName("assistantFullCardButton")
        more.clicked.connect(self.continue_in_card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(more, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.check)
        for edit in (self.name_edit, self.tax_edit, self.phone_edit, self.email_edit):
            edit.textChanged.connect(self.timer.start)
        self.country_combo.currentIndexChanged.connect(self.timer.start)
        remember_size(self, 560, 520)  # ui/kit/fit: within the screen, as last time

    def probe(self) -> Probe:
        phones = []
        if self.phone_edit.text().strip():
            with contextlib.suppress(CrmError):  # not a whole number yet: nothing to compare
                phones.append(parse_phone(self.phone_edit.text(),
                                          self.country_combo.currentData()).e164)
        return Probe(self.name_edit.text(), self.tax_edit.text(), phones,
                     [self.email_edit.text()] if "@" in self.email_edit.text() else [])

    def check(self) -> None:
        """Look for duplicates of what is typed (a few milliseconds even at 100 000 clients)."""
        probe, index = self.probe(), self.index
        Query(self, self.ctx, lambda s: find_duplicates(s, probe, index)) \
            .success(self._found).failure(lambda exc: self.status.setText(error_text(exc))).run()

    def _found(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        fill_candidates(self.table, self.candidates)
        self.open_button.setEnabled(bool(self.candidates))
        if self.candidates:
            self.table.selectRow(0)
            self.status.setText(self.tr("Already known? {0} similar client(s) below.").format(
                len(self.candidates)))
        else:
            self.status.setText(self.tr("No similar client found."))

    def open_selected(self) -> None:
        if self.candidates:
            row = max(self.table.currentRow(), 0)
            self.open_client.emit(self.candidates[row].client_id)
            self.accept()

    def form_in(self, s: Session) -> ClientForm:
        """The card of what is typed (read in `s`: the company's defaults)."""
        return client_service.quick_form(
            s, self.name_edit.text(), self.country_combo.currentData(),
            self.defaults.responsible_id, self.tax_edit.text(), self.phone_edit.text(),
            self.email_edit.text(), self.contact_edit.text())

    def create_partner(self) -> None:
        self.timer.stop()
        self.check()
        kept: list[Candidate] = []
        if self.candidates:
            answer = QMessageBox.question(
                self, self.tr("Possible duplicate"),
                self.tr("{0} looks like a client we already have. Create anyway? "
                        "Your decision is recorded.").format(self.candidates[0].name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            kept = self.candidates
        Operation(self, self.ctx, lambda s: client_service.save_client(s, self.form_in(s), kept)) \
            .success(self._created).failure(self._refused).run()

    def _created(self, client_id: uuid.UUID) -> None:
        self.created.emit(client_id)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, CardInvalid):
            self.status.setText("\n".join(problem_text(p) for p in exc.problems))
        else:
            show_error(self, exc)

    def continue_in_card(self) -> None:
        self.full_card.emit(self.ctx.read(self.form_in))
        self.accept()
