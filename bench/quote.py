"""Quick-quote figures at the large scale (10 000 products).

Targets: the form opens in under 300 ms; filtering per keystroke under 50 ms; adding a line
under 20 ms (p95 each).
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import LARGE_DB, build_large, pct


def verdict(p95: float, target: float) -> str:
    return "ok" if p95 < target else "MISSED"


def main() -> None:
    build_large()
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.services.core import db as dbs
    from crm_desktop.ui.app import make_application
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog

    app = make_application()
    database = dbs.open_database(str(LARGE_DB))
    user = current_user(database)
    assert user is not None
    with sqlite3.connect(LARGE_DB) as conn:
        clients = [uuid.UUID(bytes=r[0]) for r in conn.execute(
            "SELECT id FROM clients WHERE currency = 'KZT' ORDER BY random() LIMIT 20")]
        products = conn.execute("SELECT count(*) FROM products WHERE active").fetchone()[0]
    from crm_desktop.ui.kit.tasks import wait_for_tasks
    from crm_desktop.ui.quote.price_cache import PriceListCache

    bus = DataBus()
    prices = PriceListCache(database, bus)  # as the desk holds it
    started = time.perf_counter()
    prices.warm_up()
    wait_for_tasks()
    app.processEvents()
    print(f"price list warm-up in the background: {1000 * (time.perf_counter() - started):.0f} ms")
    opens, keystrokes, adds = [], [], []
    rng = random.Random(3)
    for client_id in clients:
        started = time.perf_counter()
        dialog = QuickQuoteDialog(database, bus, user, client_id, prices=prices)
        dialog.show()
        app.processEvents()
        opens.append(time.perf_counter() - started)
        word = rng.choice(dialog.price_list.items).name
        for k in range(1, min(len(word), 12) + 1):
            started = time.perf_counter()
            dialog.search.setText(word[:k])
            keystrokes.append(time.perf_counter() - started)
        for _ in range(5):
            dialog.products_view.selectRow(rng.randrange(dialog.products_model.rowCount()))
            started = time.perf_counter()
            dialog.add_current_product()
            adds.append(time.perf_counter() - started)
        dialog.close()
        dialog.deleteLater()
        wait_for_tasks()  # its background refresh
        app.processEvents()
    print(f"{products} active products")
    for name, samples, target in (("form opens", opens, 300), ("filter keystroke", keystrokes, 50),
                                  ("add a line", adds, 20)):
        print(f"{name:<18} p50 {pct(samples, 50):6.1f} ms  p95 {pct(samples, 95):6.1f} ms  "
              f"target p95 < {target} ms  {verdict(pct(samples, 95), target)}")
    database.dispose()


if __name__ == "__main__":
    main()
