"""The client card, duplicate warning, registration assistant and clients list on screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import Client, DuplicateDecision, Role
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.clients.card import ClientCardDialog
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.main_window import MainWindow

from .helpers import open_desk, raw

SHOTS = os.environ.get("CRM_SCREENSHOTS")  # a folder to save screenshots in, when set


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot: QtBot, demo_db: dbs.Database) -> MainWindow:
    return open_desk(qtbot, demo_db)


def _new_card(qtbot: QtBot, db: dbs.Database) -> ClientCardDialog:
    user = current_user(db)
    assert user is not None
    card = ClientCardDialog(AppContext(db, user, DataBus()))
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_desk_opens_the_card_of_the_chosen_client(window: MainWindow, qtbot: QtBot,
                                                       demo_path: Path) -> None:
    desk = window.desk
    name = raw(demo_path, "SELECT short_name FROM clients WHERE id = ?", desk.client_id)[0][0] \
        if desk.client_id else None
    if desk.client_id is None:
        first = raw(demo_path, "SELECT id, short_name FROM clients LIMIT 1")[0]
        import uuid
        desk.select_client(uuid.UUID(bytes=first[0]))  # type: ignore[arg-type]
        name = first[1]
    qtbot.mouseClick(desk.client_panel.requisites_button, Qt.MouseButton.LeftButton)
    card = window.findChild(ClientCardDialog, "ClientCardDialog")
    assert card is not None and card.isVisible()
    assert card.main.name_edit.text() == name
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        _shot(card, f"card-{index}")
    card.tabs.setCurrentIndex(0)
    card.main.city_edit.setText("Тараз")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.isVisible())
    assert raw(demo_path, "SELECT city FROM clients WHERE short_name = ?", name)[0][0] == "Тараз"


def test_creating_a_duplicate_shows_the_warning(qtbot: QtBot, demo_db: dbs.Database,
                                                demo_path: Path) -> None:
    existing = raw(demo_path, "SELECT short_name FROM clients WHERE kind = 'organization' "
                              "ORDER BY short_name LIMIT 1")[0][0]
    card = _new_card(qtbot, demo_db)
    card.main.name_edit.setText(f"{existing} LLP")  # the same firm with its legal form
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    dialog = card.duplicates_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.item(0, 0).text() == existing
    assert "similar name" in dialog.table.item(0, 1).text()
    _shot(dialog, "duplicates")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.isVisible())
    with demo_db.session() as s:
        new = s.scalar(select(Client).where(Client.short_name == f"{existing} LLP"))
        assert new is not None
        decision = s.scalar(select(DuplicateDecision).where(DuplicateDecision.client_id == new.id))
        assert decision is not None and "name" in decision.matched


def test_open_existing_instead_of_saving(qtbot: QtBot, demo_db: dbs.Database,
                                         demo_path: Path) -> None:
    phone, client_id = raw(demo_path, "SELECT raw, client_id FROM phones LIMIT 1")[0]
    card = _new_card(qtbot, demo_db)
    card.main.name_edit.setText("Someone New")
    card.main.phones_edit.setPlainText(str(phone))
    opened: list[object] = []
    card.open_client.connect(opened.append)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    dialog = card.duplicates_dialog
    assert dialog is not None and "same phone" in dialog.table.item(0, 1).text()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [o.bytes for o in opened] == [client_id]  # type: ignore[attr-defined]
    assert not card.isVisible()
    assert raw(demo_path, "SELECT count(*) FROM clients WHERE short_name = 'Someone New'") == \
        [(0,)]


def test_wrong_fields_are_marked_and_nothing_is_saved(qtbot: QtBot, demo_db: dbs.Database,
                                                      demo_path: Path) -> None:
    card = _new_card(qtbot, demo_db)
    card.main.name_edit.setText("Zzyzx Unique Firm")
    card.main.phones_edit.setPlainText("12345")
    card.requisites.tax_edit.setText("123")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.isVisible() and card.problems_label.isVisible()
    assert "phone" in card.problems_label.text() and "tax ID" in card.problems_label.text()
    assert card.main.phones_edit.styleSheet() and card.requisites.tax_edit.styleSheet()
    _shot(card, "card-problems")
    assert raw(demo_path, "SELECT count(*) FROM clients WHERE short_name LIKE 'Zzyzx%'") == [(0,)]


def test_the_assistant_finds_duplicates_while_typing(qtbot: QtBot, demo_db: dbs.Database,
                                                     demo_path: Path) -> None:
    from crm_desktop.ui.clients.assistant import RegistrationAssistant

    existing = raw(demo_path, "SELECT short_name FROM clients WHERE kind = 'organization' "
                              "ORDER BY short_name LIMIT 1")[0][0]
    user = current_user(demo_db)
    assert user is not None
    assistant = RegistrationAssistant(AppContext(demo_db, user, DataBus()))
    qtbot.addWidget(assistant)
    assistant.show()
    assistant.name_edit.setText(f"ТОО «{existing}»")
    qtbot.waitUntil(lambda: assistant.table.rowCount() > 0)
    assert assistant.table.item(0, 0).text() == existing
    assert assistant.open_button.isEnabled()
    _shot(assistant, "assistant")
    assistant.name_edit.setText("Qwertyuiop Unique")
    qtbot.waitUntil(lambda: assistant.table.rowCount() == 0)
    assistant.phone_edit.setText("+7 701 000 00 01")
    assistant.contact_edit.setText("Ivan Petrov")
    qtbot.mouseClick(assistant.create_button, Qt.MouseButton.LeftButton)
    assert not assistant.isVisible()
    assert raw(demo_path, "SELECT c.full_name, p.e164 FROM contacts c JOIN clients k ON "
                          "k.id = c.client_id JOIN phones p ON p.contact_id = c.id "
                          "WHERE k.short_name = 'Qwertyuiop Unique'") == \
        [("Ivan Petrov", "+77010000001")]


def test_the_clients_list_filters_pages_and_keeps_segments(window: MainWindow, qtbot: QtBot,
                                                           demo_path: Path) -> None:
    clients = window.open_clients()
    model = clients.model
    qtbot.waitUntil(lambda: model.total == 200 and len(model.rows) > 0)
    assert len(model.rows) == 200  # one page holds the demo's 200
    status = clients.status_combo
    status.setCurrentIndex(status.findData("customer"))
    clients.apply()
    expected = raw(demo_path, "SELECT count(*) FROM clients WHERE status = 'customer'")[0][0]
    qtbot.waitUntil(lambda: model.total == expected and len(model.rows) == expected)
    assert {r.status.value for r in model.rows} == {"customer"}
    _shot(clients, "clients-list")
    clients.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by city, descending
    qtbot.waitUntil(lambda: model.filter.sort == "city" and len(model.rows) == expected)
    cities = [r.city for r in model.rows]
    assert cities == sorted(cities, reverse=True)


def test_merge_from_the_list(window: MainWindow, qtbot: QtBot, demo_db: dbs.Database,
                             demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from crm_desktop.ui.clients.merge_dialog import MergeDialog

    def offers_merge(clients: QWidget) -> bool:
        button = clients.findChild(QPushButton, "mergeClientsButton")
        return button is not None and button.isVisibleTo(clients)

    assert window.user.role == Role.SALESPERSON  # the demo's default user
    assert not offers_merge(window.open_clients())  # merging is for the head of sales
    head = open_desk(qtbot, demo_db, "d.seitkali")
    clients = head.open_clients()
    assert offers_merge(clients)
    qtbot.waitUntil(lambda: len(clients.model.rows) == 200)
    clients.view.selectRow(0)
    clients.view.selectionModel().select(
        clients.model.index(1, 0),
        clients.view.selectionModel().SelectionFlag.Select
        | clients.view.selectionModel().SelectionFlag.Rows)
    first, second = clients.model.rows[0], clients.model.rows[1]
    dialog = clients.merge_selected()
    assert isinstance(dialog, MergeDialog)
    _shot(dialog, "merge")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # the merge runs in the background
    rows = raw(demo_path, "SELECT deleted_at IS NOT NULL, merged_into_id FROM clients "
                          "WHERE short_name = ?", second.name)
    assert (1, first.id.bytes) in rows
    qtbot.waitUntil(lambda: clients.model.total == 199)


def test_the_import_dialog_runs_off_the_gui_thread(window: MainWindow, qtbot: QtBot,
                                                   demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text("Наименование;Телефон;Контактное лицо\n"
                    "ТОО «Новый Клиент»;+7 701 999 88 77;Асель\n"
                    "Bad Row;12;\n", encoding="utf-8")
    clients = window.open_clients()
    dialog = clients.import_clients()
    with qtbot.waitSignal(dialog.loaded):  # the file is read off the GUI thread
        dialog.load(path)
    assert dialog.combos[0].currentData() == "short_name"
    _shot(dialog, "import")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was imported" in dialog.result_label.text())
    assert "Row 3" in dialog.result_label.text()
    dialog.partial.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 clients created" in dialog.result_label.text())
    assert raw(demo_path, "SELECT count(*) FROM clients WHERE short_name = 'ТОО «Новый Клиент»'"
               ) == [(1,)]


def test_export_button_writes_the_filtered_list(window: MainWindow, qtbot: QtBot,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QPushButton

    target = tmp_path / "customers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    clients = window.open_clients()
    clients.status_combo.setCurrentIndex(clients.status_combo.findData("customer"))
    clients.apply()
    button = clients.findChild(QPushButton, "exportClientsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "customers.csv" in clients.count_label.text())
    text = target.read_text(encoding="utf-8-sig")
    assert "customer" in text and "lead;" not in text


def test_a_client_from_beyond_our_five_countries(qtbot: QtBot, demo_db: dbs.Database) -> None:
    card = _new_card(qtbot, demo_db)
    main = card.main
    assert main.country_combo.count() > 200  # every country Babel knows
    main.country_combo.setCurrentIndex(main.country_combo.findData("UZ"))
    assert main.currency_combo.currentData() == "UZS"
    main.name_edit.setText("Samarqand Savdo MChJ")
    main.phones_edit.setPlainText("71 200 00 00")  # Tashkent, typed without +998
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.isVisible())
    with demo_db.session() as s:
        firm = s.scalar(select(Client).where(Client.short_name == "Samarqand Savdo MChJ"))
        assert firm is not None and (firm.country, firm.currency) == ("UZ", "UZS")


def test_a_saved_segment_brings_its_filter_back(window: MainWindow, qtbot: QtBot,
                                                demo_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    clients = window.open_clients()
    qtbot.waitUntil(lambda: clients.choices_loaded)
    region = clients.region_combo.itemData(1)
    clients.region_combo.setCurrentIndex(1)
    clients.status_combo.setCurrentIndex(clients.status_combo.findData("customer"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Customers there", True))
    clients.save_segment()
    qtbot.waitUntil(lambda: clients.segment_combo.findText("Customers there") > 0
                    and clients.segment_combo.itemData(
                        clients.segment_combo.findText("Customers there")) is not None)
    clients.region_combo.setCurrentIndex(0)
    clients.status_combo.setCurrentIndex(0)
    clients.apply()
    qtbot.waitUntil(lambda: clients.model.total == 200)
    index = clients.segment_combo.findText("Customers there")
    clients.segment_combo.setCurrentIndex(index)
    clients.segment_combo.activated.emit(index)
    expected = raw(demo_path, "SELECT count(*) FROM clients WHERE status = 'customer' "
                              "AND region = ?", region)[0][0]
    qtbot.waitUntil(lambda: clients.model.total == expected)
    assert clients.region_combo.currentData() == region
    assert {r.region for r in clients.model.rows} == {region}
