"""Claims on the desk: the current client's claims as a tab of the client panel (overdue rows
highlighted as in the claims window) with "New claim", and "New claim" on an invoice of the
Finance tab. `DeskClaims` plugs into the client panel, so the desk only creates it and tells
it which client is current."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.claims import listing
from crm_desktop.services.claims.listing import ClaimRow
from crm_desktop.services.claims.statuses import OPEN
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import fit_columns, readable_table

from .model import ClaimsModel, claim_columns


class DeskClaims(QObject):
    def __init__(self, ctx: AppContext, client_panel: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: uuid.UUID | None = None
        self.panel = client_panel
        self.tab = QWidget(client_panel)
        self.tab.setObjectName("clientClaimsTab")
        self.model = ClaimsModel(claim_columns(with_client=False), self)
        self.view = QTableView(self.tab)
        self.view.setObjectName("clientClaimsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        readable_table(self.view)
        self.view.doubleClicked.connect(
            lambda index: self.open_claim(self.model.row_at(index.row())))
        self.new_button = QPushButton(self.tr("New &claim…"), self.tab)
        self.new_button.setObjectName("newClientClaimButton")
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.new_claim())
        layout = QVBoxLayout(self.tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs = client_panel.tabs  # type: ignore[attr-defined]
        self.tab_index = self.tabs.addTab(self.tab, self.tr("Claims"))
        finance = client_panel.finance_tab  # type: ignore[attr-defined]
        finance.claim_requested.connect(lambda invoice: self.new_claim(invoice_id=invoice.id))
        ctx.bus.subscribe({Change.CLAIMS, Change.EVENTS}, lambda _kinds: self.reload(),
                          owner=self)

    def reload(self) -> None:
        if self.client_id is not None:
            self.show_client(self.client_id)

    def show_client(self, client_id: uuid.UUID) -> None:
        """The client's claims, newest first (a quick indexed read)."""
        self.client_id = client_id
        rows = self.ctx.read(lambda s: listing.client_claims(s, client_id))
        self.model.set_rows(rows)
        fit_columns(self.view)
        self.new_button.setEnabled(self.ctx.can(Permission.EDIT_CLAIMS))
        still_open = sum(1 for r in rows if r.status in OPEN)
        overdue = any(r.overdue for r in rows)
        title = self.tr("Claims ({0})").format(still_open) if still_open else self.tr("Claims")
        self.tabs.setTabText(self.tab_index, title + (" !" if overdue else ""))

    def open_claim(self, row: ClaimRow | None) -> QWidget | None:
        if row is None:
            return None
        from .card import ClaimCardDialog

        dialog = ClaimCardDialog(self.ctx, row.id, parent=self.panel.window())
        dialog.show()
        return dialog

    def new_claim(self, *, order_id: uuid.UUID | None = None,
                  invoice_id: uuid.UUID | None = None) -> QWidget | None:
        """A new claim of the current client (on one of its invoices or orders)."""
        if self.client_id is None:
            return None
        from .card import ClaimCardDialog

        contact = self.panel.selected_contact()  # type: ignore[attr-defined]
        dialog = ClaimCardDialog(self.ctx, client_id=self.client_id, order_id=order_id,
                                 invoice_id=invoice_id,
                                 contact_id=contact.id if contact is not None else None,
                                 parent=self.panel.window())
        dialog.show()
        return dialog
