"""The opt-out list (a client, or one address, that asked for no more campaigns) and the bad
addresses (refused for good by a mail server: the outbox puts them there, see
`services.mail.outbox._mark_bad`). A campaign skips both; a one-off letter is not affected."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    BadAddress,
    CampaignRecipient,
    Client,
    MailOptOut,
    OutboxMessage,
    OutboxStatus,
    RecipientStatus,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require

NO_TARGET = error_code("mailing.no_opt_out_target", "Name a client or an e-mail address")
NOT_AN_ADDRESS = error_code("mailing.not_an_address", "{address} is not an e-mail address")
NO_CLIENT = error_code("mailing.no_client", "This client no longer exists")

HOW = ("manual", "reply", "phone", "link")


@dataclass(frozen=True)
class OptOutRow:
    id: uuid.UUID
    client_id: uuid.UUID | None
    client: str
    address: str
    opted_out_at: datetime
    how: str
    note: str


@dataclass(frozen=True)
class BadAddressRow:
    id: uuid.UUID
    address: str
    code: int
    answer: str
    marked_at: datetime


def opt_out(s: Session, client_id: uuid.UUID | None = None, address: str = "",
            how: str = "manual", note: str = "") -> uuid.UUID:
    """Put a client (all its addresses) or one address on the opt-out list; anyone in sales may
    (a client who asks to stop is heard at once). Already there: the existing entry's id.
    Campaign letters to it still waiting in the outbox are withdrawn in the same transaction
    (`_withdraw_queued`): an opt-out stops the campaign already queued too."""
    require(s, Permission.EDIT_CLIENTS)
    address = address.strip().lower()
    if client_id is None and not address:
        raise ValidationError(NO_TARGET, field="address")
    if address and ("@" not in address or " " in address):
        raise ValidationError(NOT_AN_ADDRESS, field="address", address=address)
    if client_id is not None:
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise CrmError(NO_CLIENT)
    found = s.scalar(select(MailOptOut.id).where(
        MailOptOut.deleted_at.is_(None),
        MailOptOut.client_id.is_(None) if client_id is None else MailOptOut.client_id == client_id,
        MailOptOut.address.is_(None) if not address else MailOptOut.address == address))
    _withdraw_queued(s, client_id, address)
    if found is not None:
        return found
    row = MailOptOut(client_id=client_id, address=address or None,
                     opted_out_at=datetime.now(UTC), how=how if how in HOW else "manual",
                     note=note.strip() or None)
    s.add(row)
    s.flush()
    return row.id


def _withdraw_queued(s: Session, client_id: uuid.UUID | None, address: str) -> int:
    """Cancel the campaign letters to this client (or address) that have not gone out yet
    (queued or waiting for a retry; one being sent now goes on) and mark their recipients
    opted out; returns how many. One-off mail is not touched."""
    address = address.strip().lower()
    who = []
    if client_id is not None:
        who.append(CampaignRecipient.client_id == client_id)
    if address:
        who.append(func.lower(CampaignRecipient.address) == address)
    if not who:
        return 0
    waiting = (OutboxStatus.QUEUED, OutboxStatus.RETRYING)
    ids = list(s.scalars(
        select(CampaignRecipient.outbox_id)
        .join(OutboxMessage, OutboxMessage.id == CampaignRecipient.outbox_id)
        .where(or_(*who), OutboxMessage.status.in_(waiting))))
    if not ids:
        return 0
    cancelled = list(s.scalars(
        update(OutboxMessage).where(OutboxMessage.id.in_(ids), OutboxMessage.status.in_(waiting))
        .values(status=OutboxStatus.CANCELLED).returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)))
    if cancelled:
        s.execute(update(CampaignRecipient).where(CampaignRecipient.outbox_id.in_(cancelled))
                  .values(status=RecipientStatus.OPTED_OUT)
                  .execution_options(synchronize_session=False))
    return len(cancelled)


def remove_opt_out(s: Session, opt_out_id: uuid.UUID) -> None:
    """Take an entry off the list (tombstoned): the head of sales decides that."""
    require(s, Permission.SEND_CAMPAIGNS)
    s.execute(update(MailOptOut).where(MailOptOut.id == opt_out_id,
                                       MailOptOut.deleted_at.is_(None))
              .values(deleted_at=datetime.now(UTC)))


def forgive_bad_address(s: Session, bad_id: uuid.UUID) -> None:
    """Let campaigns try an address again (the client gave it anew, the server is fixed)."""
    require(s, Permission.SEND_CAMPAIGNS)
    s.execute(update(BadAddress).where(BadAddress.id == bad_id, BadAddress.deleted_at.is_(None))
              .values(deleted_at=datetime.now(UTC)))


def opt_outs(s: Session, limit: int = 1000) -> list[OptOutRow]:
    """The list, newest first."""
    rows = s.execute(select(MailOptOut, Client.short_name)
                     .outerjoin(Client, Client.id == MailOptOut.client_id)
                     .where(MailOptOut.deleted_at.is_(None))
                     .order_by(MailOptOut.opted_out_at.desc()).limit(limit))
    return [OptOutRow(o.id, o.client_id, name or "", o.address or "", o.opted_out_at, o.how,
                      o.note or "") for o, name in rows]


def bad_addresses(s: Session, limit: int = 1000) -> list[BadAddressRow]:
    return [BadAddressRow(b.id, b.address, b.code, b.answer, b.marked_at)
            for b in s.scalars(select(BadAddress).where(BadAddress.deleted_at.is_(None))
                               .order_by(BadAddress.marked_at.desc()).limit(limit))]


def opted_out_clients(s: Session, client_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    ids = list(client_ids)
    return {c for c in s.scalars(select(MailOptOut.client_id).where(
        MailOptOut.deleted_at.is_(None), MailOptOut.client_id.in_(ids))) if c is not None}


def blocked_addresses(s: Session, addresses: Iterable[str]) -> tuple[set[str], set[str]]:
    """(opted out, bad) among `addresses` (lower case)."""
    wanted = list({a.lower() for a in addresses if a})
    if not wanted:
        return set(), set()
    opted = {a for a in s.scalars(select(MailOptOut.address).where(
        MailOptOut.deleted_at.is_(None), MailOptOut.address.in_(wanted))) if a}
    bad = set(s.scalars(select(BadAddress.address).where(
        BadAddress.deleted_at.is_(None), BadAddress.address.in_(wanted))))
    return opted, bad
