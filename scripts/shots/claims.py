"""Screenshots of the claims windows on a demo database: the claims list with its filters, a
claim card with a plan and a history, and the desk's Claims tab.

    xvfb-run -a .venv/bin/python scripts/shots/claims.py --lang en --out /work/shots/claims
"""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _common import HOME, save, settle  # first: sets the data folder
from sqlalchemy.orm import Session

from crm_desktop.models import ClaimStatus
from crm_desktop.services.claims import listing, plan
from crm_desktop.services.claims.listing import ClaimFilter
from crm_desktop.ui.app import open_main_window
from crm_desktop.ui.claims.card import ClaimCardDialog
from crm_desktop.ui.claims.list_window import ClaimsWindow
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.operations import Operation


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("shots/claims"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    window.resize(1500, 900)
    ctx = window.ctx
    # the list: open claims, with their overdue rows
    claims = window.open_claims()
    assert isinstance(claims, ClaimsWindow)
    claims.resize(1400, 700)
    settle(1.0)
    select_data(claims.status, "open")
    save(claims, args.out, "claims_list")
    # a card: the open claim with the most of a plan, one task made overdue for the picture
    rows = ctx.read(lambda s: listing.claim_page(
        s, ClaimFilter(open_only=True), limit=500).rows)
    # one of the signed-in person's own claims, so the card offers its actions
    mine = [r for r in rows if r.responsible == ctx.user.full_name] or rows
    chosen = max(mine, key=lambda r: (r.tasks, r.status != ClaimStatus.REGISTERED))
    if chosen.tasks < 2:
        now = datetime.now(UTC)
        for what, due in (("Inspect the returned goods", now - timedelta(days=2)),
                          ("Ask the warehouse for the packing list", now + timedelta(days=3))):
            task = plan.TaskInput(what=what, due_at=due)

            def add(s: Session, task: plan.TaskInput = task) -> uuid.UUID:
                return plan.plan_task(s, chosen.id, task)

            Operation(None, ctx, add).run()
    card = ClaimCardDialog(ctx, chosen.id, parent=window)
    card.show()
    save(card, args.out, "claim_card")
    card.tabs.setCurrentIndex(card.plan_tab_index)
    save(card, args.out, "claim_card_plan")
    card.tabs.setCurrentIndex(card.tabs.count() - 1)
    save(card, args.out, "claim_card_history")
    card.close()
    # the desk: the client of that claim, its Claims tab
    claims.close()
    window.show()
    desk = window.desk
    desk.select_client(chosen.client_id)
    desk.client_panel.tabs.setCurrentIndex(desk.claims.tab_index)
    save(window, args.out, "desk_claims_tab")
    print(f"today {date.today()}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
