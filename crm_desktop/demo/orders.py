"""Demo orders: most invoices become an order, at a status that fits the invoice (paid and
shipped, delivered, awaiting payment, cancelled…), with a plausible status history; the
invoice's shipment is recorded against its order. Open orders past their due date are the
demo's overdue ones.

Runs after every other demo step with its own random stream, so the rest of the demo data
stays what it was before orders existed."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal
from itertools import groupby
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, select, update

from crm_desktop.models import (
    DocumentKind,
    DocumentStatus,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
    SalesDocument,
    SalesDocumentLine,
    Shipment,
    ShipmentStatus,
)
from crm_desktop.services.sales.deals.history import plausible_moments
from crm_desktop.services.sales.orders.statuses import FLOW

if TYPE_CHECKING:
    from .generator import DemoGenerator

BATCH = 20_000
SHARE = 0.7  # of the invoices that become orders
DUE_DAYS = (7, 10, 14, 21, 30)


def _status(rng: random.Random, invoice_status: str, shipment: str | None,
            age: int) -> OrderStatus:
    """An order status that fits its invoice (and the invoice's shipment)."""
    if invoice_status == DocumentStatus.CANCELLED:
        return OrderStatus.CANCELLED
    if shipment == ShipmentStatus.DELIVERED:
        return OrderStatus.DELIVERED
    if shipment == ShipmentStatus.SHIPPED:
        return OrderStatus.SHIPPED if age < 20 else OrderStatus.DELIVERED
    if invoice_status == DocumentStatus.PAID:
        return rng.choice((OrderStatus.PAID, OrderStatus.READY_TO_SHIP))
    if age < 3:
        return rng.choice((OrderStatus.NEW, OrderStatus.IN_PROGRESS))
    return OrderStatus.AWAITING_PAYMENT


def make_orders(gen: DemoGenerator, conn: Connection) -> None:
    rng = random.Random(gen.rng.getrandbits(64))  # the last step: nothing else shifts
    docs = SalesDocument.__table__.c
    headers = {row.id: row for row in conn.execute(
        select(docs.id, docs.issue_date, docs.client_id, docs.deal_id, docs.manager_id,
               docs.currency, docs.vat_included, docs.status, docs.net_total, docs.vat_total,
               docs.total, docs.created_at)
        .where(docs.kind == DocumentKind.INVOICE.value))}
    ships = Shipment.__table__.c
    shipped = dict(conn.execute(select(ships.invoice_id, ships.status)
                                .where(ships.invoice_id.is_not(None))).all())
    lines = SalesDocumentLine.__table__.c
    stream = conn.execute(
        select(lines.document_id, lines.line_no, lines.product_id, lines.description,
               lines.quantity, lines.unit, lines.price, lines.discount_pct, lines.vat_rate,
               lines.net_amount, lines.vat_amount, lines.total)
        .order_by(lines.document_id, lines.line_no)).yield_per(BATCH)
    orders: list[dict[str, Any]] = []
    order_lines: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    order_of: dict[uuid.UUID, uuid.UUID] = {}  # invoice → its order
    for document_id, group in groupby(stream, key=lambda row: row.document_id):
        head = headers.get(document_id)
        if head is None or rng.random() >= SHARE:
            continue
        issued: date = head.issue_date
        age = (gen.today - issued).days
        status = _status(rng, head.status, shipped.get(head.id), age)
        path = (list(FLOW[:FLOW.index(status) + 1]) if status in FLOW
                else [*FLOW[:rng.randint(1, 3)], OrderStatus.CANCELLED])
        start = head.created_at
        closes = status in (OrderStatus.DELIVERED, OrderStatus.CANCELLED)
        end = min(gen.now, start + timedelta(days=rng.randint(3, 40))) if closes else gen.now
        moments = plausible_moments(rng, len(path), start, end, closes=closes)
        order_id: uuid.UUID = gen.new_id()
        orders.append({
            "id": order_id, "created_at": start, "updated_at": moments[-1],
            "number": gen.next_number(f"ORD-{issued.year}"), "order_date": issued,
            "client_id": head.client_id, "contact_id": None, "deal_id": head.deal_id,
            "invoice_id": head.id, "status": status.value, "status_changed_at": moments[-1],
            "due_date": issued + timedelta(days=rng.choice(DUE_DAYS)),
            "currency": head.currency, "vat_included": head.vat_included,
            "net_total": Decimal(head.net_total), "vat_total": Decimal(head.vat_total),
            "total": Decimal(head.total), "responsible_id": head.manager_id, "comment": None,
        })
        for line in group:
            order_lines.append({
                "id": gen.new_id(), "created_at": start, "updated_at": start,
                "order_id": order_id, "line_no": line.line_no, "product_id": line.product_id,
                "description": line.description, "quantity": line.quantity,
                "unit": line.unit, "price": line.price, "discount_pct": line.discount_pct,
                "vat_rate": line.vat_rate, "net_amount": line.net_amount,
                "vat_amount": line.vat_amount, "total": line.total})
        for index, (to_status, at) in enumerate(zip(path, moments, strict=True)):
            history.append({
                "id": gen.new_id(), "created_at": at, "updated_at": at, "order_id": order_id,
                "from_status": path[index - 1].value if index else None,
                "to_status": to_status.value, "changed_at": at, "user_id": head.manager_id})
        if len(order_lines) >= BATCH:
            _flush(gen, conn, orders, order_lines, history)
        order_of[head.id] = order_id
    _flush(gen, conn, orders, order_lines, history)
    # The invoice's shipment belongs to its order. By primary key: the secondary indexes are
    # dropped while the demo loads, so a join on invoice_id would scan per shipment.
    links = [{"order": order_of[invoice_id], "shipment": shipment_id}
             for shipment_id, invoice_id in conn.execute(
                 select(ships.id, ships.invoice_id).where(ships.invoice_id.is_not(None)))
             if invoice_id in order_of]
    for start in range(0, len(links), BATCH):
        conn.execute(update(Shipment).where(Shipment.id == bindparam("shipment"))
                     .values(order_id=bindparam("order")), links[start:start + BATCH])


def _flush(gen: DemoGenerator, conn: Connection, *lists: list[dict[str, Any]]) -> None:
    for table, rows in zip((Order, OrderLine, OrderStatusChange), lists, strict=True):
        if rows:
            gen._insert(conn, table, rows)
            rows.clear()
