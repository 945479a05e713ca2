"""Shipments recorded against an order: what left the warehouse, when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    OrderLine,
    OrderStatus,
    Shipment,
    ShipmentLine,
    ShipmentStatus,
    utcnow,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.sales.numbering import next_number
from crm_desktop.services.sales.pricing import round_money

from .writing import change_status, check_may_edit, load_order

CANNOT_SHIP = error_code("orders.cannot_ship", "An order in status {status} cannot be shipped")
NOTHING_TO_SHIP = error_code("orders.nothing_to_ship", "Enter a quantity to ship")
TOO_MUCH = error_code("orders.ship_too_much",
                      "{line}: more than ordered would be shipped ({quantity})")

SHIPMENT_PREFIX = "SHP"
NOT_SHIPPABLE = (OrderStatus.CANCELLED, OrderStatus.DELIVERED)


@dataclass(frozen=True)
class RecordedShipment:
    id: uuid.UUID
    number: str
    total: Decimal
    order_status: OrderStatus


def shipped_quantities(s: Session, order_id: uuid.UUID) -> dict[uuid.UUID, Decimal]:
    """Order line → quantity already shipped (shipment lines matched by product and text)."""
    lines = s.scalars(select(OrderLine).where(OrderLine.order_id == order_id,
                                              OrderLine.deleted_at.is_(None))).all()
    shipped = s.execute(
        select(ShipmentLine.product_id, ShipmentLine.description, ShipmentLine.quantity)
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(Shipment.order_id == order_id, Shipment.deleted_at.is_(None),
               Shipment.status != ShipmentStatus.CANCELLED,
               ShipmentLine.deleted_at.is_(None))).all()
    done: dict[uuid.UUID, Decimal] = {}
    for line in lines:
        done[line.id] = sum((q for p, d, q in shipped
                             if p == line.product_id and d == line.description), Decimal(0))
    return done


def record_shipment(s: Session, order_id: uuid.UUID, shipped_on: date,
                    quantities: dict[uuid.UUID, Decimal] | None = None, *,
                    now: datetime | None = None) -> RecordedShipment:
    """A numbered shipment of the order's lines (`quantities` per order line; None: whatever
    is left to ship). An order *ready to ship* becomes *shipped* through the status rules, with
    its history row and event. One transaction."""
    order = load_order(s, order_id)
    check_may_edit(s, order.responsible_id)
    if order.status in NOT_SHIPPABLE:
        raise CrmError(CANNOT_SHIP, status=order.status)
    lines = s.scalars(select(OrderLine).where(OrderLine.order_id == order.id,
                                              OrderLine.deleted_at.is_(None))
                      .order_by(OrderLine.line_no)).all()
    done = shipped_quantities(s, order.id)
    if quantities is None:
        quantities = {ln.id: ln.quantity - done.get(ln.id, Decimal(0)) for ln in lines}
    picked = [(ln, quantities.get(ln.id, Decimal(0))) for ln in lines]
    picked = [(ln, q) for ln, q in picked if q > 0]
    if not picked:
        raise ValidationError(NOTHING_TO_SHIP, field="quantity")
    for line, quantity in picked:
        if done.get(line.id, Decimal(0)) + quantity > line.quantity:
            raise ValidationError(TOO_MUCH, field="quantity", line=line.description,
                                  quantity=quantity)
    shipment = Shipment(number=next_number(s, SHIPMENT_PREFIX, shipped_on.year),
                        shipped_on=shipped_on, client_id=order.client_id,
                        invoice_id=order.invoice_id, order_id=order.id,
                        status=ShipmentStatus.SHIPPED, currency=order.currency,
                        total=Decimal(0))
    s.add(shipment)
    s.flush()
    total = Decimal(0)
    for number, (line, quantity) in enumerate(picked, start=1):
        # a part of a line is that part of its rounded total, rounded again
        amount = line.total if quantity == line.quantity else round_money(
            line.total * quantity / line.quantity, order.currency)
        total += amount
        s.add(ShipmentLine(shipment_id=shipment.id, line_no=number, product_id=line.product_id,
                           description=line.description, quantity=quantity, price=line.price,
                           total=amount))
    shipment.total = total
    if order.status == OrderStatus.READY_TO_SHIP:
        change_status(s, order.id, OrderStatus.SHIPPED, now=now or utcnow())
    s.flush()
    return RecordedShipment(shipment.id, shipment.number, total, order.status)
