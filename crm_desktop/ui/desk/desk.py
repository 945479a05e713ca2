"""The sales desk: the day on the left, the client on the line on the right, search on top."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSplitter, QVBoxLayout, QWidget

from crm_desktop.services.activities import events as event_service
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.desk import read as desk_service
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.errors import show_error

from ..clients.card import ClientCardDialog
from ..quote.price_cache import PriceListCache
from ..quote.quick_quote import QuickQuoteDialog
from .call import CallResultDialog, dial_url
from .client_panel import ClientPanel
from .day_panel import DayPanel
from .event_dialog import EventDialog
from .events_report import EventsReportDialog
from .payment_dialog import PaymentDialog
from .reminders import ReminderWatcher
from .search import GlobalSearch

# what the client side shows: a change of the catalogue or of terms does not touch it
CLIENT_KINDS = {"events", "clients", "invoices", "payments", "deals"}


class DeskWidget(QWidget):
    def __init__(self, database: Database, user: CurrentUser, bus: DataBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.database, self.user, self.bus = database, user, bus
        self.user_id: uuid.UUID = user.id  # type: ignore[assignment]
        self.client_id: uuid.UUID | None = None
        self.last_call: CallResultDialog | None = None
        self._marks: dict[tuple[int, int], dict[date, int]] = {}  # per shown month, until changes

        self.search = GlobalSearch(database, self)
        self.day_panel = DayPanel(self)
        self.client_panel = ClientPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("deskSplitter")
        self.splitter.addWidget(self.day_panel)
        self.splitter.addWidget(self.client_panel)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 980])
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.day_panel.day_changed.connect(self.load_day)
        self.day_panel.month_changed.connect(lambda y, m: self.load_marks(date(y, m, 1)))
        self.day_panel.client_chosen.connect(self.select_client)
        self.day_panel.event_opened.connect(self.open_event)
        self.client_panel.event_opened.connect(self.open_event)
        self.client_panel.filters_changed.connect(self.load_client_events)
        self.client_panel.call_button.clicked.connect(self.call_contact)
        self.client_panel.new_event_button.clicked.connect(self.new_event)
        self.client_panel.requisites_button.clicked.connect(self.open_card)
        self.client_panel.events_button.clicked.connect(self.show_events_report)
        self.client_panel.price_button.clicked.connect(self.open_quote)
        self.client_panel.finance_tab.payment_requested.connect(self.register_payment)
        self.search.client_chosen.connect(self.select_client)
        self.bus.changed.connect(self.on_data_changed)

        QShortcut(QKeySequence("Ctrl+K"), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_event)
        QShortcut(QKeySequence("Ctrl+D"), self, self.day_panel.focus_clients)

        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(60_000)
        self.minute_timer.timeout.connect(self.on_minute)
        self.minute_timer.start()
        self.reminders = ReminderWatcher(database, bus, self.user_id, self)
        self.prices = PriceListCache(database, bus, self)

        self.restore_layout()
        today = date.today()
        self.day_panel.select_day(today)
        self.load_marks(today)
        self.load_day(today)
        self.load_overdue()
        QTimer.singleShot(0, self.reminders.check)
        QTimer.singleShot(500, self.prices.warm_up)  # the quote form then opens at once

    # -- loading ---------------------------------------------------------------------------------
    def load_marks(self, any_day: date) -> None:
        month = (any_day.year, any_day.month)
        days = self._marks.get(month)
        if days is None:
            first = any_day.replace(day=1) - timedelta(days=7)
            last = any_day.replace(day=28) + timedelta(days=14)
            with self.database.session() as s:
                days = self._marks[month] = desk_service.event_days(s, self.user_id, first,
                                                                    last)
        self.day_panel.mark_days(days)

    def load_day(self, day: date) -> None:
        with self.database.session() as s:
            view = desk_service.day_view(s, self.user_id, day, datetime.now(UTC))
        self.day_panel.show_day(view)

    def load_overdue(self) -> None:
        with self.database.session() as s:
            count, items = desk_service.overdue_events(s, self.user_id, datetime.now(UTC))
        self.day_panel.show_overdue(count, items)

    def select_client(self, client_id: uuid.UUID) -> None:
        """Make a client current: summary, contacts, history and finance."""
        try:
            with self.database.session() as s:
                summary = desk_service.client_summary(s, client_id)
                contacts = desk_service.client_contacts(s, client_id)
                finance = desk_service.client_finance(s, client_id, date.today())
        except CrmError as exc:
            show_error(self, exc)
            return
        self.client_id = client_id
        self.client_panel.show_summary(summary)
        self.client_panel.show_contacts(contacts)
        self.client_panel.show_finance(finance)
        self.load_client_events()

    def load_client_events(self) -> None:
        if self.client_id is None:
            return
        with self.database.session() as s:
            rows = desk_service.client_events(s, self.client_id, self.client_panel.event_type(),
                                              self.client_panel.period_start())
        self.client_panel.show_events(rows)

    def refresh(self) -> None:
        self.on_data_changed({"events", "invoices", "payments", "clients"})

    def on_data_changed(self, kinds: set[str]) -> None:
        day = self.day_panel.selected_day()
        if kinds & {"events", "clients"}:
            self._marks.clear()
            self.load_marks(day)
            self.load_day(day)
            self.load_overdue()
        if self.client_id is not None and kinds & CLIENT_KINDS:
            self.select_client(self.client_id)

    def on_minute(self) -> None:
        self.client_panel.refresh_local_times()
        self.load_overdue()
        self.reminders.check()

    # -- actions ---------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_event(self, event_id: uuid.UUID) -> EventDialog:
        dialog = EventDialog(self.database, self.bus, self.user_id, event_id=event_id,
                             parent=self)
        dialog.open()
        return dialog

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self.database, self.bus, self.user_id, client_id=self.client_id,
                             parent=self)
        dialog.open()
        return dialog

    def call_contact(self) -> uuid.UUID | None:
        """Dial the selected contact, log the call, then ask for its result."""
        contact = self.client_panel.selected_contact()
        if contact is None or not contact.phone_e164:
            QMessageBox.information(self, self.tr("Call"),
                                    self.tr("This contact person has no phone number."))
            return None
        if not QDesktopServices.openUrl(dial_url(contact.phone_e164)):
            QMessageBox.warning(self, self.tr("Call"), self.tr(
                "No program on this computer makes calls for {0} links. Install a softphone or "
                "choose another link type in the settings.").format(
                dial_url(contact.phone_e164).scheme()))
            return None
        started = datetime.now(UTC)
        try:
            with self.database.session(self.user_id) as s:
                event = event_service.log_call(s, self.user_id, self.client_id, contact.id,
                                               contact.phone_display, started)
                event_id = event.id
        except CrmError as exc:
            show_error(self, exc)
            return None
        self.bus.notify("events")
        self.last_call = CallResultDialog(self.database, self.bus, self.user_id, event_id,
                                          contact.full_name, started, self)
        self.last_call.open()
        return event_id

    def open_quote(self) -> QuickQuoteDialog | None:
        """The quick-quote form for the current client."""
        if self.client_id is None:
            return None
        try:
            dialog = QuickQuoteDialog(self.database, self.bus, self.user, self.client_id, self,
                                      prices=self.prices)
        except CrmError as exc:
            show_error(self, exc)
            return None
        dialog.open()
        return dialog

    def register_payment(self, invoice: desk_service.InvoiceRow) -> PaymentDialog:
        dialog = PaymentDialog(self.database, self.bus, self.user_id, invoice.id,
                               invoice.number, invoice.currency, self)
        dialog.open()
        return dialog

    def open_card(self, client_id: uuid.UUID | None = None) -> ClientCardDialog | None:
        """The client card of the chosen client (or `client_id`); a duplicate the person opens
        from the card's warning gets its own card."""
        client_id = client_id or self.client_id
        if client_id is None:
            return None
        try:
            dialog = ClientCardDialog(self.database, self.bus, self.user, client_id,
                                      parent=self)
        except CrmError as exc:
            show_error(self, exc)
            return None
        dialog.open_client.connect(self.open_card)
        dialog.open()
        return dialog

    def show_events_report(self) -> EventsReportDialog:
        dialog = EventsReportDialog(self.database, self.user_id, self.client_id, self)
        dialog.event_opened.connect(self.open_event)
        dialog.open()
        return dialog

    # -- layout ----------------------------------------------------------------------------------
    def _layout_parts(self) -> dict[str, object]:
        views = (self.day_panel.clients_view, self.day_panel.agenda_view,
                 self.day_panel.overdue_view, self.client_panel.contacts_view,
                 self.client_panel.events_view, self.client_panel.finance_tab.invoices_view,
                 self.client_panel.finance_tab.shipments_view,
                 self.client_panel.finance_tab.payments_view)
        parts: dict[str, object] = {
            "desk/splitter": self.splitter, "desk/clientSplitter": self.client_panel.splitter,
            "desk/financeSplitter": self.client_panel.finance_tab.splitter}
        parts.update({f"desk/header/{v.objectName()}": v.horizontalHeader() for v in views})
        return parts

    def save_layout(self) -> None:
        settings = QSettings()
        for key, part in self._layout_parts().items():
            settings.setValue(key, part.saveState())  # type: ignore[attr-defined]

    def restore_layout(self) -> None:
        settings = QSettings()
        for key, part in self._layout_parts().items():
            state = settings.value(key)
            if state is not None:
                part.restoreState(state)  # type: ignore[attr-defined]
