"""Tables and windows a person can read (issue 12): every window fits a 1366×768 laptop and
remembers its size, the meaning column gets the room, a call's result shows in the history,
merge warns with counts, a draft is reopened and sent, missed reminders come as one list.

The module asks the offscreen platform for a 1366×768 screen (when it is the first to create
the application, as when this file runs alone)."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

if QApplication.instance() is None and os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    _SCREEN = Path(tempfile.mkdtemp(prefix="crm-screen-")) / "laptop.json"
    _SCREEN.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import (
    Client,
    DocumentKind,
    Event,
    EventStatus,
    EventType,
    OutboxMessage,
    OutboxStatus,
    User,
)
from crm_desktop.services.activities import events as event_service
from crm_desktop.services.clients.merge import merge_preview
from crm_desktop.services.core import db as dbs
from crm_desktop.services.mail import outbox as mail
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.fit import FRAME, cell_tooltip, header_width, size_key
from crm_desktop.ui.kit.forms import labels_without_buddy
from crm_desktop.ui.main_window import MainWindow

from .actors import TESTER
from .helpers import open_desk, raw
from .test_desk_ui import UrlCatcher, _add_vladivostok_client
from .test_mail import SmtpServer, file_keyring, free_port  # noqa: F401 (fixture)

LAPTOP = QSize(1366, 768)
TASKBAR = 40  # a laptop's task bar, which a window's minimum size must leave room for too
TITLE = 30  # the window's title bar


@pytest.fixture
def window(qtbot: QtBot, demo_db: dbs.Database) -> Iterator[MainWindow]:
    win = open_desk(qtbot, demo_db)
    yield win
    win.close()


def _area() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    # the file asks for a laptop screen; if another module made the application first,
    # the check is made against the laptop's size anyway (windows may not exceed either)
    return area if area.size() == LAPTOP else QRect(QPoint(0, 0), LAPTOP)


def fully_visible(widget: QWidget, window: QWidget) -> bool:
    """Shown, not clipped by any parent, and inside the window's own rectangle."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return window.rect().contains(where) and \
        widget.visibleRegion().boundingRect().size() == widget.size()


def check_fits(window: QWidget, *key: QWidget) -> list[str]:
    """What keeps `window` from a 1366×768 screen: its size, its minimum size, a key widget
    out of sight."""
    area = _area()
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    name = window.objectName()
    problems = []
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    if window.width() > room.width() or window.height() > room.height():
        problems.append(f"{name}: size {window.width()}×{window.height()} > {room.width()}×"
                        f"{room.height()}")
    if least.width() > room.width() or least.height() > area.height() - TASKBAR - TITLE:
        problems.append(f"{name}: minimum {least.width()}×{least.height()}")
    for widget in key:
        if not fully_visible(widget, window):
            problems.append(f"{name}: {widget.objectName()} not fully visible")
    return problems


def _show(qtbot: QtBot, dialog: QWidget) -> QWidget:
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # one pass for the layouts, not a loop
    return dialog


def _client_with_deals(path: Path) -> uuid.UUID:
    row = raw(path, "SELECT client_id FROM deals GROUP BY client_id ORDER BY count(*) DESC "
                    "LIMIT 1")[0]
    return uuid.UUID(bytes=row[0])  # type: ignore[arg-type]


def test_every_window_fits_a_1366x768_laptop(window: MainWindow, qtbot: QtBot,
                                             demo_path: Path, demo_db: dbs.Database) -> None:
    from crm_desktop.ui.catalogue.product_dialog import ProductDialog
    from crm_desktop.ui.claims.card import ClaimCardDialog
    from crm_desktop.ui.deals.card import DealCardDialog
    from crm_desktop.ui.orders.order_dialog import OrderDialog

    problems: list[str] = []
    desk = window.desk
    client_id = _client_with_deals(demo_path)
    desk.select_client(client_id)
    qtbot.waitUntil(lambda: desk.client_id == client_id)
    _show(qtbot, window)
    panel = desk.client_panel
    problems += check_fits(window, panel.call_button, panel.price_button, panel.debt_label,
                           panel.total_label, desk.search, panel.events_view)
    quote = desk.open_quote()
    assert quote is not None
    _show(qtbot, quote)
    problems += check_fits(quote, quote.invoice_button, quote.quote_button, quote.draft_button,
                           quote.total_label, quote.vat_label, quote.net_label)
    quote.close()
    card = desk.open_card()
    assert card is not None
    _show(qtbot, card)
    bar = card.tabs.tabBar()
    problems += check_fits(card)
    if bar.sizeHint().width() > card.tabs.width():
        problems.append("clientCard: the tab bar needs scroll arrows")
    card.close()
    deal_id = uuid.UUID(bytes=raw(demo_path, "SELECT id FROM deals WHERE client_id = ? LIMIT 1",
                                  client_id.bytes)[0][0])  # type: ignore[arg-type]
    deal = DealCardDialog(window.ctx, deal_id, window)
    _show(qtbot, deal)
    tabs = deal.findChild(QWidget, "dealTabs")
    assert tabs is not None
    problems += check_fits(deal)
    if tabs.tabBar().sizeHint().width() > tabs.width():  # type: ignore[attr-defined]
        problems.append("dealCard: the tab bar needs scroll arrows")
    deal.close()
    for opened in (desk.new_event(), desk.show_events_report(), window.open_outbox(),
                   window.edit_smtp(), window.edit_company(), window.open_clients(),
                   window.open_orders(), window.open_claims(), window.open_catalogue(),
                   OrderDialog(window.ctx, client_id=client_id, parent=window),
                   ClaimCardDialog(window.ctx, client_id=client_id, parent=window),
                   ProductDialog(window.ctx, None, None, window)):
        _show(qtbot, opened)
        problems += check_fits(opened)
        opened.close()
    assert problems == []


def test_sizes_are_remembered_and_kept_within_the_screen(window: MainWindow,
                                                         qtbot: QtBot) -> None:
    outbox = window.open_outbox()
    _show(qtbot, outbox)
    outbox.resize(700, 380)
    outbox.close()
    assert QSettings().value(size_key(outbox)) == QSize(700, 380)
    again = window.open_outbox()
    assert again.size() == QSize(700, 380)  # as the person left it
    again.close()
    QSettings().setValue(size_key(again), QSize(3000, 2000))  # e.g. from a bigger monitor
    third = window.open_outbox()
    area = _area()
    assert third.width() <= area.width() - FRAME.width()
    assert third.height() <= area.height() - FRAME.height()
    third.close()
    # a size the window can take whatever its minimum (which depends on what earlier tests
    # left in the status bar and the fonts)
    wanted = QSize(1100, max(690, window.minimumSizeHint().height(),
                             window.minimumSize().height()))
    window.resize(wanted)
    window.close()
    assert QSettings().value("windows/MainWindow/size") == wanted
    second = MainWindow(window.database, window.user, "en")
    qtbot.addWidget(second)
    assert second.size() == wanted
    second.close()


def test_the_meaning_column_gets_the_room_and_cut_text_its_tooltip(
        window: MainWindow, qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    desk = window.desk
    client_id = _client_with_deals(demo_path)
    long_text = "Обсудили поставку картриджей на второй квартал, " * 6
    with demo_db.session(TESTER) as s:
        event_service.create_event(s, event_service.EventInput(
            type=EventType.MEETING, subject="Встреча по условиям поставки и оплате " * 3,
            start_at=datetime.now(UTC), content=long_text, client_id=client_id,
            responsible_id=desk.user_id))
    desk.select_client(client_id)
    _show(qtbot, window)
    view = desk.client_panel.events_view
    model = desk.client_panel.events_model
    desk.load_client_events()
    qtbot.wait(50)  # the stretched column takes the rest at the header's next layout
    content = 4
    assert model.headerData(content, Qt.Orientation.Horizontal) == "Content"
    width = view.columnWidth(content)
    assert width >= view.fontMetrics().averageCharWidth() * 30, \
        (width, view.viewport().width(), [view.columnWidth(c) for c in range(7)])
    for column in range(model.columnCount()):  # no header is cut
        assert view.columnWidth(column) >= header_width(view, column) - 2, column
    row = next(i for i, r in enumerate(model.rows) if r.full_content == long_text.strip())
    assert cell_tooltip(view, model.index(row, content)) == long_text.strip()
    subject = model.index(row, 1)
    assert cell_tooltip(view, subject) == model.rows[row].subject  # cut, so shown whole
    date_cell = model.index(row, 0)
    assert cell_tooltip(view, date_cell) is None  # fits: no tooltip
    claims = window.open_claims()
    _show(qtbot, claims)
    qtbot.waitUntil(lambda: claims.model.rowCount() > 0, timeout=10_000)  # type: ignore
    claims_view = claims.view  # type: ignore[attr-defined]
    for column in range(claims.model.columnCount()):  # type: ignore[attr-defined]
        assert claims_view.columnWidth(column) >= header_width(claims_view, column) - 2, column


def test_a_calls_result_shows_in_the_history(window: MainWindow, demo_db: dbs.Database,
                                             qtbot: QtBot) -> None:
    client_id = _add_vladivostok_client(demo_db)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("tel", catcher, "handle")  # type: ignore[arg-type]
    try:
        window.desk.select_client(client_id)
        window.desk.call_contact()
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    dialog = window.desk.last_call
    assert dialog is not None
    dialog.result_edit.setPlainText("Договорились о встрече в четверг")
    assert dialog.save()
    panel = window.desk.client_panel
    qtbot.waitUntil(lambda: any(r.result for r in panel.events_model.rows))
    titles = [panel.events_model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(panel.events_model.columnCount())]
    result_column = titles.index("Result")
    call = next(i for i, r in enumerate(panel.events_model.rows) if r.type == EventType.CALL)
    shown = panel.events_model.data(panel.events_model.index(call, result_column))
    assert shown == "Договорились о встрече в четверг"


def test_the_new_event_dialog_names_its_client_and_assigns_a_colleague(
        window: MainWindow, demo_db: dbs.Database, demo_path: Path) -> None:
    desk = window.desk
    client_id = _client_with_deals(demo_path)
    desk.select_client(client_id)
    with demo_db.session(TESTER) as s:
        name = s.get(Client, client_id).short_name  # type: ignore[union-attr]
        colleague = s.scalars(select(User).where(User.id != desk.user_id, User.active)).first()
        assert colleague is not None
        colleague_id, colleague_name = colleague.id, colleague.full_name
    dialog = desk.new_event()
    assert name in dialog.windowTitle() and name in dialog.client_label.text()
    assert not dialog.complete_button.isEnabled() and not dialog.cancel_event_button.isEnabled()
    assert dialog.complete_button.isVisible()
    combo = dialog.responsible_combo
    assert combo.currentData() == desk.user_id  # the author by default
    assert select_data(combo, colleague_id)
    assert combo.currentText() == colleague_name
    dialog.subject_edit.setText("Передать клиента коллеге")
    assert dialog.save()
    assert dialog.event_id is not None
    with demo_db.session() as s:
        event = s.get(Event, dialog.event_id)
        assert event is not None and event.responsible_id == colleague_id
    reopened = desk.open_event(dialog.event_id)
    assert reopened.complete_button.isEnabled() and reopened.cancel_event_button.isEnabled()
    assert reopened.responsible_combo.currentData() == colleague_id
    reopened.close()


def test_the_clients_filters_say_what_they_filter(window: MainWindow, qtbot: QtBot) -> None:
    clients = window.open_clients()
    qtbot.waitUntil(lambda: clients.choices_loaded)
    firsts = [clients.findChild(QComboBox, name).itemText(0)  # type: ignore[union-attr]
              for name in ("clientsFilterStatus", "clientsFilterTag",
                           "clientsFilterResponsible", "clientsFilterRegion")]
    assert firsts == ["Status: all", "Tag: all", "Responsible: all", "Region: all"]


def test_merge_warns_about_different_tax_ids_and_counts_what_each_brings(
        window: MainWindow, demo_db: dbs.Database, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui.clients.merge_dialog import MergeDialog, open_merge

    first = _client_with_deals(demo_path)
    second = uuid.UUID(bytes=raw(  # type: ignore[arg-type]
        demo_path, "SELECT id FROM clients WHERE tax_id IS NOT NULL AND id != ? AND "
        "deleted_at IS NULL AND tax_id != (SELECT coalesce(tax_id, '') FROM clients "
        "WHERE id = ?) LIMIT 1", first.bytes, first.bytes)[0][0])
    with demo_db.session(TESTER) as s:
        a, b = s.get(Client, first), s.get(Client, second)
        assert a is not None and b is not None
        a.tax_id = a.tax_id or "123456789012"
        a.short_name = "ТОО " + a.short_name.removeprefix("ТОО ")
        b.short_name = "ИП " + b.short_name.removeprefix("ИП ")
        tax_a, tax_b, name_a, name_b = a.tax_id, b.tax_id, a.short_name, b.short_name

    def counts(cid: uuid.UUID) -> tuple[int, ...]:
        return tuple(int(str(raw(demo_path, f"SELECT count(*) FROM {table} WHERE client_id = ?"
                                 " AND deleted_at IS NULL", cid.bytes)[0][0]))
                     for table in ("deals", "sales_documents", "events"))

    with demo_db.session() as s:
        preview = merge_preview(s, first, second)
    assert preview.different_tax_ids and preview.different_legal_forms
    assert (preview.sides[0].deals, preview.sides[0].documents, preview.sides[0].events) \
        == counts(first)
    assert counts(first)[0] > 0
    dialog = open_merge(window.ctx, first, second, window)
    assert isinstance(dialog, MergeDialog)
    text = dialog.warning.text()
    assert f"Different tax IDs: {tax_a} and {tax_b}" in text
    assert "Different legal forms: ТОО and ИП" in text
    for name, cid in ((name_a, first), (name_b, second)):
        deals, documents, events = counts(cid)
        assert f"{name} brings {deals} deals, {documents} documents, {events} events." in text
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str,
                 *_rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.merge()
    assert asked and "Different tax IDs" in asked[0]  # the confirmation repeats the warning
    dialog.close()


def test_a_draft_is_reopened_from_the_outbox_and_sent(
        qtbot: QtBot, demo_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    port = free_port()
    with demo_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz"))
    window = open_desk(qtbot, demo_db)
    window.desk.select_client(window.desk.day_panel.clients_model.rows[0].client_id)
    quote = window.desk.open_quote()
    assert quote is not None
    quote.add_current_product()
    quote.create_document(DocumentKind.INVOICE)
    qtbot.waitUntil(lambda: quote.composer is not None, timeout=20_000)
    composer = quote.composer
    assert composer is not None
    composer.to_edit.clear()  # finished later
    composer.subject_edit.setText("Счёт — черновик")
    assert composer.save_draft()
    outbox = window.open_outbox()
    row = next(i for i, r in enumerate(outbox.model.rows) if r.status == OutboxStatus.DRAFT)
    outbox.view.selectRow(row)
    reopened = outbox.open_draft()
    assert reopened is not None
    assert reopened.subject_edit.text() == "Счёт — черновик"  # type: ignore[attr-defined]
    assert reopened.draft.pdf.startswith(b"%PDF")  # type: ignore[attr-defined]
    reopened.to_edit.setText("buyer@example.kz")  # type: ignore[attr-defined]

    def status() -> list[OutboxStatus]:
        with demo_db.session() as s:
            return [r.status for r in s.scalars(select(OutboxMessage))]

    with SmtpServer(port) as server:
        assert reopened.send()  # type: ignore[attr-defined]
        window.outbox_sender.kick()  # the sender also starts by itself on the outbox change
        qtbot.waitUntil(lambda: status() == [OutboxStatus.SENT], timeout=20_000)
    assert len(server.handler.messages) == 1
    sent = server.handler.messages[0]
    assert b"buyer@example.kz" in sent and b"application/pdf" in sent
    with demo_db.session(TESTER) as s:
        rows = s.scalars(select(OutboxMessage)).all()
        assert [r.status for r in rows] == [OutboxStatus.SENT]  # the draft itself went out
        assert rows[0].recipients == "buyer@example.kz"
        events = s.scalars(select(Event).where(Event.type == EventType.EMAIL,
                                               Event.subject == "Счёт — черновик")).all()
        assert len(events) == 1  # the history records the letter
    window.close()


def test_missed_reminders_come_as_one_list(qtbot: QtBot, demo_db: dbs.Database,
                                           demo_path: Path) -> None:
    from crm_desktop.services.company.first_run import current_user

    user = current_user(demo_db, None)
    assert user is not None
    client_id = _client_with_deals(demo_path)
    now = datetime.now(UTC)
    with demo_db.session(TESTER) as s:
        for event in s.scalars(select(Event).where(Event.responsible_id == user.id,
                                                   Event.remind_at.is_not(None))):
            event.remind_at = None  # only this test's reminders
        for n in range(8):
            event_service.create_event(s, event_service.EventInput(
                type=EventType.CALL, subject=f"Перезвонить {n + 1}",
                start_at=now - timedelta(hours=n + 1), client_id=client_id,
                responsible_id=user.id, remind_before=timedelta(minutes=15)))
    window = MainWindow(demo_db, user, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.desk.reminders.popup is not None
                    and window.desk.reminders.popup.isVisible())
    popup = window.desk.reminders.popup
    assert popup is not None
    assert popup.model.rowCount() == 8
    assert "8 missed" in popup.heading.text()
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QDialog) and w.isVisible()]
    assert shown == [popup]  # one window, not eight
    window.desk.reminders.check()  # the minute's check: still one list, nothing new
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()] == [popup]
    popup.findChild(QPushButton, "selectAllRemindersButton").click()  # type: ignore[union-attr]
    popup.findChild(QPushButton, "dismissReminderButton").click()  # type: ignore[union-attr]
    with demo_db.session() as s:
        left = s.scalars(select(Event).where(Event.responsible_id == user.id,
                                             Event.remind_at.is_not(None),
                                             Event.status == EventStatus.PLANNED)).all()
        assert left == []
    assert not popup.isVisible()
    window.close()


def test_no_form_label_shows_its_ampersand(window: MainWindow, qtbot: QtBot, demo_path: Path,
                                           demo_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    """A label beside a row layout needs a buddy, or its '&' prints (and Alt+key is dead)."""
    from crm_desktop.ui.catalogue.product_dialog import ProductDialog
    from crm_desktop.ui.claims.card import ClaimCardDialog
    from crm_desktop.ui.deals.card import DealCardDialog
    from crm_desktop.ui.orders.order_dialog import OrderDialog

    with demo_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=free_port(),
                                                security="none",
                                                from_address="sales@dalatrade.kz"))
    desk = window.desk
    client_id = _client_with_deals(demo_path)
    desk.select_client(client_id)
    deal_id = uuid.UUID(bytes=raw(demo_path, "SELECT id FROM deals WHERE client_id = ? LIMIT 1",
                                  client_id.bytes)[0][0])  # type: ignore[arg-type]
    quote = desk.open_quote()
    assert quote is not None
    quote.add_current_product()
    quote.create_document(DocumentKind.QUOTE)
    qtbot.waitUntil(lambda: quote.composer is not None, timeout=20_000)
    dialogs: list[QWidget] = [
        quote.composer,  # type: ignore[list-item]
        desk.new_event(), desk.open_card(),  # type: ignore[list-item]
        window.edit_smtp(), window.edit_company(),
        OrderDialog(window.ctx, client_id=client_id, parent=window),
        ClaimCardDialog(window.ctx, client_id=client_id, parent=window),
        ProductDialog(window.ctx, None, None, window),
        DealCardDialog(window.ctx, deal_id, window)]
    missing = {d.objectName(): labels_without_buddy(d) for d in dialogs}
    assert {k: v for k, v in missing.items() if v} == {}
    for dialog in dialogs:
        dialog.close()


def test_headers_and_hints_are_whole_at_first_start(window: MainWindow, qtbot: QtBot,
                                                    demo_path: Path) -> None:
    """'онтактное лиц': the contacts' header before any client is chosen; the SMTP password's
    hint; the quote form's warehouse columns."""
    from PySide6.QtWidgets import QLineEdit, QTableView

    _show(qtbot, window)
    panel = window.desk.client_panel
    assert panel.contacts_model.rowCount() == 0
    for view in (panel.contacts_view, panel.events_view, window.desk.day_panel.overdue_view):
        for column in range(view.model().columnCount()):
            assert view.columnWidth(column) >= header_width(view, column) - 2, \
                (view.objectName(), column)
    smtp = window.edit_smtp()
    _show(qtbot, smtp)
    password = next(e for e in smtp.findChildren(QLineEdit)
                    if e.echoMode() == QLineEdit.EchoMode.Password)
    assert password.width() >= password.fontMetrics().horizontalAdvance(
        password.placeholderText())
    smtp.close()
    window.desk.select_client(_client_with_deals(demo_path))
    quote = window.desk.open_quote()
    assert quote is not None
    _show(qtbot, quote)
    products: QTableView = quote.products_view
    for column in range(products.model().columnCount()):
        assert products.columnWidth(column) >= header_width(products, column) - 2, column
    quote.close()
