"""Enumerations stored as their text values."""

from enum import StrEnum


class Role(StrEnum):
    SALESPERSON = "salesperson"
    HEAD_OF_SALES = "head_of_sales"
    ADMIN = "admin"


class ClientKind(StrEnum):
    ORGANIZATION = "organization"
    PERSON = "person"


class ClientStatus(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    INACTIVE = "inactive"


class CustomFieldKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    CHOICE = "choice"
    CHECKBOX = "checkbox"


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    WORK = "work"
    HOME = "home"
    FAX = "fax"
    OTHER = "other"


class EventType(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TASK = "task"
    PLANNED = "planned_interaction"
    NOTE = "note"


class Direction(StrEnum):
    INCOMING = "in"
    OUTGOING = "out"


class EventStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class CategoryKind(StrEnum):
    COMPONENT = "component"
    PRODUCT = "product"
    SERVICE = "service"


class DealStage(StrEnum):
    """Keys of the default pipeline's open stages, in order (the fixed stages before pipelines
    became data; `PipelineStage.key`). A deal's outcome is its DealStatus."""

    NEW = "new"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    CONTRACT = "contract"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class PipelineMode(StrEnum):
    STRICT = "strict"  # no stage skipped, required fields filled: refused otherwise
    MANUAL = "manual"  # any move; the rules it breaks are shown as warnings
    NONE = "none"  # no pipeline: long projects that only log interactions (open, won, lost)


class DocumentKind(StrEnum):
    QUOTE = "quote"
    INVOICE = "invoice"


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class ShipmentStatus(StrEnum):
    PLANNED = "planned"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class OrderStatus(StrEnum):
    """An order's way to delivery, in order; CANCELLED ends it from any open status."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    READY_TO_SHIP = "ready_to_ship"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CARD = "card"


class OutboxStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    RETRYING = "failed_retrying"  # offline, timeout, 4xx: tried again later
    FAILED = "failed"  # 5xx, bad recipient, authentication: needs a person
    INTERRUPTED = "interrupted"  # may have reached the server (crash, lost reply): a person
    PARTIAL = "partly_sent"  # some recipients accepted, others refused: a person looks
    CANCELLED = "cancelled"
    DRAFT = "draft"  # saved from the composer; never sent until a person sends it
