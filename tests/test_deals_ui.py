"""The deals screens as a user drives them: drag a card, move one by keyboard, a strict
pipeline's refusal in the message line, the lost-reason prompt, a move from the deal card, and
the board opened from the main window's menu. Each move leaves its history row."""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.core import db as dbs
from crm_desktop.ui.deals.board import ColumnView, DealsBoard
from crm_desktop.ui.deals.card import DealCardDialog
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext

from .actors import person
from .helpers import open_desk, raw


def _board(qtbot: QtBot, db: dbs.Database, pipeline: str = "Sales",
           login: str = "d.seitkali") -> DealsBoard:
    board = DealsBoard(AppContext(db, person(db, login), DataBus()))
    qtbot.addWidget(board)
    board.resize(1600, 900)
    board.show()
    index = board.pipeline_combo.findText(pipeline)
    assert index >= 0
    board.pipeline_combo.setCurrentIndex(index)
    board.reload()
    qtbot.waitUntil(board.is_loaded, timeout=15_000)
    return board


def _stage_of(path: Path, deal_id: uuid.UUID) -> str:
    return str(raw(path, "SELECT s.name FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id "
                         "WHERE d.id = ?", deal_id.bytes)[0][0])


def _moves(path: Path, deal_id: uuid.UUID) -> list[tuple[object, ...]]:
    return raw(path, "SELECT f.name, t.name, u.login FROM deal_stage_changes h "
                     "JOIN pipeline_stages t ON t.id = h.to_stage_id "
                     "LEFT JOIN pipeline_stages f ON f.id = h.from_stage_id "
                     "LEFT JOIN users u ON u.id = h.user_id WHERE h.deal_id = ? "
                     "ORDER BY h.changed_at, h.id", deal_id.bytes)


def _scroll_to_end(qtbot: QtBot, view: ColumnView) -> None:
    """What a user does to see a column's last cards (a moved card enters last): scroll down
    until every card of the column is loaded (the next pages come off the GUI thread)."""
    model = view.column_model

    def loaded() -> bool:
        view.scrollToBottom()
        return len(model.cards) == model.count

    qtbot.waitUntil(loaded, timeout=15_000)


def _drag(source: ColumnView, row: int, target: ColumnView) -> None:
    """What a mouse drag delivers: the source's drag data dropped on the target column."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    data = source.model().mimeData([source.model().index(row, 0)])
    point = target.viewport().rect().center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    QApplication.sendEvent(target.viewport(), QDragEnterEvent(point, action, data, buttons, mods))
    QApplication.sendEvent(target.viewport(), QDragMoveEvent(point, action, data, buttons, mods))
    QApplication.sendEvent(target.viewport(), QDropEvent(QPointF(point), action, data, buttons,
                                                         mods))


def test_drag_a_card_to_the_next_column(qtbot: QtBot, demo_db: dbs.Database,
                                        demo_path: Path) -> None:
    board = _board(qtbot, demo_db)
    source, target = board.views[0], board.views[1]
    card = source.column_model.cards[0]
    before = (source.column_model.count, target.column_model.count)
    _drag(source, 0, target)
    qtbot.waitUntil(lambda: board.is_loaded() and target.column_model.count == before[1] + 1,
                    timeout=15_000)
    assert source.column_model.count == before[0] - 1
    _scroll_to_end(qtbot, target)
    assert card.id in {c.id for c in target.column_model.cards}
    assert _stage_of(demo_path, card.id) == "Qualified"
    assert _moves(demo_path, card.id)[-1] == ("New", "Qualified", "d.seitkali")
    header = board.headers[target.column_model.stage.id].text()
    assert header.startswith(f"Qualified\n{before[1] + 1} · ")


def test_move_a_card_by_keyboard_and_read_it(qtbot: QtBot, demo_db: dbs.Database,
                                             demo_path: Path) -> None:
    board = _board(qtbot, demo_db)
    view = board.views[1]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    card = view.current_card()
    assert card is not None
    spoken = view.model().data(view.currentIndex(), Qt.ItemDataRole.AccessibleTextRole)
    assert card.client_name in spoken and "stage Qualified" in spoken
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stage_of(demo_path, card.id) == "Proposal", timeout=5_000)
    qtbot.waitUntil(board.is_loaded, timeout=15_000)
    _scroll_to_end(qtbot, board.views[2])
    assert card.id in {c.id for c in board.views[2].column_model.cards}
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # another card
    assert _moves(demo_path, card.id)[-1] == ("Qualified", "Proposal", "d.seitkali")


def test_a_column_shows_a_short_first_page_and_scrolling_brings_the_rest(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    """The board reads FIRST_PAGE cards per column (a filter keystroke stays cheap); scrolling
    to a column's end reads the next page off the GUI thread, in the column's order, until
    the column holds every deal its header counts."""
    from crm_desktop.services.sales.deals.board import FIRST_PAGE, PAGE

    board = _board(qtbot, demo_db)
    view = max((v for v in board.views if v.column_model.stage.is_open),
               key=lambda v: v.column_model.count)
    model = view.column_model
    assert model.count > FIRST_PAGE  # the demo has such a column: the test pages something
    assert len(model.cards) == FIRST_PAGE
    model.fetchMore(QModelIndex())
    assert model.fetching and len(model.cards) == FIRST_PAGE  # not read on the GUI thread
    model.fetchMore(QModelIndex())  # a second scroll while the page is on its way: ignored
    qtbot.waitUntil(lambda: not model.fetching, timeout=15_000)
    assert len(model.cards) == min(model.count, FIRST_PAGE + PAGE)
    _scroll_to_end(qtbot, view)
    ids = [c.id for c in model.cards]
    assert len(set(ids)) == len(ids) == model.count
    keys = [(c.stage_entered_at, c.id) for c in model.cards]
    assert keys == sorted(keys)
    stored = {r[0] for r in raw(demo_path, "SELECT id FROM deals WHERE stage_id = ? AND "
                                           "deleted_at IS NULL AND status = 'open'",
                                model.stage.id.bytes)}
    assert {i.bytes for i in ids} == stored


def test_strict_pipeline_refuses_on_the_board(qtbot: QtBot, demo_db: dbs.Database,
                                              demo_path: Path) -> None:
    board = _board(qtbot, demo_db, "Wholesale")
    inquiry = board.views[0]
    without_terms = {r[0] for r in raw(demo_path, "SELECT id FROM clients WHERE id NOT IN "
                                                   "(SELECT client_id FROM terms_of_sale)")}
    row = next(i for i, c in enumerate(inquiry.column_model.cards)
               if c.client_id.bytes in without_terms)
    card = inquiry.column_model.cards[row]
    history = _moves(demo_path, card.id)
    _drag(inquiry, row, board.views[2])  # Inquiry → Proposal skips "Terms agreed"
    assert board.message.isVisible()
    assert "strict pipeline" in board.message.text() and "Terms agreed" in board.message.text()
    inquiry.setFocus()
    inquiry.setCurrentIndex(inquiry.model().index(row, 0))
    qtbot.keyClick(inquiry, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert "the client's terms of sale" in board.message.text()
    assert _stage_of(demo_path, card.id) == "Inquiry" and _moves(demo_path, card.id) == history


def test_lost_asks_for_the_reason(qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    board = _board(qtbot, demo_db)
    card = board.views[3].column_model.cards[0]
    lost = next(v for v in board.views if v.column_model.stage.name == "Lost")
    menu = board.card_menu(card)
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in move_to.actions() if a.text() == "Lost").trigger()
    dialog = board.lost_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason yet
    dialog.reason.setCurrentIndex(1)
    dialog.comment.setPlainText("chose a cheaper offer")
    assert ok.isEnabled()
    reason = dialog.reason.currentText()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stage_of(demo_path, card.id) == "Lost", timeout=5_000)
    assert raw(demo_path, "SELECT status, loss_reason, loss_comment FROM deals WHERE id = ?",
               card.id.bytes) == [("lost", reason, "chose a cheaper offer")]
    assert _moves(demo_path, card.id)[-1][1:] == ("Lost", "d.seitkali")
    qtbot.waitUntil(lambda: board.is_loaded() and card.id in {
        c.id for c in lost.column_model.cards}, timeout=15_000)


def test_move_from_the_deal_card(qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    board = _board(qtbot, demo_db)
    card = board.views[2].column_model.cards[0]
    dialog = board.open_card(card)
    assert isinstance(dialog, DealCardDialog)
    assert dialog.history_table.rowCount() == len(_moves(demo_path, card.id))
    select_data(dialog.stage, board.views[3].column_model.stage.id)
    dialog.stage.activated.emit(dialog.stage.currentIndex())
    assert _stage_of(demo_path, card.id) == "Negotiation"
    assert _moves(demo_path, card.id)[-1] == ("Proposal", "Negotiation", "d.seitkali")
    assert dialog.history_table.rowCount() == len(_moves(demo_path, card.id))  # reloaded


def test_the_board_opens_from_the_menu(qtbot: QtBot, demo_db: dbs.Database) -> None:
    window = open_desk(qtbot, demo_db)
    action = next(a for a in window.view_menu.actions() if a.objectName() == "dealsBoardAction")
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    action.trigger()
    board = window.findChild(DealsBoard, "dealsBoard")
    assert board is not None and board.isVisible()
    qtbot.waitUntil(board.is_loaded, timeout=15_000)
    assert [v.column_model.stage.name for v in board.views][:2] == ["New", "Qualified"]


def test_stage_editor_for_the_head_of_sales_only(qtbot: QtBot, demo_db: dbs.Database,
                                                 demo_path: Path) -> None:
    seller = _board(qtbot, demo_db, login="a.nurlanova")
    assert seller.stages_button.isHidden()
    board = _board(qtbot, demo_db, "Wholesale")
    assert not board.stages_button.isHidden()
    editor = board.edit_stages()
    from crm_desktop.ui.deals.stage_editor import StageEditorDialog

    assert isinstance(editor, StageEditorDialog)
    editor.table.setCurrentCell(1, 0)
    editor._add_row(__import__("crm_desktop.services.sales.deals.pipelines",
                               fromlist=["StageForm"]).StageForm("Samples sent", 40))
    editor.table.setCurrentCell(editor.table.rowCount() - 1, 0)
    for _ in range(editor.table.rowCount() - 2):  # up to the second place
        editor._shift(-1)
    editor.reasons_edit.setPlainText(editor.reasons_edit.toPlainText() + "\nWrong season")
    assert editor.save()
    stages = [r[0] for r in raw(demo_path, "SELECT s.name FROM pipeline_stages s JOIN pipelines "
                                           "p ON p.id = s.pipeline_id WHERE p.name = "
                                           "'Wholesale' AND s.deleted_at IS NULL "
                                           "ORDER BY s.position")]
    assert stages[:3] == ["Inquiry", "Samples sent", "Terms agreed"]
    assert ("Wrong season",) in raw(demo_path, "SELECT name FROM loss_reasons "
                                               "WHERE deleted_at IS NULL")
    qtbot.waitUntil(lambda: board.is_loaded() and [
        v.column_model.stage.name for v in board.views][:3] == stages[:3], timeout=15_000)


def test_stage_editor_sets_the_allowed_next_stages_by_name(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    board = _board(qtbot, demo_db, "Wholesale")
    editor = board.edit_stages()
    qtbot.addWidget(editor)
    names = [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())]
    editor.table.item(0, 4).setText(f" {names[2].upper()} ,{names[-1]}")
    editor.table.item(1, 4).setText("No such stage")
    assert not editor.save()  # a typo names the stage and writes nothing
    assert "No such stage" in editor.message.text()
    assert raw(demo_path, "SELECT s.next_stages FROM pipeline_stages s JOIN pipelines p ON "
                          "p.id = s.pipeline_id WHERE p.name = 'Wholesale' AND s.position = 0"
               ) in ([(None,)], [("[]",)])
    editor.table.item(1, 4).setText("")
    assert editor.save()
    rows = dict(raw(demo_path, "SELECT s.name, s.id FROM pipeline_stages s JOIN pipelines p "
                               "ON p.id = s.pipeline_id WHERE p.name = 'Wholesale' "
                               "AND s.deleted_at IS NULL"))
    stored = raw(demo_path, "SELECT s.next_stages FROM pipeline_stages s JOIN pipelines p ON "
                            "p.id = s.pipeline_id WHERE p.name = 'Wholesale' AND s.position = 0")
    import json

    assert json.loads(stored[0][0]) == [rows[names[2]].hex(), rows[names[-1]].hex()]
    reopened = board.edit_stages()
    qtbot.addWidget(reopened)
    assert reopened.table.item(0, 4).text() == f"{names[2]}, {names[-1]}"


def test_the_deal_card_lists_its_orders_with_the_overdue_one_highlighted(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    from datetime import date, timedelta

    from crm_desktop.ui.orders.model import OVERDUE_BACKGROUND
    from crm_desktop.ui.orders.order_dialog import OrderDialog

    deal, order = raw(demo_path, "SELECT deal_id, id FROM orders WHERE deal_id IS NOT NULL "
                                 "AND deleted_at IS NULL AND status NOT IN ('delivered', "
                                 "'cancelled') ORDER BY number LIMIT 1")[0]
    overdue_day = (date.today() - timedelta(days=3)).isoformat()
    with demo_db.session(person(demo_db, "d.seitkali")) as s:  # an overdue order of the deal
        s.execute(__import__("sqlalchemy").text(
            "UPDATE orders SET due_date = :d WHERE id = :i"), {"d": overdue_day, "i": order})
    numbers = raw(demo_path, "SELECT number, id FROM orders WHERE deal_id = ? AND deleted_at "
                             "IS NULL ORDER BY order_date DESC, number DESC", deal)
    ctx = AppContext(demo_db, person(demo_db, "d.seitkali"), DataBus())
    dialog = DealCardDialog(ctx, uuid.UUID(bytes=deal))
    qtbot.addWidget(dialog)
    table = dialog.orders_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [n for n, _ in numbers]
    late = {i for (i,) in raw(demo_path, "SELECT id FROM orders WHERE deal_id = ? AND "
                                         "deleted_at IS NULL AND due_date < ? AND status NOT IN "
                                         "('delivered', 'cancelled')", deal,
                                         date.today().isoformat())}
    assert order in late
    highlighted = {numbers[r][1] for r in range(table.rowCount())
                   if table.item(r, 0).background().color() == OVERDUE_BACKGROUND}
    assert highlighted == late
    opened = dialog.open_order(uuid.UUID(bytes=order))
    qtbot.addWidget(opened)
    assert isinstance(opened, OrderDialog) and opened.order_id == uuid.UUID(bytes=order)


def _type(widget: QWidget, text: str) -> None:
    """Key presses that carry Cyrillic letters (QTest types ASCII only)."""
    from PySide6.QtGui import QKeyEvent

    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, letter))


def test_a_keystroke_shows_cards_first_then_the_counts_of_that_filter_only(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Filtering shows each column's cards without waiting for the counts and sums: the headers
    say "…" until the counts of that filter arrive (read off the GUI thread), then show them;
    the counts of a filter typed over meanwhile, arriving late, are never shown."""
    from crm_desktop.services.locale.formatting import money, number
    from crm_desktop.services.sales.deals import board as boards

    board = _board(qtbot, demo_db)
    gates = {"ка": threading.Event(), "те": threading.Event()}
    answered: list[str] = []
    real = boards.totals

    def slow(s: Any, where: boards.DealFilter, now: Any = None) -> Any:
        found = real(s, where, now)
        gate = gates.get(where.client_text)
        if gate is not None:
            gate.wait(15)
        answered.append(where.client_text)
        return found

    def expected(text: str) -> dict[uuid.UUID, str]:
        where = replace(board.current_filter(), client_text=text)
        since = (board.now - timedelta(days=30)).replace(tzinfo=None).isoformat(" ")
        with demo_db.session() as s:
            found = boards.board(s, where, board.now)
        heads = {}
        for column in found.columns:
            count = raw(demo_path, "SELECT count(*) FROM deals WHERE stage_id = ? AND "
                                   "deleted_at IS NULL AND (status = 'open' OR "
                                   "stage_entered_at >= ?) AND client_id IN (SELECT client_id "
                                   "FROM search_terms WHERE term >= ? AND term < ?)",
                        column.stage.id.bytes, since, text, text + "\U0010ffff")[0][0]
            assert column.count == count
            heads[column.stage.id] = (f"{column.stage.name}\n{number(count)} · "
                                      f"{money(column.total, found.currency)}")
        return heads

    def headers() -> dict[uuid.UUID, str]:
        return {stage: label.text() for stage, label in board.headers.items()}

    def placeholders() -> dict[uuid.UUID, str]:
        return {m.stage.id: f"{m.stage.name}\n… · …" for m in board.models.values()}

    monkeypatch.setattr(boards, "totals", slow)
    try:
        _type(board.search, "ка")
        qtbot.waitUntil(lambda: board.cards_loaded() and board.loaded_filter is not None
                        and board.loaded_filter.client_text == "ка", timeout=15_000)
        assert not board.is_loaded()  # the cards are shown, their counts still on the way
        assert any(m.cards for m in board.models.values())
        assert headers() == placeholders()  # not the unfiltered board's figures
        assert all(m.count is None for m in board.models.values())
        board.search.selectAll()
        _type(board.search, "те")  # typed over while the counts of "ка" are read
        qtbot.waitUntil(lambda: board.cards_loaded() and board.loaded_filter is not None
                        and board.loaded_filter.client_text == "те", timeout=15_000)
        assert headers() == placeholders()
        gates["ка"].set()  # the counts of "ка" arrive late: dropped
        qtbot.waitUntil(lambda: "ка" in answered and board.counting is not None
                        and board.counting.where.client_text == "те", timeout=15_000)
        assert headers() == placeholders()
        gates["те"].set()
        qtbot.waitUntil(board.is_loaded, timeout=15_000)
    finally:
        for gate in gates.values():
            gate.set()
    shown, wanted, other = headers(), expected("те"), expected("ка")
    assert wanted != other  # the two filters' figures differ: the test tells them apart
    assert {stage: text.split(" (+")[0] for stage, text in shown.items()} == wanted
    for model in board.models.values():
        assert model.count == int(wanted[model.stage.id].split("\n")[1].split(" · ")[0]
                                  .replace("\xa0", "").replace(" ", "").replace(",", ""))
