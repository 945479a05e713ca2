"""Migration 0010_orders on a database with data: nothing existing is lost either way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from crm_desktop.services.core import db as dbs

KEPT = ("clients", "deals", "sales_documents", "sales_document_lines", "shipments",
        "shipment_lines", "payments", "events")


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT}


def _migrate(database: dbs.Database, target: str, down: bool = False) -> None:
    cfg = dbs._alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_orders_migration_keeps_existing_data_both_ways(demo_path: Path) -> None:
    database = dbs.connect(str(demo_path))
    before = _counts(demo_path)
    with sqlite3.connect(demo_path) as conn:
        shipments = conn.execute("SELECT id, number, client_id, invoice_id, total FROM shipments "
                                 "ORDER BY id").fetchall()
    assert before["shipments"] > 0 and before["shipment_lines"] > 0

    _migrate(database, "0009_team", down=True)
    with sqlite3.connect(demo_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(shipments)")}
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
    assert "orders" not in tables and "order_id" not in columns
    assert _counts(demo_path) == before

    dbs.upgrade(database, backup_first=False)
    assert dbs.current_revision(database) == dbs.head_revision()
    database.dispose()
    assert _counts(demo_path) == before
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT id, number, client_id, invoice_id, total FROM shipments "
                            "ORDER BY id").fetchall() == shipments
        assert conn.execute("SELECT count(*) FROM shipments WHERE order_id IS NOT NULL"
                            ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (0,)
        assert not conn.execute("PRAGMA foreign_key_check").fetchall()
