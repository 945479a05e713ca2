"""Screenshots of the deals board and a deal card, by default on a new small demo, or on the
large one (`--db bench/large.sqlite3`, opened as the head of sales so the whole team shows).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/deals.py \
        --lang ru --db /path/to/large.sqlite3 --out /work/shots/deals
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _common import HOME, save, settle  # first: sets the data folder

from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.app import make_application
from crm_desktop.ui.deals.board import DealsBoard
from crm_desktop.ui.i18n import install_translators
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext


def _wait_loaded(board: DealsBoard, seconds: float = 60.0) -> None:
    """Until the board shows the current filter's cards and its columns' counts (they come
    after the cards, off the GUI thread)."""
    deadline = time.perf_counter() + seconds
    while not board.is_loaded() and time.perf_counter() < deadline:
        settle(0.1, tasks_ms=60_000, after_ms=10)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=Path("shots/deals"))
    parser.add_argument("--db", default="")
    parser.add_argument("--login", default="d.seitkali", help="the head of sales in the demo")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    install_translators(app, args.lang)
    if args.db:
        database = dbs.open_database(args.db, create=False)
    else:
        from crm_desktop.demo.generator import generate_demo

        database = dbs.open_database(str(HOME / "demo.sqlite3"))
        generate_demo(database, "small")
    user = current_user(database, args.login)
    assert user is not None
    board = DealsBoard(AppContext(database, user, DataBus()))
    board.resize(1366, 740)
    board.show()
    started = time.perf_counter()
    board.reload()
    _wait_loaded(board)
    print(f"board loaded in {time.perf_counter() - started:.2f} s (cards and counts)")
    save(board, args.out, "board", tasks_ms=60_000)
    board.search.setText("Тех")
    board.search.textEdited.emit("Тех")
    settle(1.5, tasks_ms=60_000)
    _wait_loaded(board)
    save(board, args.out, "board_filtered", tasks_ms=60_000)
    first = next((v for v in board.views if v.column_model.cards), None)
    if first is not None:
        card = board.open_card(first.column_model.cards[0])
        if card is not None:
            card.resize(1100, 700)
            save(card, args.out, "deal_card", tasks_ms=60_000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
