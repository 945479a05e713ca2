"""Team-wide settings stored in the database (per-user preferences live in QSettings)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The stored value of `key`, or `default`."""
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    """Create or replace a setting inside the caller's transaction."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
