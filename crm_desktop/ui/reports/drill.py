"""Drill-down: the deals, invoices, claims, events, orders or clients behind a report's row or
bar, in a plain list; a double-click opens the card (the deal, the order, the claim,
else the client)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy import null, select
from sqlalchemy.orm import Session

from crm_desktop.models import Claim, Client, Deal, Event, Order, SalesDocument, User
from crm_desktop.services.locale import formatting
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Query
from crm_desktop.ui.kit.table_model import Column, RowsModel

from .texts import entity_name

CHUNK = 500  # ids per IN (…): SQLite allows 999 parameters


@dataclass(frozen=True)
class DrillRow:
    id: uuid.UUID
    client_id: uuid.UUID | None
    number: str
    when: date | datetime | None
    client: str
    amount: Decimal | None
    currency: str
    status: str
    responsible: str


def _chunks(ids: Sequence[uuid.UUID]) -> list[list[uuid.UUID]]:
    ids = list(dict.fromkeys(ids))
    return [ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK)]


def drill_rows(s: Session, entity: str, ids: Sequence[uuid.UUID]) -> list[DrillRow]:
    """The rows of `entity` with these ids (in the order given), a few columns each."""
    found: dict[uuid.UUID, DrillRow] = {}
    for chunk in _chunks(ids):
        for row in s.execute(_query(entity, chunk)):
            (rid, client_id, number, when, client, amount, currency, status,
             responsible) = row
            found[rid] = DrillRow(rid, client_id, number or "", when, client or "", amount,
                                  currency or "", label(status) if status is not None else "",
                                  responsible or "")
    return [found[i] for i in dict.fromkeys(ids) if i in found]


def _query(entity: str, ids: list[uuid.UUID]) -> Any:
    if entity == "deals":
        return (select(Deal.id, Deal.client_id, Deal.title, Deal.stage_entered_at,
                       Client.short_name, Deal.amount, Deal.currency, Deal.status,
                       User.full_name)
                .join(Client, Client.id == Deal.client_id)
                .outerjoin(User, User.id == Deal.responsible_id).where(Deal.id.in_(ids)))
    if entity == "invoices":
        return (select(SalesDocument.id, SalesDocument.client_id, SalesDocument.number,
                       SalesDocument.issue_date, Client.short_name, SalesDocument.total,
                       SalesDocument.currency, SalesDocument.status, User.full_name)
                .join(Client, Client.id == SalesDocument.client_id)
                .outerjoin(User, User.id == SalesDocument.manager_id)
                .where(SalesDocument.id.in_(ids)))
    if entity == "orders":
        return (select(Order.id, Order.client_id, Order.number, Order.order_date,
                       Client.short_name, Order.total, Order.currency, Order.status,
                       User.full_name)
                .join(Client, Client.id == Order.client_id)
                .outerjoin(User, User.id == Order.responsible_id).where(Order.id.in_(ids)))
    if entity == "claims":
        return (select(Claim.id, Claim.client_id, Claim.number, Claim.claim_date,
                       Client.short_name, null(), null(), null(), User.full_name)
                .join(Client, Client.id == Claim.client_id)
                .outerjoin(User, User.id == Claim.responsible_id).where(Claim.id.in_(ids)))
    if entity == "events":
        return (select(Event.id, Event.client_id, Event.subject, Event.due_at,
                       Client.short_name, null(), null(), Event.status, User.full_name)
                .outerjoin(Client, Client.id == Event.client_id)
                .outerjoin(User, User.id == Event.responsible_id).where(Event.id.in_(ids)))
    return (select(Client.id, Client.id, Client.short_name, Client.created_at, Client.region,
                   null(), null(), Client.status, User.full_name)
            .outerjoin(User, User.id == Client.responsible_id).where(Client.id.in_(ids)))


def _when(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return formatting.short_datetime(value)
    return formatting.short_date(value)


class DrillWindow(QDialog):
    """The rows behind a figure; `ids` are exactly the service's drill-down ids."""

    def __init__(self, ctx: AppContext, entity: str, ids: Sequence[uuid.UUID], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillWindow")
        self.ctx, self.entity, self.ids = ctx, entity, list(ids)
        self.setWindowTitle(self.tr("{0}: {1}").format(entity_name(entity), title))
        self.loading = True
        layout = QVBoxLayout(self)
        self.count_label = QLabel(self.tr("{0} rows").format(len(self.ids)))
        self.count_label.setObjectName("drillCount")
        layout.addWidget(self.count_label)
        self.model: RowsModel[DrillRow] = RowsModel([
            Column(self.tr("Number / subject"), lambda r: r.number),
            Column(self.tr("Date"), lambda r: _when(r.when)),
            Column(self.tr("Client"), lambda r: r.client),
            Column(self.tr("Amount"), lambda r: "" if r.amount is None else
                   f"{formatting.amount(r.amount)} {r.currency}", align_right=True),
            Column(self.tr("Status"), lambda r: r.status),
            Column(self.tr("Responsible"), lambda r: r.responsible),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("drillTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self.open_row)
        layout.addWidget(self.table)
        self.resize(900, 520)
        Query(self, ctx, lambda s: drill_rows(s, entity, self.ids)) \
            .success(self._show).finally_(self._loaded).run_in_background()

    def _loaded(self) -> None:
        self.loading = False

    def _show(self, rows: list[DrillRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def shown_ids(self) -> list[uuid.UUID]:
        return [r.id for r in self.model.rows]

    def open_row(self, index: QModelIndex) -> QWidget | None:
        row = self.model.row_at(index.row())
        if row is None:
            return None
        dialog: QDialog
        if self.entity == "deals":
            from crm_desktop.ui.deals.card import DealCardDialog

            dialog = DealCardDialog(self.ctx, row.id, self)
        elif self.entity == "orders":
            from crm_desktop.ui.orders.order_dialog import OrderDialog

            dialog = OrderDialog(self.ctx, row.id, parent=self)
        elif self.entity == "claims":
            from crm_desktop.ui.claims.card import ClaimCardDialog

            dialog = ClaimCardDialog(self.ctx, row.id, parent=self)
        elif row.client_id is not None:  # invoices, events, clients: the client's card
            from crm_desktop.ui.clients.card import ClientCardDialog

            dialog = ClientCardDialog(self.ctx, row.client_id, parent=self)
        else:
            return None
        dialog.open()
        return dialog
