"""Local days on this computer's clock, as UTC instants (times are stored in UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where `day` starts and ends on this computer's clock."""
    start = datetime.combine(day, time(0)).astimezone()
    end = datetime.combine(day + timedelta(days=1), time(0)).astimezone()
    return start.astimezone(UTC), end.astimezone(UTC)
