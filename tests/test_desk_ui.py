"""The sales desk clicked through as a salesperson would, on a real demo database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import (
    Client,
    ClientStatus,
    Contact,
    Event,
    EventStatus,
    EventType,
    Phone,
)
from crm_desktop.services.clients.search import reindex_clients
from crm_desktop.services.core import db as dbs
from crm_desktop.services.locale.formatting import money
from crm_desktop.ui.desk.event_dialog import EventDialog
from crm_desktop.ui.main_window import MainWindow

from .actors import TESTER
from .helpers import open_desk, raw


@pytest.fixture
def window(qtbot: QtBot, demo_db: dbs.Database) -> Iterator[MainWindow]:
    win = open_desk(qtbot, demo_db)
    yield win
    win.close()


def utc_text(moment: datetime) -> str:
    """How a UTC instant is stored in SQLite, for the test's own queries."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def test_choosing_a_day_updates_the_counterparties(window: MainWindow, demo_path: Path) -> None:
    desk = window.desk
    user_id = desk.user_id.bytes
    for offset in range(1, 10):  # a coming day with events for this user
        day = date.today() + timedelta(days=offset)
        start = datetime.combine(day, datetime.min.time()).astimezone()
        expected = {r[0] for r in raw(
            demo_path, "SELECT c.short_name FROM events e JOIN clients c ON c.id = e.client_id "
            "WHERE e.responsible_id = ? AND e.start_at >= ? AND e.start_at < ? "
            "AND e.status != 'cancelled'", user_id, utc_text(start),
            utc_text(start + timedelta(days=1)))}
        if expected:
            break
    assert expected, "the demo user has events in the coming days"
    desk.day_panel.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    shown = {row.name for row in desk.day_panel.clients_model.rows}
    assert shown == expected
    assert str(len(desk.day_panel.agenda_model.rows)) in desk.day_panel.total_label.text()


def test_client_summary_equals_the_database(window: MainWindow, demo_path: Path,
                                            qtbot: QtBot) -> None:
    desk = window.desk
    row = raw(demo_path, "SELECT id, currency FROM clients WHERE id IN (SELECT client_id FROM "
              "sales_documents WHERE status = 'paid') ORDER BY short_name LIMIT 1")[0]
    client_id, currency = uuid.UUID(bytes=row[0]), str(row[1])
    deals = raw(demo_path, "SELECT count(*) FROM deals WHERE client_id = ?", row[0])[0][0]
    paid = [Decimal(str(r[0])) for r in raw(
        demo_path, "SELECT total FROM sales_documents WHERE client_id = ? AND kind = 'invoice' "
        "AND status = 'paid'", row[0])]
    invoiced = sum((Decimal(str(r[0])) for r in raw(
        demo_path, "SELECT total FROM sales_documents WHERE client_id = ? AND kind = 'invoice' "
        "AND status NOT IN ('draft', 'cancelled')", row[0])), Decimal(0))
    received = sum((Decimal(str(r[0])) for r in raw(
        demo_path, "SELECT amount FROM payments WHERE client_id = ?", row[0])), Decimal(0))
    total = sum(paid, Decimal(0)).quantize(Decimal("0.01"))

    desk.select_client(client_id)
    panel = window.findChild(QLabel, "totalSalesLabel")
    assert panel.text() == money(total, currency)
    assert window.findChild(QLabel, "dealCountLabel").text() == str(deals)
    assert window.findChild(QLabel, "averageCheckLabel").text() == money(
        (total / len(paid)).quantize(Decimal("0.01")), currency)
    assert window.findChild(QLabel, "debtLabel").text() == money(
        (invoiced - received).quantize(Decimal("0.01")), currency)
    assert window.findChild(QLabel, "clientSinceLabel").text() != "—"
    # the Finance tab shows the same invoices
    invoices = raw(demo_path, "SELECT number FROM sales_documents WHERE client_id = ? AND "
                   "kind = 'invoice' ORDER BY issue_date DESC, number DESC", row[0])
    finance = desk.client_panel.finance_tab
    assert [r.number for r in finance.invoices_model.rows] == [r[0] for r in invoices]


def _add_vladivostok_client(database: dbs.Database) -> uuid.UUID:
    with database.session(TESTER) as s:
        client = Client(short_name="Приморье Снаб", country="RU", currency="RUB",
                        city="Владивосток", status=ClientStatus.CUSTOMER)
        s.add(client)
        s.flush()
        contact = Contact(client_id=client.id, full_name="Олег Ким", is_primary=True)
        s.add(contact)
        s.flush()
        s.add(Phone(client_id=client.id, contact_id=contact.id, raw="8 (423) 222-33-44",
                    e164="+74232223344"))
        s.flush()
        reindex_clients(s, [client.id])
        return client.id


def test_vladivostok_contact_shows_utc_plus_10(window: MainWindow,
                                               demo_db: dbs.Database) -> None:
    client_id = _add_vladivostok_client(demo_db)
    window.desk.select_client(client_id)
    model = window.desk.client_panel.contacts_model
    assert model.rows[0].zone == "Asia/Vladivostok"
    text = model.data(model.index(0, 5))
    expected = datetime.now(UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("Asia/Vladivostok")).strftime("%H:")
    assert "UTC+10" in text and text.startswith(expected)
    assert model.data(model.index(0, 2)) == "+7 423 222-33-44"


def test_overdue_count_is_right(window: MainWindow, demo_path: Path) -> None:
    expected = raw(demo_path, "SELECT count(*) FROM events WHERE responsible_id = ? AND "
                   "status = 'planned' AND due_at < ? AND deleted_at IS NULL",
                   window.desk.user_id.bytes, utc_text(datetime.now(UTC)))[0][0]
    assert expected > 0
    label = window.findChild(QLabel, "eventsOverdueLabel")
    assert label.text().endswith(f": {expected}")
    dues = [r.due_at for r in window.desk.day_panel.overdue_model.rows]
    assert dues == sorted(dues)  # oldest first


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_call_button_dials_tel_and_logs_the_call(window: MainWindow, demo_db: dbs.Database,
                                                 demo_path: Path, qtbot: QtBot) -> None:
    client_id = _add_vladivostok_client(demo_db)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("tel", catcher, "handle")
    try:
        window.desk.select_client(client_id)
        qtbot.mouseClick(window.findChild(QPushButton, "callButton"), Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    assert [u.toString() for u in catcher.urls] == ["tel:+74232223344"]
    calls = raw(demo_path, "SELECT type, direction, status, result FROM events "
                "WHERE client_id = ? AND type = 'call'", client_id.bytes)
    assert calls == [("call", "out", "done", None)]
    # skipping the result keeps the call; giving one stores it
    dialog = window.desk.last_call
    assert dialog is not None and dialog.isVisible()
    dialog.result_edit.setPlainText("Договорились о встрече")
    dialog.save()
    assert raw(demo_path, "SELECT result FROM events WHERE client_id = ? AND type = 'call'",
               client_id.bytes) == [("Договорились о встрече",)]
    history = window.desk.client_panel.events_model.rows
    assert history[0].type == EventType.CALL


def test_completing_an_event_plans_the_next_one(window: MainWindow, demo_db: dbs.Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    desk = window.desk
    planned = next(r for r in desk.day_panel.agenda_model.rows if r.status == "planned")
    dialog = desk.open_event(planned.id)
    monkeypatch.setattr(EventDialog, "ask_result", lambda self: "Клиент согласен")
    monkeypatch.setattr(EventDialog, "offer_next_step", lambda self: True)

    def fill_and_save(self: EventDialog) -> int:
        self.subject_edit.setText("Отправить договор")
        return 1 if self.save() else 0

    monkeypatch.setattr(EventDialog, "exec", fill_and_save)
    dialog.complete()
    with demo_db.session() as s:
        done = s.get(Event, planned.id)
        assert done is not None
        assert done.status == EventStatus.DONE and done.result == "Клиент согласен"
        nxt = s.query(Event).filter(Event.chain_id == done.chain_id,
                                    Event.id != done.id).one()
        assert nxt.status == EventStatus.PLANNED
        assert nxt.subject == "Отправить договор"
        assert nxt.client_id == done.client_id
        assert nxt.start_at > datetime.now(UTC)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("typed", ["8 (423) 222-33-44", "+7 423 2223344", "2223344",
                                   "74232223344"])
def test_search_finds_a_client_by_phone_typed_differently(window: MainWindow,
                                                         demo_db: dbs.Database, qtbot: QtBot,
                                                         typed: str) -> None:
    client_id = _add_vladivostok_client(demo_db)
    search = window.desk.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, typed)

    def found() -> list[object]:
        return [search.results.item(i).data(Qt.ItemDataRole.UserRole + 1)
                for i in range(search.results.rowCount())]

    qtbot.waitUntil(lambda: client_id in found())  # the search answers off the GUI thread
    ids = found()
    with qtbot.waitSignal(search.client_chosen) as chosen:
        search._activated(search.results.index(ids.index(client_id), 0))
    assert chosen.args == [client_id]
    assert window.desk.client_id == client_id
    assert "Приморье Снаб" in window.findChild(QLabel, "clientNameLabel").text()


def test_new_event_refreshes_the_desk_without_reopening(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    desk = window.desk
    client_id = desk.day_panel.clients_model.rows[0].client_id
    desk.select_client(client_id)
    before = len(desk.client_panel.events_model.rows)
    dialog = desk.new_event()
    dialog.subject_edit.setText("Позвонить по тендеру")
    today = date.today()
    dialog.date_edit.setDate(QDate(today.year, today.month, today.day))
    dialog.save()
    assert len(desk.client_panel.events_model.rows) == before + 1
    assert "Позвонить по тендеру" in {r.subject for r in desk.day_panel.agenda_model.rows}


def test_event_dialog_refuses_an_empty_subject(window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    dialog = window.desk.new_event()
    assert dialog.save() is False
    assert shown == ["Enter a subject"]
    assert dialog.isVisible()


def test_editing_an_event_keeps_its_contact_and_reminder(window: MainWindow,
                                                         demo_db: dbs.Database) -> None:
    """Regression: QComboBox.findData missed equal UUIDs and saving dropped the contact."""
    with demo_db.session() as s:
        event = s.query(Event).filter(Event.contact_id.is_not(None),
                                      Event.remind_at.is_not(None),
                                      Event.status == EventStatus.PLANNED).first()
        assert event is not None
        event_id, contact_id = event.id, event.contact_id
        lead = event.start_at - event.remind_at
    dialog = window.desk.open_event(event_id)
    assert dialog.contact_combo.currentData() == contact_id
    dialog.subject_edit.setText("Уточнить сроки поставки")
    assert dialog.save()
    with demo_db.session() as s:
        saved = s.get(Event, event_id)
        assert saved is not None and saved.contact_id == contact_id
        assert saved.start_at - saved.remind_at == lead


def test_payments_from_the_finance_tab_move_the_desks_numbers(
        window: MainWindow, demo_db: dbs.Database, demo_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.models import DocumentStatus, SalesDocument
    from crm_desktop.ui.desk.payment_dialog import PaymentDialog

    row = raw(demo_path, "SELECT d.client_id, d.number, c.currency FROM sales_documents d "
              "JOIN clients c ON c.id = d.client_id WHERE d.kind = 'invoice' AND d.status IN "
              "('issued', 'sent') AND d.currency = c.currency LIMIT 1")[0]
    client_id, number = uuid.UUID(bytes=row[0]), row[1]
    desk = window.desk
    desk.select_client(client_id)
    finance = desk.client_panel.finance_tab
    index = [r.number for r in finance.invoices_model.rows].index(number)
    invoice = finance.invoices_model.rows[index]
    debt_before = desk.client_panel.summary.debt
    sales_before = desk.client_panel.summary.total_sales
    finance.invoices_view.selectRow(index)
    qtbot.mouseClick(window.findChild(QPushButton, "registerPaymentButton"),
                     Qt.MouseButton.LeftButton)
    dialog = window.findChild(PaymentDialog)
    assert dialog is not None
    half = (invoice.total / 2).quantize(Decimal("0.01"))
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _p, exc: shown.append(str(exc)))
    dialog.amount.setText(str(invoice.total + 1))
    assert dialog.save() is False and "outstanding" in shown[0]
    dialog.amount.setText(str(half).replace(".", ","))
    assert dialog.save()
    assert desk.client_panel.summary.debt == debt_before - half
    with demo_db.session() as s:
        doc = s.scalar(select(SalesDocument).where(SalesDocument.number == number))
        assert doc is not None and doc.status == DocumentStatus.PARTIALLY_PAID
    rest = desk.register_payment(next(r for r in finance.invoices_model.rows
                                      if r.number == number))
    assert rest.save()  # the outstanding rest is the default amount
    assert desk.client_panel.summary.debt == debt_before - invoice.total
    assert desk.client_panel.summary.total_sales == sales_before + invoice.total
    paid_row = next(r for r in finance.invoices_model.rows if r.number == number)
    assert paid_row.status == DocumentStatus.PAID and paid_row.paid == invoice.total
