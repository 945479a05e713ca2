"""The claims windows as a user drives them, on a real demo database: the list filters and
highlights an overdue claim; the card registers, confirms, plans (an overdue task reaches its
owner's desk) and resolves a claim; a file attached twice is stored once; the desk's Claims
tab; a new claim from an order; a salesperson refused the reasons list with a translated
message."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.models import ClaimStatus
from crm_desktop.services.claims import lists
from crm_desktop.services.claims.writing import ClaimInput, register_claim
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import FORBIDDEN, Permission
from crm_desktop.ui.claims.card import ClaimCardDialog
from crm_desktop.ui.claims.list_window import ClaimsWindow
from crm_desktop.ui.claims.model import OVERDUE_BACKGROUND
from crm_desktop.ui.claims.reasons_dialog import ReasonsDialog
from crm_desktop.ui.clients.card import ClientCardDialog
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.orders.order_dialog import OrderDialog

from .actors import person
from .helpers import open_desk, raw

HEAD, SALES = "d.seitkali", "a.nurlanova"


def _ctx(db: dbs.Database, login: str = HEAD) -> AppContext:
    return AppContext(db, person(db, login), DataBus())


def _uid(value: object) -> uuid.UUID:
    assert isinstance(value, bytes)
    return uuid.UUID(bytes=value)


def _client_with_order(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    client, order = raw(path, "SELECT client_id, id FROM orders ORDER BY number LIMIT 1")[0]
    return _uid(client), _uid(order)


def _background(window: ClaimsWindow, row: int) -> object:
    brush = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if isinstance(brush, QBrush) else None


def test_list_filters_by_status_and_highlights_an_overdue_claim(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _ctx(demo_db)
    client_id, _order = _client_with_order(demo_path)
    with demo_db.session(ctx.user) as s:  # open and past its deadline yesterday
        late = register_claim(s, ClaimInput(client_id=client_id, essence="Late answer",
                                            due_date=date.today() - timedelta(days=1)),
                              today=date.today() + timedelta(days=1))
    window = ClaimsWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.loading, timeout=15_000)
    total = raw(demo_path, "SELECT count(*) FROM claims")[0][0]
    assert window.counts.text().startswith(f"{total} claims")
    rows = [window.model.row_at(i) for i in range(window.model.rowCount())]
    mine = next(i for i, r in enumerate(rows) if r is not None and r.id == late.id)
    assert _background(window, mine) == OVERDUE_BACKGROUND
    calm = [i for i, r in enumerate(rows) if r is not None and not r.overdue]
    assert calm and all(_background(window, i) is None for i in calm)
    resolved = {r[0] for r in raw(demo_path,
                                  "SELECT number FROM claims WHERE status = 'resolved'")}
    assert resolved
    select_data(window.status, ClaimStatus.RESOLVED)
    qtbot.waitUntil(lambda: not window.loading and window.model.rowCount() == len(resolved),
                    timeout=15_000)
    shown = {window.model.row_at(i).number  # type: ignore[union-attr]
             for i in range(window.model.rowCount())}
    assert shown == resolved


def test_card_registers_confirms_plans_and_resolves_a_claim(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _ctx(demo_db)
    client_id, order_id = _client_with_order(demo_path)
    owner = person(demo_db, SALES)
    card = ClaimCardDialog(ctx, client_id=client_id, order_id=order_id)
    qtbot.addWidget(card)
    assert card.order.currentData() == order_id
    card.essence.setPlainText("The pump arrived with a cracked housing")
    assert card.save()
    claim_id = card.claim_id
    assert claim_id is not None
    key = claim_id.bytes
    assert raw(demo_path, "SELECT status, essence FROM claims WHERE id = ?", key) == [
        ("registered", "The pump arrived with a cracked housing")]
    confirm = card.findChild(QPushButton, "claimStatus_confirmed")
    assert confirm is not None
    confirm.click()
    assert raw(demo_path, "SELECT status FROM claims WHERE id = ?", key) == [("confirmed",)]
    now = datetime.now(UTC)
    assert card.add_task("Photograph the housing", owner.id, now + timedelta(days=2))
    assert card.add_task("Ask the carrier", owner.id, now - timedelta(hours=3))  # overdue
    assert card.add_task("Decide the replacement", None, now + timedelta(days=5))
    assert card.progress.text() == "0 of 3 done  ·  1 overdue"
    assert raw(demo_path, "SELECT count(*) FROM events WHERE claim_id = ? AND type = 'task'",
               key) == [(3,)]
    desk = open_desk(qtbot, demo_db, SALES).desk
    subjects = [r.subject for r in desk.day_panel.overdue_model.rows]
    assert "Ask the carrier" in subjects
    card.load()
    resolve = card.findChild(QPushButton, "claimStatus_resolved")
    assert resolve is not None
    resolve.click()
    dialog = card.resolve_dialog
    assert dialog is not None
    dialog.result_combo.setCurrentIndex(1)
    result_id = dialog.result_combo.currentData()
    dialog.satisfaction.setValue(4)
    dialog.text.setPlainText("Replaced the pump")
    dialog.accept()
    stored = raw(demo_path, "SELECT status, result_id, satisfaction, resolution, resolved_at, "
                 "confirmed_at FROM claims WHERE id = ?", key)[0]
    assert stored[:4] == ("resolved", result_id.bytes, 4, "Replaced the pump")
    assert stored[4] is not None and stored[5] is not None
    assert [r[0] for r in raw(demo_path, "SELECT to_status FROM claim_status_changes "
                              "WHERE claim_id = ? ORDER BY changed_at", key)] == [
        "registered", "confirmed", "resolved"]
    assert "Resolved" in card.status_label.text()
    assert not card.save_button.isEnabled()


def test_a_file_attached_twice_is_stored_once(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path, tmp_path: Path) -> None:
    ctx = _ctx(demo_db)
    client_id, _order = _client_with_order(demo_path)
    card = ClaimCardDialog(ctx, client_id=client_id)
    qtbot.addWidget(card)
    card.essence.setPlainText("Scratches")
    assert card.save()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 scratched door " * 50)
    again = tmp_path / "same-photo.jpg"
    again.write_bytes(photo.read_bytes())
    assert card.attach([photo])
    assert card.attach([again])
    assert card.claim_id is not None
    assert raw(demo_path, "SELECT count(*) FROM attachments WHERE claim_id = ?",
               card.claim_id.bytes) == [(1,)]
    assert card.files_table.rowCount() == 1


def test_desk_claims_tab_lists_the_clients_claims(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    client, count = raw(demo_path, "SELECT client_id, count(*) FROM claims GROUP BY client_id "
                        "ORDER BY count(*) DESC LIMIT 1")[0]
    window = open_desk(qtbot, demo_db, HEAD)
    desk = window.desk
    desk.select_client(_uid(client))
    claims = desk.claims
    assert claims.model.rowCount() == count
    numbers = {r[0] for r in raw(demo_path, "SELECT number FROM claims WHERE client_id = ?",
                                 client)}
    assert {r.number for r in claims.model.rows} == numbers
    tabs = desk.client_panel.tabs
    assert tabs.tabText(claims.tab_index).startswith("Claims")
    assert claims.new_button.isEnabled()
    card = claims.new_claim()
    assert isinstance(card, ClaimCardDialog)
    qtbot.addWidget(card)
    assert card.client_id == _uid(client)


def test_new_claim_from_an_order_fills_the_order_in(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _ctx(demo_db)
    client_id, order_id = _client_with_order(demo_path)
    dialog = OrderDialog(ctx, order_id=order_id)
    qtbot.addWidget(dialog)
    assert dialog.claim_button.isEnabled()
    card = dialog.new_claim()
    assert isinstance(card, ClaimCardDialog)
    qtbot.addWidget(card)
    assert card.client_id == client_id
    assert card.order.currentData() == order_id
    card.essence.setPlainText("Delivered late")
    assert card.save()
    assert card.claim_id is not None
    assert raw(demo_path, "SELECT order_id, client_id FROM claims WHERE id = ?",
               card.claim_id.bytes) == [(order_id.bytes, client_id.bytes)]


def test_new_claim_from_the_client_card_fills_the_client_in(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _ctx(demo_db)
    client_id, _order = _client_with_order(demo_path)
    new_card = ClientCardDialog(ctx)
    qtbot.addWidget(new_card)
    assert not new_card.claim_button.isEnabled()  # an unsaved client has no claims yet
    dialog = ClientCardDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    assert dialog.claim_button.isEnabled()
    dialog.claim_button.click()
    cards = dialog.findChildren(ClaimCardDialog)
    assert len(cards) == 1
    card = cards[0]
    assert card.client_id == client_id
    card.essence.setPlainText("Wrong colour delivered")
    assert card.save()
    assert card.claim_id is not None
    assert raw(demo_path, "SELECT client_id FROM claims WHERE id = ?",
               card.claim_id.bytes) == [(client_id.bytes,)]


def test_a_salesperson_cannot_edit_the_reasons(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _ctx(demo_db, SALES)
    assert not ctx.can(Permission.EDIT_CLAIM_LISTS)
    before = raw(demo_path, "SELECT id, name FROM claim_reasons WHERE deleted_at IS NULL "
                 "ORDER BY id")
    dialog = ReasonsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.add_row("Logistics", "Lost parcel")
    assert not dialog.save()  # the service refuses; the dialog says so, translated
    refused = error_text(CrmError(FORBIDDEN, role=ctx.user.role,
                                  permission=Permission.EDIT_CLAIM_LISTS))
    assert dialog.message.text() == refused
    assert "Something went wrong" not in refused and "Traceback" not in refused
    assert raw(demo_path, "SELECT id, name FROM claim_reasons WHERE deleted_at IS NULL "
               "ORDER BY id") == before
    head = _ctx(demo_db, HEAD)  # the head of sales may
    rows = [*head.read(lists.reasons), lists.ReasonRow(None, "Lost parcel", "Logistics")]
    with demo_db.session(head.user) as s:
        lists.save_reasons(s, rows)
    assert ("Lost parcel",) in raw(demo_path, "SELECT name FROM claim_reasons "
                                   "WHERE deleted_at IS NULL")


def test_filter_choices_offer_what_the_claims_name(demo_db: dbs.Database,
                                                   demo_path: Path) -> None:
    choices = _ctx(demo_db).read(lists.filter_choices)
    clients = {_uid(r[0]) for r in raw(demo_path, "SELECT DISTINCT client_id FROM claims")}
    people = {_uid(r[0]) for r in raw(demo_path, "SELECT DISTINCT responsible_id FROM claims "
                                      "WHERE responsible_id IS NOT NULL")}
    assert {c[0] for c in choices.clients} == clients
    assert {p[0] for p in choices.responsible} == people
    assert set(choices.departments) >= {r.department for r in choices.reasons}


def test_new_claim_on_an_invoice_of_the_finance_tab_fills_the_invoice_in(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    client, invoice = raw(demo_path, "SELECT client_id, id FROM sales_documents "
                          "WHERE kind = 'invoice' ORDER BY issue_date DESC LIMIT 1")[0]
    window = open_desk(qtbot, demo_db, HEAD)
    desk = window.desk
    desk.select_client(_uid(client))
    finance = desk.client_panel.finance_tab
    rows = [r.id for r in finance.invoices_model.rows]
    assert _uid(invoice) in rows
    finance.invoices_view.selectRow(rows.index(_uid(invoice)))
    finance.claim_button.click()
    cards = window.findChildren(ClaimCardDialog)
    assert len(cards) == 1
    assert cards[0].client_id == _uid(client)
    assert cards[0].invoice.currentData() == _uid(invoice)


def test_every_claim_card_label_with_a_shortcut_has_its_field(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    """A label with an & shortcut must name the field it jumps to; without one Qt prints the
    ampersand ("Rea&son" on screen)."""
    from PySide6.QtWidgets import QLabel

    client_id, _order = _client_with_order(demo_path)
    card = ClaimCardDialog(_ctx(demo_db), client_id=client_id)
    qtbot.addWidget(card)
    orphans = [label.text() for label in card.findChildren(QLabel)
               if "&" in label.text().replace("&&", "") and label.buddy() is None
               and label.textFormat() != Qt.TextFormat.RichText]
    assert orphans == []
    reason = next(label for label in card.findChildren(QLabel) if label.buddy() is card.reason)
    assert reason.text() == "Rea&son"
