"""Which status a claim may go to next: registered → confirmed → under investigation →
resolved (a confirmed claim may be resolved without an investigation), or rejected from any
open status. Each status reached is stamped in its own column (`REACHED_AT`)."""

from __future__ import annotations

from crm_desktop.models import ClaimStatus

FLOW = (ClaimStatus.REGISTERED, ClaimStatus.CONFIRMED, ClaimStatus.INVESTIGATING,
        ClaimStatus.RESOLVED)
ALL = (*FLOW, ClaimStatus.REJECTED)
OPEN = frozenset({ClaimStatus.REGISTERED, ClaimStatus.CONFIRMED, ClaimStatus.INVESTIGATING})
CLOSED = frozenset({ClaimStatus.RESOLVED, ClaimStatus.REJECTED})

_NEXT: dict[ClaimStatus, tuple[ClaimStatus, ...]] = {
    ClaimStatus.REGISTERED: (ClaimStatus.CONFIRMED, ClaimStatus.REJECTED),
    ClaimStatus.CONFIRMED: (ClaimStatus.INVESTIGATING, ClaimStatus.RESOLVED,
                            ClaimStatus.REJECTED),
    ClaimStatus.INVESTIGATING: (ClaimStatus.RESOLVED, ClaimStatus.REJECTED),
}

# the column of `claims` that keeps when each status was reached
REACHED_AT = {
    ClaimStatus.REGISTERED: "registered_at",
    ClaimStatus.CONFIRMED: "confirmed_at",
    ClaimStatus.INVESTIGATING: "investigating_at",
    ClaimStatus.RESOLVED: "resolved_at",
    ClaimStatus.REJECTED: "rejected_at",
}


def allowed_next(status: ClaimStatus) -> tuple[ClaimStatus, ...]:
    """The statuses a claim in `status` may move to, the next step first."""
    return _NEXT.get(status, ())
