"""The sales desk: the day on the left, the client on the line on the right, search on top."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from crm_desktop.services.activities import events as event_service
from crm_desktop.services.core.changes import Change
from crm_desktop.services.desk import read as desk_service
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Job, Operation, Query

from ..claims.desk_part import DeskClaims
from ..clients.card import ClientCardDialog
from ..orders.desk_parts import DeskOrders
from ..quote.price_cache import PriceListCache
from ..quote.quick_quote import QuickQuoteDialog, QuoteStart, load_quote_start
from .call import CallResultDialog, dial_url
from .client_panel import ClientPanel
from .day_panel import DayPanel
from .event_dialog import EventDialog
from .events_report import EventsReportDialog
from .payment_dialog import PaymentDialog
from .reminders import ReminderWatcher
from .search import GlobalSearch

# what the day side shows (its clients and contacts by name)
DAY_KINDS = frozenset({Change.EVENTS, Change.CLIENTS, Change.CONTACTS})
# what the client side shows: a change of the catalogue or of terms does not touch it
CLIENT_KINDS = frozenset({Change.EVENTS, Change.CLIENTS, Change.CONTACTS, Change.DOCUMENTS,
                          Change.PAYMENTS, Change.DEALS, Change.SHIPMENTS})


class DeskWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.ctx = ctx
        self.user_id: uuid.UUID = ctx.user.id
        self.client_id: uuid.UUID | None = None
        self.last_call: CallResultDialog | None = None
        self._marks: dict[tuple[int, int], dict[date, int]] = {}  # per shown month, until changes

        self.search = GlobalSearch(ctx, self)
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
        self.client_panel.requisites_button.clicked.connect(lambda: self.open_card())
        self.client_panel.events_button.clicked.connect(self.show_events_report)
        self.client_panel.price_button.clicked.connect(self.open_quote)
        self.client_panel.finance_tab.payment_requested.connect(self.register_payment)
        self.search.client_chosen.connect(self.select_client)
        ctx.bus.subscribe(DAY_KINDS | CLIENT_KINDS, self.on_data_changed, owner=self)

        QShortcut(QKeySequence("Ctrl+K"), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_event)
        QShortcut(QKeySequence("Ctrl+D"), self, self.day_panel.focus_clients)

        self.minute_timer = QTimer(self)
        self.minute_timer.setInterval(60_000)
        self.minute_timer.timeout.connect(self.on_minute)
        self.minute_timer.start()
        self.reminders = ReminderWatcher(ctx, self)
        self.prices = PriceListCache(ctx, self)
        self.orders = DeskOrders(ctx, self.day_panel, self.client_panel, self.select_client, self)
        self.claims = DeskClaims(ctx, self.client_panel, self)

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
            days = self._marks[month] = self.ctx.read(
                lambda s: desk_service.event_days(s, self.user_id, first, last))
        self.day_panel.mark_days(days)

    def load_day(self, day: date) -> None:
        view = self.ctx.read(
            lambda s: desk_service.day_view(s, self.user_id, day, datetime.now(UTC)))
        self.day_panel.show_day(view)

    def load_overdue(self) -> None:
        count, items = self.ctx.read(
            lambda s: desk_service.overdue_events(s, self.user_id, datetime.now(UTC)))
        self.day_panel.show_overdue(count, items)

    def select_client(self, client_id: uuid.UUID) -> None:
        """Make a client current: summary, contacts, history and finance."""
        def load(s: Session) -> tuple[desk_service.ClientSummary, list[desk_service.ContactRow],
                                      desk_service.Finance]:
            return (desk_service.client_summary(s, client_id),
                    desk_service.client_contacts(s, client_id),
                    desk_service.client_finance(s, client_id, date.today()))

        def show(loaded: tuple[desk_service.ClientSummary, list[desk_service.ContactRow],
                               desk_service.Finance]) -> None:
            summary, contacts, finance = loaded
            self.client_id = client_id
            self.client_panel.show_summary(summary)
            self.client_panel.show_contacts(contacts)
            self.client_panel.show_finance(finance)
            self.orders.show_client(client_id)
            self.claims.show_client(client_id)
            self.load_client_events()

        Query(self, self.ctx, load).success(show).run()  # a vanished client is a message

    def load_client_events(self) -> None:
        if self.client_id is None:
            return
        client_id, event_type = self.client_id, self.client_panel.event_type()
        since = self.client_panel.period_start()
        rows = self.ctx.read(lambda s: desk_service.client_events(s, client_id, event_type, since))
        self.client_panel.show_events(rows)

    def refresh(self) -> None:
        self.on_data_changed(frozenset({Change.ALL}))

    def on_data_changed(self, kinds: frozenset[Change]) -> None:
        everything = Change.ALL in kinds
        day = self.day_panel.selected_day()
        if everything or kinds & DAY_KINDS:
            self._marks.clear()
            self.load_marks(day)
            self.load_day(day)
            self.load_overdue()
        if self.client_id is not None and (everything or kinds & CLIENT_KINDS):
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
        dialog = EventDialog(self.ctx, event_id=event_id, parent=self)
        dialog.open()
        return dialog

    def new_event(self) -> EventDialog:
        dialog = EventDialog(self.ctx, client_id=self.client_id, parent=self)
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
        client_id, contact_id, phone = self.client_id, contact.id, contact.phone_display

        def ask_result(event_id: uuid.UUID) -> None:
            self.last_call = CallResultDialog(self.ctx, event_id, contact.full_name, started,
                                              self)
            self.last_call.open()

        logged = Operation(self, self.ctx, lambda s: event_service.log_call(
            s, self.user_id, client_id, contact_id, phone, started).id).success(ask_result).run()
        return self.last_call.event_id if logged and self.last_call is not None else None

    def open_quote(self) -> QuickQuoteDialog | None:
        """The quick-quote form for the current client."""
        client_id = self.client_id
        if client_id is None:
            return None
        opened: list[QuickQuoteDialog] = []

        def show(start: QuoteStart) -> None:
            opened.append(QuickQuoteDialog(self.ctx, client_id, self, prices=self.prices,
                                           start=start))
            opened[0].open()

        # e.g. no exchange rate for the client's currency: a message, no form
        Query(self, self.ctx, lambda s: load_quote_start(s, client_id)).success(show).run()
        return opened[0] if opened else None

    def register_payment(self, invoice: desk_service.InvoiceRow) -> PaymentDialog:
        dialog = PaymentDialog(self.ctx, invoice.id, invoice.number, invoice.currency, self)
        dialog.open()
        return dialog

    def open_card(self, client_id: uuid.UUID | None = None) -> ClientCardDialog | None:
        """The client card of the chosen client (or `client_id`); a duplicate the person opens
        from the card's warning gets its own card."""
        client_id = client_id or self.client_id
        if client_id is None:
            return None
        opened: list[ClientCardDialog] = []

        def make() -> None:  # the card loads itself: a vanished client is a message
            opened.append(ClientCardDialog(self.ctx, client_id, parent=self))

        if not Job(self, self.ctx, make).run():
            return None
        dialog = opened[0]
        dialog.open_client.connect(self.open_card)
        dialog.open()
        return dialog

    def show_events_report(self) -> EventsReportDialog:
        dialog = EventsReportDialog(self.ctx, self.client_id, self)
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
