"""Pipelines and their stages, read as plain rows and written by the stage editor."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Deal,
    DealStatus,
    Pipeline,
    PipelineMode,
    PipelineStage,
    utcnow,
)
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require

PIPELINE_NOT_FOUND = error_code("pipeline_not_found", "No pipeline {pipeline}")
NO_PIPELINE = error_code("no_pipeline", "There is no pipeline yet: the head of sales makes one "
                         "in the stage editor")
PIPELINE_NAME_REQUIRED = error_code("pipeline_name_required", "Give the pipeline a name")
STAGE_NAME_REQUIRED = error_code("stage_name_required", "Every stage needs a name")
PIPELINE_NEEDS_OPEN_STAGE = error_code(
    "pipeline_needs_open_stage", "A pipeline needs at least one open stage, one won and one "
    "lost stage")
STAGE_IN_USE = error_code("stage_in_use", "The stage {stage} still holds {count} deals: move "
                          "them first")
PROBABILITY_RANGE = error_code("probability_range", "A probability is from 0 to 100 %")
UNKNOWN_NEXT_STAGE = error_code("unknown_next_stage",
                                "The stage {stage} allows a next stage {next} the pipeline lacks")


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    pipeline_id: uuid.UUID
    name: str
    key: str | None
    position: int
    probability: int
    outcome: DealStatus
    required_fields: tuple[str, ...]
    next_stages: tuple[uuid.UUID, ...]

    @property
    def is_open(self) -> bool:
        return self.outcome == DealStatus.OPEN


@dataclass(frozen=True)
class PipelineInfo:
    id: uuid.UUID
    name: str
    mode: PipelineMode
    is_default: bool
    stages: tuple[StageInfo, ...]

    def stage(self, stage_id: uuid.UUID) -> StageInfo:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def find_stage(self, name_or_key: str) -> StageInfo | None:
        """A stage by its name (any case) or key."""
        wanted = name_or_key.strip().casefold()
        for stage in self.stages:
            if stage.name.casefold() == wanted or (stage.key or "").casefold() == wanted:
                return stage
        return None

    @property
    def open_stages(self) -> tuple[StageInfo, ...]:
        return tuple(s for s in self.stages if s.is_open)


def _stage_info(row: PipelineStage) -> StageInfo:
    return StageInfo(row.id, row.pipeline_id, row.name, row.key, row.position, row.probability,
                     row.outcome, tuple(row.required_fields or ()),
                     tuple(uuid.UUID(hex=v) for v in row.next_stages or ()))


def pipelines(s: Session) -> list[PipelineInfo]:
    """Every pipeline with its stages in order (two queries)."""
    return _read(s, None)


def _read(s: Session, only: uuid.UUID | None) -> list[PipelineInfo]:
    query = select(Pipeline).where(Pipeline.deleted_at.is_(None))
    stage_query = select(PipelineStage).where(PipelineStage.deleted_at.is_(None))
    if only is not None:
        query = query.where(Pipeline.id == only)
        stage_query = stage_query.where(PipelineStage.pipeline_id == only)
    rows = s.scalars(query.order_by(Pipeline.position, Pipeline.name)).all()
    stages: dict[uuid.UUID, list[StageInfo]] = {p.id: [] for p in rows}
    for stage in s.scalars(stage_query.order_by(PipelineStage.position)):
        if stage.pipeline_id in stages:
            stages[stage.pipeline_id].append(_stage_info(stage))
    return [PipelineInfo(p.id, p.name, p.mode, p.is_default, tuple(stages[p.id])) for p in rows]


def pipeline(s: Session, pipeline_id: uuid.UUID) -> PipelineInfo:
    """One pipeline with its stages in order (the board reads it on every keystroke: only its
    own rows)."""
    found = _read(s, pipeline_id)
    if not found:
        raise CrmError(PIPELINE_NOT_FOUND, pipeline=str(pipeline_id))
    return found[0]


def default_pipeline(s: Session) -> PipelineInfo:
    """The pipeline marked default, else the first; CrmError `no_pipeline` if there is none."""
    found = pipelines(s)
    if not found:
        raise CrmError(NO_PIPELINE)
    return next((p for p in found if p.is_default), found[0])


def find_pipeline(s: Session, name: str) -> PipelineInfo:
    """A pipeline by name (any case); CrmError `pipeline_not_found` otherwise."""
    for info in pipelines(s):
        if info.name.casefold() == name.strip().casefold():
            return info
    raise CrmError(PIPELINE_NOT_FOUND, pipeline=name)


# -- the stage editor -------------------------------------------------------------------------
@dataclass
class StageForm:
    name: str
    probability: int
    outcome: DealStatus = DealStatus.OPEN
    required_fields: list[str] = field(default_factory=list)
    next_stages: list[uuid.UUID] = field(default_factory=list)
    key: str | None = None
    id: uuid.UUID | None = None  # None: a new stage
    # the allowed next stages by name, as the editor lets a person type them (new stages have
    # no id before the save); when given, it replaces `next_stages`; empty: the mode decides
    next_names: list[str] | None = None


@dataclass
class PipelineForm:
    name: str
    mode: PipelineMode
    stages: list[StageForm]
    is_default: bool = False
    id: uuid.UUID | None = None  # None: a new pipeline


def pipeline_form(info: PipelineInfo) -> PipelineForm:
    return PipelineForm(info.name, info.mode, [
        StageForm(st.name, st.probability, st.outcome, list(st.required_fields),
                  list(st.next_stages), st.key, st.id) for st in info.stages],
        info.is_default, info.id)


def save_pipeline(s: Session, form: PipelineForm) -> uuid.UUID:
    """Create or change a pipeline and its stages in the order given. A stage left out is
    tombstoned, refused while deals are in it. Returns the pipeline's id."""
    from .rules import check_required_keys

    require(s, Permission.EDIT_PIPELINES)
    if not form.name.strip():
        raise ValidationError(PIPELINE_NAME_REQUIRED, field="name")
    outcomes = {st.outcome for st in form.stages}
    if outcomes != set(DealStatus):
        raise ValidationError(PIPELINE_NEEDS_OPEN_STAGE, field="stages")
    for st in form.stages:
        if not st.name.strip():
            raise ValidationError(STAGE_NAME_REQUIRED, field="stages")
        if not 0 <= st.probability <= 100:
            raise ValidationError(PROBABILITY_RANGE, field="stages")
        check_required_keys(st.required_fields)
    if form.id is None:
        row = Pipeline(name=form.name.strip(), mode=form.mode,
                       position=len(pipelines(s)), is_default=False)
        s.add(row)
        s.flush()
    else:
        found = s.get(Pipeline, form.id)
        if found is None or found.deleted_at is not None:
            raise CrmError(PIPELINE_NOT_FOUND, pipeline=form.name)
        row = found
        row.name, row.mode = form.name.strip(), form.mode
    if form.is_default and not row.is_default:
        for other in s.scalars(select(Pipeline).where(Pipeline.is_default.is_(True))):
            other.is_default = False
        row.is_default = True
    existing = {st.id: st for st in s.scalars(select(PipelineStage).where(
        PipelineStage.pipeline_id == row.id, PipelineStage.deleted_at.is_(None)))}
    kept = {st.id for st in form.stages if st.id is not None}
    for gone_id, gone in existing.items():
        if gone_id in kept:
            continue
        count = s.scalar(select(func.count()).select_from(Deal).where(
            Deal.stage_id == gone_id, Deal.deleted_at.is_(None))) or 0
        if count:
            raise CrmError(STAGE_IN_USE, stage=gone.name, count=count)
        gone.deleted_at = utcnow()
    rows: list[tuple[StageForm, PipelineStage]] = []
    for position, st in enumerate(form.stages):
        stage = existing.get(st.id) if st.id is not None else None
        if stage is None:
            stage = PipelineStage(pipeline_id=row.id)
            s.add(stage)
        stage.name, stage.key, stage.position = st.name.strip(), st.key, position
        stage.probability, stage.outcome = st.probability, st.outcome
        stage.required_fields = list(st.required_fields)
        rows.append((st, stage))
    s.flush()
    ids = {stage.id for _, stage in rows}
    by_name = {stage.name.casefold(): stage.id for _, stage in rows}
    for st, stage in rows:
        if st.next_names is None:
            stage.next_stages = [v.hex for v in st.next_stages if v in ids]
            continue
        chosen: list[str] = []
        for name in st.next_names:
            found_id = by_name.get(name.strip().casefold())
            if found_id is None:
                raise ValidationError(UNKNOWN_NEXT_STAGE, field="stages", stage=stage.name,
                                      next=name.strip())
            if found_id != stage.id and found_id.hex not in chosen:
                chosen.append(found_id.hex)
        stage.next_stages = chosen
    s.flush()
    return row.id
