"""Merging two clients into one, in one transaction.

The person picks the surviving record and, per field, the winning value. Every row of every
table that points at the other client (found from the schema's foreign keys, so a table added
later is moved too) moves to the survivor, stamped as changed now by this user so offline
copies receive the move. Tags are united, custom fields filled where the survivor has none.
The other client is soft-deleted with `merged_into_id` set: duplicate control and imports then
meet the survivor instead of bringing the old record back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Table, delete, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Base,
    Client,
    ClientBankAccount,
    ClientRelation,
    Contact,
    DuplicateDecision,
    SearchTerm,
    TermsOfSale,
    client_tags,
    utcnow,
)
from crm_desktop.services.clients.search import reindex_clients
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import Permission, require, user_id_of

# Fields the person chooses between (label for the UI comes from the UI's own table).
SAME_CLIENT = error_code("merge.same_client", "Choose two different clients to merge")
CLIENT_GONE = error_code("merge.client_gone", "One of the clients no longer exists")
UNKNOWN_FIELDS = error_code("merge.unknown_fields", "Unknown fields: {fields}")


MERGE_FIELDS = ("kind", "short_name", "full_name", "status", "source", "responsible_id",
                "country", "region", "city", "address", "legal_address", "currency",
                "language", "tax_id", "tax_id_2", "website", "notes")
# Tables handled by hand below rather than by a plain move.
_SPECIAL = {SearchTerm.__tablename__, client_tags.name, TermsOfSale.__tablename__,
            Client.__tablename__}


@dataclass(frozen=True)
class MergeResult:
    survivor_id: uuid.UUID
    moved: dict[str, int]  # table -> rows moved


def _client_links() -> list[tuple[Table, str]]:
    """(table, column) for every foreign key to clients.id."""
    links = []
    for table in Base.metadata.sorted_tables:
        if table.name in _SPECIAL:
            continue
        for column in table.columns:
            if any(fk.column.table.name == Client.__tablename__ for fk in column.foreign_keys):
                links.append((table, column.name))
    return links


def merge_clients(s: Session, survivor_id: uuid.UUID, other_id: uuid.UUID,
                  take_from_other: set[str] | frozenset[str] = frozenset()) -> MergeResult:
    """Merge `other_id` into `survivor_id`; fields named in `take_from_other` win from the
    other record. Runs inside the caller's transaction (all or nothing)."""
    require(s, Permission.MERGE_CLIENTS)
    if survivor_id == other_id:
        raise CrmError(SAME_CLIENT)
    survivor, other = s.get(Client, survivor_id), s.get(Client, other_id)
    if survivor is None or other is None or survivor.deleted_at or other.deleted_at:
        raise CrmError(CLIENT_GONE)
    unknown = set(take_from_other) - set(MERGE_FIELDS)
    if unknown:
        raise CrmError(UNKNOWN_FIELDS, fields=", ".join(sorted(unknown)))
    for name in take_from_other:
        setattr(survivor, name, getattr(other, name))
    survivor.tags = sorted({*survivor.tags, *other.tags}, key=lambda t: t.name)
    survivor.custom_fields = {**(other.custom_fields or {}), **(survivor.custom_fields or {})}
    s.flush()

    now, user = utcnow(), user_id_of(s)
    had_primary = s.scalar(select(Contact.id).where(
        Contact.client_id == survivor_id, Contact.is_primary, Contact.deleted_at.is_(None)))
    had_default = s.scalar(select(ClientBankAccount.id).where(
        ClientBankAccount.client_id == survivor_id, ClientBankAccount.is_default,
        ClientBankAccount.deleted_at.is_(None)))
    # Links between the two would point a client at itself after the move: drop them first.
    for model in (ClientRelation, DuplicateDecision):
        s.execute(update(model).where(
            ((model.client_id == other_id) & (model.other_id == survivor_id))
            | ((model.client_id == survivor_id) & (model.other_id == other_id)),
            model.deleted_at.is_(None)).values(deleted_at=now, updated_at=now, changed_by=user))
    moved: dict[str, int] = {}
    for table, column in _client_links():
        values: dict[str, object] = {column: survivor_id}
        if "updated_at" in table.c:
            values["updated_at"] = now
        if "changed_by" in table.c and user is not None:
            values["changed_by"] = user
        count = cast(CursorResult[Any], s.execute(
            update(table).where(table.c[column] == other_id).values(values))).rowcount
        if count:
            moved[f"{table.name}.{column}"] = count
    terms = s.scalar(select(TermsOfSale).where(TermsOfSale.client_id == survivor_id))
    if terms is None:
        count = cast(CursorResult[Any], s.execute(
            update(TermsOfSale).where(TermsOfSale.client_id == other_id)
            .values(client_id=survivor_id, updated_at=now))).rowcount
        if count:
            moved["terms_of_sale.client_id"] = count
    # One primary contact and one default account: the survivor's own win.
    if had_primary is not None:
        s.execute(update(Contact).where(Contact.client_id == survivor_id, Contact.is_primary,
                                        Contact.id != had_primary).values(is_primary=False))
    if had_default is not None:
        s.execute(update(ClientBankAccount).where(
            ClientBankAccount.client_id == survivor_id, ClientBankAccount.is_default,
            ClientBankAccount.id != had_default).values(is_default=False))
    # Clients merged earlier into the other one now point at the survivor.
    s.execute(update(Client).where(Client.merged_into_id == other_id)
              .values(merged_into_id=survivor_id, updated_at=now))
    s.execute(update(client_tags).where(client_tags.c.client_id == other_id,
                                        client_tags.c.deleted_at.is_(None))
              .values(deleted_at=now))  # tombstones, so the removal can travel
    s.execute(delete(SearchTerm).where(SearchTerm.client_id == other_id))
    other.deleted_at, other.merged_into_id = now, survivor_id
    s.flush()
    s.expire_all()  # rows moved by the updates above are stale in the session
    reindex_clients(s, [survivor_id])
    return MergeResult(survivor_id, moved)
