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


# -- what the person sees before merging ----------------------------------------------------
@dataclass(frozen=True)
class MergeSide:
    """One of the two records: what tells it apart and what it brings to the survivor."""

    name: str
    tax_id: str
    legal_form: str  # as written in its names ("ТОО", "LLP"), "" when none is
    deals: int
    documents: int
    events: int


@dataclass(frozen=True)
class MergePreview:
    sides: tuple[MergeSide, MergeSide]
    different_tax_ids: bool  # both have a tax ID and they differ
    different_legal_forms: bool  # both name a legal form and they differ (or the kind differs)

    @property
    def doubtful(self) -> bool:
        return self.different_tax_ids or self.different_legal_forms


def legal_form(*names: str | None) -> str:
    """The first legal form word written in `names` ("ТОО Береке" -> "ТОО"), else ""."""
    from crm_desktop.services.clients.duplicates import _LEGAL_FORMS, _WORD, transliterate

    for name in names:
        for word in _WORD.findall(name or ""):
            if transliterate(word) in _LEGAL_FORMS:
                return word
    return ""


def merge_preview(s: Session, first_id: uuid.UUID, second_id: uuid.UUID) -> MergePreview:
    """The two records side by side for the merge dialog: tax IDs, legal forms, and how many
    deals, documents and events each brings; raises when one of them is gone."""
    from sqlalchemy import func

    from crm_desktop.models import Deal, Event, SalesDocument

    sides: list[MergeSide] = []
    kinds = []
    for client_id in (first_id, second_id):
        client = s.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise CrmError(CLIENT_GONE)

        def count(model: Any, cid: uuid.UUID = client_id) -> int:
            return int(s.scalar(select(func.count()).select_from(model).where(
                model.client_id == cid, model.deleted_at.is_(None))) or 0)

        kinds.append(client.kind)
        sides.append(MergeSide(client.short_name, client.tax_id or "",
                               legal_form(client.short_name, client.full_name),
                               count(Deal), count(SalesDocument), count(Event)))
    a, b = sides
    return MergePreview(
        (a, b), different_tax_ids=bool(a.tax_id and b.tax_id and a.tax_id != b.tax_id),
        different_legal_forms=kinds[0] != kinds[1] or bool(
            a.legal_form and b.legal_form
            and transliterate_form(a.legal_form) != transliterate_form(b.legal_form)))


def transliterate_form(word: str) -> str:
    from crm_desktop.services.clients.duplicates import transliterate

    return transliterate(word)
