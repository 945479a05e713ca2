"""Deals (opportunities) moving through the stages of a pipeline, with the history of moves."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity
from .clients import Client
from .enums import DealStatus, PipelineMode


class Pipeline(Entity):
    """A sales process: ordered stages and how strictly deals must follow them."""

    __tablename__ = "pipelines"

    name: Mapped[str] = mapped_column(String(100))
    mode: Mapped[PipelineMode] = mapped_column(default=PipelineMode.MANUAL)
    position: Mapped[int] = mapped_column(default=0)
    is_default: Mapped[bool] = mapped_column(default=False)


class PipelineStage(Entity):
    """One stage of a pipeline. `outcome` is what a deal in it is (open, won, lost);
    `required_fields` must be filled to enter it (keys of `services.sales.deals.rules`);
    `next_stages` lists the stage ids (hex) a strict pipeline allows next (empty: the next
    open stage, any lost stage, and the won stages from the last open stage). `key` names the
    stages the program itself refers to (the quote form's "proposal")."""

    __tablename__ = "pipeline_stages"

    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str | None] = mapped_column(String(24))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=10)
    outcome: Mapped[DealStatus] = mapped_column(default=DealStatus.OPEN)
    required_fields: Mapped[list[Any]] = mapped_column(JSON, default=list)
    next_stages: Mapped[list[Any]] = mapped_column(JSON, default=list)


class LossReason(Entity):
    """An entry of the editable list a lost deal's reason is chosen from."""

    __tablename__ = "loss_reasons"

    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)


class Deal(Entity):
    __tablename__ = "deals"
    __table_args__ = (
        # The board reads these alone (covering): counts and sums of the open deals per stage
        # with the filters' columns, and per stage in order of entry (a column's cards, the
        # deals closed in the period).
        Index("ix_deals_board", "pipeline_id", "status", "deleted_at", "stage_id", "currency",
              "amount", "probability", "responsible_id", "client_id", "source"),
        Index("ix_deals_stage_entered", "stage_id", "stage_entered_at", "deleted_at",
              "currency", "amount", "probability", "responsible_id", "client_id", "source",
              "status", "id"),
        # the board filtered by client text: counts and sums from the matching clients' deals
        Index("ix_deals_client_board", "client_id", "deleted_at", "pipeline_id", "status",
              "stage_id", "stage_entered_at", "currency", "amount", "probability",
              "responsible_id", "source"),
        # won and lost in a period (the reports): the deals closed then, from the index alone
        Index("ix_deals_closed", "closed_at", "status", "responsible_id", "source",
              "loss_reason", "currency", "amount", "stage_id", "pipeline_id", "client_id",
              "deleted_at"),
        # the deleted deals whose stage history the reports leave out, found without a scan
        # (partial: it holds the deleted ones only, so no "deleted_at IS NULL" read picks it)
        Index("ix_deals_deleted", "deleted_at", "id",
              sqlite_where=text("deleted_at IS NOT NULL"),
              postgresql_where=text("deleted_at IS NOT NULL")),
    )

    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    title: Mapped[str]
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"))
    stage_entered_at: Mapped[datetime]
    # the stage's outcome, kept on the deal for the many readers that ask "open or won?"
    status: Mapped[DealStatus] = mapped_column(default=DealStatus.OPEN, index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    probability: Mapped[int] = mapped_column(default=10)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    expected_close: Mapped[date | None]
    source: Mapped[str | None] = mapped_column(String(64))
    loss_reason: Mapped[str | None]
    loss_comment: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None]

    client: Mapped[Client] = relationship()
    pipeline: Mapped[Pipeline] = relationship()
    stage: Mapped[PipelineStage] = relationship()


class DealStageChange(Entity):
    """One move of a deal: from (None when the deal was opened) → to, when, by whom, and how
    long the deal had stayed in the stage it left. The funnel and win rates read these rows."""

    __tablename__ = "deal_stage_changes"
    __table_args__ = (
        Index("ix_deal_stage_changes_deal_at", "deal_id", "changed_at"),
        # the funnel (reports): deals entering each stage counted once each along the index,
        # in (stage, deal) order, with no sort; the moves into a lost stage by the stage left
        Index("ix_deal_stage_changes_to_deal", "to_stage_id", "deal_id", "changed_at",
              "deleted_at", "from_stage_id"),
        # the funnel's median time in stage: the moves out of a stage in order of the time
        # spent, so the middle one is read by OFFSET
        Index("ix_deal_stage_changes_from_seconds", "from_stage_id", "seconds_in_previous",
              "changed_at", "deleted_at", "deal_id"),
    )

    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deals.id"))
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("pipeline_stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipeline_stages.id"), index=True)
    changed_at: Mapped[datetime]
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    seconds_in_previous: Mapped[int | None]
