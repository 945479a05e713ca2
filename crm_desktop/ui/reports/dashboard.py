"""The dashboard (`dashboardView`): the reports' key figures as tiles and a few small charts,
for the signed-in user's scope (the service decides: a salesperson sees their own, the head of
sales the team). Read in the background on open, when the bus says deals, documents, events,
orders or claims changed, and every few minutes. The tiles show at once, the charts one an
event-loop turn after another (`charts_pending` meanwhile), so the GUI thread stays free."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import reports
from crm_desktop.services.core.changes import Change
from crm_desktop.services.locale import formatting
from crm_desktop.ui.kit.charts import ChartView
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Query

from .texts import chart_shown, shown
from .window import cell_text

REFRESH_MS = 5 * 60 * 1000
WATCHED = {Change.DEALS, Change.DOCUMENTS, Change.PAYMENTS, Change.EVENTS, Change.ORDERS,
           Change.CLAIMS, Change.CLIENTS, Change.USERS}
TILE_COLUMNS = 4
CHART_COLUMNS = 2


class Tile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame { background: #f5f7fa; border-radius: 4px; }")
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #4a4a4a;")
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.title)
        layout.addWidget(self.value)

    def show_tile(self, title: str, value: str) -> None:
        self.title.setText(title)
        self.value.setText(value)


class DashboardView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.setWindowTitle(self.tr("Dashboard"))
        self.ctx = ctx
        self.loading = False
        self.refreshes = 0
        self.pending = False
        self.tiles: dict[str, Tile] = {}
        self.charts: list[ChartView] = []
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Dashboard"))
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setMinimumWidth(160)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setObjectName("dashboardRefresh")
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        outer.addLayout(top)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.tile_grid = QGridLayout()
        self.chart_grid = QGridLayout()
        self.body.addLayout(self.tile_grid)
        self.body.addLayout(self.chart_grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.bus.subscribe(WATCHED, lambda _: self.refresh(), owner=self)
        self.resize(1280, 860)
        self.refresh()

    @property
    def charts_pending(self) -> bool:
        return any(view.pending for view in self.charts)

    def refresh(self) -> None:
        if self.loading:  # one read at a time; a change heard meanwhile reads again after
            self.pending = True
            return
        self.loading, self.pending = True, False
        self.status.setText(self.tr("Refreshing…"))
        Query(self, self.ctx, lambda s: reports.dashboard(s, self.ctx.user)) \
            .success(self._show).failure(self._failed).finally_(self._done) \
            .run_in_background()

    def _done(self) -> None:
        self.loading = False
        if self.pending:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        from crm_desktop.ui.kit.errors import error_text

        self.status.setText(error_text(exc))

    def _show(self, board: Any) -> None:
        self.refreshes += 1
        for i, tile in enumerate(board.tiles):
            widget = self.tiles.get(tile.key)
            if widget is None:
                widget = self.tiles[tile.key] = Tile(tile.key)
                self.tile_grid.addWidget(widget, i // TILE_COLUMNS, i % TILE_COLUMNS)
            widget.show_tile(shown(tile.title), cell_text(tile.value, tile.kind))
        for i, spec in enumerate(board.charts):
            if i >= len(self.charts):
                view = ChartView(compact=True)
                view.setObjectName(f"dashboardChart{i}")
                view.setMinimumHeight(260)
                self.charts.append(view)
                self.chart_grid.addWidget(view, i // CHART_COLUMNS, i % CHART_COLUMNS)
            # one chart per turn, each after the previous one's paint (kit.charts)
            self.charts[i].show_later(chart_shown(spec), turns=2 + 2 * i)
        self.status.setText(self.tr("Updated {0}").format(
            formatting.short_time(datetime.now(UTC))))
