"""first_week: fixes after a salesperson's first week (issue 12)

- search terms: every client's terms rebuilt with the spellings the search now indexes (city
  and region, Latin spellings of Cyrillic words, mixed-script words folded) — `_search_terms`.

Other first-week parts add their own clearly named function below and call it from upgrade().

Revision ID: 0017_first_week
Revises: 0016_loose_ends
Create Date: 2026-11-24 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import crm_desktop.models.base

revision: str = '0017_first_week'
down_revision: str | None = '0016_loose_ends'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _search_terms()


def downgrade() -> None:
    pass  # the extra terms are harmless to the older search (derived data, never synced)


# -- search terms (global search: transliteration, places, mixed scripts) ----------------------
def _search_terms(batch: int = 2000) -> None:
    """Rebuild the derived search terms of every live client with this version's rules
    (`services.clients.search.client_terms`), a batch of clients at a time."""
    from crm_desktop.services.clients.search import client_terms, phone_label

    guid = crm_desktop.models.base.GUID(length=16)
    conn = op.get_bind()
    clients = sa.table("clients", sa.column("id", guid), sa.column("short_name", sa.String()),
                       sa.column("full_name", sa.String()), sa.column("tax_id", sa.String()),
                       sa.column("city", sa.String()), sa.column("region", sa.String()),
                       sa.column("deleted_at", sa.String()))
    contacts = sa.table("contacts", sa.column("client_id", guid),
                        sa.column("full_name", sa.String()), sa.column("deleted_at", sa.String()))
    emails = sa.table("emails", sa.column("client_id", guid), sa.column("address", sa.String()),
                      sa.column("deleted_at", sa.String()))
    phones = sa.table("phones", sa.column("id", guid), sa.column("client_id", guid),
                      sa.column("e164", sa.String()), sa.column("raw", sa.String()),
                      sa.column("created_at", sa.String()), sa.column("deleted_at", sa.String()))
    terms = sa.table("search_terms", sa.column("client_id", guid), sa.column("term", sa.String()),
                     sa.column("label", sa.String()))
    ids = list(conn.scalars(sa.select(clients.c.id).where(clients.c.deleted_at.is_(None))))
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        people: dict[object, list[str]] = {}
        for cid, name in conn.execute(sa.select(contacts.c.client_id, contacts.c.full_name).where(
                contacts.c.client_id.in_(chunk), contacts.c.deleted_at.is_(None))):
            people.setdefault(cid, []).append(name)
        addresses: dict[object, list[str]] = {}
        for cid, address in conn.execute(sa.select(emails.c.client_id, emails.c.address).where(
                emails.c.client_id.in_(chunk), emails.c.deleted_at.is_(None))):
            addresses.setdefault(cid, []).append(address)
        labels: dict[object, dict[str, str]] = {}
        for cid, e164, raw in conn.execute(
                sa.select(phones.c.client_id, phones.c.e164, phones.c.raw).where(
                    phones.c.client_id.in_(chunk), phones.c.deleted_at.is_(None),
                    phones.c.e164.is_not(None)).order_by(phones.c.created_at, phones.c.id)):
            labels.setdefault(cid, {}).setdefault(e164 or "", phone_label(raw, e164 or ""))
        rows = []
        for cid, name, full, tax, city, region in conn.execute(
                sa.select(clients.c.id, clients.c.short_name, clients.c.full_name,
                          clients.c.tax_id, clients.c.city, clients.c.region)
                .where(clients.c.id.in_(chunk))):
            found = labels.get(cid, {})
            made = client_terms(name, full, tax, people.get(cid, ()), addresses.get(cid, ()),
                                list(found), found, city=city, region=region)
            rows += [{"client_id": cid, "term": t, "label": label[:255]}
                     for t, label in made.items()]
        conn.execute(sa.delete(terms).where(terms.c.client_id.in_(chunk)))
        if rows:
            conn.execute(sa.insert(terms), rows)
