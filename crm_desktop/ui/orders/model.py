"""The orders as table rows: one column set for the orders window and the desk, overdue rows
highlighted the same way everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.locale.formatting import money, short_date
from crm_desktop.services.sales.orders.listing import OrderRow
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import WARN, Column, Index, RowsModel

OVERDUE_BACKGROUND = QColor("#fde7e4")  # a light red behind the whole row


def overdue_hint() -> str:
    return QCoreApplication.translate("orders", "Overdue: past the due date, not delivered")


def order_columns(with_client: bool = True) -> list[Column[OrderRow]]:
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    columns: list[Column[OrderRow]] = [
        Column(tr.translate("orders", "Number"), lambda r: r.number),
        Column(tr.translate("orders", "Date"), lambda r: short_date(r.order_date)),
    ]
    if with_client:
        columns.append(Column(tr.translate("orders", "Client"), lambda r: r.client))
    columns += [
        Column(tr.translate("orders", "Status"), lambda r: label(r.status)),
        Column(
            tr.translate("orders", "Due"),
            lambda r: short_date(r.due_date) if r.due_date else "",
            color=lambda r: WARN if r.overdue else None,
            bold=lambda r: r.overdue,
            tooltip=lambda r: overdue_hint() if r.overdue else "",
        ),
        Column(
            tr.translate("orders", "Total"), lambda r: money(r.total, r.currency), align_right=True
        ),
    ]
    if with_client:
        columns += [
            Column(tr.translate("orders", "Responsible"), lambda r: r.responsible or ""),
            Column(tr.translate("orders", "Invoice"), lambda r: r.invoice or ""),
        ]
    return columns


class OrdersModel(RowsModel[OrderRow]):
    """RowsModel with the overdue row highlight (background) and rows appended page by page."""

    def __init__(self, columns: Sequence[Column[OrderRow]], parent: Any = None) -> None:
        super().__init__(columns, parent)

    def append_rows(self, rows: Sequence[OrderRow]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.rows[index.row()]
            return QBrush(OVERDUE_BACKGROUND) if row.overdue else None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            row = self.rows[index.row()]
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return f"{text} ({overdue_hint()})" if row.overdue else text
        return super().data(index, role)


WARN_STYLE = "color: #b3261e;"
