"""Mass mailing: campaigns to a segment of clients, each recipient's message in the outbox,
the opt-out list and the addresses a server refused for good.

A campaign keeps what it was sent with (the segment's filter, the template's subject and body)
so its report still reads right after the segment or template change. Each recipient row
links the outbox message it became (`outbox_id`); a client or address that opted out, or an
address known bad, gets a row with that status and no message.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity


class CampaignStatus(StrEnum):
    QUEUED = "queued"  # its messages are in the outbox, going out at the campaign's rate
    CANCELLED = "cancelled"  # the messages not yet sent were cancelled


class RecipientStatus(StrEnum):
    """Stored: queued (a letter was made), opted_out or bad_address (none was). Sent and failed
    are what a queued recipient's outbox message says (`mailing.campaigns.campaign_recipients`
    reads them from it, so the report can never disagree with the outbox)."""

    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    OPTED_OUT = "opted_out"  # the client or the address unsubscribed: no message
    BAD_ADDRESS = "bad_address"  # a server refused the address for good before: no message
    DUPLICATE = "duplicate"  # another client of the campaign gets its letter at this address


class Campaign(Entity):
    __tablename__ = "campaigns"

    name: Mapped[str] = mapped_column(String(200))
    segment_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("segments.id"), index=True)
    segment_name: Mapped[str] = mapped_column(String(100))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    template_name: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    rate_per_minute: Mapped[int]
    status: Mapped[CampaignStatus] = mapped_column(default=CampaignStatus.QUEUED)
    queued_at: Mapped[datetime]
    # counted when queued: clients in the segment, messages queued, skipped and why
    total: Mapped[int] = mapped_column(default=0)
    queued_count: Mapped[int] = mapped_column(default=0)
    opted_out_count: Mapped[int] = mapped_column(default=0)
    bad_address_count: Mapped[int] = mapped_column(default=0)
    no_address_count: Mapped[int] = mapped_column(default=0)


class CampaignRecipient(Entity):
    __tablename__ = "campaign_recipients"
    __table_args__ = (Index("ix_campaign_recipients_campaign_status", "campaign_id", "status"),)

    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    address: Mapped[str]
    status: Mapped[RecipientStatus] = mapped_column(default=RecipientStatus.QUEUED)
    outbox_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("outbox_messages.id"),
                                                        index=True)


class MailOptOut(Entity):
    """A client (every address of it) or one address that asked for no more campaigns."""

    __tablename__ = "mail_opt_outs"

    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    address: Mapped[str | None] = mapped_column(index=True)  # lower case
    opted_out_at: Mapped[datetime]
    how: Mapped[str] = mapped_column(String(32))  # reply, phone, link, manual
    note: Mapped[str | None] = mapped_column(Text)


class BadAddress(Entity):
    """An address a mail server refused for good (a 5xx answer to RCPT TO)."""

    __tablename__ = "bad_addresses"

    address: Mapped[str] = mapped_column(index=True)  # lower case
    code: Mapped[int]
    answer: Mapped[str] = mapped_column(Text)
    marked_at: Mapped[datetime]
    outbox_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("outbox_messages.id"))
