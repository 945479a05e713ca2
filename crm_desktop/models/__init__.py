"""SQLAlchemy tables and nothing else."""

from .base import Base, Entity, UTCDateTime, new_id, utcnow, uuid7_from
from .catalogue import PriceType, Product, ProductCategory, ProductPrice, StockLevel, Warehouse
from .clients import Client, Contact, Email, Phone, Tag, client_tags
from .company import BankAccount, Company
from .deals import Deal
from .documents import Payment, SalesDocument, SalesDocumentLine, Shipment, ShipmentLine
from .enums import (
    CategoryKind,
    ClientKind,
    ClientStatus,
    DealStage,
    DealStatus,
    Direction,
    DocumentKind,
    DocumentStatus,
    EventStatus,
    EventType,
    OutboxStatus,
    PaymentMethod,
    PhoneKind,
    Role,
    ShipmentStatus,
)
from .events import Event
from .outbox import OutboxMessage
from .sales_terms import PriceApproval, TermsOfSale
from .search import SearchTerm
from .system import Attachment, NumberCounter, Setting
from .users import User

__all__ = [
    "Attachment",
    "BankAccount",
    "Base",
    "CategoryKind",
    "Client",
    "ClientKind",
    "ClientStatus",
    "Company",
    "Contact",
    "Deal",
    "DealStage",
    "DealStatus",
    "Direction",
    "DocumentKind",
    "DocumentStatus",
    "Email",
    "Entity",
    "Event",
    "EventStatus",
    "EventType",
    "NumberCounter",
    "OutboxMessage",
    "OutboxStatus",
    "Payment",
    "PaymentMethod",
    "Phone",
    "PhoneKind",
    "PriceApproval",
    "PriceType",
    "Product",
    "ProductCategory",
    "ProductPrice",
    "Role",
    "SalesDocument",
    "SalesDocumentLine",
    "SearchTerm",
    "Setting",
    "Shipment",
    "ShipmentLine",
    "ShipmentStatus",
    "StockLevel",
    "Tag",
    "TermsOfSale",
    "UTCDateTime",
    "User",
    "Warehouse",
    "client_tags",
    "new_id",
    "utcnow",
    "uuid7_from",
]
