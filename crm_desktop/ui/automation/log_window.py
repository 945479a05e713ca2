"""The run log (`rulesLog`): every run of every rule (when, rule, record, done / error /
stopped, what it did or why not), and the distribution per manager for the head of sales
(who got how many leads and deals from the rules, who is away)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import engine, rules
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import short_datetime
from crm_desktop.services.sync import laptop
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import attempt
from crm_desktop.ui.kit.operations import Job, Operation, Query

from .editor import effect_text
from .texts import entity_names

STATUS_COLOURS = {"error": "#fde7e9", "stopped": "#fff4ce"}


class RunLogWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesLog")
        self.setWindowTitle(self.tr("Automation: run log"))
        self.ctx = ctx
        self.resize(1100, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rulesLogTabs")
        layout.addWidget(self.tabs)

        runs = QWidget(self.tabs)
        runs_layout = QVBoxLayout(runs)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), runs))
        self.status = QComboBox(runs)
        self.status.setObjectName("runLogStatus")
        for key, text in (("", self.tr("every run")), ("done", self.tr("done")),
                          ("error", self.tr("errors")), ("stopped", self.tr("stopped"))):
            self.status.addItem(text, key)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.status)
        self.why_label = QLabel(runs)
        self.why_label.setObjectName("runLogWhy")
        bar.addWidget(self.why_label)
        self.show_all = QPushButton(self.tr("Show &all runs"), runs)
        self.show_all.setObjectName("runLogShowAll")
        self.show_all.clicked.connect(self.refresh)
        self.show_all.hide()
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        self.count = QLabel(runs)
        self.count.setObjectName("runLogCount")
        bar.addWidget(self.count)
        refresh = QPushButton(self.tr("&Refresh"), runs)
        refresh.setObjectName("runLogRefresh")
        refresh.clicked.connect(self.refresh)
        bar.addWidget(refresh)
        runs_layout.addLayout(bar)
        self.table = QTableWidget(0, 5, runs)
        self.table.setObjectName("runLogTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Rule"), self.tr("Record"), self.tr("Result"),
            self.tr("What it did, or why not")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((130, 220, 260, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setToolTip(self.tr("Double-click a run: why did this happen to its record?"))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.why_row(row))
        runs_layout.addWidget(self.table, 1)
        self.tabs.addTab(runs, self.tr("Runs"))

        spread = QWidget(self.tabs)
        spread_layout = QVBoxLayout(spread)
        since_row = QHBoxLayout()
        since_row.addWidget(QLabel(self.tr("Leads and deals the rules assigned since"), spread))
        self.since = QDateEdit(spread)
        self.since.setObjectName("distributionSince")
        self.since.setCalendarPopup(True)
        start = date.today() - timedelta(days=30)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.dateChanged.connect(lambda _d: self.refresh_distribution())
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        self.save_absent = QPushButton(self.tr("Save who is &away"), spread)
        self.save_absent.setObjectName("distributionSaveAbsent")
        self.save_absent.setEnabled(ctx.can(Permission.EDIT_AUTOMATION))
        self.save_absent.clicked.connect(self.store_absent)
        since_row.addWidget(self.save_absent)
        spread_layout.addLayout(since_row)
        self.spread = QTableWidget(0, 5, spread)
        self.spread.setObjectName("distributionTable")
        self.spread.setHorizontalHeaderLabels([
            self.tr("Manager"), self.tr("Away (skipped)"), self.tr("Assigned by rules"),
            self.tr("Open deals"), self.tr("Leads")])
        self.spread.verticalHeader().hide()
        self.spread.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.spread.setColumnWidth(column, 150)
        spread_layout.addWidget(self.spread, 1)
        self.tabs.addTab(spread, self.tr("Distribution per manager"))

        ctx.bus.subscribe({Change.AUTOMATION, Change.DEALS, Change.CLIENTS},
                          lambda _kinds: self.refresh(), owner=self)
        self.refresh()
        self.refresh_distribution()

    def why_row(self, row: int) -> None:
        item = self.table.item(row, 2)
        record_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(record_id, uuid.UUID):
            self.show_why(record_id, item.text() if item is not None else "")

    def show_why(self, record_id: uuid.UUID, label: str = "") -> None:
        """Why did this happen? Every run on the record and every run that wrote it (the card
        of a client, deal or task can open the log here)."""
        self.tabs.setCurrentIndex(0)
        self.why_label.setText(self.tr("Why: {record}").format(record=label or record_id.hex))
        self.show_all.show()
        database = self.ctx.database
        Job(self, self.ctx, lambda: why_here_and_on_server(database, record_id)) \
            .success(self.show_runs).run_in_background()

    def refresh(self) -> None:
        self.why_label.setText("")
        self.show_all.hide()
        status = self.status.currentData() or None
        Query(self, self.ctx, lambda s: engine.runs(s, limit=1000, status=status)) \
            .success(self.show_runs).run_in_background()

    def show_runs(self, found: list[engine.RunView]) -> None:
        names = entity_names()
        results = {"done": self.tr("done"), "error": self.tr("error"),
                   "stopped": self.tr("stopped")}
        self.table.setRowCount(len(found))
        for row, run in enumerate(found):
            what = run_text(run)
            cells = (short_datetime(run.ran_at), run.rule,
                     f"{names.get(run.entity, run.entity)}: {run.record}",
                     results.get(run.status, run.status), what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setData(Qt.ItemDataRole.UserRole, run.record_id)
                colour = STATUS_COLOURS.get(run.status)
                if colour:
                    item.setBackground(QColor(colour))
                self.table.setItem(row, column, item)
        self.count.setText(self.tr("{count} runs").format(count=len(found)))

    def refresh_distribution(self) -> None:
        qdate = self.since.date()
        since = date(qdate.year(), qdate.month(), qdate.day())
        Query(self, self.ctx, lambda s: engine.distribution(s, since)) \
            .success(self.show_distribution).run_in_background()

    def show_distribution(self, loads: list[engine.ManagerLoad]) -> None:
        self.spread.setRowCount(len(loads))
        for row, load in enumerate(loads):
            name = QTableWidgetItem(load.name)
            name.setData(Qt.ItemDataRole.UserRole, load.login)
            self.spread.setItem(row, 0, name)
            away = QTableWidgetItem()
            away.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            away.setCheckState(Qt.CheckState.Checked if load.absent else Qt.CheckState.Unchecked)
            self.spread.setItem(row, 1, away)
            for column, value in ((2, load.assigned), (3, load.open_deals), (4, load.leads)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.spread.setItem(row, column, item)

    def store_absent(self) -> None:
        logins = []
        for row in range(self.spread.rowCount()):
            check = self.spread.item(row, 1)
            name = self.spread.item(row, 0)
            if check is not None and name is not None and \
                    check.checkState() == Qt.CheckState.Checked:
                logins.append(str(name.data(Qt.ItemDataRole.UserRole)))
        Operation(self, self.ctx, lambda s: rules.set_absent(s, logins)) \
            .success(lambda _r: self.refresh_distribution()).run()


def why_here_and_on_server(database: Database, record_id: uuid.UUID) -> list[engine.RunView]:
    """The runs on a record in this copy's log and, for a copy that syncs, those of the rules
    the team server ran on it (it runs them for the whole team); offline, this copy's only."""
    # a read on the Job's thread beside the call to the server (a Query cannot make that call)
    with database.session() as s:
        found = {run.id: run for run in engine.why(s, record_id)}
    if database.is_sqlite and laptop.load_profile(database) is not None:
        def ask() -> Any:
            with laptop.open_client(database) as client:
                return client.request("GET", "/api/v1/automation/why", None,
                                      {"record": str(record_id)})
        answer, offline = attempt(ask)
        if offline is None and isinstance(answer, dict):  # else what this copy knows
            found.update({run.id: run for run in engine.run_views(answer.get("runs") or [])})
    return sorted(found.values(), key=lambda run: run.ran_at, reverse=True)


def run_text(run: engine.RunView) -> str:
    """What a run did, or why it failed, in the reader's language (the log keeps codes)."""
    if run.status == "error":
        failed = [e for e in run.effects if e.get("error")]
        return effect_text(failed[-1]) if failed else (run.error or "")
    return "; ".join(effect_text(e) for e in run.effects if not e.get("error"))
