"""Human-facing document numbers (INV-2026-000042) from per-series counters.

Each device (an offline laptop) has its own code in the `device_code` setting; its numbers
carry it (INV-2026-L1-000001), so two copies that sync later never collide.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import NumberCounter
from crm_desktop.services.core.settings import get_setting


def next_number(s: Session, prefix: str, year: int) -> str:
    """Allocate the next number of a series inside the caller's transaction."""
    series = f"{prefix}-{year}"
    device = str(get_setting(s, "device_code", "") or "")
    middle = f"{device}-" if device else ""
    return f"{series}-{middle}{next_value(s, series, device):06d}"


def next_value(s: Session, series: str, device: str = "") -> int:
    """The counter of `series` (on `device`) moved on by one, locked until the caller's
    transaction ends (two writers never get one value)."""
    counter = s.scalar(select(NumberCounter).where(NumberCounter.series == series,
                                                   NumberCounter.device == device)
                       .with_for_update())
    if counter is None:
        counter = NumberCounter(series=series, device=device, last_value=0)
        s.add(counter)
    counter.last_value += 1
    s.flush()
    return counter.last_value
