"""The editable list of claim reasons, grouped by department (`claimReasonsDialog`): the head
of sales and the admin keep it; the service refuses anyone else, and the refusal is said in
the dialog, translated."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.claims import lists
from crm_desktop.services.claims.lists import ReasonRow
from crm_desktop.services.core.identity import Permission
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.operations import Operation

from .card import WARN_STYLE

ID_ROLE = 0x0100  # Qt.UserRole


class ReasonsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimReasonsDialog")
        self.setWindowTitle(self.tr("Claim reasons"))
        self.ctx = ctx
        remember_size(self, 560, 460)  # ui/kit/fit: within the screen, as last time
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("reasonsMessageLabel")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(WARN_STYLE)
        allowed = ctx.can(Permission.EDIT_CLAIM_LISTS)
        if not allowed:
            self.message.setText(self.tr("Only the head of sales or the admin edits this list."))
        self.message.setVisible(not allowed)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("reasonsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add"), self)
        add.setObjectName("reasonsAddButton")
        add.clicked.connect(lambda: self.add_row("", ""))
        remove = QPushButton(self.tr("&Remove"), self)
        remove.setObjectName("reasonsRemoveButton")
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("reasonsSaveButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for button in (add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for widget in (add, remove, self.save_button):
            widget.setEnabled(allowed)
        for row in ctx.read(lists.reasons):
            self.add_row(row.department, row.name, row)
        self.table.resizeColumnToContents(0)

    def add_row(self, department: str, name: str, row: ReasonRow | None = None) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        first = QTableWidgetItem(department)
        first.setData(ID_ROLE, row.id if row is not None else None)
        self.table.setItem(at, 0, first)
        self.table.setItem(at, 1, QTableWidgetItem(name))

    def rows(self) -> list[ReasonRow]:
        out = []
        for at in range(self.table.rowCount()):
            first, second = self.table.item(at, 0), self.table.item(at, 1)
            out.append(ReasonRow(first.data(ID_ROLE) if first else None,
                                 second.text() if second else "",
                                 first.text() if first else ""))
        return out

    def save(self) -> bool:
        rows = self.rows()

        def failed(exc: Exception) -> None:
            self.message.setText(error_text(exc))
            self.message.show()

        return Operation(self, self.ctx, lambda s: lists.save_reasons(s, rows)) \
            .success(lambda _r: self.accept()).failure(failed).run()
