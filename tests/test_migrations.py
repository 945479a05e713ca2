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
