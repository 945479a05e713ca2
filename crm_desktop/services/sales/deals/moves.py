"""Opening deals and moving them between stages: the one place a deal's stage changes.

Every path (the board, the deal card, the CLI, the quote form's "Sell") comes here, so every
move is checked the same way and leaves its history row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal, DealStatus, PipelineMode, User, utcnow
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import (
    CurrentUser,
    Permission,
    actor_of,
    may,
    require,
    user_id_of,
)

from .history import record_move
from .pipelines import PipelineInfo, StageInfo, default_pipeline, pipeline
from .rules import LOSS_REASON_REQUIRED, Broken, broken_rules

DEAL_NOT_FOUND = error_code("deal_not_found", "This deal no longer exists")
CLIENT_NOT_FOUND = error_code("deal_client_not_found", "The deal's client no longer exists")
NOT_YOUR_DEAL = error_code("not_your_deal", "The deal belongs to {owner}: only the head of "
                           "sales may change another salesperson's deal")
STAGE_NOT_IN_PIPELINE = error_code("stage_not_in_pipeline",
                                   "The pipeline {pipeline} has no stage {stage}")
NO_OPEN_STAGE = error_code("no_open_stage", "The pipeline {pipeline} has no open stage")
DEAL_TITLE_REQUIRED = error_code("deal_title_required", "Give the deal a title")
AMOUNT_NEGATIVE = error_code("deal_amount_negative", "A deal's amount cannot be negative")


class MoveRefused(CrmError):
    """A strict pipeline's rule refused the move (`broken` lists every rule it broke)."""

    def __init__(self, broken: list[Broken]) -> None:
        first = broken[0]
        super().__init__(first.code, **first.params)
        self.broken = broken


@dataclass(frozen=True)
class MoveResult:
    deal_id: uuid.UUID
    from_stage: str
    to_stage: str
    warnings: tuple[Broken, ...]  # rules a manual pipeline let the move break
    moved: bool = True


def load_deal(s: Session, deal_id: uuid.UUID) -> Deal:
    deal = s.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise CrmError(DEAL_NOT_FOUND)
    return deal


def check_may_edit(s: Session, deal: Deal) -> None:
    """Own deals for a salesperson, anyone's for the head of sales and the admin."""
    require(s, Permission.EDIT_DEALS)
    actor = actor_of(s)
    if (isinstance(actor, CurrentUser) and deal.responsible_id not in (None, actor.id)
            and not may(s, Permission.EDIT_ANY_DEAL)):
        owner = s.get(User, deal.responsible_id) if deal.responsible_id else None
        raise CrmError(NOT_YOUR_DEAL, owner=owner.full_name if owner else "-")


def move_deal(s: Session, deal_id: uuid.UUID, stage_id: uuid.UUID, *,
              loss_reason: str | None = None, loss_comment: str | None = None,
              now: datetime | None = None) -> MoveResult:
    """Move a deal to another stage of its pipeline: refused (MoveRefused) when a strict
    pipeline's rule is broken, made with warnings in a manual one. A lost stage needs the
    reason; a won or lost stage closes the deal, an open one reopens it. One history row."""
    deal = load_deal(s, deal_id)
    check_may_edit(s, deal)
    info = pipeline(s, deal.pipeline_id)
    try:
        target = info.stage(stage_id)
    except KeyError:
        raise CrmError(STAGE_NOT_IN_PIPELINE, pipeline=info.name, stage=str(stage_id)) from None
    current = info.stage(deal.stage_id)
    if target.id == current.id:
        return MoveResult(deal.id, current.name, target.name, (), moved=False)
    if target.outcome == DealStatus.LOST and not (loss_reason or "").strip():
        raise ValidationError(LOSS_REASON_REQUIRED, field="loss_reason")
    broken = broken_rules(s, info, deal, current, target)
    if broken and info.mode == PipelineMode.STRICT:
        raise MoveRefused(broken)
    _enter(s, deal, current, target, now or utcnow(), loss_reason, loss_comment)
    return MoveResult(deal.id, current.name, target.name, tuple(broken))


def _enter(s: Session, deal: Deal, current: StageInfo | None, target: StageInfo,
           now: datetime, loss_reason: str | None = None,
           loss_comment: str | None = None) -> None:
    record_move(s, deal.id, current.id if current else None, target.id, now, user_id_of(s),
                deal.stage_entered_at if current else None)
    deal.stage_id, deal.stage_entered_at = target.id, now
    deal.status, deal.probability = target.outcome, target.probability
    if target.outcome == DealStatus.OPEN:
        deal.closed_at = None
        deal.loss_reason = deal.loss_comment = None
    else:
        deal.closed_at = now
    if target.outcome == DealStatus.LOST:
        deal.loss_reason = (loss_reason or "").strip()[:255]
        deal.loss_comment = (loss_comment or "").strip() or None
    elif target.outcome == DealStatus.WON:
        deal.loss_reason = deal.loss_comment = None


@dataclass
class NewDeal:
    client_id: uuid.UUID
    title: str
    amount: Decimal
    currency: str
    pipeline_id: uuid.UUID | None = None  # None: the default pipeline
    stage_id: uuid.UUID | None = None  # None: its first open stage
    contact_id: uuid.UUID | None = None
    responsible_id: uuid.UUID | None = None  # None: whoever opens it
    expected_close: date | None = None
    source: str | None = None
    probability: int | None = None  # None: the stage's


def create_deal(s: Session, new: NewDeal, now: datetime | None = None) -> Deal:
    """Open a deal at a stage (the pipeline's first open stage unless given) with its first
    history row. Opening at a later stage is not a move: no skip rule, but the stage's
    required fields must be filled in a strict pipeline."""
    require(s, Permission.EDIT_DEALS)
    if not new.title.strip():
        raise ValidationError(DEAL_TITLE_REQUIRED, field="title")
    if new.amount < 0:
        raise ValidationError(AMOUNT_NEGATIVE, field="amount")
    client = s.get(Client, new.client_id)
    if client is None or client.deleted_at is not None:
        raise CrmError(CLIENT_NOT_FOUND)
    info = pipeline(s, new.pipeline_id) if new.pipeline_id else default_pipeline(s)
    stage = _opening_stage(info, new.stage_id)
    now = now or utcnow()
    deal = Deal(client_id=new.client_id, title=new.title.strip()[:255], amount=new.amount,
                currency=new.currency, pipeline_id=info.id, stage_id=stage.id,
                stage_entered_at=now, status=stage.outcome, contact_id=new.contact_id,
                responsible_id=new.responsible_id or user_id_of(s),
                expected_close=new.expected_close, source=new.source,
                probability=stage.probability if new.probability is None else new.probability)
    broken = [b for b in broken_rules(s, info, deal, None, stage)]
    if broken and info.mode == PipelineMode.STRICT:
        raise MoveRefused(broken)
    s.add(deal)
    s.flush()
    record_move(s, deal.id, None, stage.id, now, user_id_of(s), None)
    return deal


def _opening_stage(info: PipelineInfo, stage_id: uuid.UUID | None) -> StageInfo:
    if stage_id is not None:
        try:
            return info.stage(stage_id)
        except KeyError:
            raise CrmError(STAGE_NOT_IN_PIPELINE, pipeline=info.name,
                           stage=str(stage_id)) from None
    if not info.open_stages:
        raise CrmError(NO_OPEN_STAGE, pipeline=info.name)
    return info.open_stages[0]


def advance_for_sale(s: Session, deal: Deal, key: str, now: datetime | None = None) -> bool:
    """The quote form's "Sell" on an open deal: move it on to the stage with `key` (e.g.
    "proposal") when it is still before it and the move is allowed for this user and this
    pipeline; otherwise leave it where it is (a quote is never refused for the stage). Returns
    whether it moved."""
    info = pipeline(s, deal.pipeline_id)
    target = next((st for st in info.stages if st.key == key), None)
    current = info.stage(deal.stage_id)
    if target is None or not current.is_open or current.position >= target.position:
        return False
    try:
        check_may_edit(s, deal)
    except CrmError:
        return False
    broken = broken_rules(s, info, deal, current, target)
    if broken and info.mode == PipelineMode.STRICT:
        return False
    _enter(s, deal, current, target, now or utcnow())
    return True


def open_for_sale(s: Session, new: NewDeal, key: str, now: datetime | None = None) -> Deal:
    """The quote form's "Sell" without an open deal: a new deal at the default pipeline's stage
    with `key` (e.g. "proposal"); at its first open stage when there is no such stage or a
    strict rule refuses it there."""
    info = default_pipeline(s)
    target = next((st for st in info.open_stages if st.key == key), None)
    if target is not None:
        try:  # refused before anything is written
            return create_deal(s, NewDeal(**{**new.__dict__, "pipeline_id": info.id,
                                              "stage_id": target.id}), now)
        except MoveRefused:
            pass
    return create_deal(s, NewDeal(**{**new.__dict__, "pipeline_id": info.id,
                                      "stage_id": None}), now)
