"""The client card: every detail of one counterparty, saved all at once.

Tabs (one class each, in `tabs/`): Main, Contacts, Requisites, Custom fields, Relations, Notes
and attachments, History. Each loads its part of the `ClientForm` and writes it back; the
dialog composes them and addresses them by name. Saving looks for duplicates first (tax ID,
phones, e-mails, the name in any script); the person then opens the existing client or saves
anyway (recorded). A field that cannot be saved is marked and explained on its tab, and
nothing is saved until every field is right.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import CustomFieldDef
from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients.card import CardInvalid, ClientForm, HistoryRow, Problem
from crm_desktop.services.clients.duplicates import Candidate, find_duplicates, shared_index
from crm_desktop.ui.automation.card_button import AutomationButton
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import remember_size, tabs_fit
from crm_desktop.ui.kit.forms import give_buddies
from crm_desktop.ui.kit.operations import Operation, Query

from .duplicates_dialog import DuplicatesDialog
from .tabs import (
    CardTab,
    ContactsTab,
    CustomTab,
    HistoryTab,
    MainTab,
    NotesTab,
    RelationsTab,
    RequisitesTab,
    fill_countries,
)
from .tabs.base import ERROR_STYLE
from .tabs.notes import AttachmentRow
from .texts import problem_text

__all__ = ["ClientCardDialog", "fill_countries"]


@dataclass(frozen=True)
class CardData:
    """Everything the card shows, read in one go when it opens."""

    form: ClientForm
    definitions: list[CustomFieldDef]
    users: list[tuple[uuid.UUID, str]]
    all_tags: list[str]
    history: list[HistoryRow]
    decisions: list[tuple[str, str, datetime]]
    attachments: list[AttachmentRow]


def read_card(s: Session, client_id: uuid.UUID | None, form: ClientForm | None,
              user_id: uuid.UUID | None) -> CardData:
    """The stored card of `client_id`, else `form` or an empty card for `user_id`."""
    return CardData(
        client_service.load_form(s, client_id) if client_id
        else form or client_service.new_form(s, user_id),
        client_service.custom_fields(s), client_service.users(s), client_service.tag_names(s),
        client_service.history(s, client_id) if client_id else [],
        client_service.kept_decisions(s, client_id) if client_id else [],
        [(a.id, a.file_name, a.created_at) for a in client_service.attachments_of(s, client_id)]
        if client_id else [])


class ClientCardDialog(QDialog):
    """Edits one client (`client_id`), or a new one (`form` may preset it)."""

    open_client = Signal(object)  # a duplicate the person chose to open instead
    saved = Signal(object)  # the client's id

    def __init__(self, ctx: AppContext, client_id: uuid.UUID | None = None,
                 form: ClientForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientCardDialog")
        self.ctx = ctx
        data = ctx.read(lambda s: read_card(s, client_id, form, ctx.user.id))
        self.form = data.form
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.marked: list[QWidget] = []
        self.setWindowTitle(self.form.short_name or self.tr("New client"))

        self.main = MainTab(data.users, data.all_tags, self)
        self.contacts = ContactsTab(ctx, self)
        self.requisites = RequisitesTab(self)
        self.main.country_changed.connect(self.requisites.show_country)
        self.custom = CustomTab(data.definitions, self)
        self.relations = RelationsTab(ctx, self)
        self.notes = NotesTab(ctx, data.attachments, self)
        self.history = HistoryTab(data.history, data.decisions, self)
        self.pages: dict[str, CardTab] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientCardTabs")
        for tab in (self.main, self.contacts, self.requisites, self.custom, self.relations,
                    self.notes, self.history):
            self.pages[tab.key] = tab
            self.tabs.addTab(tab, tab.title())
            tab.load(self.form)
        from crm_desktop.ui.team.history import change_history_tab  # the team server's audit

        self.change_history = change_history_tab(self, self.form.id)
        self.tabs.addTab(self.change_history, self.tr("Change history"))

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
        self.claim_button = buttons.addButton(self.tr("New c&laim…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.claim_button.setObjectName("clientClaimButton")
        self.claim_button.setEnabled(client_id is not None)  # a new card is saved first
        self.claim_button.clicked.connect(lambda: self.new_claim())
        self.automation_button = AutomationButton(
            ctx, "client", lambda: (self.client_id, self.windowTitle()), self)
        self.automation_button.setEnabled(client_id is not None)
        buttons.addButton(self.automation_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.client_id = client_id
        layout = QVBoxLayout(self)
        from crm_desktop.ui.sync.badge import ConflictBadge  # a sync conflict open on the client

        self.sync_badge = ConflictBadge(ctx, client_id, self)
        layout.addWidget(self.sync_badge)
        layout.addWidget(self.tabs)
        tabs_fit(self.tabs)  # every tab's title shows: no scroll arrows
        give_buddies(self)  # a label beside a row layout (tax ID and its check) gets its field
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)
        remember_size(self, 760, 600)  # ui/kit/fit: within the screen, as last time

    def new_claim(self) -> QWidget | None:
        """A claim from this client, the client filled in (ui/claims)."""
        if self.client_id is None:
            return None
        from crm_desktop.ui.claims.card import ClaimCardDialog

        dialog = ClaimCardDialog(self.ctx, client_id=self.client_id, parent=self)
        dialog.show()
        return dialog

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])

    # -- saving --------------------------------------------------------------------------------
    def collect(self) -> ClientForm:
        for tab in self.pages.values():
            tab.store(self.form)
        return self.form

    def save(self) -> None:
        """Check the fields and look for duplicates (a read), then write or ask."""
        form = self.collect()
        index = shared_index(self.ctx.database.label)

        def check(s: Session) -> tuple[list[Problem], list[Candidate]]:
            problems, e164 = client_service.validate(s, form)
            if problems:
                return problems, []
            return [], find_duplicates(s, form.probe(e164), index, exclude=form.id)

        Query(self, self.ctx, check).success(self._checked).run()

    def _checked(self, found: tuple[list[Problem], list[Candidate]]) -> None:
        problems, candidates = found
        if problems:
            self.show_problems(problems)
        elif candidates:  # every save checks: a phone added to an old client may be another's
            self.duplicates_dialog = DuplicatesDialog(candidates, self)
            self.duplicates_dialog.finished.connect(
                lambda result, found=candidates: self._duplicates_answered(result, found))
            self.duplicates_dialog.open()
        else:
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
        form = self.form
        Operation(self, self.ctx, lambda s: client_service.save_client(s, form, kept)) \
            .success(self._saved).failure(self._refused).run()

    def _saved(self, client_id: uuid.UUID) -> None:
        self.form.id = client_id
        self.saved.emit(client_id)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, CardInvalid):
            self.show_problems(exc.problems)
        else:
            show_error(self, exc)

    def show_problems(self, problems: list[Problem]) -> None:
        for marked in self.marked:
            marked.setStyleSheet("")
        self.marked = []
        lines = []
        first: CardTab | None = None
        for problem in problems:
            widget, tab, caption = self._locate(problem.where)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                self.marked.append(widget)
            if first is None:
                first = tab
            lines.append(f"{caption}: {problem_text(problem)}")
        self.problems_label.setText("\n".join(lines))
        self.problems_label.show()
        if first is not None:
            self.tabs.setCurrentWidget(first)

    def _locate(self, where: str) -> tuple[QWidget | None, CardTab, str]:
        """The widget, tab and caption of a problem's field path ("contacts.0.phones")."""
        path = where.split(".")
        for tab in self.pages.values():
            found = tab.locate(path)
            if found is not None:
                return found[0], tab, found[1]
        return None, self.main, where
