"""Quote arithmetic, numbering and the document rules, without a screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.models import (
    Client,
    Deal,
    DealStage,
    DealStatus,
    DocumentKind,
    Event,
    Role,
    SalesDocument,
)
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.core.settings import set_setting
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.catalogue import filter_products, load_price_list, move_category
from crm_desktop.services.sales.numbering import next_number
from crm_desktop.services.sales.pricing import line_amounts, minor_unit

from .actors import TESTER


def test_rounding_rule_half_up_per_line() -> None:
    # 3 × 333.335 = 1000.005 -> 1000.01 (half-up, not banker's 1000.00)
    included = line_amounts(Decimal(3), Decimal("333.335"), Decimal(0), Decimal(16), True, "KZT")
    assert included.gross == Decimal("1000.01")
    assert included.vat == Decimal("137.93")  # 1000.01 × 16 / 116 = 137.932…
    assert included.net == Decimal("862.08")
    added = line_amounts(Decimal(2), Decimal("10.125"), Decimal("10"), Decimal(20), False, "UAH")
    assert (added.net, added.vat, added.gross) == (Decimal("18.23"), Decimal("3.65"),
                                                   Decimal("21.88"))
    assert minor_unit("JPY") == Decimal(1) and minor_unit("KZT") == Decimal("0.01")


def test_numbers_by_series_and_device(empty_db: dbs.Database) -> None:
    with empty_db.session(TESTER) as s:
        assert next_number(s, "INV", 2026) == "INV-2026-000001"
        assert next_number(s, "INV", 2026) == "INV-2026-000002"
        assert next_number(s, "QT", 2026) == "QT-2026-000001"
        set_setting(s, "device_code", "L1")
        assert next_number(s, "INV", 2026) == "INV-2026-L1-000001"
        assert next_number(s, "INV", 2027) == "INV-2027-L1-000001"


def _setup(demo_db: dbs.Database, login: str = "a.nurlanova"):
    user = current_user(demo_db, login)
    assert user is not None
    with demo_db.session() as s:
        client_id = s.scalar(select(Client.id).where(Client.country == "KZ").limit(1))
        ctx = quotes.quote_context(s, client_id)
        items = load_price_list(s, ctx.price_type_id).items
    return user, ctx, items


def _line(ctx, item, **changes):
    line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                 item.minimum_price, item.vat_rate, item.total_stock)
    for key, value in changes.items():
        setattr(line, key, value)
    return line


def test_document_opens_a_deal_numbers_and_logs(demo_db: dbs.Database) -> None:
    user, ctx, items = _setup(demo_db)
    with demo_db.session(TESTER) as s:
        s.query(Deal).filter(Deal.client_id == ctx.client_id).update(
            {"status": DealStatus.WON})
    with demo_db.session(user) as s:
        events_before = s.scalar(select(func.count()).select_from(Event))
        created = quotes.create_document(s, user, ctx, DocumentKind.INVOICE,
                                         [_line(ctx, items[0]), _line(ctx, items[1])],
                                         today=date(2026, 11, 23))
        deal = s.get(Deal, created.deal_id)
        assert deal is not None and deal.stage.key == DealStage.PROPOSAL
        assert deal.status == DealStatus.OPEN
        doc = s.get(SalesDocument, created.id)
        assert doc is not None and doc.issue_date == date(2026, 11, 23)
        assert doc.due_date is not None
        assert (doc.due_date - doc.issue_date).days == ctx.payment_days
        assert created.number.startswith("INV-2026-")
        assert s.scalar(select(func.count()).select_from(Event)) == events_before + 1
    with demo_db.session(user) as s:  # the next quote goes to the same open deal
        again = quotes.create_document(s, user, ctx, DocumentKind.QUOTE, [_line(ctx, items[2])])
        assert again.deal_id == created.deal_id


def test_refusals_write_nothing(demo_db: dbs.Database) -> None:
    user, ctx, items = _setup(demo_db)
    with demo_db.session() as s:
        count = s.scalar(select(func.count()).select_from(SalesDocument))
    low = _line(ctx, items[0])
    low.price = low.minimum_price - Decimal("0.01")
    cases = [([], "at least one product"), ([low], "below the minimum"),
             ([_line(ctx, items[0], quantity=Decimal(0))], "above zero"),
             ([_line(ctx, items[0], discount_pct=Decimal(100))], "discount")]
    for lines, message in cases:
        with pytest.raises(ValidationError, match=message), demo_db.session(user) as s:
            quotes.create_document(s, user, ctx, DocumentKind.INVOICE, lines)
    head = CurrentUser(user.id, user.login, user.full_name, Role.HEAD_OF_SALES)
    with pytest.raises(ValidationError, match="reason"), demo_db.session(head) as s:
        quotes.create_document(s, head, ctx, DocumentKind.INVOICE, [low])
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(SalesDocument)) == count


def test_foreign_currency_needs_a_rate_and_converts(demo_db: dbs.Database) -> None:
    with demo_db.session(TESTER) as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "AZN").limit(1))
        ctx = quotes.quote_context(s, client_id)
        assert ctx.currency == "AZN" and ctx.rate_to_base == Decimal("295")
        assert ctx.to_client_currency(Decimal("29500")) == Decimal("100.00")
        set_setting(s, "exchange_rates", {})
    with demo_db.session() as s, pytest.raises(CrmError, match="exchange rate of AZN"):
        quotes.quote_context(s, client_id)


def test_filter_and_category_moves(demo_db: dbs.Database) -> None:
    _user, _ctx, items = _setup(demo_db)
    code = items[10].code
    assert [i.code for i in filter_products(items, code.lower())] == [code]
    word = items[10].name.split()[0]
    assert all(word.casefold() in i.search_key for i in filter_products(items, word))
    from crm_desktop.services.sales.catalogue import category_tree

    with demo_db.session(TESTER) as s:
        tree = category_tree(s)
        top, child = tree[0], next(n for n in tree if n.parent_id == tree[0].id)
        with pytest.raises(ValidationError):
            move_category(s, top.id, child.id, 0)  # not into its own child
        move_category(s, child.id, None, 0)
    with demo_db.session() as s:
        assert category_tree(s)[0].id == child.id
