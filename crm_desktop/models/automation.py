"""Automation rules ("If … Then …") as data, and the log of their runs.

A rule's trigger, conditions and actions are JSON checked by `services.automation.rules`
before they are stored: no code is ever kept or run, only names from fixed lists.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import GUID, Base, Entity, new_id, utcnow


class AutomationRule(Entity):
    """One rule: on `entity` (client, deal, order, claim, invoice, event), when `trigger`
    happens and `conditions` hold, do `actions`. Off until someone switches it on.
    `template` names the built-in template it was made from (e.g. "reactivation")."""

    __tablename__ = "automation_rules"

    name: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(16))
    trigger: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    conditions: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    template: Mapped[str | None] = mapped_column(String(32))
    description: Mapped[str | None] = mapped_column(Text)


class AutomationRun(Base):
    """One run of a rule on one record: what it did (`effects`), or the `error`, or why it was
    stopped. `fire_key` names the triggering change or the date: (rule, record, key) is unique,
    so a rule fires at most once per record and triggering change, and a date rule once per
    date. A local log, pruned by age (`ran_at`): not a business row, never synced."""

    __tablename__ = "automation_runs"
    __table_args__ = (
        UniqueConstraint("rule_id", "record_id", "fire_key"),
        Index("ix_automation_runs_record", "record_id", "ran_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID(), primary_key=True, default=new_id)
    rule_id: Mapped[uuid.UUID] = mapped_column(GUID(), ForeignKey("automation_rules.id"))
    entity: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[uuid.UUID] = mapped_column(GUID())
    fire_key: Mapped[str] = mapped_column(String(255))
    ran_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(16))  # done, error, stopped
    depth: Mapped[int] = mapped_column(default=0)
    effects: Mapped[list[Any]] = mapped_column(JSON, default=list)
    touched: Mapped[str] = mapped_column(Text, default="")  # hex ids the actions wrote
    error: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[uuid.UUID | None] = mapped_column(GUID(), default=None)
