"""Who the tests act as: a person (the demo's users by login) or a stand-in admin.

Every write opens its session for an actor, as the program does; reads need none.
"""

from __future__ import annotations

from crm_desktop.models import Role, new_id
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.identity import CurrentUser

# For files without users (empty_db): an admin that is not a row (changed_by has no foreign key).
TESTER = CurrentUser(new_id(), "tester", "Test Admin", Role.ADMIN)


def person(db: dbs.Database, login: str) -> CurrentUser:
    """A demo user by login (admin, d.seitkali = head of sales, a.nurlanova = salesperson)."""
    user = current_user(db, login)
    assert user is not None and user.login == login, login
    return user
