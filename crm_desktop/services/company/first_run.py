"""First run: what an empty database needs before the desk can open, and who is working."""

from __future__ import annotations

import getpass
import re
from decimal import Decimal

from sqlalchemy import func, select

from crm_desktop.models import BankAccount, Client, Company, Role, User
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import FIRST_RUN, CurrentUser
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.locale.regions import COUNTRIES

NO_COMPANY_NAME = error_code("first_run.no_company_name", "Enter the company name")
NO_USER_NAME = error_code("first_run.no_user_name", "Enter your name")
NO_CURRENCY = error_code("first_run.no_currency", "Choose a currency")


DEFAULT_VAT = {"KZ": Decimal("16"), "AZ": Decimal("18"), "UA": Decimal("20"),
               "RU": Decimal("22"), "MN": Decimal("10")}


def needs_first_run(db: Database) -> bool:
    """True while the database has no own company or no user: the first-run wizard is due."""
    with db.session() as s:
        companies = s.scalar(select(func.count()).select_from(Company))
        users = s.scalar(select(func.count()).select_from(User))
    return not companies or not users


def has_clients(db: Database) -> bool:
    with db.session() as s:
        return bool(s.scalar(select(Client.id).limit(1)))


def create_start(db: Database, company_name: str, country: str, currency: str,
                 full_name: str) -> CurrentUser:
    """Create the own company and the first (admin) user from the short first-run wizard."""
    company_name, full_name = company_name.strip(), full_name.strip()
    if not company_name:
        raise ValidationError(NO_COMPANY_NAME, field="company")
    if not full_name:
        raise ValidationError(NO_USER_NAME, field="name")
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise ValidationError(NO_CURRENCY, field="currency")
    country = country.upper()
    login = re.sub(r"[^a-z0-9._-]", "", getpass.getuser().lower()) or "admin"
    with db.session(FIRST_RUN) as s:
        company = Company(legal_name=company_name, short_name=company_name, country=country,
                          default_currency=currency, vat_rate=DEFAULT_VAT.get(country, Decimal(0)),
                          vat_included=True)
        s.add(company)
        s.flush()
        s.add(BankAccount(company_id=company.id, bank_name="", account="", currency=currency,
                          is_default=True))
        user = User(login=login, full_name=full_name, role=Role.ADMIN)
        s.add(user)
        s.flush()
        set_setting(s, "default_user_login", login)
        return CurrentUser(user.id, user.login, user.full_name, user.role)


def current_user(db: Database, preferred_login: str | None = None) -> CurrentUser | None:
    """The preferred user if active, else the team's default user, else the first admin."""
    with db.session() as s:
        candidates = [preferred_login, get_setting(s, "default_user_login")]
        for login in filter(None, candidates):
            user = s.scalar(select(User).where(User.login == login, User.active.is_(True),
                                               User.deleted_at.is_(None)))
            if user:
                return CurrentUser(user.id, user.login, user.full_name, user.role)
        user = s.scalar(select(User).where(User.active.is_(True), User.deleted_at.is_(None))
                        .order_by(User.role != Role.ADMIN, User.created_at))
        return CurrentUser(user.id, user.login, user.full_name, user.role) if user else None


def currencies() -> list[str]:
    return sorted({c.currency for c in COUNTRIES.values()} | {"USD", "EUR"})
