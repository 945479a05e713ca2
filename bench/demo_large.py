"""How long `crm-desktop demo --scale large` takes and how much memory it needs.

Targets: under 5 minutes and under 1 GB on the 2-core machine.
"""

from __future__ import annotations

import sqlite3

from common import LARGE_DB, build_large


def main() -> None:
    seconds, peak_mb = build_large(force=True)
    with sqlite3.connect(LARGE_DB) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("clients", "contacts", "events", "deals", "sales_document_lines",
                            "shipment_lines", "search_terms")}
    size_mb = LARGE_DB.stat().st_size / 1e6
    print(f"demo --scale large: {seconds:.0f} s (target < 300 s), peak memory {peak_mb:.0f} MB "
          f"(target < 1024 MB), file {size_mb:.0f} MB")
    for table, count in counts.items():
        print(f"  {table:<22}{count:>12,}")


if __name__ == "__main__":
    main()
