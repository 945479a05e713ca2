"""Screenshots of the reports: the funnel, the benchmark, the sales report with a plan, the
dashboard, each chart also as the PNG export; on a demo database.

    xvfb-run -a .venv/bin/python scripts/shots/reports.py --lang en --out /work/shots/reports
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", default="/work/shots/reports")
    parser.add_argument("--db", default="", help="a demo database (default: a new small one)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)

    from crm_desktop.demo.generator import generate_demo
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.reports import plans
    from crm_desktop.ui.i18n import install_translators
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext
    from crm_desktop.ui.reports.dashboard import DashboardView
    from crm_desktop.ui.reports.window import ReportsWindow

    install_translators(app, args.lang)
    if args.db:
        database = dbs.open_database(args.db)
    else:
        path = Path(tempfile.mkdtemp()) / "demo.sqlite3"
        database = dbs.open_database(str(path))
        generate_demo(database, "small", seed=1)
    head = current_user(database, "d.seitkali")
    assert head is not None
    ctx = AppContext(database, head, DataBus())

    def wait(done: Callable[[], bool], seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):  # let layouts settle before the picture
            app.processEvents()

    window = ReportsWindow(ctx, language=args.lang)
    window.resize(1500, 900)
    window.show()
    wait(lambda: window.choices_loaded)
    today = date.today()
    first = date(today.year, 1, 1)
    with database.session(head) as s:  # a plan for the sales report's plan-vs-actual
        for uid, _login, _name in window.choices.users[:4]:
            for month in range(1, today.month + 1):
                plans.set_plan(s, uid, date(today.year, month, 1), Decimal(3_000_000),
                               window.choices.currency)
    for name, group in (("funnel", None), ("benchmark", None), ("sales", "manager"),
                        ("won_lost", None), ("claims", None)):
        window.select_report(name)
        window.set_period(first, today)
        if group:
            window.group_by.setCurrentIndex(window.group_by.findData(group))
        window.run_report()
        wait(lambda: not window.running and not window.chart.pending)  # the chart comes after
        window.grab().save(str(out / f"report_{name}.png"))
        window.export("png", out / f"chart_{name}.png")
    dashboard = DashboardView(ctx)
    dashboard.resize(1400, 900)
    dashboard.show()
    wait(lambda: dashboard.refreshes > 0 and not dashboard.charts_pending)
    dashboard.grab().save(str(out / "dashboard.png"))
    print(f"saved to {out}")


if __name__ == "__main__":
    main()
