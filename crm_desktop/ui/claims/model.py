"""The claims as table rows: one column set for the claims window and the desk's Claims tab,
overdue rows highlighted the same way everywhere (an overdue task of the plan or past the
claim's deadline)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.claims.listing import ClaimRow
from crm_desktop.services.locale.formatting import short_date
from crm_desktop.ui.kit.table_model import WARN, Column, Index, RowsModel

from .texts import claim_label

OVERDUE_BACKGROUND = QColor("#fde7e4")  # the orders' light red behind the whole row


def overdue_hint() -> str:
    return QCoreApplication.translate(
        "claims", "Overdue: a task of the plan or the claim's deadline has passed")


def claim_columns(with_client: bool = True) -> list[Column[ClaimRow]]:
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    columns: list[Column[ClaimRow]] = [
        Column(tr.translate("claims", "Number"), lambda r: r.number),
        Column(tr.translate("claims", "Date"), lambda r: short_date(r.claim_date)),
    ]
    if with_client:
        columns.append(Column(tr.translate("claims", "Client"), lambda r: r.client))
    columns += [
        Column(tr.translate("claims", "Status"), lambda r: claim_label(r.status)),
        Column(tr.translate("claims", "Severity"), lambda r: claim_label(r.severity)),
        Column(tr.translate("claims", "Reason"), lambda r: r.reason or ""),
        Column(tr.translate("claims", "Department"), lambda r: r.department or ""),
        Column(tr.translate("claims", "Responsible"), lambda r: r.responsible or ""),
        Column(tr.translate("claims", "Deadline"),
               lambda r: short_date(r.due_date) if r.due_date else "",
               color=lambda r: WARN if r.overdue else None, bold=lambda r: r.overdue,
               tooltip=lambda r: overdue_hint() if r.overdue else ""),
        Column(tr.translate("claims", "Plan"),
               lambda r: f"{r.tasks_done}/{r.tasks}" if r.tasks else "", align_right=True),
        Column(tr.translate("claims", "Order"), lambda r: r.order or ""),
        Column(tr.translate("claims", "Essence"), lambda r: r.essence.replace("\n", " ")[:200]),
    ]
    return columns


class ClaimsModel(RowsModel[ClaimRow]):
    """RowsModel with the overdue row highlight and rows appended page by page."""

    def append_rows(self, rows: Sequence[ClaimRow]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return QBrush(OVERDUE_BACKGROUND) if self.rows[index.row()].overdue else None
        if role == Qt.ItemDataRole.AccessibleTextRole and index.isValid():
            text = super().data(index, Qt.ItemDataRole.DisplayRole)
            return f"{text} ({overdue_hint()})" if self.rows[index.row()].overdue else text
        return super().data(index, role)
