"""Search that finds (issue 12): transliteration both ways, city and region, a "nothing found"
line, twins told apart by tax ID and city, mixed-script names found by either spelling and
flagged in the card; the query stays an index range scan; the migration gives old rows the
new terms."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select, text

from crm_desktop.models import Client, SearchTerm
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.clients import listing
from crm_desktop.services.clients.forms import ClientForm, ContactForm
from crm_desktop.services.clients.search import (
    fold_script,
    latin,
    mixed_script_words,
    reindex_clients,
    search_clients,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.table_files import Table
from crm_desktop.ui.clients.tabs.main import MainTab
from crm_desktop.ui.desk.search import CLIENT_ID_ROLE
from crm_desktop.ui.main_window import MainWindow

from .actors import TESTER
from .helpers import open_desk

MIXED = "Иван\u006fв Сергей"  # a Latin "o" typed inside the Cyrillic surname
ROWS = [  # name, tax ID, city, region, phone, contact
    ["ТОО «Береке Трейд»", "061211600012", "Шымкент", "Туркестанская область",
     "+7 701 555 10 10", ""],
    ["ТОО «Береке Трейд»", "990340001230", "Караганда", "Карагандинская область",
     "+7 702 555 20 20", ""],
    ["Bereke Logistics LLP", "", "Almaty", "", "+7 705 555 30 30", ""],
    [MIXED, "", "Астана", "", "+7 707 555 40 40", ""],
    ["ИП Жақсылық", "", "Қарағанды", "", "+7 708 555 50 50", "Әлия Нұрланқызы"],
]


def _add(db: dbs.Database) -> dict[str, list[uuid.UUID]]:
    # a Client ID per row: the twins share a name but are two clients
    table = Table(["Name", "Tax ID", "City", "Region", "Phone", "Contact", "Client ID"],
                  [[*row, str(number)] for number, row in enumerate(ROWS)])
    mapping = {0: ci.NAME, 1: ci.TAX_ID, 2: ci.CITY, 3: ci.REGION, 4: ci.PHONES, 5: ci.CONTACT,
               6: ci.CLIENT_ID}
    with db.session(TESTER) as s:
        report = ci.import_clients(s, table, mapping, policy=ci.Policy.CREATE, country="KZ")
        assert (report.created, report.problems) == (5, [])
        found: dict[str, list[uuid.UUID]] = {}
        for cid, name in s.execute(select(Client.id, Client.short_name).where(
                Client.short_name.in_([r[0] for r in ROWS]))):
            found.setdefault(name, []).append(cid)
    return found


@pytest.fixture
def clients(empty_db: dbs.Database) -> Iterator[tuple[dbs.Database, dict[str, list[uuid.UUID]]]]:
    yield empty_db, _add(empty_db)


def _names(db: dbs.Database, query: str) -> list[str]:
    with db.session() as s:
        return [hit.client_name for hit in search_clients(s, query)]


def test_spellings() -> None:
    assert latin("береке") == "bereke" and latin("жақсылық") == "zhaksylyk"
    assert latin("bereke") == ""
    assert fold_script("иванoв") == "иванов" and fold_script("ivanоv") == "ivanov"
    assert mixed_script_words(MIXED, "Береке Bereke") == ["Иванoв"]


def test_transliteration_both_ways(clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]
                                   ) -> None:
    db, _ids = clients
    assert _names(db, "Bereke") == ["Bereke Logistics LLP", "ТОО «Береке Трейд»",
                                    "ТОО «Береке Трейд»"]
    assert _names(db, "Береке") == _names(db, "Bereke")  # Cyrillic finds the Latin one too
    assert _names(db, "bereke treyd") == ["ТОО «Береке Трейд»"] * 2
    assert _names(db, "Zhaksylyk") == ["ИП Жақсылық"]
    assert _names(db, "Aliya") == ["ИП Жақсылық"]  # a contact's name in Latin letters


def test_city_and_region(clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    assert _names(db, "Шымкент") == ["ТОО «Береке Трейд»"]
    assert _names(db, "Shymkent") == ["ТОО «Береке Трейд»"]
    assert _names(db, "Туркестанская") == ["ТОО «Береке Трейд»"]
    assert _names(db, "береке караганда") == ["ТОО «Береке Трейд»"]
    assert _names(db, "Алмат") == ["Bereke Logistics LLP"]  # the Latin city, typed in Cyrillic
    assert _names(db, "Zzyzx") == []


def test_twins_are_told_apart_by_tax_id_and_city(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    with db.session() as s:
        twins = [(h.tax_id, h.city) for h in search_clients(s, "Береке Трейд")]
    assert sorted(twins) == [("061211600012", "Шымкент"), ("990340001230", "Караганда")]


def test_a_mixed_script_name_is_found_by_either_spelling(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    assert _names(db, "Иванов") == [MIXED]  # all Cyrillic
    assert _names(db, "Иванoв") == [MIXED]  # as it was typed, with the Latin o
    assert _names(db, "Ivanov") == [MIXED]
    assert _names(db, "иван сергей") == [MIXED]


def test_the_clients_list_filter_finds_the_same_spellings(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    with db.session() as s:
        assert listing.count(s, listing.ClientFilter(text="Bereke")) == 3
        assert listing.count(s, listing.ClientFilter(text="Иванов")) == 1
        assert listing.count(s, listing.ClientFilter(text="Shymkent")) == 1


def test_the_query_is_an_index_range_scan(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    with db.session() as s:
        plan = " ".join(str(row[-1]) for row in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT client_id, label FROM search_terms "
            "WHERE term >= :a AND term < :b ORDER BY term LIMIT 400"),
            {"a": "bereke", "b": "bereke\U0010ffff"}))
    assert "USING INDEX ix_search_terms_term_client (term>? AND term<?)" in plan, plan


def test_the_writer_and_the_reindex_give_the_same_terms(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, ids = clients
    every = [cid for group in ids.values() for cid in group]
    with db.session() as s:
        written = set(s.execute(select(SearchTerm.client_id, SearchTerm.term, SearchTerm.label)))
    with db.session(TESTER) as s:
        reindex_clients(s, every)
    with db.session() as s:
        again = set(s.execute(select(SearchTerm.client_id, SearchTerm.term, SearchTerm.label)))
    assert written == again and any(term == "shymkent" for _c, term, _l in written)


def test_the_migration_gives_old_rows_the_new_terms(
        clients: tuple[dbs.Database, dict[str, list[uuid.UUID]]]) -> None:
    db, _ids = clients
    with db.session(TESTER) as s:  # an index as the old version wrote it: no Latin, no places
        s.execute(delete(SearchTerm).where(SearchTerm.term.in_(["bereke", "shymkent",
                                                                "шымкент", "иванов",
                                                                "ivanov"])))
    assert _names(db, "Shymkent") == [] and _names(db, "Иванов") == []
    path = Path(dbs.__file__).parents[2] / "migrations" / "versions" / "0017_first_week.py"
    spec = importlib.util.spec_from_file_location("m0017", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with db.engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        module._search_terms(batch=2)
    assert _names(db, "Shymkent") == ["ТОО «Береке Трейд»"]
    assert _names(db, "Иванов") == [MIXED]
    assert len(_names(db, "Bereke")) == 3


def test_each_language_spelled_as_its_people_spell_it_in_latin(empty_db: dbs.Database) -> None:
    """Ukrainian in its national Latin (Kyiv, Hryhorii), Kazakh with q (Aqtöbe, Qazaq),
    Mongolian "ий" as "ii" (Olzii), Azerbaijani and Kazakh Latin letters typed as plain ASCII
    (Sheki) and the other way round; each still an index range scan per spelling."""
    rows = [["ФОП Григорій Київ", "Київ"], ["ТОО «Қазақ Ақтөбе»", "Ақтөбе"],
            ["ХХК Өлзий", "Улаанбаатар"], ["Şəki Aqro MMC", "Şəki"]]
    table = Table(["Name", "City", "Client ID"],
                  [[*row, str(number)] for number, row in enumerate(rows)])
    with empty_db.session(TESTER) as s:
        report = ci.import_clients(s, table, {0: ci.NAME, 1: ci.CITY, 2: ci.CLIENT_ID},
                                   policy=ci.Policy.CREATE, country="KZ")
        assert report.created == 4
    assert _names(empty_db, "Kyiv") == ["ФОП Григорій Київ"]
    assert _names(empty_db, "Hryhorii") == ["ФОП Григорій Київ"]
    assert _names(empty_db, "Qazaq") == ["ТОО «Қазақ Ақтөбе»"]
    assert _names(empty_db, "Aqtöbe") == ["ТОО «Қазақ Ақтөбе»"]
    assert _names(empty_db, "Aktobe") == ["ТОО «Қазақ Ақтөбе»"]  # the older spelling still
    assert _names(empty_db, "Olzii") == ["ХХК Өлзий"]
    assert _names(empty_db, "Sheki") == ["Şəki Aqro MMC"]
    assert _names(empty_db, "Шеки") == ["Şəki Aqro MMC"]  # typed in Cyrillic too
    assert _names(empty_db, "Şəki") == ["Şəki Aqro MMC"]


def test_a_latin_h_typed_for_the_kazakh_shha_finds_it(empty_db: dbs.Database) -> None:
    """"Шаhар" (a Latin h where the keyboard has no "һ") finds "Шаһар"; "ИВАHОВ" (a Latin H
    for "Н") still finds "Иванов"."""
    table = Table(["Name", "Client ID"], [["ТОО Шаһар", "1"], ["ИП Иванов", "2"]])
    with empty_db.session(TESTER) as s:
        assert ci.import_clients(s, table, {0: ci.NAME, 1: ci.CLIENT_ID},
                                 policy=ci.Policy.CREATE, country="KZ").created == 2
    assert _names(empty_db, "Шаhар") == ["ТОО Шаһар"]
    assert _names(empty_db, "Shahar") == ["ТОО Шаһар"]
    assert _names(empty_db, "ИВАHОВ") == ["ИП Иванов"]


# -- the desk's Ctrl+K and the card --------------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, demo_db: dbs.Database) -> Iterator[MainWindow]:
    _add(demo_db)
    win = open_desk(qtbot, demo_db)
    yield win
    win.close()


def _popup_lines(window: MainWindow) -> list[tuple[str, object]]:
    results = window.desk.search.results
    return [(results.item(i).text(), results.item(i).data(CLIENT_ID_ROLE))
            for i in range(results.rowCount())]


def test_ctrl_k_bereke_finds_the_cyrillic_client(window: MainWindow, qtbot: QtBot) -> None:
    search = window.desk.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "Bereke")
    qtbot.waitUntil(lambda: any("Береке Трейд" in line for line, _id in _popup_lines(window)))
    lines = [line for line, _id in _popup_lines(window) if "Береке Трейд" in line]
    # twins: each line names its tax ID and city
    assert len(lines) == 2
    assert any("061211600012" in line and "Шымкент" in line for line in lines)
    assert any("990340001230" in line and "Караганда" in line for line in lines)
    popup = search.completer_.popup()
    assert popup is not None and popup.isVisible()
    chosen_id = next(cid for line, cid in _popup_lines(window) if "Шымкент" in line)
    with qtbot.waitSignal(search.client_chosen) as chosen:
        search._activated(search.results.index(
            [cid for _l, cid in _popup_lines(window)].index(chosen_id), 0))
    assert chosen.args == [chosen_id] and window.desk.client_id == chosen_id


def test_nothing_found_says_so(window: MainWindow, qtbot: QtBot) -> None:
    search = window.desk.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "Zzyzx")
    qtbot.waitUntil(lambda: any("Zzyzx" in line for line, _id in _popup_lines(window)))
    [(line, client_id)] = _popup_lines(window)
    assert client_id is None and "Nothing found" in line
    flags = search.results.item(0).flags()
    assert not flags & Qt.ItemFlag.ItemIsSelectable
    search._first()  # Enter on "nothing found" opens nothing
    assert search.text() == "Zzyzx"


def test_a_mixed_script_name_is_flagged_in_the_card(qtbot: QtBot) -> None:
    tab = MainTab([], [])
    qtbot.addWidget(tab)
    tab.show()
    tab.name_edit.setText("Иванов Сергей")
    assert not tab.mixed_script_label.isVisible()
    tab.name_edit.setText(MIXED)
    assert tab.mixed_script_label.isVisible() and "Иванoв" in tab.mixed_script_label.text()
    tab.full_name_edit.setText("TOO Bereke")
    assert "«Иванoв»" in tab.mixed_script_label.text()
    tab.name_edit.setText("Иванов Сергей")
    assert not tab.mixed_script_label.isVisible()
    # a contact person's name is flagged on the card too
    form = ClientForm(short_name="ТОО Береке", contacts=[ContactForm("Петрoва Анна")])
    tab.load(form)
    assert tab.mixed_script_label.isVisible() and "«Петрoва»" in tab.mixed_script_label.text()
