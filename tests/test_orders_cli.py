"""`crm-desktop orders list [--overdue] [--format csv|json]` against raw SQL on the demo."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from crm_desktop.cli import main

OVERDUE = ("status NOT IN ('delivered', 'cancelled') AND due_date IS NOT NULL "
           "AND due_date < ?")


def _numbers(path: Path, where: str = "1=1") -> list[str]:
    with sqlite3.connect(path) as conn:
        args = (date.today().isoformat(),) if "?" in where else ()
        return [r[0] for r in conn.execute(
            f"SELECT number FROM orders WHERE deleted_at IS NULL AND {where} "
            f"ORDER BY order_date DESC, id DESC", args)]


def test_orders_list_as_csv_and_json(demo_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    every = _numbers(demo_path)
    assert len(every) > 20
    assert main(["orders", "list", "--db", str(demo_path), "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == ["number", "order_date", "client", "status", "due_date", "total",
                        "currency", "responsible", "invoice", "overdue", "id"]
    assert [row[0] for row in table[1:]] == every
    assert main(["orders", "list", "--db", str(demo_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == every
    with sqlite3.connect(demo_path) as conn:
        first = conn.execute("SELECT o.total, c.short_name, o.status FROM orders o JOIN clients "
                             "c ON c.id = o.client_id WHERE o.number = ?",
                             (every[0],)).fetchone()
    assert (rows[0]["client"], rows[0]["status"]) == (first[1], first[2])
    assert rows[0]["total"] == f"{first[0]:.2f}"
    assert main(["orders", "list", "--db", str(demo_path)]) == 0
    text = capsys.readouterr().out.splitlines()
    assert len(text) == len(every) and every[0] in text[0]


def test_orders_list_overdue_only(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overdue = _numbers(demo_path, OVERDUE)
    assert 0 < len(overdue) < len(_numbers(demo_path)), "the demo has some overdue orders"
    assert main(["orders", "list", "--db", str(demo_path), "--overdue", "--format",
                 "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == overdue
    assert all(r["overdue"] is True for r in rows)
    assert main(["orders", "list", "--db", str(demo_path), "--overdue"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(overdue) and all(line.startswith("!") for line in lines)
    with pytest.raises(SystemExit):
        main(["orders", "list", "--db", str(demo_path), "--format", "xml"])
