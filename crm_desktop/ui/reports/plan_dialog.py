"""The sales plan: a manager × month grid of amounts for one year, saved through
`services.reports.plans` (which checks who may set it)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.services.reports import plans
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import attempt
from crm_desktop.ui.kit.operations import Operation, Query

from .choices import Choices

Key = tuple[uuid.UUID, int]  # manager, month 1..12


class PlanDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, choices: Choices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Sales plan"))
        self.ctx, self.choices = ctx, choices
        self.loaded: dict[Key, Decimal] = {}
        self.loading = True
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.valueChanged.connect(self.load)
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Currency: {0}").format(choices.currency)))
        top.addStretch(1)
        layout.addLayout(top)
        self.grid = QTableWidget(len(choices.users), 12)
        self.grid.setObjectName("planGrid")
        locale = QLocale()
        self.grid.setHorizontalHeaderLabels(
            [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)])
        self.grid.setVerticalHeaderLabels([name for _, _, name in choices.users])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setStyleSheet("color: #b3261e")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 480)
        self.load()

    def load(self) -> None:
        self.loading = True
        year = self.year.value()
        Query(self, self.ctx, lambda s: _read(s, year)).success(self._fill) \
            .finally_(self._loaded).run_in_background()

    def _loaded(self) -> None:
        self.loading = False

    def _fill(self, amounts: dict[Key, Decimal]) -> None:
        self.loaded = amounts
        for row, (uid, _login, _name) in enumerate(self.choices.users):
            for month in range(1, 13):
                value = amounts.get((uid, month))
                item = QTableWidgetItem(str(value) if value is not None else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(row, month - 1, item)

    def set_amount(self, manager_id: uuid.UUID, month: int, text: str) -> None:
        row = [u[0] for u in self.choices.users].index(manager_id)
        self.grid.setItem(row, month - 1, QTableWidgetItem(text))

    def edited(self) -> dict[Key, Decimal] | None:
        """What changed, or None (with the reason shown) when a cell is not a number."""
        changed: dict[Key, Decimal] = {}
        for row, (uid, _login, name) in enumerate(self.choices.users):
            for month in range(1, 13):
                item = self.grid.item(row, month - 1)
                text = item.text().strip() if item else ""
                value, problem = attempt(partial(_amount, text))
                if problem is not None or value < 0:
                    self.error.setText(self.tr("{0}, month {1}: {2}").format(
                        name, month, problem or self.tr("not an amount")))
                    return None
                if value != self.loaded.get((uid, month), Decimal(0)):
                    changed[(uid, month)] = value
        return changed

    def save(self) -> None:
        changed = self.edited()
        if changed is None:
            return
        year, currency = self.year.value(), self.choices.currency

        def write(s: Session) -> None:
            for (uid, month), value in changed.items():
                plans.set_plan(s, uid, date(year, month, 1), value, currency)

        Operation(self, self.ctx, write).success(lambda _: self.accept()).run()


def _amount(text: str) -> Decimal:
    return parse_decimal(text) if text else Decimal(0)


def _read(s: Session, year: int) -> dict[Key, Decimal]:
    found: dict[Key, Decimal] = {}
    for plan in plans.plans_for(s, year):
        found[(plan.manager_id, plan.month.month)] = plan.amount
    return found
