"""Permissions are checked in the services, per role, whatever the front end (no UI here).

The demo's users: `a.nurlanova` is a salesperson, `d.seitkali` the head of sales, `admin` the
admin. A refused call raises CrmError `forbidden` and leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, CustomFieldKind, Product, Role, Segment, new_id
from crm_desktop.services.clients import listing
from crm_desktop.services.clients.card import FieldDef, save_custom_fields
from crm_desktop.services.clients.merge import merge_clients
from crm_desktop.services.company.profile import company_input, save_company
from crm_desktop.services.company.rates import save_exchange_rates
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import (
    DEMO,
    ROLE_PERMISSIONS,
    CurrentUser,
    Permission,
    may,
)
from crm_desktop.services.core.table_files import Table
from crm_desktop.services.mail.outbox import SmtpSettings, save_settings
from crm_desktop.services.sales import catalogue, price_import, quotes
from crm_desktop.services.sales.catalogue import product_input, save_product

from .actors import person

SALES, HEAD, ADMIN = "a.nurlanova", "d.seitkali", "admin"


def _product(s: Session) -> Product:
    product = s.scalar(select(Product).where(Product.deleted_at.is_(None),
                                             Product.minimum_price > 10).order_by(Product.code))
    assert product is not None
    return product


def _lower_minimum(s: Session) -> None:
    data = product_input(s, _product(s).id)
    data.minimum_price = (data.minimum_price / 2).quantize(Decimal("0.01"))
    save_product(s, _product(s).id, data)


def _rename_product(s: Session) -> None:
    data = product_input(s, _product(s).id)
    data.name += " (new)"
    save_product(s, _product(s).id, data)


def _import_minimum(s: Session) -> None:
    code = _product(s).code
    table = Table(["Code", "Price", "Minimum"], [[code, "1000", "1"]])
    price_import.import_prices(s, table, {price_import.CODE: 0, price_import.PRICE: 1,
                                          price_import.MINIMUM: 2})


def _company(s: Session) -> None:
    data = company_input(s)
    data.legal_name += " (renamed)"
    save_company(s, data)


def _rates(s: Session) -> None:
    save_exchange_rates(s, {"USD": Decimal("470.50")})


def _smtp(s: Session) -> None:
    save_settings(s, SmtpSettings(host="smtp.example.org", from_address="desk@example.org"))


def _custom_fields(s: Session) -> None:
    save_custom_fields(s, [FieldDef("contract_no", "Contract", CustomFieldKind.TEXT)])


def _merge(s: Session) -> None:
    first, second = s.scalars(select(Client.id).where(Client.deleted_at.is_(None))
                              .order_by(Client.short_name).limit(2))
    merge_clients(s, first, second)


def _category(s: Session) -> None:
    catalogue.save_category(s, None, "Permissions test", catalogue.CategoryKind.PRODUCT, None)


def _segment(s: Session) -> None:
    listing.save_segment(s, "Mine", listing.ClientFilter(status="active"), None)


WRITES: dict[str, Callable[[Session], None]] = {
    "lower a minimum price": _lower_minimum,
    "import minimum prices": _import_minimum,
    "edit the catalogue": _rename_product,
    "add a category": _category,
    "change company settings": _company,
    "set exchange rates": _rates,
    "change SMTP settings": _smtp,
    "change custom fields": _custom_fields,
    "merge clients": _merge,
    "save a segment": _segment,
}
ALLOWED = {
    SALES: {"save a segment"},
    HEAD: {"lower a minimum price", "import minimum prices", "edit the catalogue",
           "add a category", "merge clients", "save a segment"},
    ADMIN: set(WRITES),
}


def _content(path: Path) -> list[tuple[object, ...]]:
    """Every row of the tables a refused call could have touched, as the file holds them."""
    with sqlite3.connect(path) as conn:
        return [row for table in ("products", "product_categories", "companies", "settings",
                                  "shared_settings", "custom_field_defs", "clients",
                                  "client_tags", "segments", "events", "contacts")
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1")]


@pytest.mark.parametrize("login", [SALES, HEAD, ADMIN])
@pytest.mark.parametrize("what", list(WRITES))
def test_each_role_may_do_what_its_permissions_say(demo_db: dbs.Database, demo_path: Path,
                                                   login: str, what: str) -> None:
    user = person(demo_db, login)
    if what in ALLOWED[login]:
        with demo_db.session(user) as s:
            WRITES[what](s)
        return
    before = _content(demo_path)
    with pytest.raises(CrmError) as refused, demo_db.session(user) as s:
        WRITES[what](s)
    assert refused.value.code == "forbidden"
    assert _content(demo_path) == before  # a refused call changes nothing


def test_a_salesperson_cannot_sell_below_the_minimum_but_the_head_of_sales_can(
        demo_db: dbs.Database) -> None:
    seller, head = person(demo_db, SALES), person(demo_db, HEAD)
    with demo_db.session(seller) as s:
        assert not may(s, Permission.SELL_BELOW_MINIMUM)
        client = s.scalar(select(Client.id).where(Client.currency == "KZT",
                                                  Client.deleted_at.is_(None)))
        assert client is not None
        ctx = quotes.quote_context(s, client)
        item = catalogue.load_price_list(s, ctx.price_type_id).items[0]
    line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                 item.minimum_price, item.vat_rate, item.total_stock,
                                 price=item.minimum_price - 1)
    with pytest.raises(quotes.PriceBelowMinimum), demo_db.session(seller) as s:
        quotes.create_document(s, seller, ctx, quotes.DocumentKind.QUOTE, [line],
                               approval_reason="my call")
    with demo_db.session(head) as s:
        made = quotes.create_document(s, head, ctx, quotes.DocumentKind.QUOTE, [line],
                                      approval_reason="a big order")
    assert made.number.startswith("QT")


def test_the_role_map_is_what_the_issue_asks() -> None:
    sales, head = ROLE_PERMISSIONS[Role.SALESPERSON], ROLE_PERMISSIONS[Role.HEAD_OF_SALES]
    for refused in (Permission.EDIT_MINIMUM_PRICES, Permission.EDIT_CATALOGUE,
                    Permission.EDIT_COMPANY, Permission.EDIT_MAIL_SETTINGS,
                    Permission.EDIT_CUSTOM_FIELDS, Permission.MERGE_CLIENTS,
                    Permission.SELL_BELOW_MINIMUM, Permission.MANAGE_USERS,
                    Permission.MANAGE_DATABASE):
        assert refused not in sales
    assert {Permission.EDIT_CATALOGUE, Permission.EDIT_MINIMUM_PRICES,
            Permission.IMPORT_PRICES, Permission.SELL_BELOW_MINIMUM} <= head
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert CurrentUser(new_id(), "x", "x", Role.SALESPERSON).can(Permission.SELL)
    assert DEMO.can(Permission.EDIT_MINIMUM_PRICES)  # named system work is not a role


def test_only_the_admin_restores_a_backup(demo_db: dbs.Database, tmp_path: Path) -> None:
    copy = dbs.backup(demo_db, tmp_path / "copy.sqlite3")  # a backup is a read: anyone
    for login in (SALES, HEAD):
        with pytest.raises(CrmError) as refused:
            dbs.restore(demo_db, copy, person(demo_db, login))
        assert refused.value.code == "forbidden"
    assert dbs.restore(demo_db, copy, person(demo_db, ADMIN)).exists()


def test_segments_are_tombstoned_not_deleted(demo_db: dbs.Database) -> None:
    user = person(demo_db, SALES)
    with demo_db.session(user) as s:
        segment_id = listing.save_segment(s, "Gone soon", listing.ClientFilter(), user.id)
    with demo_db.session(user) as s:
        listing.delete_segment(s, segment_id)
    with demo_db.session() as s:
        row = s.get(Segment, segment_id)
        assert row is not None and row.deleted_at is not None and row.changed_by == user.id
        assert segment_id not in [seg.id for seg in listing.segments(s, user.id)]
