"""The history of a deal's stages: one row per move, read by the card and the funnel reports."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import DealStageChange, PipelineStage, User


def record_move(s: Session, deal_id: uuid.UUID, from_stage_id: uuid.UUID | None,
                to_stage_id: uuid.UUID, at: datetime, by: uuid.UUID | None,
                entered_previous: datetime | None) -> DealStageChange:
    """Add the history row of one move (from None: the deal was opened)."""
    row = DealStageChange(
        deal_id=deal_id, from_stage_id=from_stage_id, to_stage_id=to_stage_id, changed_at=at,
        user_id=by, seconds_in_previous=max(0, int((at - entered_previous).total_seconds()))
        if entered_previous is not None and from_stage_id is not None else None)
    s.add(row)
    return row


@dataclass(frozen=True)
class HistoryRow:
    changed_at: datetime
    from_stage: str | None
    to_stage: str
    user: str | None
    seconds_in_previous: int | None


def stage_history(s: Session, deal_id: uuid.UUID) -> list[HistoryRow]:
    """The deal's moves, oldest first, with stage and user names."""
    before, after = aliased(PipelineStage), aliased(PipelineStage)
    rows = s.execute(
        select(DealStageChange.changed_at, before.name, after.name, User.full_name,
               DealStageChange.seconds_in_previous)
        .join(after, after.id == DealStageChange.to_stage_id)
        .outerjoin(before, before.id == DealStageChange.from_stage_id)
        .outerjoin(User, User.id == DealStageChange.user_id)
        .where(DealStageChange.deal_id == deal_id, DealStageChange.deleted_at.is_(None))
        .order_by(DealStageChange.changed_at, DealStageChange.id))
    return [HistoryRow(*row) for row in rows]


def plausible_moments(rng: random.Random, moves: int, start: datetime, end: datetime,
                      closes: bool) -> list[datetime]:
    """When a deal made `moves` moves between its opening (`start`) and `end`: the opening
    first, the others spread at random in between, and the close (if `closes`) at `end`. Used
    by the demo to give its deals a history."""
    end = max(start, end)
    fractions = sorted(rng.random() for _ in range(max(0, moves - 1)))
    moments = [start] + [start + (end - start) * f for f in fractions]
    if closes and len(moments) > 1:
        moments[-1] = end
    return [min(m, end) for m in moments] if end > start else [start] * moves
