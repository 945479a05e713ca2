"""The clients list: filters, sorting, pages (keyset, so page 500 costs what page 1 does) and
saved filters (segments)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, update
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    ClientStatus,
    CustomFieldDef,
    CustomFieldKind,
    SearchTerm,
    Segment,
    Tag,
    User,
    client_tags,
    utcnow,
)
from crm_desktop.services.clients.search import TOP, query_tokens, word_variants
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import Permission, require

NO_CUSTOM_FIELD = error_code("segments.no_custom_field", "No custom field {key!r}")
NO_SEGMENT_NAME = error_code("segments.no_name", "Give the segment a name")


# Nullable columns sort as "" so that NULLs order the same on SQLite and PostgreSQL.
SORTS: dict[str, Any] = {
    "name": Client.short_name, "status": Client.status,
    "tax_id": func.coalesce(Client.tax_id, ""), "city": func.coalesce(Client.city, ""),
    "region": func.coalesce(Client.region, ""), "created": Client.created_at}


@dataclass
class ClientFilter:
    text: str = ""
    status: str = ""
    tag: str = ""
    responsible_id: str = ""  # a user id as text (segments are stored as JSON)
    region: str = ""
    custom_key: str = ""
    custom_value: str = ""
    sort: str = "name"
    descending: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClientFilter:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class ListRow:
    id: uuid.UUID
    name: str
    status: ClientStatus
    tax_id: str
    city: str
    region: str
    responsible: str
    created_at: datetime
    sort_value: Any


def _conditions(s: Session, f: ClientFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Client.deleted_at.is_(None)]
    if f.status:
        where.append(Client.status == ClientStatus(f.status))
    if f.region:
        where.append(Client.region == f.region)
    if f.responsible_id:
        where.append(Client.responsible_id == uuid.UUID(f.responsible_id))
    if f.tag:
        where.append(Client.id.in_(select(client_tags.c.client_id).join(
            Tag, Tag.id == client_tags.c.tag_id).where(Tag.name == f.tag,
                                                       client_tags.c.deleted_at.is_(None))))
    if f.custom_key:
        definition = s.scalar(select(CustomFieldDef).where(CustomFieldDef.key == f.custom_key))
        if definition is None:
            raise CrmError(NO_CUSTOM_FIELD, key=f.custom_key)
        value = Client.custom_fields[f.custom_key]
        if definition.kind == CustomFieldKind.CHECKBOX:
            wanted = f.custom_value.lower() in ("1", "true", "yes")
            where.append(func.coalesce(value.as_boolean(), False) == wanted)
        elif f.custom_value:
            where.append(value.as_string() == f.custom_value)
        else:
            where.append(value.as_string().is_not(None))
    for token in query_tokens(f.text)[:3]:  # in any spelling, as the global search
        where.append(Client.id.in_(select(SearchTerm.client_id).where(or_(*[
            and_(SearchTerm.term >= v, SearchTerm.term < v + TOP)
            for v in word_variants(token)]))))
    return where


def ids_query(s: Session, f: ClientFilter) -> Select[Any]:
    """The ids of the clients the filter shows (for an export of just those)."""
    return select(Client.id).where(*_conditions(s, f))


def count(s: Session, f: ClientFilter) -> int:
    return s.scalar(select(func.count()).select_from(Client).where(*_conditions(s, f))) or 0


def page(s: Session, f: ClientFilter, after: tuple[Any, uuid.UUID] | None = None,
         size: int = 200) -> list[ListRow]:
    """The next `size` rows after the row whose (sort value, id) is `after`."""
    column = SORTS.get(f.sort, Client.short_name)
    query: Select[Any] = (
        select(Client.id, Client.short_name, Client.status, Client.tax_id, Client.city,
               Client.region, User.full_name, Client.created_at, column)
        .outerjoin(User, User.id == Client.responsible_id)
        .where(*_conditions(s, f)))
    if after is not None:
        value, last_id = after
        if f.descending:
            query = query.where(or_(column < value, and_(column == value, Client.id < last_id)))
        else:
            query = query.where(or_(column > value, and_(column == value, Client.id > last_id)))
    if f.descending:
        query = query.order_by(column.desc(), Client.id.desc())
    else:
        query = query.order_by(column.asc(), Client.id.asc())
    return [ListRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", r[6] or "", r[7], r[8])
            for r in s.execute(query.limit(size))]


def regions(s: Session) -> list[str]:
    return [r for r in s.scalars(select(Client.region).where(
        Client.deleted_at.is_(None), Client.region.is_not(None)).distinct()
        .order_by(Client.region)) if r]


def segments(s: Session, user_id: uuid.UUID | None) -> list[Segment]:
    """Segments of this user and the shared ones (no owner)."""
    return list(s.scalars(select(Segment).where(
        Segment.deleted_at.is_(None),
        or_(Segment.owner_id.is_(None), Segment.owner_id == user_id)).order_by(Segment.name)))


def save_segment(s: Session, name: str, f: ClientFilter, owner_id: uuid.UUID | None) -> uuid.UUID:
    require(s, Permission.EDIT_SEGMENTS)
    name = name.strip()
    if not name:
        raise CrmError(NO_SEGMENT_NAME)
    segment = s.scalar(select(Segment).where(Segment.name == name, Segment.owner_id == owner_id,
                                             Segment.deleted_at.is_(None)))
    if segment is None:
        segment = Segment(name=name, owner_id=owner_id)
        s.add(segment)
    segment.filters = f.to_dict()
    s.flush()
    return segment.id


def delete_segment(s: Session, segment_id: uuid.UUID) -> None:
    """Tombstone the segment (it disappears from every list)."""
    require(s, Permission.EDIT_SEGMENTS)
    s.execute(update(Segment).where(Segment.id == segment_id, Segment.deleted_at.is_(None))
              .values(deleted_at=utcnow()))
