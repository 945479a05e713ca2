"""Settings stored in the database: the team's (`SharedSetting`, synced to every copy) and this
installation's (`Setting`: its SMTP account, device code, backups, mailing rate). Per-user
preferences live in QSettings.

Which keys are the team's is decided here, with who may change each (the services check it
before they write; the team server checks it again on every pushed change).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crm_desktop.models import Setting, SharedSetting, shared_setting_id

from .identity import Permission

# The team's settings, by key or by a key's prefix (ending in ":" or "."), with the permission
# it takes to change one.
SHARED: dict[str, Permission] = {
    "exchange_rates": Permission.EDIT_COMPANY,  # the rates quotes and the board convert with
    "send_without_review": Permission.EDIT_COMPANY,  # the company's sending policy
    "email_template:": Permission.EDIT_COMPANY,  # document and order mail, per language
    "campaign_templates": Permission.SEND_CAMPAIGNS,
    "audit.retention_days": Permission.MANAGE_USERS,
    "automation.absent": Permission.EDIT_AUTOMATION,
    "automation.runner": Permission.EDIT_AUTOMATION,
    "automation.webhooks": Permission.EDIT_AUTOMATION,
}


def shared_permission(key: str) -> Permission | None:
    """The permission that changing the team's setting `key` takes; None if the key is not a
    team setting (an installation's own)."""
    if key in SHARED:
        return SHARED[key]
    for prefix, permission in SHARED.items():
        if prefix.endswith((":", ".")) and key.startswith(prefix):
            return permission
    return None


def is_shared(key: str) -> bool:
    return shared_permission(key) is not None


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The stored value of `key` (the team's or this installation's), or `default`."""
    if is_shared(key):
        shared = session.get(SharedSetting, shared_setting_id(key))
        return default if shared is None or shared.deleted_at is not None else shared.value
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    """Create or replace a setting inside the caller's transaction."""
    if is_shared(key):
        shared = session.get(SharedSetting, shared_setting_id(key))
        if shared is None:
            session.add(SharedSetting(id=shared_setting_id(key), key=key, value=value))
        else:
            shared.value, shared.deleted_at = value, None
        return
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
