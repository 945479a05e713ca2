"""Import fuzzing (issue 13): any rows in a CSV or XLSX file, whatever their text, give a report
or a clear refusal — never a traceback, never "unexpected error" — and what was imported
exports again. The example count is bounded so `make test` stays quick (FUZZ_EXAMPLES raises
it for a longer run)."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.cli import main
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.exporting import export_clients
from crm_desktop.services.company.first_run import create_start
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.exporting import write_table

from .actors import TESTER

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "80"))
HEADERS = ["Name", "Contact", "Phone", "E-mail", "Notes", "Birthday", "Tax ID", "Country",
           "Kind", "Status", "Tags", "Client ID", "Currency", "Position", "Website", "Unknown"]
NASTY = ["", " ", "=1+1", "\uff1dSUM(A1)", "'=x", "'", "+7 701 111 22 33", "8 (727) 1",
         "a@b.kz", "a@@b", "\x00", "\x1b[31m", "\u202eLLP", "\ufeff", "e\u0301", "𝔘𝔫𝔦",
         "👩\u200d💻", "مرحبا", "שלום", "İstanbul", "1;2,3|4\t5", '"quoted"', "line\nbreak",
         "\r", "A" * 256, "Я" * 300, "N" * 140_000, "--05-01", "2024-02-30", "31.12.1990",
         "organization", "person", "client", "KZ", "Қазақстан", "XX", "kzt", "::: ; :::",
         "123456789012", "061211600012", "* myContacts ::: VIP", "\u2028", "\x85"]
# Any text a file can hold (lone surrogates cannot be encoded), and the nasty cases above.
CELL = st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
                 st.sampled_from(NASTY))


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    named = draw(st.sampled_from(["Name", "Contact", "Name", "Name", "Unknown"]))
    others = draw(st.lists(st.sampled_from(HEADERS), max_size=7, unique=True))
    headers = [named] + [h for h in others if h != named]
    draw(st.randoms()).shuffle(headers)
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(headers) + 2), max_size=6))
    return headers, rows


def _write(path: Path, headers: list[str], rows: list[list[str]], delimiter: str) -> None:
    if path.suffix == ".xlsx":  # through our own exporter: what people re-import
        write_table(path, headers, rows)
        return
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def test_any_rows_import_or_are_refused_clearly(tmp_path: Path) -> None:
    database = dbs.open_database(str(tmp_path / "fuzz.sqlite3"))
    seen = {"examples": 0, "refused": 0, "imported": 0}
    codes: dict[str, int] = {}
    started = time.monotonic()

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])
    @given(table=tables(), suffix=st.sampled_from([".csv", ".xlsx"]),
           delimiter=st.sampled_from([";", ",", "|", "\t"]),
           policy=st.sampled_from(list(ci.Policy)))
    def run(table: tuple[list[str], list[list[str]]], suffix: str, delimiter: str,
            policy: ci.Policy) -> None:
        seen["examples"] += 1
        path = tmp_path / f"rows{suffix}"
        _write(path, *table, delimiter)
        try:
            source = ci.read_source(path)
            with database.session(TESTER) as s:
                ci.import_clients(s, source, ci.guess_mapping(s, source.headers), policy,
                                  partial=True)
        except CrmError as exc:  # a clear refusal, short, without the rows' data
            assert exc.code != "legacy" and len(str(exc)) < 400, str(exc)[:400]
            seen["refused"] += 1
            codes[exc.code] = codes.get(exc.code, 0) + 1
        else:
            seen["imported"] += 1
        with database.session() as s:  # whatever was stored exports again
            export_clients(s, tmp_path / "all.xlsx")
            export_clients(s, tmp_path / "all.csv")

    try:
        run()
    finally:
        database.dispose()
    print(f"fuzz: {seen}, refusals {codes} in {time.monotonic() - started:.1f} s")
    assert seen["examples"] == EXAMPLES and seen["imported"] > 0


def test_the_cli_never_answers_unexpected_error(tmp_path: Path) -> None:
    """The CLI imports the rows, then exports the whole database."""
    path = tmp_path / "crm.sqlite3"
    database = dbs.open_database(str(path))
    create_start(database, "Own LLP", "KZ", "KZT", "First Admin")
    database.dispose()

    @settings(max_examples=max(EXAMPLES // 4, 10), deadline=None, database=None,
              derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                       HealthCheck.data_too_large])
    @given(table=tables(), delimiter=st.sampled_from([";", ",", "|", "\t"]))
    def run(table: tuple[list[str], list[list[str]]], delimiter: str) -> None:
        source = tmp_path / "rows.csv"
        _write(source, *table, delimiter)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = main(["import", "clients", str(source), "--db", str(path), "--partial"])
            exported = main(["export", "clients", str(tmp_path / "all.xlsx"), "--db", str(path)])
        assert status in (0, 1) and exported == 0, err.getvalue()
        assert "unexpected error" not in err.getvalue() and "Traceback" not in err.getvalue()

    run()
