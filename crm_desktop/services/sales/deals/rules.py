"""The rules of a move: which stage may follow which, and what must be filled to enter a stage.

A strict pipeline refuses a move that breaks a rule; a manual one makes it and returns the
broken rules as warnings; a pipeline without stages to follow ("none") has no rules. A lost
deal always needs its reason, in every mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, PipelineMode, TermsOfSale
from crm_desktop.services.core.errors import ErrorCode, ValidationError, english, error_code

from .pipelines import PipelineInfo, StageInfo

MOVE_SKIPS_STAGE = error_code(
    "move_skips_stage", "{pipeline} is a strict pipeline: a deal in {from_stage} may go only "
    "to {allowed}, not to {to_stage}")
MOVE_MISSING_FIELDS = error_code("move_missing_fields",
                                 "To enter {stage}, fill in first: {fields}")
LOSS_REASON_REQUIRED = error_code("loss_reason_required",
                                  "Choose the reason the deal was lost")
UNKNOWN_REQUIRED_FIELD = error_code("unknown_required_field",
                                    "{field} is not a field a stage can require")

# Fields a stage can require, with the words the CLI prints (the UI translates the keys).
REQUIRED_FIELDS: dict[str, str] = {
    "amount": "amount",
    "expected_close": "expected close date",
    "contact": "contact person",
    "source": "source",
    "responsible": "responsible",
    "client_terms": "the client's terms of sale",
}


@dataclass(frozen=True)
class Broken:
    """A rule a move breaks: the code with its parameters (a refusal or a warning)."""

    code: ErrorCode
    params: dict[str, Any]

    def __str__(self) -> str:
        return english(self.code, self.params)


def check_required_keys(keys: list[str]) -> None:
    for key in keys:
        if key not in REQUIRED_FIELDS:
            raise ValidationError(UNKNOWN_REQUIRED_FIELD, field="required_fields", **{
                "field": key})


def allowed_next(pipeline: PipelineInfo, current: StageInfo) -> list[StageInfo]:
    """Where a strict pipeline lets a deal in `current` go: the stage's own list if it has
    one; else back to any earlier open stage, on to the next open one, to any lost stage, and
    to the won stages from the last open stage (or from a closed stage back to the last open)."""
    if current.next_stages:
        return [st for st in pipeline.stages if st.id in current.next_stages]
    opened = list(pipeline.open_stages)
    if not current.is_open:  # reopening goes back to the last open stage
        return opened[-1:]
    index = opened.index(current)
    allowed = opened[:index] + opened[index + 1:index + 2]
    allowed += [st for st in pipeline.stages if not st.is_open and
                (st.outcome.value == "lost" or index == len(opened) - 1)]
    return allowed


def missing_fields(s: Session, deal: Deal, stage: StageInfo) -> list[str]:
    """Keys of the stage's required fields the deal has not filled."""
    filled = {
        "amount": lambda: bool(deal.amount),
        "expected_close": lambda: deal.expected_close is not None,
        "contact": lambda: deal.contact_id is not None,
        "source": lambda: bool((deal.source or "").strip()),
        "responsible": lambda: deal.responsible_id is not None,
        "client_terms": lambda: s.scalar(select(TermsOfSale.id).where(
            TermsOfSale.client_id == deal.client_id,
            TermsOfSale.deleted_at.is_(None)).limit(1)) is not None,
    }
    missing = [key for key in stage.required_fields if key in filled and not filled[key]()]
    return missing


def broken_rules(s: Session, pipeline: PipelineInfo, deal: Deal, current: StageInfo | None,
                 target: StageInfo) -> list[Broken]:
    """Every stage rule the move of `deal` from `current` to `target` breaks (the loss reason
    is checked by the move itself)."""
    if pipeline.mode == PipelineMode.NONE:
        return []
    broken = []
    if current is not None and current.id != target.id:
        allowed = allowed_next(pipeline, current)
        if target not in allowed:
            broken.append(Broken(MOVE_SKIPS_STAGE, {
                "pipeline": pipeline.name, "from_stage": current.name, "to_stage": target.name,
                "allowed": ", ".join(st.name for st in allowed) or "-"}))
    missing = missing_fields(s, deal, target)
    if missing:
        broken.append(Broken(MOVE_MISSING_FIELDS, {
            "stage": target.name, "fields": ", ".join(REQUIRED_FIELDS[k] for k in missing),
            "keys": missing}))
    return broken
