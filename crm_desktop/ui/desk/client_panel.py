"""Right side of the desk: the current client's summary, contacts, history and finance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import EventStatus, EventType
from crm_desktop.services.desk.read import ClientSummary, ContactRow, EventRow, Finance
from crm_desktop.services.locale.formatting import medium_date, money, short_datetime
from crm_desktop.services.locale.regions import local_time_info
from crm_desktop.ui.kit.fit import fit_columns
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import MUTED, WARN, Column, RowsModel

from .day_panel import make_table
from .finance import FinanceTab

HIGHLIGHT_OFF_HOURS = WARN
# the summary's figures, left to right, by their keys in services/sales/metrics.py DEFINITIONS
SUMMARY_FIGURES = ("client_since", "deals", "average_check", "total_sales", "debt")


class ClientPanel(QWidget):
    event_opened = Signal(object)  # event id
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ClientSummary | None = None
        self.name_label = QLabel(self.tr("Choose a client: a day's client, an event or search"))
        self.name_label.setObjectName("clientNameLabel")
        self.name_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.call_button = self._button("callButton", self.tr("&Call"))
        self.new_event_button = self._button("newEventButton", self.tr("&New event"))
        self.requisites_button = self._button("requisitesButton", self.tr("Client &card"))
        self.events_button = self._button("eventsButton", self.tr("E&vents"))
        self.price_button = self._button("priceButton", self.tr("&Price"))
        self.price_button.setToolTip(self.tr("Quick quote for this client"))
        buttons = QHBoxLayout()
        for button in (self.call_button, self.new_event_button, self.requisites_button,
                       self.events_button, self.price_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.events_button.setEnabled(True)  # the report works without a client, too

        self.summary_box = QGroupBox(self.tr("Summary"), self)
        self.summary_box.setObjectName("clientSummary")
        grid = QGridLayout(self.summary_box)
        self.since_label = self._value("clientSinceLabel")
        self.deals_label = self._value("dealCountLabel")
        self.average_label = self._value("averageCheckLabel")
        self.total_label = self._value("totalSalesLabel")
        self.debt_label = self._value("debtLabel")
        pairs = ((self.tr("Client since"), self.since_label),
                 (self.tr("Deals"), self.deals_label),
                 (self.tr("Average check"), self.average_label),
                 (self.tr("Total sales"), self.total_label),
                 (self.tr("Debt"), self.debt_label))
        definitions = self.definitions()
        for column, (caption, value) in enumerate(pairs):
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #666;")
            # the definition from services/sales/metrics.py (DEFINITIONS), translated
            for widget in (caption_label, value):
                widget.setToolTip(definitions[SUMMARY_FIGURES[column]])
            grid.addWidget(caption_label, 0, column)
            grid.addWidget(value, 1, column)

        self.contacts_model: RowsModel[ContactRow] = RowsModel([
            Column(self.tr("Contact person"), lambda r: r.full_name,
                   bold=lambda r: r.is_primary),
            Column(self.tr("Position"), lambda r: r.position),
            Column(self.tr("Phone"), lambda r: r.phone_display),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Region"), lambda r: r.region),
            Column(self.tr("Local time"), self._local_time_text, color=self._local_time_color,
                   tooltip=lambda r: r.zone or self.tr("Time zone unknown")),
        ], self)
        self.contacts_view = make_table("contactsView", self.contacts_model, self)

        self.type_filter = QComboBox(self)
        self.type_filter.setObjectName("eventTypeFilter")
        self.type_filter.addItem(self.tr("All types"), None)
        for event_type in EventType:
            self.type_filter.addItem(label(event_type), event_type)
        self.period_filter = QComboBox(self)
        self.period_filter.setObjectName("eventPeriodFilter")
        for text, days in ((self.tr("All time"), None), (self.tr("Last 30 days"), 30),
                           (self.tr("Last 90 days"), 90), (self.tr("Last year"), 365)):
            self.period_filter.addItem(text, days)
        self.type_filter.currentIndexChanged.connect(self.filters_changed)
        self.period_filter.currentIndexChanged.connect(self.filters_changed)
        self.events_model: RowsModel[EventRow] = RowsModel([
            Column(self.tr("Date"), lambda r: short_datetime(r.start_at)),
            Column(self.tr("Subject"), lambda r: r.subject),
            Column(self.tr("Type"), lambda r: label(r.type)),
            Column(self.tr("Contact person"), lambda r: r.contact_name),
            Column(self.tr("Content"), lambda r: r.content,
                   tooltip=lambda r: r.full_content if r.full_content != r.content else ""),
            Column(self.tr("Result"), lambda r: " ".join(r.result.split()),
                   tooltip=lambda r: r.result if "\n" in r.result else ""),
            Column(self.tr("Status"), lambda r: label(r.status),
                   color=lambda r: MUTED if r.status == EventStatus.CANCELLED else None),
        ], self)
        self.events_view = make_table("clientEventsView", self.events_model, self, stretch=4)
        self.events_view.doubleClicked.connect(
            lambda index: self._open(self.events_model.row_at(index.row())))
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Type")))
        filters.addWidget(self.type_filter)
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period_filter)
        filters.addStretch()
        history_layout.addLayout(filters)
        history_layout.addWidget(self.events_view)

        self.finance_tab = FinanceTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientTabs")
        self.tabs.addTab(history, self.tr("History"))
        self.tabs.addTab(self.finance_tab, self.tr("Finance"))

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("clientSplitter")
        self.splitter.addWidget(self.contacts_view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([150, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.splitter, 1)
        self.set_client_actions_enabled(False)

    def definitions(self) -> dict[str, str]:
        """The summary's definitions as `metrics.DEFINITIONS` words them, translated."""
        return {
            "client_since": self.tr("The earlier of the first deal and the first document; "
                                    "without either, the day the client was added."),
            "deals": self.tr("Every deal with the client: open, won and lost. Every sale "
                             "belongs to a deal."),
            "average_check": self.tr("Total sales divided by the number of sales (invoices "
                                     "paid in full); a dash while there is none."),
            "total_sales": self.tr("The sum of the client's sales: invoices paid in full, in "
                                   "the client's currency."),
            "debt": self.tr("Issued invoices (neither drafts nor cancelled) minus every payment "
                            "received, in the client's currency; negative is an advance."),
        }

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _value(self, name: str) -> QLabel:
        value = QLabel("—", self)
        value.setObjectName(name)
        value.setStyleSheet("font-size: 14px; font-weight: bold;")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def set_client_actions_enabled(self, enabled: bool) -> None:
        for button in (self.call_button, self.new_event_button, self.requisites_button,
                       self.price_button):
            button.setEnabled(enabled)

    # -- showing a client ------------------------------------------------------------------------
    def show_summary(self, summary: ClientSummary) -> None:
        self.summary = summary
        self.name_label.setText(summary.name if not summary.full_name or
                                summary.full_name == summary.name
                                else f"{summary.name}  ·  {summary.full_name}")
        cur = summary.currency
        self.since_label.setText(medium_date(summary.client_since))
        self.deals_label.setText(str(summary.deal_count))
        self.average_label.setText(money(summary.average_check, cur)
                                   if summary.average_check is not None else "—")
        self.total_label.setText(money(summary.total_sales, cur))
        self.debt_label.setText(money(summary.debt, cur))
        self.debt_label.setStyleSheet("font-size: 14px; font-weight: bold;"
                                      + (" color: #b3261e;" if summary.debt > 0 else ""))
        self.set_client_actions_enabled(True)

    def show_contacts(self, contacts: list[ContactRow]) -> None:
        self.contacts_model.set_rows(contacts)
        fit_columns(self.contacts_view)
        if contacts:
            self.contacts_view.selectRow(0)

    def show_events(self, events: list[EventRow]) -> None:
        self.events_model.set_rows(events)
        fit_columns(self.events_view)  # the content keeps the room, the others their text

    def show_finance(self, finance: Finance) -> None:
        assert self.summary is not None
        self.finance_tab.show_finance(finance, self.summary.currency)

    def refresh_local_times(self) -> None:
        self.contacts_model.refresh_column(5)

    def selected_contact(self) -> ContactRow | None:
        index = self.contacts_view.currentIndex()
        row = self.contacts_model.row_at(index.row()) if index.isValid() else None
        return row or self.contacts_model.row_at(0)

    def period_start(self) -> datetime | None:
        days = self.period_filter.currentData()
        return datetime.now(UTC) - timedelta(days=days) if days else None

    def event_type(self) -> EventType | None:
        value = self.type_filter.currentData()
        return EventType(value) if value else None

    # -- local time ------------------------------------------------------------------------------
    def _local_time_text(self, row: ContactRow) -> str:
        info = local_time_info(row.zone, datetime.now(UTC))
        return f"{info.clock} ({info.offset})" if info else "—"

    def _local_time_color(self, row: ContactRow) -> QColor | None:
        info = local_time_info(row.zone, datetime.now(UTC))
        return HIGHLIGHT_OFF_HOURS if info and not info.business_hours else None

    def _open(self, row: EventRow | None) -> None:
        if row is not None:
            self.event_opened.emit(row.id)
