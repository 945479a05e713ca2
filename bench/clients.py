"""Clients at scale: the live duplicate check against the large database, and an import of
100 000 clients from CSV with duplicate checks (targets: check < 30 ms while typing; import
< 60 s and < 500 MB).

    python bench/clients.py            # both
    python bench/clients.py --import   # only the import (no large database needed)
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import LARGE_DB, build_large, pct

ROWS = 100_000


def live_check() -> None:
    from sqlalchemy import select

    from crm_desktop.models import Client, Phone
    from crm_desktop.services.clients.duplicates import NameIndex, Probe, find_duplicates
    from crm_desktop.services.core import db as dbs

    build_large()
    database = dbs.open_database(str(LARGE_DB))
    rng = random.Random(7)
    with database.session() as s:
        names = list(s.scalars(select(Client.short_name).limit(20_000)))
        phones = list(s.scalars(select(Phone.e164).limit(5_000)))
    index = NameIndex()
    started = time.perf_counter()
    with database.session() as s:
        index.refresh(s)
    load = time.perf_counter() - started
    samples: list[float] = []
    for _ in range(40):  # type 40 names letter by letter, as a person would
        name = rng.choice(names)
        phone = rng.choice(phones) or ""
        for end in range(3, len(name) + 1):
            started = time.perf_counter()
            with database.session() as s:
                find_duplicates(s, Probe(name=name[:end], phones=[phone]), index)
            samples.append(time.perf_counter() - started)
    print(f"duplicate check at {len(index):,} clients: index load {load * 1000:.0f} ms "
          f"(once, in the background); per keystroke p50 {pct(samples, 50):.1f} ms, "
          f"p95 {pct(samples, 95):.1f} ms, max {max(samples) * 1000:.1f} ms "
          f"({len(samples)} keystrokes; target 30 ms)")
    list_pages(database)
    database.dispose()


def list_pages(database: object) -> None:
    """The clients list at 100 000: count, first page and following pages (run off the GUI
    thread by the window, measured here as plain calls)."""
    from crm_desktop.services.clients import listing as cl

    for label, f in (("all, by name", cl.ClientFilter()),
                     ("customers, by city desc", cl.ClientFilter(status="customer", sort="city",
                                                                 descending=True)),
                     ("text 'ал'", cl.ClientFilter(text="ал"))):
        with database.session() as s:  # type: ignore[attr-defined]
            started = time.perf_counter()
            total = cl.count(s, f)
            counted = time.perf_counter() - started
            pages: list[float] = []
            after = None
            for _ in range(20):
                started = time.perf_counter()
                rows = cl.page(s, f, after, 200)
                pages.append(time.perf_counter() - started)
                if not rows:
                    break
                after = (rows[-1].sort_value, rows[-1].id)
        print(f"clients list ({label}): {total:,} rows, count {counted * 1000:.0f} ms, "
              f"page of 200 p50 {pct(pages, 50):.0f} ms, p95 {pct(pages, 95):.0f} ms")


def write_csv(path: Path) -> None:
    rng = random.Random(11)
    words = ["Астана", "Алатау", "Береке", "Дала", "Каспий", "Карпати", "Алтын", "Нур", "Kür",
             "Baikal", "Steppe", "Orda", "Sary", "Kok", "Tengri", "Ulan", "Dnipro", "Volga"]
    kinds = ["Трейд", "Строй", "Логистик", "Сервис", "Agro", "Tech", "Group", "Energy", "Supply"]
    lines = ["Наименование;БИН;Телефон;E-mail;Контактное лицо;Должность;Город"]
    for n in range(ROWS):
        name = f"ТОО «{rng.choice(words)} {rng.choice(kinds)} {n}»"
        phone = f"+7 701 {n // 10000:03d} {n % 10000:04d}"
        lines.append(f"{name};;{phone};client{n}@example.kz;Контакт {n};Менеджер;Алматы")
    for n in range(0, ROWS, 1000):  # 100 repeats of earlier rows: duplicates by phone
        lines.append(f"Repeat {n};;+7 701 {n // 10000:03d} {n % 10000:04d};;;;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_child(db_path: str, csv_path: str) -> None:
    from crm_desktop.models import Role, new_id
    from crm_desktop.services.clients import importing as ci
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.core.identity import CurrentUser

    database = dbs.open_database(db_path)
    importer = CurrentUser(new_id(), "bench", "Bench", Role.ADMIN)  # a person imports
    started = time.perf_counter()
    table = ci.read_source(Path(csv_path))
    with database.session(importer) as s:
        report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import of {report.rows:,} CSV rows: {report.created:,} created, {report.skipped} "
          f"skipped as duplicates, {len(report.problems)} problems in {seconds:.1f} s, "
          f"peak memory {peak:.0f} MB (targets 60 s, 500 MB)")


def import_bench() -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "clients.csv"
        write_csv(csv_path)
        db_path = Path(folder) / "import.sqlite3"
        subprocess.run([sys.executable, "-m", "crm_desktop", "demo", "--db", str(db_path)],
                       check=True, stdout=subprocess.DEVNULL)  # 200 clients already there
        subprocess.run([sys.executable, __file__, "--child", str(db_path), str(csv_path)],
                       check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        import_child(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--import"]:
        import_bench()
    else:
        import_bench()
        live_check()
