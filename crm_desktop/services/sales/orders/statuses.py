"""Which status an order may go to next: forward one step on its way to delivery, or cancelled
before it has left the warehouse."""

from __future__ import annotations

from crm_desktop.models import OrderStatus

# The way to delivery, in order (CANCELLED is not on it).
FLOW = (OrderStatus.NEW, OrderStatus.IN_PROGRESS, OrderStatus.AWAITING_PAYMENT,
        OrderStatus.PAID, OrderStatus.READY_TO_SHIP, OrderStatus.SHIPPED,
        OrderStatus.DELIVERED)
# Once shipped the goods are gone: a shipped order is delivered, never cancelled.
CANCELLABLE = frozenset(FLOW[:FLOW.index(OrderStatus.SHIPPED)])
OPEN = frozenset(FLOW[:-1])  # not delivered, not cancelled


def allowed_next(status: OrderStatus) -> tuple[OrderStatus, ...]:
    """The statuses an order in `status` may move to, the next step first."""
    if status not in FLOW or status == OrderStatus.DELIVERED:
        return ()
    following = (FLOW[FLOW.index(status) + 1],)
    return following + ((OrderStatus.CANCELLED,) if status in CANCELLABLE else ())
