"""Who is working, and what each role may do: the one role → permission map.

Every writing service checks its permission here (`require`), so the CLI, the team server and
the UI obey the same rules; the UI only hides what the service would refuse anyway.

A unit of work is opened for an *actor*: a signed-in `CurrentUser`, or a named `SystemActor`
for work no person does (migrations, the demo generator, the coming sync apply). A session
without an actor may read but never write (see `core.db`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from crm_desktop.models import Role

from .errors import CrmError, error_code

ACTOR_KEY = "actor"


class Permission(StrEnum):
    EDIT_CLIENTS = "edit_clients"            # cards, contacts, tags, notes
    IMPORT_CLIENTS = "import_clients"
    MERGE_CLIENTS = "merge_clients"
    EDIT_SEGMENTS = "edit_segments"
    EDIT_EVENTS = "edit_events"
    SELL = "sell"                            # quotes, invoices, payments, mail to clients
    SELL_BELOW_MINIMUM = "sell_below_minimum"  # approve a price below the minimum
    EDIT_CATALOGUE = "edit_catalogue"        # products, categories, stock, recommended prices
    EDIT_MINIMUM_PRICES = "edit_minimum_prices"
    IMPORT_PRICES = "import_prices"
    EDIT_TERMS = "edit_terms"                # a client's terms of sale (price type, discount)
    EDIT_COMPANY = "edit_company"            # own requisites, stamp, signatures, VAT, numbering
    EDIT_MAIL_SETTINGS = "edit_mail_settings"  # the company's SMTP server
    EDIT_CUSTOM_FIELDS = "edit_custom_fields"
    MANAGE_USERS = "manage_users"
    MANAGE_DATABASE = "manage_database"      # backup, restore
    EDIT_DEALS = "edit_deals"                # own deals: open, edit, move through the stages
    EDIT_ANY_DEAL = "edit_any_deal"          # edit and move other salespeople's deals
    EDIT_PIPELINES = "edit_pipelines"        # pipelines, their stages and rules, loss reasons
    READ_AUDIT = "read_audit"                # the change history (who changed what, when)
    EDIT_ORDERS = "edit_orders"              # own orders: make them, move their status, ship
    EDIT_ANY_ORDER = "edit_any_order"        # other salespeople's orders
    EDIT_CLAIMS = "edit_claims"              # register claims, work on own claims
    EDIT_ANY_CLAIM = "edit_any_claim"        # other people's claims
    EDIT_CLAIM_LISTS = "edit_claim_lists"    # the claim reasons and results lists
    EDIT_AUTOMATION = "edit_automation"      # automation rules ("If … Then"), distribution
    SEND_CAMPAIGNS = "send_campaigns"        # mass mailing to a segment, the opt-out list


# Why the map is cut this way:
# - A salesperson works with clients, events and sales and keeps a client's terms of sale (price
#   type, discount, payment days: negotiated per client, as the quote form has always allowed).
#   They may not touch what bounds their own selling: the catalogue and its minimum prices (else
#   they could lower a minimum and sell below it), approvals below the minimum, merging records
#   others work on, and nothing company-wide.
# - The head of sales owns the catalogue (prices, minimum prices, stock, imports of price lists),
#   approves prices below the minimum and merges duplicates. A salesperson moves their own
#   deals; the head of sales anyone's, and shapes the pipelines (stages, rules, loss reasons).
#   Orders the same way: a salesperson's own, the head of sales anyone's.
#   Claims too: anyone in sales registers one and works on their own; the head of sales on
#   anyone's, and keeps the lists of reasons and results the reports group by. They write the
#   automation rules (who gets which lead, what happens when): rules act for the whole team.
#   A mass mailing reaches thousands of clients in the company's name: the head of sales sends
#   campaigns and may take an address off the opt-out list; anyone in sales may put a client
#   on it (a client who asks a salesperson to stop must be heard at once).
# - The admin alone changes what the whole company shares: requisites, stamp, signatures, VAT,
#   numbering, mail templates (company dialog), the SMTP server, custom fields, users, and
#   backup/restore of the database.
_SALES = frozenset({Permission.EDIT_CLIENTS, Permission.EDIT_EVENTS, Permission.SELL,
                    Permission.EDIT_SEGMENTS, Permission.IMPORT_CLIENTS,
                    Permission.EDIT_TERMS, Permission.EDIT_DEALS, Permission.EDIT_ORDERS,
                    Permission.EDIT_CLAIMS})
_HEAD = _SALES | {Permission.SELL_BELOW_MINIMUM, Permission.MERGE_CLIENTS,
                  Permission.EDIT_CATALOGUE, Permission.EDIT_MINIMUM_PRICES,
                  Permission.IMPORT_PRICES, Permission.EDIT_ANY_DEAL,
                  Permission.EDIT_PIPELINES, Permission.READ_AUDIT,
                  Permission.EDIT_ANY_ORDER, Permission.EDIT_ANY_CLAIM,
                  Permission.EDIT_CLAIM_LISTS, Permission.SEND_CAMPAIGNS,
                  Permission.EDIT_AUTOMATION}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SALESPERSON: _SALES,
    Role.HEAD_OF_SALES: frozenset(_HEAD),
    Role.ADMIN: frozenset(Permission),
}

FORBIDDEN = error_code("forbidden", "Your role ({role}) may not do this: {permission}")
NO_ACTOR = error_code("no_actor", "Nobody is signed in: nothing was saved")
UNKNOWN_USER = error_code("unknown_user", "No active user {login}: name one with --user LOGIN")


@dataclass(frozen=True)
class CurrentUser:
    """A signed-in person."""

    id: uuid.UUID
    login: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


@dataclass(frozen=True)
class SystemActor:
    """Work done by the program itself. With a `user_id` its writes are stamped with it; without
    one they keep the `changed_by` a row already has (new rows: NULL), so the sync can apply
    other machines' stamps and the mail sender's status updates keep who queued a message."""

    name: str
    user_id: uuid.UUID | None = None

    @property
    def id(self) -> uuid.UUID | None:
        return self.user_id

    def can(self, permission: Permission) -> bool:
        return True


# The named system operations allowed to write without a person. Their rows carry
# `changed_by` NULL: no person did them.
MIGRATION = SystemActor("migration")
# The demo generator fills a new file before anyone signs in: its rows are stamped NULL (the
# demo's "admin" user is just one of the rows it makes, it did not write them).
DEMO = SystemActor("demo")
SYNC_APPLY = SystemActor("sync")  # the coming sync keeps the stamps of the rows it applies
MAIL_SENDER = SystemActor("mail-sender")  # the outbox's own status updates (sending, sent…)
FIRST_RUN = SystemActor("first-run")  # the own company and the first admin, before any user
REINDEX = SystemActor("reindex")  # rebuilding derived data (the search index) from the rows

Actor = CurrentUser | SystemActor


def actor_of(s: Session) -> Actor | None:
    actor = s.info.get(ACTOR_KEY)
    return actor if isinstance(actor, CurrentUser | SystemActor) else None


def require(s: Session, permission: Permission) -> Actor:
    """The session's actor, if it may do `permission`; else CrmError `forbidden` (`no_actor`
    when the session has none)."""
    return require_of(actor_of(s), permission)


def require_of(actor: Actor | None, permission: Permission) -> Actor:
    """`actor`, if it may do `permission` (for work outside a session, e.g. a restore)."""
    if actor is None:
        raise CrmError(NO_ACTOR)
    if not actor.can(permission):
        role = actor.role.value if isinstance(actor, CurrentUser) else actor.name
        raise CrmError(FORBIDDEN, role=role, permission=permission.value)
    return actor


def may(s: Session, permission: Permission) -> bool:
    actor = actor_of(s)
    return actor is not None and actor.can(permission)


def user_id_of(s: Session) -> uuid.UUID | None:
    actor = actor_of(s)
    return actor.id if actor is not None else None
