"""The editable list of reasons a deal is lost."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import LossReason, utcnow
from crm_desktop.services.core.errors import ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require

REASON_NAME_REQUIRED = error_code("loss_reason_name_required", "A loss reason needs a name")


@dataclass(frozen=True)
class Reason:
    id: uuid.UUID
    name: str


def loss_reasons(s: Session) -> list[Reason]:
    """The reasons to choose from, in their order."""
    return [Reason(r.id, r.name) for r in s.scalars(
        select(LossReason).where(LossReason.deleted_at.is_(None))
        .order_by(LossReason.position, LossReason.name))]


def save_loss_reasons(s: Session, names: list[tuple[uuid.UUID | None, str]]) -> None:
    """Replace the list by `names` in order: (id, name) keeps and renames a reason, (None,
    name) adds one, a reason left out is tombstoned (the deals keep the words they were lost
    with)."""
    require(s, Permission.EDIT_PIPELINES)
    if any(not name.strip() for _, name in names):
        raise ValidationError(REASON_NAME_REQUIRED, field="name")
    existing = {r.id: r for r in s.scalars(select(LossReason).where(
        LossReason.deleted_at.is_(None)))}
    kept = {rid for rid, _ in names if rid is not None}
    for old_id, old in existing.items():
        if old_id not in kept:
            old.deleted_at = utcnow()
    for position, (reason_id, name) in enumerate(names):
        found = existing.get(reason_id) if reason_id is not None else None
        if found is None:
            s.add(LossReason(name=name.strip()[:200], position=position))
        else:
            found.name, found.position = name.strip()[:200], position
    s.flush()
