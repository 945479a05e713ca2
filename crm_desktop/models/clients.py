"""Counterparties, their contact persons, phones, e-mails and tags."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity
from .enums import ClientKind, ClientStatus, PhoneKind

client_tags = Table(
    "client_tags",
    Base.metadata,
    Column("client_id", ForeignKey("clients.id"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id"), primary_key=True, index=True),
)


class Tag(Entity):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class Client(Entity):
    __tablename__ = "clients"

    kind: Mapped[ClientKind] = mapped_column(default=ClientKind.ORGANIZATION)
    short_name: Mapped[str] = mapped_column(index=True)
    full_name: Mapped[str | None] = mapped_column(String(500))
    tax_id: Mapped[str | None] = mapped_column(String(32), index=True)
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str | None]
    city: Mapped[str | None]
    address: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[ClientStatus] = mapped_column(default=ClientStatus.LEAD)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str | None] = mapped_column(String(8))
    custom_fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"))

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", order_by="Contact.full_name"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=client_tags, order_by="Tag.name")


class Contact(Entity):
    __tablename__ = "contacts"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    full_name: Mapped[str] = mapped_column(index=True)
    position: Mapped[str | None]
    region: Mapped[str | None]
    time_zone: Mapped[str | None] = mapped_column(String(64))
    is_primary: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    client: Mapped[Client] = relationship(back_populates="contacts")
    phones: Mapped[list[Phone]] = relationship(order_by="Phone.created_at", viewonly=True)
    emails: Mapped[list[Email]] = relationship(order_by="Email.created_at", viewonly=True)


class Phone(Entity):
    """A phone of a client, optionally of one of its contact persons."""

    __tablename__ = "phones"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    kind: Mapped[PhoneKind] = mapped_column(default=PhoneKind.WORK)
    raw: Mapped[str] = mapped_column(String(64))  # as typed
    e164: Mapped[str | None] = mapped_column(String(20), index=True)


class Email(Entity):
    """An e-mail address of a client, optionally of one of its contact persons."""

    __tablename__ = "emails"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    address: Mapped[str]
    address_lower: Mapped[str] = mapped_column(index=True)
