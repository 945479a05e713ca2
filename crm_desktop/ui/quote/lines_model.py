"""The quote being built: quantity, price and discount editable in place, price rules on entry."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from crm_desktop.models import Role
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.locale.formatting import money, number
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.services.sales.quotes import (
    LINE_DISCOUNT,
    QUANTITY,
    QuoteContext,
    QuoteLine,
    check_price,
    line_total,
)
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.table_model import WARN

Index = QModelIndex | QPersistentModelIndex
QTY, PRICE, DISCOUNT = 1, 3, 4
EDITABLE = (QTY, PRICE, DISCOUNT)


class QuoteLinesModel(QAbstractTableModel):
    changed = Signal()
    refused = Signal(str)  # a message for the user: the edit was not taken
    warned = Signal(str)  # taken, but worth a look (more than in stock)

    def __init__(self, ctx: QuoteContext, role: Role, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.role = ctx, role
        self.lines: list[QuoteLine] = []
        self.headers = [self.tr("Product"), self.tr("Qty"), self.tr("Unit"), self.tr("Price"),
                        self.tr("Discount %"), self.tr("VAT %"), self.tr("Total")]

    # -- editing the list ------------------------------------------------------------------
    def add(self, line: QuoteLine) -> int:
        """Add a line, or one more of a product already in the quote; returns its row."""
        for row, existing in enumerate(self.lines):
            if line.product_id is not None and existing.product_id == line.product_id \
                    and existing.price == line.price:
                existing.quantity += line.quantity
                self.dataChanged.emit(self.index(row, 0), self.index(row, 6))
                self.changed.emit()
                return row
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.changed.emit()

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return str({QTY: line.quantity, PRICE: line.price,
                        DISCOUNT: line.discount_pct}.get(column, ""))
        if role == Qt.ItemDataRole.DisplayRole:
            cur = self.ctx.currency
            return [line.description, number(line.quantity), line.unit,
                    money(line.price, cur), number(line.discount_pct), number(line.vat_rate),
                    money(line_total(self.ctx, line), cur)][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
                (column == PRICE and line.below_minimum) or (column == QTY and line.above_stock)):
            return QBrush(WARN)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PRICE and line.below_minimum:
                return self.tr("Below the minimum price {0}").format(
                    money(line.minimum_price, self.ctx.currency))
            if column == QTY and line.above_stock:
                return self.tr("Only {0} in stock").format(number(line.stock))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        line = self.lines[index.row()]
        try:
            amount = parse_decimal(str(value))
            if index.column() == QTY:
                if amount <= 0:
                    raise ValidationError(QUANTITY, line=line.description)
                line.quantity = amount
            elif index.column() == DISCOUNT:
                if not Decimal(0) <= amount < Decimal(100):
                    raise ValidationError(LINE_DISCOUNT, line=line.description)
                line.discount_pct = amount
            else:
                old = line.price
                line.price = amount
                try:
                    check_price(self.role, line, self.ctx.currency)
                except ValidationError:
                    line.price = old
                    raise
        except ValidationError as exc:
            self.refused.emit(error_text(exc))
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 6))
        self.changed.emit()
        if line.above_stock and index.column() == QTY:
            self.warned.emit(self.tr("{0}: only {1} in stock; the quote keeps {2}.").format(
                line.description, number(line.stock), number(line.quantity)))
        return True
