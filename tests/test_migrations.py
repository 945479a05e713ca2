"""Migrations and models agree, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from crm_desktop.models import Base, Client, ClientStatus, SalesDocument
from crm_desktop.models.enums import DocumentKind
from crm_desktop.services.core import db as dbs

from .actors import TESTER


def _schema(database: dbs.Database) -> dict[str, dict[str, object]]:
    """Tables with their columns (name → nullable), primary keys, foreign keys and indexes."""
    insp = inspect(database.engine)
    schema: dict[str, dict[str, object]] = {}
    for table in insp.get_table_names():
        schema[table] = {
            "columns": {c["name"]: c["nullable"] for c in insp.get_columns(table)},
            "pk": sorted(insp.get_pk_constraint(table)["constrained_columns"]),
            "fks": sorted((tuple(fk["constrained_columns"]), fk["referred_table"])
                          for fk in insp.get_foreign_keys(table)),
            # PostgreSQL also reports the index behind each unique constraint; compared below
            "indexes": sorted(i["name"] for i in insp.get_indexes(table)
                              if not i.get("duplicates_constraint")),
            "unique": sorted(u["name"] for u in insp.get_unique_constraints(table)),
        }
    return schema


def test_migrations_match_the_models_on_sqlite(empty_db: dbs.Database) -> None:
    with empty_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert dbs.current_revision(empty_db) == dbs.head_revision()


def test_sqlite_runs_in_wal_with_foreign_keys(empty_db: dbs.Database) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_migration_of_an_existing_file_makes_a_backup_first(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    database = dbs.connect(str(path))
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE legacy_notes (x TEXT)")
        conn.exec_driver_sql("INSERT INTO legacy_notes VALUES ('keep me')")
    made = dbs.upgrade(database)
    database.dispose()
    assert made is not None and made.exists()
    import sqlite3

    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT x FROM legacy_notes").fetchall() == [("keep me",)]


@pytest.mark.postgres
def test_same_tables_on_sqlite_and_postgresql(empty_db: dbs.Database, pg_url: str) -> None:
    pg = dbs.open_database(pg_url)
    try:
        with pg.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert _schema(pg) == _schema(empty_db)
    finally:
        pg.dispose()


@pytest.mark.postgres
def test_round_trip_on_postgresql(pg_url: str) -> None:
    pg = dbs.open_database(pg_url)
    try:
        moment = datetime(2026, 3, 8, 9, 30, tzinfo=UTC)
        with pg.session(TESTER) as s:
            client = Client(short_name="ТОО «Қазақ Сауда»", country="KZ", currency="KZT",
                            status=ClientStatus.CUSTOMER, custom_fields={"отрасль": "ритейл"})
            s.add(client)
            s.flush()
            s.add(SalesDocument(kind=DocumentKind.INVOICE, number="INV-2026-000001",
                                issue_date=date(2026, 3, 8), client_id=client.id,
                                currency="KZT", net_total=Decimal("862068.97"),
                                vat_total=Decimal("137931.03"), total=Decimal("1000000.00"),
                                created_at=moment))
            client_id = client.id
        with pg.session() as s:
            back = s.get(Client, client_id)
            assert back is not None
            assert isinstance(back.id, uuid.UUID) and back.id.version == 7
            assert back.short_name == "ТОО «Қазақ Сауда»"
            assert back.custom_fields == {"отрасль": "ритейл"}
            doc = s.scalar(select(SalesDocument).where(SalesDocument.client_id == client_id))
            assert doc is not None
            assert doc.total == Decimal("1000000.00") and isinstance(doc.total, Decimal)
            assert doc.created_at == moment and doc.created_at.tzinfo is not None
        report = dbs.check(pg)
        assert report.ok
    finally:
        pg.dispose()


def test_the_teams_settings_move_to_the_synced_table_and_the_rest_stay(tmp_path) -> None:
    """0022: a database at 0021 with settings of both kinds; after the upgrade the team's are
    shared settings (id made from the key), the installation's own are where they were."""
    import json
    import sqlite3

    from crm_desktop.models import shared_setting_id
    from crm_desktop.services.core.settings import get_setting

    from .helpers import database_at

    path = tmp_path / "at-0021.sqlite3"
    database = database_at(path, "0021_deal_board_index")
    rows = {"exchange_rates": {"USD": "471.50"}, "email_template:ru:invoice": ["S", "B"],
            "automation.runner": "server", "smtp": {"host": "mail.example.kz"},
            "device_code": "LT1", "backup_keep": 5}
    with sqlite3.connect(path) as conn:
        conn.executemany("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)",
                         [(k, json.dumps(v), "2026-11-01 09:00:00") for k, v in rows.items()])
    dbs.upgrade(database)
    with sqlite3.connect(path) as conn:
        local = {k for (k,) in conn.execute("SELECT key FROM settings")}
        shared = {k: uuid.UUID(bytes=i) if isinstance(i, bytes) else uuid.UUID(i)
                  for k, i in conn.execute("SELECT key, id FROM shared_settings")}
    assert local == {"smtp", "device_code", "backup_keep"}
    assert shared == {k: shared_setting_id(k) for k in
                      ("exchange_rates", "email_template:ru:invoice", "automation.runner")}
    with database.session() as s:
        for key, value in rows.items():
            assert get_setting(s, key) == value, key
    database.dispose()
