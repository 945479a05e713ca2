"""Hostile input (issue 13): control and invisible characters, over-long fields, huge cells,
damaged workbooks, other encodings, unknown delimiters and formulas — on import, on the card
and on every export."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.cli import main
from crm_desktop.models import Client, Contact, Email
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients.card import CardInvalid, new_form, save_client
from crm_desktop.services.clients.exporting import export_clients
from crm_desktop.services.company.first_run import create_start
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.exporting import write_table
from crm_desktop.services.core.table_files import read_table
from crm_desktop.services.core.text import clean_text

from .actors import TESTER

DIRTY = "Al\x00pha\x01 \u200bTrade\ufeff \u202eLLP\x7f"  # NUL, SOH, ZWSP, BOM, RLO, DEL
DECOMPOSED = "Cafe\u0301 Ko\u0308ln"  # "Café Köln" typed with combining marks


def _import(db: dbs.Database, path: Path, partial: bool = False,
            delimiter: str | None = None) -> ci.ImportReport:
    table = ci.read_source(path, delimiter=delimiter) if delimiter else ci.read_source(path)
    with db.session(TESTER) as s:
        return ci.import_clients(s, table, ci.guess_mapping(s, table.headers), partial=partial)


def _names(db: dbs.Database) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(Client.short_name).where(Client.deleted_at.is_(None))))


# -- control and invisible characters --------------------------------------------------------
def test_clean_text_rules() -> None:
    assert clean_text(DIRTY) == "Alpha Trade LLP"
    assert clean_text(DECOMPOSED) == "Café Köln"
    assert clean_text("a\tb\r\nc") == "a b c"
    assert clean_text("a\tb\r\nc\u2028d", multiline=True) == "a\tb\nc\nd"
    assert clean_text("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"  # joiners kept
    assert clean_text("x\ud800\uffff\U000e0041y") == "xy"  # surrogate, non-character, tag


def test_control_characters_imported_then_the_whole_database_exports_to_xlsx(
        empty_db: dbs.Database, tmp_path: Path) -> None:
    source = tmp_path / "dirty.csv"
    source.write_text(f"Name;Contact;E-mail;Notes\n{DIRTY};Ivan\x0b Petrov;"
                      f"iv\u200ban@alpha.kz;\"line 1\x00\nline 2\"\n{DECOMPOSED};;;\n",
                      encoding="utf-8")
    report = _import(empty_db, source)
    assert (report.created, report.problems) == (2, [])
    assert _names(empty_db) == ["Alpha Trade LLP", "Café Köln"]
    with empty_db.session() as s:
        assert s.scalar(select(Contact.full_name)) == "Ivan Petrov"
        assert s.scalar(select(Email.address)) == "ivan@alpha.kz"
        assert s.scalar(select(Client.notes).where(Client.notes.is_not(None))) == \
            "line 1\nline 2"
        exported = tmp_path / "all.xlsx"
        assert export_clients(s, exported) == 2
    sheet = load_workbook(exported, read_only=True).worksheets[0]
    assert {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)} == \
        {"Alpha Trade LLP", "Café Köln"}


def test_every_exporter_writes_any_stored_text(empty_db: dbs.Database, tmp_path: Path) -> None:
    """Text stored before cleaning existed (or by another program) still exports."""
    with empty_db.session(TESTER) as s:
        s.add(Client(short_name=DIRTY, country="KZ", currency="KZT",
                     notes="bell\x07 and NUL\x00"))
    for suffix in ("xlsx", "csv"):
        path = tmp_path / f"clients.{suffix}"
        with empty_db.session() as s:
            assert export_clients(s, path) == 1
        assert read_table(path).rows[0][2].startswith("Al")
    plain = tmp_path / "report.xlsx"
    assert write_table(plain, ["Row", "Why\x01"], [(2, "bad\x00\x1b[31m text")]) == 1
    assert read_table(plain).rows == [["2", "bad[31m text"]]


def test_the_card_cleans_what_it_saves_and_refuses_what_will_not_fit(
        empty_db: dbs.Database) -> None:
    with empty_db.session(TESTER) as s:
        form = new_form(s, None, "KZ")
        form.short_name, form.city = DIRTY, "Ast\u200bana\n"
        client_id = save_client(s, form)
        client = s.get(Client, client_id)
        assert client is not None and (client.short_name, client.city) == \
            ("Alpha Trade LLP", "Astana")
    with empty_db.session(TESTER) as s:
        form = new_form(s, None, "KZ")
        form.short_name, form.source = "Я" * 256, "x" * 65
        with pytest.raises(CardInvalid) as refused:
            save_client(s, form)
    found = {(p.where, p.code, p.value) for p in refused.value.problems}
    assert found == {("short_name", "too_long", "256 > 255"), ("source", "too_long", "65 > 64")}
    assert "ЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯ" not in \
        str(refused.value)


# -- lengths, on SQLite and PostgreSQL --------------------------------------------------------
def _long_name_file(tmp_path: Path) -> Path:
    path = tmp_path / "long.csv"
    path.write_text("Name;Phone;Notes\n"
                    "Good One LLP;+7 701 111 22 33;fine\n"
                    f"{'Long' * 75};+7 701 222 33 44;secret row data\n"
                    "Nul\x00 Two LLP;;\n", encoding="utf-8")
    return path


def _partial_import_of_a_long_name(db: dbs.Database, tmp_path: Path) -> None:
    path = _long_name_file(tmp_path)
    with pytest.raises(ci.ImportRefused) as refused:
        _import(db, path)
    assert "Long" not in str(refused.value) and "secret" not in str(refused.value)
    report = _import(db, path, partial=True)
    assert (report.created, len(report.problems)) == (2, 1)
    row, why = report.problems[0]
    assert row == 3 and why.startswith("name: ") and "300 > 255" in why  # field in words
    assert "LongLong" not in why and "secret" not in why
    assert _names(db) == ["Good One LLP", "Nul Two LLP"]


def test_a_300_character_name_on_sqlite_is_reported_not_stored(
        empty_db: dbs.Database, tmp_path: Path) -> None:
    _partial_import_of_a_long_name(empty_db, tmp_path)


@pytest.mark.postgres
def test_a_300_character_name_on_postgresql_with_partial(pg_url: str, tmp_path: Path) -> None:
    pg = dbs.open_database(pg_url)
    try:
        _partial_import_of_a_long_name(pg, tmp_path)
    finally:
        pg.dispose()


def test_the_cli_prints_neither_row_data_nor_sql(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crm.sqlite3"
    database = dbs.open_database(str(path))
    create_start(database, "Own LLP", "KZ", "KZT", "First Admin")
    database.dispose()
    source = _long_name_file(tmp_path)
    assert main(["import", "clients", str(source), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "1 of 3 rows have problems" in err and "Long" not in err and "INSERT" not in err
    assert main(["import", "clients", str(source), "--db", str(path), "--partial"]) == 0
    out = capsys.readouterr().out
    assert "2 clients created" in out and "1 rows with problems" in out


def test_one_huge_field_does_not_reject_the_whole_csv(empty_db: dbs.Database,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Name;Notes\n"
                    f"Letters LLP;{'a long letter ' * 20_000}\n"
                    f"{'N' * 200_000};huge name\n"
                    "Third LLP;\n", encoding="utf-8")
    report = _import(empty_db, path, partial=True)
    assert (report.created, [r for r, _ in report.problems]) == (2, [3])
    with empty_db.session() as s:
        assert len(s.scalar(select(Client.notes).where(Client.short_name == "Letters LLP"))
                   or "") == 280_000 - 1


# -- files: damaged workbooks, encodings, delimiters -------------------------------------------
def test_an_xlsx_with_invalid_xml_is_a_clear_message(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.xlsx"
    book = Workbook()
    book.active.append(["Name", "Phone"])  # type: ignore[union-attr]
    book.active.append(["Alpha", "+77011112233"])  # type: ignore[union-attr]
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[:len(data) // 2] + b"<broken <<"
            target.writestr(item, data)
    with pytest.raises(CrmError) as refused:
        ci.read_source(bad)
    assert refused.value.code == "files.xlsx_damaged" and "bad.xlsx" in str(refused.value)
    assert main(["import", "clients", str(bad), "--db", str(tmp_path / "x.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert "unexpected error" not in err and "damaged" in err


def test_a_windows_1251_vcard_is_accepted(empty_db: dbs.Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ерлан Сериков\r\n"
                     "ORG:ТОО «Астана Трейд»\r\nTITLE:Директор\r\n"
                     "TEL;TYPE=CELL:+7 701 111 22 33\r\nEND:VCARD\r\n".encode("cp1251"))
    report = _import(empty_db, path)
    assert (report.created, report.problems) == (1, [])
    assert _names(empty_db) == ["ТОО «Астана Трейд»"]


PIPES = ("Name|Phone|City\n"
         "Alpha|+7 701 111 22 33|Astana\n"
         "Beta, LLP|+7 702 222 33 44\n"  # a short row defeats the csv module's guess
         "Gamma|+7 705 555 66 77|Almaty|extra\n")


def test_a_pipe_delimited_file_the_sniffer_cannot_tell(empty_db: dbs.Database,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_text(PIPES, encoding="utf-8")
    assert read_table(path).headers == ["Name", "Phone", "City"]
    assert _import(empty_db, path).created == 3
    assert "Beta, LLP" in _names(empty_db)


def test_a_delimiter_that_cannot_be_told_is_a_choice(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(PIPES.replace("Phone|City", "Phone, main|City"), encoding="utf-8")
    with pytest.raises(CrmError) as refused:
        read_table(path)
    assert refused.value.code == "files.delimiter_unknown" and "mixed.csv" in str(refused.value)
    assert read_table(path, delimiter="|").headers == ["Name", "Phone, main", "City"]
    assert read_table(path, delimiter="pipe").rows[1][0] == "Beta, LLP"
    with pytest.raises(CrmError) as bad:
        read_table(path, delimiter="||")
    assert bad.value.code == "files.bad_delimiter"
    crm = tmp_path / "crm.sqlite3"
    database = dbs.open_database(str(crm))
    create_start(database, "Own LLP", "KZ", "KZT", "First Admin")
    database.dispose()
    assert main(["import", "clients", str(path), "--db", str(crm)]) == 1
    assert "choose the delimiter" in capsys.readouterr().err
    assert main(["import", "clients", str(path), "--db", str(crm), "--delimiter", "|"]) == 0
    assert "3 clients created" in capsys.readouterr().out


# -- formulas ---------------------------------------------------------------------------------
FORMULAS = ["=1+1", "\uff1dSUM(A1:A2)", "'=already quoted", "+7 is a name", "@home", "'plain"]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_formulas_survive_a_round_trip(empty_db: dbs.Database, tmp_path: Path,
                                       suffix: str) -> None:
    with empty_db.session(TESTER) as s:
        for name in FORMULAS:
            s.add(Client(short_name=name, country="KZ", currency="KZT"))
    path = tmp_path / f"formulas.{suffix}"
    with empty_db.session() as s:
        export_clients(s, path)
    if suffix == "xlsx":
        cells = {row[2] for row in load_workbook(path).worksheets[0].iter_rows(
            min_row=2, values_only=True)}
    else:
        cells = {line.split(";")[2] for line in
                 path.read_text(encoding="utf-8-sig").splitlines()[1:]}
    assert {"'=1+1", "'\uff1dSUM(A1:A2)", "''=already quoted", "'+7 is a name",
            "'@home", "'plain"} == cells
    other = dbs.open_database(str(tmp_path / "other.sqlite3"))
    try:
        report = _import(other, path)
        assert report.created == len(FORMULAS)
        assert _names(other) == sorted(FORMULAS)
        with other.session() as s:
            assert s.scalar(select(func.count()).select_from(Client)) == len(FORMULAS)
    finally:
        other.dispose()


def test_the_import_dialogs_offer_the_delimiter(demo_db: dbs.Database, qtbot: QtBot,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.ui.catalogue.import_dialog import PriceImportDialog
    from crm_desktop.ui.clients.import_dialog import ClientImportDialog
    from crm_desktop.ui.kit import operations
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext

    shown: list[Exception] = []
    monkeypatch.setattr(operations, "show_error", lambda _parent, exc: shown.append(exc))
    path = tmp_path / "mixed.csv"
    path.write_text(PIPES.replace("Phone|City", "Phone, main|City"), encoding="utf-8")
    ctx = AppContext(demo_db, current_user(demo_db), DataBus())
    for dialog in (ClientImportDialog(ctx), PriceImportDialog(ctx)):
        qtbot.addWidget(dialog)
        shown.clear()
        dialog.load(path)
        qtbot.waitUntil(lambda: bool(shown))
        assert isinstance(shown[0], CrmError) and shown[0].code == "files.delimiter_unknown"
        with qtbot.waitSignal(dialog.loaded):  # choosing one reads the file again
            dialog.delimiter.setCurrentIndex(dialog.delimiter.findData("|"))
        assert dialog.table is not None and dialog.table.headers == ["Name", "Phone, main",
                                                                     "City"]


def test_deals_orders_and_claims_store_clean_text(demo_db: dbs.Database, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Text typed into a deal, an order or a claim is cleaned on its way into the database
    (NUL, control and invisible characters out, NFC; several lines only where a field allows
    them), and a formula-looking deal title leaves the CLI's CSV neutralised."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from sqlalchemy import text

    from crm_desktop.models import Claim, Deal, Order
    from crm_desktop.services.claims.writing import ClaimInput, register_claim
    from crm_desktop.services.sales.deals.card import add_comment
    from crm_desktop.services.sales.deals.moves import NewDeal, create_deal
    from crm_desktop.services.sales.orders.writing import LineInput, OrderInput, create_order

    from .actors import person

    dirty = "=Ac\x00me\u200b \u0438\u0306\x07"  # NUL, a zero-width space, й in two code points
    head = person(demo_db, "d.seitkali")
    with demo_db.session(head) as s:
        client_id = s.scalar(select(Client.id).where(Client.deleted_at.is_(None)).limit(1))
        assert client_id is not None
        deal = create_deal(s, NewDeal(client_id, dirty + "\nline", Decimal(10), "KZT"),
                           datetime.now(UTC))
        add_comment(s, deal.id, "first\x00 line\n\tsecond\x1b")
        order = create_order(s, OrderInput(client_id, (LineInput(
            None, "Box\x0b\u00ad", "pcs", Decimal(1), Decimal(5), Decimal(12)),),
            comment="call\x00 first\nthen ship"))
        claim = register_claim(s, ClaimInput(client_id, "broken\x00\nlid\u202e",
                                              remedy="swap\x01"))
        deal_id, order_id, claim_id = deal.id, order.id, claim.id
    with demo_db.session() as s:
        stored = s.get(Deal, deal_id)
        assert stored is not None and stored.title == "=Acme \u0439 line"
        note = s.execute(text("SELECT content FROM events WHERE deal_id = :d AND type = 'note'"),
                         {"d": deal_id.bytes}).scalar_one()
        assert note == "first line\n\tsecond"
        saved_order = s.get(Order, order_id)
        assert saved_order is not None and saved_order.comment == "call first\nthen ship"
        assert saved_order.lines[0].description == "Box"
        saved_claim = s.get(Claim, claim_id)
        assert saved_claim is not None
        assert (saved_claim.essence, saved_claim.remedy) == ("broken\nlid", "swap")
    path = demo_db.url.database
    capsys.readouterr()
    assert main(["--db", str(path), "deals", "list", "--format", "csv"]) == 0
    assert "'=Acme \u0439 line" in capsys.readouterr().out


def test_the_import_preview_numbers_rows_as_the_file_does(demo_db: dbs.Database, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    """A blank line is skipped when the file is read: the preview's row numbers stay the
    file's own, the ones the import report names."""
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.ui.clients.import_dialog import ClientImportDialog
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext

    path = tmp_path / "gaps.csv"
    path.write_text("Name;Phone\nFirst LLP;+7 701 111 22 33\n\nThird LLP;+7 701 222 33 44\n",
                    encoding="utf-8")
    dialog = ClientImportDialog(AppContext(demo_db, current_user(demo_db), DataBus()))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=15_000):
        dialog.load(path)
    labels = [dialog.preview.verticalHeaderItem(r).text()
              for r in range(dialog.preview.rowCount())]
    assert labels == ["→", "2", "4"]
