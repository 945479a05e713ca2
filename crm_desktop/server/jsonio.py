"""Service results and errors as JSON: ids and amounts as strings, times in ISO 8601 (UTC)."""

from __future__ import annotations

import dataclasses
import enum
import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.services.core.errors import CrmError, Message


def plain(value: Any) -> Any:
    """`value` made of JSON types only."""
    if value is None or (isinstance(value, bool | int | float | str) and not isinstance(
            value, enum.Enum | Message)):
        return value
    if isinstance(value, Message):
        return {"code": value.code, "message": str(value), "params": plain(value.params)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def error_body(exc: CrmError) -> dict[str, Any]:
    """What a refused request answers: the code (the desktop translates it), the English
    text (for logs and scripts) and the parameters."""
    params = dict(exc.params)
    field = getattr(exc, "field", None)
    if field:
        params.setdefault("field", field)
    return {"error": exc.code, "message": str(exc), "params": plain(params)}
