"""Left side of the desk: calendar, counters, and the day's clients, agenda and overdue work."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.desk.read import AgendaItem, DayClient, DayView, OverdueItem
from crm_desktop.services.locale.formatting import short_date, short_datetime, short_time
from crm_desktop.ui.kit.fit import fit_columns, readable_table
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import MUTED, WARN, Column, RowsModel


def make_table(name: str, model: RowsModel, parent: QWidget,
               stretch: int | None = None) -> QTableView:
    """A read-only, row-selecting table as every desk list uses it; `stretch` is the column
    that takes the spare width (else the last one)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    # a header and one row at least: the desk's stacked tables then fit a 768-pixel screen
    view.setMinimumHeight(24 + view.horizontalHeader().sizeHint().height() + 4)
    readable_table(view, stretch)  # ui/kit/fit: the meaning column, cut cells' tooltips
    fit_columns(view)  # even empty (at first start), no header is cut
    return view


class DayPanel(QWidget):
    day_changed = Signal(object)  # date
    client_chosen = Signal(object)  # uuid.UUID
    event_opened = Signal(object)  # event id
    month_changed = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("deskCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._selected)
        self.calendar.currentPageChanged.connect(self.month_changed)
        self._marked: list[QDate] = []

        self.total_label = QLabel(self)
        self.total_label.setObjectName("eventsTotalLabel")
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("eventsOverdueLabel")
        self.counters = counters = QHBoxLayout()  # ui/orders adds its counter
        counters.addWidget(self.total_label)
        counters.addStretch()
        counters.addWidget(self.overdue_label)

        self.clients_model: RowsModel[DayClient] = RowsModel([
            Column(self.tr("Client"), lambda r: r.name),
            Column(self.tr("Next event"), lambda r: short_time(r.next_event_at)),
            Column(self.tr("Events"), lambda r: str(r.event_count), align_right=True),
        ], self)
        self.agenda_model: RowsModel[AgendaItem] = RowsModel([
            Column(self.tr("Time"), lambda r: short_time(r.start_at)),
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Type"), lambda r: label(r.type)),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Status"), lambda r: label(r.status),
                   color=lambda r: MUTED if r.status != "planned" else None),
        ], self)
        self.overdue_model: RowsModel[OverdueItem] = RowsModel([
            Column(self.tr("Due"), lambda r: short_datetime(r.due_at), color=lambda r: WARN),
            Column(self.tr("Client"), lambda r: r.client_name),
            Column(self.tr("Type"), lambda r: label(r.type)),
            Column(self.tr("Subject"), lambda r: r.subject),
        ], self)
        self.clients_view = make_table("dayClientsView", self.clients_model, self, stretch=0)
        self.agenda_view = make_table("dayAgendaView", self.agenda_model, self, stretch=3)
        self.overdue_view = make_table("overdueEventsView", self.overdue_model, self, stretch=3)
        self.clients_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._choose(self.clients_model.row_at(cur.row())))
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._choose(self.agenda_model.row_at(cur.row())))
        self.overdue_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._choose(self.overdue_model.row_at(cur.row())))
        self.agenda_view.doubleClicked.connect(
            lambda index: self._open(self.agenda_model.row_at(index.row())))
        self.overdue_view.doubleClicked.connect(
            lambda index: self._open(self.overdue_model.row_at(index.row())))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dayTabs")
        self.tabs.addTab(self.clients_view, self.tr("Clients of the day"))
        self.tabs.addTab(self.agenda_view, self.tr("Agenda"))
        self.tabs.addTab(self.overdue_view, self.tr("Overdue"))
        self.tabs.currentChanged.connect(lambda _i: self._fit_visible())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addLayout(counters)
        layout.addWidget(self.tabs, 1)

    # -- state in ----------------------------------------------------------------------------
    def selected_day(self) -> date:
        day = self.calendar.selectedDate().toPython()
        assert isinstance(day, date)
        return day

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def show_day(self, view: DayView) -> None:
        self.total_label.setText(self.tr("Events on {0}: {1}").format(
            short_date(view.day), view.total))
        self.clients_model.set_rows(view.clients)
        self.agenda_model.set_rows(view.agenda)
        self._fit_visible()

    def _fit_visible(self) -> None:
        """Size the columns of the tab on show only: hidden tabs are fitted when shown."""
        table = self.tabs.currentWidget()
        if isinstance(table, QTableView):
            fit_columns(table)

    def show_overdue(self, count: int, items: list[OverdueItem]) -> None:
        self.overdue_label.setText(self.tr("Overdue: {0}").format(count))
        self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;" if count else "")
        self.overdue_model.set_rows(items)
        self._fit_visible()
        self.tabs.setTabText(2, self.tr("Overdue ({0})").format(count))

    def mark_days(self, days: dict[date, int]) -> None:
        """Bold, coloured day numbers where the user has events."""
        plain = QTextCharFormat()
        for qdate in self._marked:
            self.calendar.setDateTextFormat(qdate, plain)
        marked = QTextCharFormat()
        marked.setFontWeight(700)
        marked.setForeground(QColor("#1a5fb4"))
        marked.setBackground(QColor("#e8f0fb"))
        self._marked = [QDate(d.year, d.month, d.day) for d in days]
        for qdate in self._marked:
            self.calendar.setDateTextFormat(qdate, marked)

    def marked_days(self) -> set[date]:
        return {q.toPython() for q in self._marked}  # type: ignore[misc]

    # -- signals out ---------------------------------------------------------------------------
    def _selected(self) -> None:
        self.day_changed.emit(self.selected_day())

    def _choose(self, row: DayClient | AgendaItem | OverdueItem | None) -> None:
        client_id: uuid.UUID | None = getattr(row, "client_id", None)
        if client_id is not None:
            self.client_chosen.emit(client_id)

    def _open(self, row: AgendaItem | OverdueItem | None) -> None:
        if row is not None:
            self.event_opened.emit(row.id)

    def focus_clients(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.clients_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
