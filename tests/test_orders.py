"""Orders through the services: making them (by hand, from a won deal, from an invoice), the
allowed status changes and a refused one, the history rows and the client's history, the
status e-mail, shipments, the overdue definition, permissions, and the list's pages and counts
against raw SQL."""

from __future__ import annotations

import itertools
import sqlite3
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.models import (
    Client,
    Deal,
    DealStatus,
    DocumentKind,
    DocumentStatus,
    Event,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    OutboxMessage,
    SalesDocument,
    Shipment,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.sales import metrics
from crm_desktop.services.sales.orders import card, listing, shipping, writing
from crm_desktop.services.sales.orders.listing import OrderFilter
from crm_desktop.services.sales.orders.statuses import FLOW, allowed_next
from crm_desktop.services.sales.pricing import line_amounts

from .actors import person

TODAY = date.today()
LINES = (writing.LineInput(None, "Cable VVG 3x2.5", "m", Decimal("120"), Decimal("415.50"),
                           Decimal("12")),
         writing.LineInput(None, "Installation", "h", Decimal("3.5"), Decimal("7999.99"),
                           Decimal("12"), Decimal("5")))


def _client_of(db: dbs.Database, user: CurrentUser) -> uuid.UUID:
    with db.session() as s:
        client_id = s.scalar(select(Client.id).where(Client.responsible_id == user.id,
                                                     Client.deleted_at.is_(None))
                             .order_by(Client.id).limit(1))
    assert client_id is not None
    return client_id


def _new_order(db: dbs.Database, user: CurrentUser, due: date | None = None,
               responsible: uuid.UUID | None = None) -> writing.SavedOrder:
    with db.session(user) as s:
        return writing.create_order(s, writing.OrderInput(
            client_id=_client_of(db, user), lines=LINES, due_date=due,
            responsible_id=responsible))


def _history(db: dbs.Database, order_id: uuid.UUID) -> list[tuple[str | None, str]]:
    with db.session() as s:
        return [(r.from_status, r.to_status) for r in s.scalars(
            select(OrderStatusChange).where(OrderStatusChange.order_id == order_id)
            .order_by(OrderStatusChange.changed_at, OrderStatusChange.created_at))]


def _events(db: dbs.Database, client_id: uuid.UUID, number: str) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Event.subject).where(
            Event.client_id == client_id, Event.subject.contains(number))
            .order_by(Event.start_at, Event.created_at)))


def test_an_order_by_hand_is_numbered_priced_by_the_quote_rule_and_logged(
        demo_db: dbs.Database) -> None:
    seller = person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller, due=TODAY + timedelta(days=5))
    second = _new_order(demo_db, seller)
    assert saved.number.startswith(f"ORD-{TODAY.year}-") and second.number != saved.number
    with demo_db.session() as s:
        order = s.get(Order, saved.id)
        assert order is not None
        lines = s.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                          .order_by(OrderLine.line_no)).all()
        expected = [line_amounts(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate,
                                 order.vat_included, order.currency) for ln in LINES]
        assert [(r.net_amount, r.vat_amount, r.total) for r in lines] == \
            [(a.net, a.vat, a.gross) for a in expected]
        assert order.total == sum(a.gross for a in expected)
        assert order.vat_total == sum(a.vat for a in expected)
        assert order.status == OrderStatus.NEW and order.responsible_id == seller.id
        assert order.changed_by == seller.id
    assert _history(demo_db, saved.id) == [(None, OrderStatus.NEW)]
    assert len(_events(demo_db, order.client_id, saved.number)) == 1


def test_every_status_change_is_a_history_row_and_a_client_event(
        demo_db: dbs.Database) -> None:
    seller = person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller)
    for status in FLOW[1:]:
        with demo_db.session(seller) as s:
            changed = writing.change_status(s, saved.id, status)
        assert changed.to_status == status
    expected = [(None, OrderStatus.NEW), *itertools.pairwise(FLOW)]
    assert _history(demo_db, saved.id) == expected
    with demo_db.session() as s:
        order = s.get(Order, saved.id)
        assert order is not None and order.status == OrderStatus.DELIVERED
        client_id = order.client_id
    events = _events(demo_db, client_id, saved.number)
    assert len(events) == len(FLOW)  # made + six changes
    assert events[-1] == f"Order {saved.number}: shipped → delivered"


def test_a_refused_transition_is_a_code_and_writes_nothing(demo_db: dbs.Database) -> None:
    seller = person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller)
    with pytest.raises(CrmError) as refused, demo_db.session(seller) as s:
        writing.change_status(s, saved.id, OrderStatus.PAID)  # skips two steps
    assert refused.value.code == "orders.transition_refused"
    assert refused.value.params == {"from_status": OrderStatus.NEW,
                                    "to_status": OrderStatus.PAID}
    assert _history(demo_db, saved.id) == [(None, OrderStatus.NEW)]
    with demo_db.session(seller) as s:
        writing.change_status(s, saved.id, OrderStatus.CANCELLED)
    with pytest.raises(CrmError) as closed, demo_db.session(seller) as s:
        writing.change_status(s, saved.id, OrderStatus.IN_PROGRESS)
    assert closed.value.code == "orders.closed"
    # once shipped, an order is delivered, never cancelled
    assert allowed_next(OrderStatus.SHIPPED) == (OrderStatus.DELIVERED,)
    assert allowed_next(OrderStatus.READY_TO_SHIP) == (OrderStatus.SHIPPED,
                                                       OrderStatus.CANCELLED)


def test_a_salesperson_moves_own_orders_the_head_of_sales_anyones(
        demo_db: dbs.Database) -> None:
    seller, other = person(demo_db, "a.nurlanova"), person(demo_db, "e.mammadov")
    head = person(demo_db, "d.seitkali")
    saved = _new_order(demo_db, seller)
    with pytest.raises(CrmError) as refused, demo_db.session(other) as s:
        writing.change_status(s, saved.id, OrderStatus.IN_PROGRESS)
    assert refused.value.code == "orders.not_yours"
    with pytest.raises(CrmError) as shipping_refused, demo_db.session(other) as s:
        shipping.record_shipment(s, saved.id, TODAY)
    assert shipping_refused.value.code == "orders.not_yours"
    with pytest.raises(CrmError) as for_other, demo_db.session(other) as s:
        writing.create_order(s, writing.OrderInput(client_id=_client_of(demo_db, other),
                                                   lines=LINES, responsible_id=seller.id))
    assert for_other.value.code == "orders.not_yours"
    assert _history(demo_db, saved.id) == [(None, OrderStatus.NEW)]
    with demo_db.session(head) as s:
        writing.change_status(s, saved.id, OrderStatus.IN_PROGRESS)
    assert _history(demo_db, saved.id)[-1] == (OrderStatus.NEW, OrderStatus.IN_PROGRESS)
    with pytest.raises(CrmError) as nobody, demo_db.session() as s:
        writing.change_status(s, saved.id, OrderStatus.AWAITING_PAYMENT)
    assert nobody.value.code == "no_actor"


def test_an_order_from_a_won_deal_takes_its_invoice_lines_once(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session() as s:
        invoice = s.scalars(select(SalesDocument).join(Deal, Deal.id == SalesDocument.deal_id)
                            .where(Deal.status == DealStatus.WON,
                                   SalesDocument.kind == DocumentKind.INVOICE,
                                   SalesDocument.status != DocumentStatus.CANCELLED,
                                   ~select(Order.id).where(Order.deal_id == Deal.id).exists())
                            .order_by(SalesDocument.id)).first()
        assert invoice is not None
        deal_id = invoice.deal_id
        assert deal_id is not None
        open_deal = s.scalar(select(Deal.id).where(Deal.status == DealStatus.OPEN).limit(1))
    with demo_db.session(head) as s:  # a later quote of the deal: the invoice still wins
        s.add(SalesDocument(kind=DocumentKind.QUOTE, number="QT-TEST-1", issue_date=TODAY,
                            client_id=invoice.client_id, deal_id=deal_id,
                            currency=invoice.currency, status=DocumentStatus.SENT,
                            net_total=Decimal(1), vat_total=Decimal(0), total=Decimal(1)))
    with demo_db.session(head) as s:
        saved = writing.order_from_deal(s, deal_id)
    with demo_db.session() as s:
        order = s.get(Order, saved.id)
        assert order is not None and order.deal_id == deal_id
        source = s.scalars(select(SalesDocument).where(
            SalesDocument.deal_id == deal_id, SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status != DocumentStatus.CANCELLED)
            .order_by(SalesDocument.issue_date.desc(), SalesDocument.created_at.desc())
        ).first()
        assert source is not None and order.invoice_id == source.id
        assert order.total == source.total and order.currency == source.currency
        assert [ln.description for ln in order.lines] == [ln.description for ln in source.lines]
        assert order.due_date == date.today() + timedelta(days=writing.DUE_DAYS)
    with pytest.raises(CrmError) as again, demo_db.session(head) as s:
        writing.order_from_deal(s, deal_id)
    assert again.value.code == "orders.already_ordered"
    with pytest.raises(CrmError) as not_won, demo_db.session(head) as s:
        writing.order_from_deal(s, open_deal)
    assert not_won.value.code == "orders.deal_not_won"


def test_an_order_from_an_invoice_copies_it(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session() as s:
        invoice = s.scalars(select(SalesDocument).where(
            SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status == DocumentStatus.ISSUED,
            ~select(Order.id).where(Order.invoice_id == SalesDocument.id).exists())
            .order_by(SalesDocument.id)).first()
        quote = s.scalars(select(SalesDocument).where(
            SalesDocument.kind == DocumentKind.QUOTE).limit(1)).first()
        assert invoice is not None and quote is not None
    with demo_db.session(head) as s:
        saved = writing.order_from_invoice(s, invoice.id)
    with demo_db.session() as s:
        order = s.get(Order, saved.id)
        assert order is not None
        assert (order.invoice_id, order.deal_id, order.client_id) == \
            (invoice.id, invoice.deal_id, invoice.client_id)
        assert (order.net_total, order.vat_total, order.total) == \
            (invoice.net_total, invoice.vat_total, invoice.total)
        assert order.responsible_id == invoice.manager_id
    with pytest.raises(CrmError) as again, demo_db.session(head) as s:
        writing.order_from_invoice(s, invoice.id)
    assert again.value.code == "orders.already_ordered"
    with pytest.raises(CrmError) as from_quote, demo_db.session(head) as s:
        writing.order_from_invoice(s, quote.id)
    assert from_quote.value.code == "orders.not_an_invoice"


def test_the_status_e_mail_goes_through_the_outbox_in_the_clients_language(
        demo_db: dbs.Database) -> None:
    admin, seller = person(demo_db, "admin"), person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller)
    with demo_db.session(seller) as s:
        order = s.get(Order, saved.id)
        assert order is not None
        client = s.get(Client, order.client_id)
        assert client is not None
        client.language = "ru"
    with pytest.raises(CrmError) as no_server, demo_db.session(seller) as s:
        writing.change_status(s, saved.id, OrderStatus.IN_PROGRESS, notify=True)
    assert no_server.value.code == "mail.no_server"
    assert _history(demo_db, saved.id) == [(None, OrderStatus.NEW)]  # all or nothing
    with demo_db.session(admin) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=2525, security="none",
                                                from_address="sales@dalatrade.kz"))
    with demo_db.session(seller) as s:
        to, _subject, _body = __import__(
            "crm_desktop.services.sales.orders.mail", fromlist=["x"]).status_message(
                s, s.get(Order, saved.id))
    with demo_db.session(seller) as s:
        changed = writing.change_status(s, saved.id, OrderStatus.IN_PROGRESS, notify=True)
    if not to:
        pytest.skip("the demo client has no address")  # pragma: no cover
    with demo_db.session() as s:
        row = s.get(OutboxMessage, changed.mail_id)
        assert row is not None and row.client_id == order.client_id
        assert row.subject == f"Заказ {saved.number} в работе"
        assert row.recipients == to[0]
        emails = s.scalar(select(func.count()).select_from(Event).where(
            Event.client_id == order.client_id, Event.subject == row.subject))
        assert emails == 1


def test_a_shipment_is_recorded_against_the_order_and_ships_it(demo_db: dbs.Database) -> None:
    seller = person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller)
    with demo_db.session(seller) as s:
        lines = card.load_card(s, saved.id).lines
        first = shipping.record_shipment(s, saved.id, TODAY, {lines[0].id: Decimal("20")})
    assert first.order_status == OrderStatus.NEW  # a part shipped early moves no status
    for status in FLOW[1:5]:
        with demo_db.session(seller) as s:
            writing.change_status(s, saved.id, status)
    with pytest.raises(CrmError) as too_much, demo_db.session(seller) as s:
        shipping.record_shipment(s, saved.id, TODAY, {lines[0].id: Decimal("101")})
    assert too_much.value.code == "orders.ship_too_much"
    with demo_db.session(seller) as s:
        rest = shipping.record_shipment(s, saved.id, TODAY)
    assert rest.order_status == OrderStatus.SHIPPED
    with demo_db.session() as s:
        shipments = s.scalars(select(Shipment).where(Shipment.order_id == saved.id)
                              .order_by(Shipment.number)).all()
        assert len(shipments) == 2
        assert sum(sh.total for sh in shipments) == saved.total
        assert [float(ln.quantity) for ln in shipments[1].lines] == [100.0, 3.5]
    got = card_of(demo_db, saved.id)
    assert [sh.number for sh in got.shipments] == [sh.number for sh in shipments]
    assert got.history[-1].to_status == OrderStatus.SHIPPED


def card_of(db: dbs.Database, order_id: uuid.UUID) -> card.OrderCard:
    with db.session() as s:
        return card.load_card(s, order_id)


def test_lines_change_while_preparing_and_are_locked_after_payment(
        demo_db: dbs.Database) -> None:
    seller = person(demo_db, "a.nurlanova")
    saved = _new_order(demo_db, seller)
    one = LINES[:1]
    form = writing.OrderInput(client_id=_client_of(demo_db, seller), lines=one)
    with demo_db.session(seller) as s:
        changed = writing.update_order(s, saved.id, form)
    assert changed.total == line_amounts(one[0].quantity, one[0].price, Decimal(0),
                                         one[0].vat_rate, True, changed.currency).gross \
        or changed.total < saved.total
    with demo_db.session() as s:
        rows = s.scalars(select(OrderLine).where(OrderLine.order_id == saved.id)
                         .order_by(OrderLine.line_no)).all()
        assert [(r.line_no, r.deleted_at is None) for r in rows] == [(1, True), (2, False)]
    with demo_db.session(seller) as s:
        writing.update_order(s, saved.id, writing.OrderInput(
            client_id=form.client_id, lines=LINES))  # the second line comes back
    for status in FLOW[1:4]:
        with demo_db.session(seller) as s:
            writing.change_status(s, saved.id, status)
    with pytest.raises(CrmError) as locked, demo_db.session(seller) as s:
        writing.update_order(s, saved.id, form)
    assert locked.value.code == "orders.lines_locked"
    assert card_of(demo_db, saved.id).total == saved.total


def test_overdue_is_one_definition_for_rows_filters_and_counts(demo_db: dbs.Database) -> None:
    assert metrics.is_overdue_order(OrderStatus.SHIPPED, TODAY - timedelta(days=1), TODAY)
    assert not metrics.is_overdue_order(OrderStatus.SHIPPED, TODAY, TODAY)
    assert not metrics.is_overdue_order(OrderStatus.DELIVERED, TODAY - timedelta(days=9), TODAY)
    assert not metrics.is_overdue_order(OrderStatus.CANCELLED, TODAY - timedelta(days=9), TODAY)
    assert not metrics.is_overdue_order(OrderStatus.NEW, None, TODAY)
    seller = person(demo_db, "a.nurlanova")
    late = _new_order(demo_db, seller, due=TODAY - timedelta(days=3))
    on_time = _new_order(demo_db, seller, due=TODAY)
    done = _new_order(demo_db, seller, due=TODAY - timedelta(days=3))
    with demo_db.session(seller) as s:
        writing.change_status(s, done.id, OrderStatus.CANCELLED)
    with demo_db.session() as s:
        rows = {r.id: r for r in listing.iter_orders(s, OrderFilter())}
        overdue = {r.id for r in listing.iter_orders(s, OrderFilter(overdue=True))}
        counts = listing.order_counts(s, OrderFilter())
        desk = listing.overdue_count(s, TODAY)
    assert rows[late.id].overdue and not rows[on_time.id].overdue and not rows[done.id].overdue
    assert late.id in overdue and on_time.id not in overdue and done.id not in overdue
    assert overdue == {i for i, r in rows.items()
                       if metrics.is_overdue_order(r.status, r.due_date, TODAY)}
    assert counts.overdue == len(overdue) == desk
    assert counts.total == len(rows)


def _raw_orders(path: Path, where: str = "1=1", args: tuple[object, ...] = ()) -> list[bytes]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            f"SELECT o.id FROM orders o JOIN clients c ON c.id = o.client_id "
            f"WHERE o.deleted_at IS NULL AND {where} ORDER BY o.order_date DESC, o.id DESC",
            args)]


def test_keyset_pages_and_filters_match_raw_sql(demo_db: dbs.Database,
                                                demo_path: Path) -> None:
    with demo_db.session() as s:
        total = s.scalar(select(func.count()).select_from(Order))
    assert total and total > 20, "the demo makes orders"
    with demo_db.session() as s:
        seen: list[uuid.UUID] = []
        after = None
        while True:
            page = listing.order_page(s, OrderFilter(), limit=7, after=after)
            seen += [r.id for r in page.rows]
            if page.next is None:
                break
            after = page.next
        by_status = listing.order_counts(s, OrderFilter()).by_status
        shipped = [r.id for r in listing.iter_orders(
            s, OrderFilter(statuses=(OrderStatus.SHIPPED,)))]
        some = s.scalars(select(Order).order_by(Order.id).limit(1)).one()
        by_text = [r.id for r in listing.iter_orders(s, OrderFilter(text=some.number[-6:]))]
        for sort in listing.SORTS:
            for descending in (False, True):
                pages, after = [], None
                while True:
                    page = listing.order_page(s, OrderFilter(), sort=sort,
                                              descending=descending, after=after, limit=9)
                    pages += [r.id for r in page.rows]
                    if page.next is None:
                        break
                    after = page.next
                assert sorted(pages) == sorted(seen) and len(set(pages)) == len(pages), sort
    assert [i.bytes for i in seen] == _raw_orders(demo_path)
    assert [i.bytes for i in shipped] == _raw_orders(demo_path, "o.status = 'shipped'")
    assert some.id in by_text
    with sqlite3.connect(demo_path) as conn:
        raw = dict(conn.execute("SELECT status, count(*) FROM orders GROUP BY status"))
    assert {k.value: v for k, v in by_status.items()} == raw
