"""What the parameter panel offers: pipelines, people and teams, regions, categories and
products, sources, currencies — read once, off the GUI thread, through the services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from crm_desktop.services.clients.listing import regions
from crm_desktop.services.company.profile import company_input
from crm_desktop.services.sales.catalogue import category_tree, products_in
from crm_desktop.services.sales.deals.board import sources
from crm_desktop.services.sales.deals.pipelines import pipelines
from crm_desktop.services.team.accounts import list_teams, list_users


@dataclass
class Choices:
    pipelines: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    users: list[tuple[uuid.UUID, str, str]] = field(default_factory=list)  # id, login, name
    teams: list[tuple[str, tuple[uuid.UUID, ...]]] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    categories: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    products: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    currency: str = "USD"


def read_choices(s: Session) -> Choices:
    users = [(a.id, a.login, a.full_name) for a in list_users(s) if a.active]
    by_login = {login: uid for uid, login, _ in users}
    teams = []
    for team in list_teams(s):
        logins = set(team.members) | ({team.head} if team.head else set())
        teams.append((team.name, tuple(by_login[x] for x in sorted(logins) if x in by_login)))
    try:
        currency = company_input(s).default_currency or "USD"
    except Exception:  # no company yet (an empty database): the first currency will do
        currency = "USD"
    return Choices(
        pipelines=[(p.id, p.name) for p in pipelines(s)],
        users=sorted(users, key=lambda u: u[2].casefold()),
        teams=teams,
        regions=regions(s),
        categories=[(c.id, c.name) for c in category_tree(s)],
        products=[(p.id, f"{p.code} {p.name}".strip()) for p in products_in(s, None, limit=500)],
        sources=sources(s),
        currency=currency,
    )
