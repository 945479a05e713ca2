"""The sync on screen: the conflict inbox resolves a conflict (take mine writes the lost value
back and queues it for the next sync; keep theirs changes nothing but the inbox); a copy never
connected shows no sync state."""

from __future__ import annotations

import json
import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from crm_desktop.models import Client, SyncConflict, SyncOutbox, utcnow
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.identity import DEMO

from .helpers import open_desk


def _conflicts(db: dbs.Database, kinds: list[str]) -> list[tuple[int, uuid.UUID]]:
    with db.session(DEMO) as s:
        clients = s.scalars(select(Client.id).order_by(Client.id).limit(len(kinds))).all()
        for kind, client_id in zip(kinds, clients, strict=True):
            s.execute(insert(SyncConflict).values(
                at=utcnow(), kind=kind, table_name="clients", row_id=client_id,
                column_name="city", client_id=client_id, kept_value=json.dumps("Astana"),
                lost_value=json.dumps("Almaty (mine)"), kept_device="office",
                kept_at=utcnow(), lost_device="laptop", lost_at=utcnow()))
        s.flush()
        made = [(c.id, c.row_id) for c in s.scalars(select(SyncConflict)
                                                   .order_by(SyncConflict.id))]
    return made


def test_the_inbox_takes_mine_and_keeps_theirs(qtbot: QtBot, demo_db: dbs.Database) -> None:
    (first, client_a), (second, client_b) = _conflicts(demo_db, ["overwritten", "deleted"])
    window = open_desk(qtbot, demo_db)
    assert not window.sync.label.isVisible()  # never connected: no sync state shown
    window.sync.open_conflicts()
    inbox = window.sync.conflicts_window
    assert inbox is not None and inbox.objectName() == "syncConflicts"
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 2)
    rows = {inbox.rows[n].id: n for n in range(2)}
    inbox.table.selectRow(rows[second])  # a deletion: only keep theirs
    assert inbox.keep.isEnabled() and not inbox.take.isEnabled()
    inbox.table.selectRow(rows[first])
    assert inbox.take.isEnabled()
    mine = inbox.table.item(rows[first], 5)
    assert mine is not None and mine.text() == "Almaty (mine)"
    qtbot.mouseClick(inbox.take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1)
    with demo_db.session() as s:
        assert s.scalar(select(Client.city).where(Client.id == client_a)) == "Almaty (mine)"
        assert s.scalar(select(SyncConflict.resolution).where(SyncConflict.id == first)) \
            == "mine"
        queued = {(o.table_name, o.row_id, o.column_name) for o in s.scalars(select(SyncOutbox))}
    assert ("clients", client_a, "city") in queued  # goes to the server at the next sync
    inbox.table.selectRow(0)
    with demo_db.session() as s:
        before = s.scalar(select(Client.city).where(Client.id == client_b))
    qtbot.mouseClick(inbox.keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 0)
    with demo_db.session() as s:
        assert s.scalar(select(Client.city).where(Client.id == client_b)) == before
        assert s.scalar(select(SyncConflict.resolution).where(SyncConflict.id == second)) \
            == "theirs"


def test_conflict_values_read_as_the_language_writes_them() -> None:
    from datetime import date

    from crm_desktop.services.locale import formatting
    from crm_desktop.ui.sync.conflicts import _value

    try:
        formatting.set_locale("ru")
        assert _value("18341990.00") == "18\u00a0341\u00a0990,00"  # an amount as it travels
        assert _value("2026-11-29") == formatting.short_date(date(2026, 11, 29))
        assert _value(None) == "—" and _value("Алматы") == "Алматы"
    finally:
        formatting.set_locale("en")


def test_a_clients_card_shows_its_open_sync_conflict_and_opens_the_inbox(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    from crm_desktop.ui.clients.card import ClientCardDialog

    ((conflict, client_id),) = _conflicts(demo_db, ["overwritten"])
    window = open_desk(qtbot, demo_db)
    card = ClientCardDialog(window.ctx, client_id, parent=window)
    qtbot.addWidget(card)
    card.show()
    badge = card.sync_badge
    assert badge.objectName() == "clientSyncConflictBadge"
    qtbot.waitUntil(lambda: badge.isVisible() and badge.count == 1)
    with demo_db.session() as s:
        other = s.scalar(select(Client.id).where(Client.id != client_id).limit(1))
    calm = ClientCardDialog(window.ctx, other, parent=window)
    qtbot.addWidget(calm)
    calm.show()
    qtbot.wait(300)
    assert calm.sync_badge.count == 0 and not calm.sync_badge.isVisible()
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    inbox = window.sync.conflicts_window
    assert inbox is not None and badge.inbox is inbox and inbox.isVisible()
    qtbot.waitUntil(lambda: inbox.table.rowCount() == 1)
    inbox.table.selectRow(0)
    qtbot.mouseClick(inbox.keep, Qt.MouseButton.LeftButton)  # resolved: the badge goes
    qtbot.waitUntil(lambda: not badge.isVisible())
    with demo_db.session() as s:
        assert s.scalar(select(SyncConflict.resolution).where(SyncConflict.id == conflict)) \
            == "theirs"
