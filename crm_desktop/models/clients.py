"""Counterparties, their contact persons, phones, e-mails and tags."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Table, Text
from sqlalchemy.engine.interfaces import ExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity, utcnow
from .enums import ClientKind, ClientStatus, CustomFieldKind, PhoneKind

TAG_LINK_NAMESPACE = uuid.UUID("6f1c2d3e-7a8b-5c9d-8e0f-123456789abc")


def tag_link_id(client_id: uuid.UUID, tag_id: uuid.UUID) -> uuid.UUID:
    """The id of the link of a client and a tag: the same on every copy (two laptops that tag
    one client alike offline make one row, not two)."""
    return uuid.uuid5(TAG_LINK_NAMESPACE, f"{client_id}:{tag_id}")


def tag_link_of(row: dict[str, Any]) -> uuid.UUID:
    """The link's id from a row's values (bulk inserts that bypass the column default)."""
    return tag_link_id(_as_uuid(row["client_id"]), _as_uuid(row["tag_id"]))


def _tag_link_default(context: ExecutionContext) -> uuid.UUID:
    return tag_link_of(context.get_current_parameters())  # type: ignore[attr-defined]


def _as_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(bytes=bytes(value)) if isinstance(value, bytes | memoryview) \
        else uuid.UUID(str(value))


class ClientTag(Base):
    """A client carries a tag. Removing the tag tombstones the link (`deleted_at`) so the
    removal can travel to another copy; adding it again revives the same row. `id` (made from
    the pair, `tag_link_id`) names the link for the sync."""

    __tablename__ = "client_tags"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), primary_key=True)
    tag_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tags.id"), primary_key=True,
                                              index=True)
    id: Mapped[uuid.UUID] = mapped_column(default=_tag_link_default, unique=True,
                                          info={"from_row": tag_link_of})
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(default=None)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    tag: Mapped[Tag] = relationship(lazy="joined")


client_tags: Table = ClientTag.__table__  # type: ignore[assignment]  # Core reads and bulk writes


class Tag(Entity):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(100), unique=True)


class Client(Entity):
    __tablename__ = "clients"

    kind: Mapped[ClientKind] = mapped_column(default=ClientKind.ORGANIZATION)
    short_name: Mapped[str] = mapped_column(index=True)
    full_name: Mapped[str | None] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(255), index=True, default="")  # see duplicates
    tax_id: Mapped[str | None] = mapped_column(String(32), index=True)  # normalized
    tax_id_2: Mapped[str | None] = mapped_column(String(32))  # e.g. RU KPP
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str | None]
    city: Mapped[str | None]
    address: Mapped[str | None] = mapped_column(String(500))
    legal_address: Mapped[str | None] = mapped_column(String(500))
    website: Mapped[str | None]
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
    # Every link ever made, tombstones included; read and write tags through `tags`.
    tag_links: Mapped[list[ClientTag]] = relationship(cascade="save-update, merge")

    @property
    def tags(self) -> list[Tag]:
        """The client's live tags, by name."""
        return sorted((link.tag for link in self.tag_links if link.deleted_at is None),
                      key=lambda tag: tag.name)

    @tags.setter
    def tags(self, tags: Iterable[Tag]) -> None:
        """Make `tags` the client's tags: links to others are tombstoned, old ones revived."""
        wanted = {tag.name: tag for tag in tags}
        now = utcnow()
        for link in self.tag_links:
            if link.tag.name in wanted:
                wanted.pop(link.tag.name)
                if link.deleted_at is not None:
                    link.deleted_at = None
            elif link.deleted_at is None:
                link.deleted_at = now
        self.tag_links.extend(ClientTag(tag=tag) for tag in wanted.values())


class Contact(Entity):
    __tablename__ = "contacts"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    full_name: Mapped[str] = mapped_column(index=True)
    position: Mapped[str | None]
    region: Mapped[str | None]
    time_zone: Mapped[str | None] = mapped_column(String(64))
    is_primary: Mapped[bool] = mapped_column(default=False)
    birthday: Mapped[date | None]
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


class ClientBankAccount(Entity):
    """A client's bank account (printed nowhere yet; used for payments and requisites)."""

    __tablename__ = "client_bank_accounts"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    bank_name: Mapped[str]
    account: Mapped[str] = mapped_column(String(64))  # IBAN or national account number
    bic: Mapped[str | None] = mapped_column(String(16))
    currency: Mapped[str | None] = mapped_column(String(3))
    is_default: Mapped[bool] = mapped_column(default=False)


class CustomFieldDef(Entity):
    """A field the admin adds to every client card; values live in Client.custom_fields[key]."""

    __tablename__ = "custom_field_defs"

    key: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str]
    kind: Mapped[CustomFieldKind] = mapped_column(default=CustomFieldKind.TEXT)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)


class ClientRelation(Entity):
    """A typed link between two partners (e.g. "branch of", "dealer of")."""

    __tablename__ = "client_relations"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    other_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None]


class ContactRelation(Entity):
    """A typed link between two contact persons (e.g. "reports to", "spouse")."""

    __tablename__ = "contact_relations"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), index=True)
    other_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None]


class Segment(Entity):
    """A saved filter of the clients list."""

    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(100))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DuplicateDecision(Entity):
    """A person saw that `client_id` looks like `other_id` and kept both (changed_by: who)."""

    __tablename__ = "duplicate_decisions"

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    other_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    matched: Mapped[str]
