"""One table model for every list of service rows: columns are declared, not subclassed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
WARN = QColor("#b3261e")
MUTED = QColor("#8a8a8a")
DISPLAY = Qt.ItemDataRole.DisplayRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ANSWERED = frozenset({DISPLAY, ALIGNMENT, FOREGROUND, FONT, TOOLTIP})
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value


@dataclass
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    align_right: bool = False
    color: Callable[[Row], QColor | None] | None = None
    bold: Callable[[Row], bool] | None = None
    tooltip: Callable[[Row], str] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Shows a list of plain rows (dataclasses from services); `row_at(i)` gives one back."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Row] = []
        self._texts: dict[tuple[int, int], str] = {}  # views ask for a cell's text many times

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def refresh_column(self, column: int) -> None:
        if self.rows:
            self._texts.clear()
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Qt asks each painted cell for about ten roles through Python: the roles are plain
        # ints compared once each, and the roles no column answers return at once (a table's
        # paint took a third less: bench/reports_gui.py)
        if role not in ANSWERED or not index.isValid():
            return None
        row_index, column_index = index.row(), index.column()
        column = self.columns[column_index]
        if role == DISPLAY:
            key = (row_index, column_index)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = column.text(self.rows[row_index])
            return text
        if role == ALIGNMENT:
            return RIGHT if column.align_right else None
        if role == FOREGROUND and column.color:
            color = column.color(self.rows[row_index])
            return QBrush(color) if color else None
        if role == FONT and column.bold and column.bold(self.rows[row_index]):
            font = QFont()
            font.setBold(True)
            return font
        if role == TOOLTIP and column.tooltip:
            return column.tooltip(self.rows[row_index])
        return None
