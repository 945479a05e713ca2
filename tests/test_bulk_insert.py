"""The demo's SQLite fast path stores exactly what the ORM stores."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from crm_desktop.models import (
    Client,
    ClientKind,
    ClientStatus,
    DocumentKind,
    DocumentStatus,
    SalesDocument,
    new_id,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.bulk import sqlite_writer
from crm_desktop.services.core.identity import DEMO


def _raw(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_fast_path_matches_the_orm(tmp_path: Path) -> None:
    moment = datetime(2026, 1, 31, 23, 59, 58, 123456, tzinfo=UTC)
    client = {"id": new_id(), "created_at": moment, "updated_at": moment, "changed_by": None,
              "deleted_at": None, "kind": ClientKind.PERSON.value, "short_name": "Əli «Ş»",
              "full_name": None, "tax_id": "1401555071", "country": "AZ", "region": None,
              "city": "Bakı", "address": None, "source": None,
              "status": ClientStatus.CUSTOMER.value, "responsible_id": None, "currency": "AZN",
              "language": "az", "custom_fields": {"a": [1, "ç"]}, "notes": "x\ny",
              "merged_into_id": None, "name_key": "eli s", "tax_id_2": None,
              "legal_address": None, "website": None}
    doc = {"id": new_id(), "created_at": moment, "updated_at": moment, "changed_by": None,
           "deleted_at": None, "kind": DocumentKind.INVOICE.value, "number": "INV-1",
           "issue_date": date(2026, 2, 1), "due_date": None, "client_id": client["id"],
           "deal_id": None, "manager_id": None, "currency": "AZN", "language": "az",
           "vat_included": True, "status": DocumentStatus.PAID.value,
           "net_total": Decimal("847.46"), "vat_total": Decimal("152.54"),
           "total": Decimal("1000.00"), "notes": None}
    fast_path, orm_path = tmp_path / "fast.sqlite3", tmp_path / "orm.sqlite3"
    fast, orm = dbs.open_database(str(fast_path)), dbs.open_database(str(orm_path))
    with fast.engine.begin() as conn:
        sqlite_writer(conn, Client.__table__)([client])  # type: ignore[arg-type]
        sqlite_writer(conn, SalesDocument.__table__)([doc])  # type: ignore[arg-type]
    with orm.session(DEMO) as s:  # the demo's actor: rows stamped by nobody, as in the fast path
        s.add(Client(**{**client, "kind": ClientKind.PERSON, "status": ClientStatus.CUSTOMER}))
        s.flush()
        s.add(SalesDocument(**{**doc, "kind": DocumentKind.INVOICE,
                               "status": DocumentStatus.PAID}))
    fast.dispose()
    orm.dispose()
    for table in ("clients", "sales_documents"):
        assert _raw(fast_path, table) == _raw(orm_path, table)
