"""What a unit of work changed, as typed kinds that views subscribe to.

Every write inside `Database.session` is recorded here without the service having to say so:
ORM flushes and ORM-enabled bulk statements (`s.execute(update(Client)…)`) name their tables,
and the table maps to a kind. Writes that bypass the session (Core inserts on a raw
connection, as the bulk loaders do) call `record(s, kind)` themselves. The UI's operation
helper publishes `recorded(s)` after the commit, so no dialog tells any view what it changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import ORMExecuteState, Session

CHANGES_KEY = "changes"


class Change(StrEnum):
    CLIENTS = "clients"
    CONTACTS = "contacts"
    EVENTS = "events"
    DEALS = "deals"
    PIPELINES = "pipelines"  # pipelines, stages, loss reasons
    DOCUMENTS = "documents"
    PAYMENTS = "payments"
    SHIPMENTS = "shipments"
    ORDERS = "orders"  # orders, their lines and status history
    CLAIMS = "claims"  # claims, their status history, reasons and results
    PRODUCTS = "products"
    CATEGORIES = "categories"
    PRICES = "prices"
    STOCK = "stock"
    TERMS = "terms"
    COMPANY = "company"
    SETTINGS = "settings"
    MAIL = "mail"
    OUTBOX = "outbox"
    CUSTOM_FIELDS = "custom_fields"
    SEGMENTS = "segments"
    USERS = "users"  # people, teams, their sign-ins
    AUDIT = "audit"
    ATTACHMENTS = "attachments"
    APPROVALS = "approvals"
    PLANS = "plans"  # the sales plan (services.reports.plans)
    SYNC = "sync"  # the sync's own queue, cursor and conflict log (services.sync)
    CAMPAIGNS = "campaigns"  # mass mailing: campaigns, recipients, opt-outs, bad addresses
    AUTOMATION = "automation"  # automation rules and their run log
    # Everything may have changed (a restore, the demo): every view reloads.
    ALL = "all"


# Table name → kind. A table missing here records ALL (safe: views reload) and a test lists it.
TABLE_CHANGES: dict[str, Change] = {}


def map_tables(kind: Change, *tables: str) -> None:
    for name in tables:
        TABLE_CHANGES[name] = kind


map_tables(Change.CLIENTS, "clients", "client_tags", "tags", "client_bank_accounts",
           "client_relations", "duplicate_decisions", "search_terms", "phones", "emails")
map_tables(Change.CONTACTS, "contacts", "contact_relations")
map_tables(Change.EVENTS, "events")
map_tables(Change.DEALS, "deals", "deal_stage_changes")
map_tables(Change.PIPELINES, "pipelines", "pipeline_stages", "loss_reasons")
map_tables(Change.DOCUMENTS, "sales_documents", "sales_document_lines", "number_counters")
map_tables(Change.PAYMENTS, "payments")
map_tables(Change.SHIPMENTS, "shipments", "shipment_lines")
map_tables(Change.ORDERS, "orders", "order_lines", "order_status_changes")
map_tables(Change.CLAIMS, "claims", "claim_status_changes", "claim_reasons", "claim_results")
map_tables(Change.PRODUCTS, "products")
map_tables(Change.CATEGORIES, "product_categories")
map_tables(Change.PRICES, "price_types", "product_prices")
map_tables(Change.STOCK, "warehouses", "stock_levels")
map_tables(Change.TERMS, "terms_of_sale")
map_tables(Change.APPROVALS, "price_approvals")
map_tables(Change.COMPANY, "companies", "bank_accounts")
map_tables(Change.SETTINGS, "settings", "shared_settings")
map_tables(Change.OUTBOX, "outbox_messages")
map_tables(Change.CUSTOM_FIELDS, "custom_field_defs")
map_tables(Change.SEGMENTS, "segments")
map_tables(Change.USERS, "users", "teams", "team_members", "user_credentials", "auth_tokens")
map_tables(Change.CLIENTS, "client_shares")  # who else sees a client (the team server)
map_tables(Change.AUDIT, "audit_log")  # written by the server's triggers, never by a service
map_tables(Change.ATTACHMENTS, "attachments")
map_tables(Change.PLANS, "sales_plans")
map_tables(Change.SYNC, "sync_outbox", "sync_batches_out", "sync_state", "sync_applying",
           "sync_log", "sync_received", "sync_changes_seen", "sync_conflicts")
map_tables(Change.CAMPAIGNS, "campaigns", "campaign_recipients", "mail_opt_outs", "bad_addresses")
map_tables(Change.AUTOMATION, "automation_rules", "automation_runs")


def kind_of(table: str) -> Change:
    return TABLE_CHANGES.get(table, Change.ALL)


def record(s: Session, *kinds: Change) -> None:
    """Say that this unit of work changed `kinds` (for writes the session cannot see)."""
    s.info.setdefault(CHANGES_KEY, set()).update(kinds)


def record_tables(s: Session, tables: Iterable[str]) -> None:
    record(s, *(kind_of(t) for t in tables))


def recorded(s: Session) -> frozenset[Change]:
    """Every kind this unit of work changed so far (flush first to include pending objects)."""
    return frozenset(s.info.get(CHANGES_KEY, ()))


@event.listens_for(Session, "before_flush")
def _record_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    tables = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__table__", None)
        if isinstance(table, Table) and (obj in session.new or session.is_modified(obj)
                                         or obj in session.deleted):
            tables.add(table.name)
    if tables:
        record_tables(session, tables)


@event.listens_for(Session, "do_orm_execute")
def _record_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if isinstance(table, Table):
        record_tables(state.session, [table.name])
