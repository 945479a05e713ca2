"""The Exchange rates tab of Settings → Company, driven as a person drives it: add a rate, remove
one, Save; a bad rate is shown in the interface language and nothing of the dialog is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from crm_desktop.services.company.profile import company_input
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.settings import get_setting
from crm_desktop.ui.company_dialog import CompanyDialog
from crm_desktop.ui.kit.errors import error_text

from .helpers import open_desk
from .test_error_codes import russian  # noqa: F401 (fixture)


def _codes(table: QTableWidget) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def _type_new_rate(qtbot: QtBot, dialog: CompanyDialog, code: str, rate: str) -> None:
    """Add a row and type the code, Tab, the rate, Enter, as a person does."""
    table = dialog.findChild(QTableWidget, "exchangeRatesTable")
    dialog.findChild(QTabWidget).setCurrentWidget(table.parentWidget())  # the tab, opened
    qtbot.mouseClick(dialog.findChild(QPushButton, "addRateButton"), Qt.MouseButton.LeftButton)
    for text in (code, rate):
        editor = _editor(table)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab if text == code else Qt.Key.Key_Return)
        # the delegate commits and closes the editor queued, as the event loop runs
        qtbot.waitUntil(lambda e=editor: not isValid(e) or not e.isVisible())
    assert dialog.rate_rows()[-1] == (code, rate)


def _editor(table: QTableWidget) -> QLineEdit:
    """The cell editor the table has open (the dialog's window need not be the active one)."""
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _save(qtbot: QtBot, dialog: CompanyDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_a_rate_added_in_the_dialog_is_saved_and_a_removed_one_is_gone(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    window = open_desk(qtbot, demo_db, "admin")
    dialog = window.edit_company()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "exchangeRatesTable")
    assert _codes(table) == ["AZN", "MNT", "RUB", "UAH"]  # the demo's rates, by code
    assert "KZT" in table.horizontalHeaderItem(1).text()  # "Rate, KZT"
    _type_new_rate(qtbot, dialog, "usd", "470.50")
    table.setCurrentCell(_codes(table).index("RUB"), 0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "removeRateButton"),
                     Qt.MouseButton.LeftButton)
    assert _codes(table) == ["AZN", "MNT", "UAH", "usd"]
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_db.session() as s:
        assert get_setting(s, "exchange_rates") == {
            "AZN": "295", "MNT": "0.146", "UAH": "12.1", "USD": "470.5"}
    window.close()


def test_a_bad_rate_shows_the_translated_message_and_saves_nothing(
        russian: None, qtbot: QtBot, demo_db: dbs.Database,  # noqa: F811
        monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _p, exc: shown.append(error_text(exc)))
    with demo_db.session() as s:
        before = get_setting(s, "exchange_rates"), company_input(s).legal_name
    window = open_desk(qtbot, demo_db, "admin")
    dialog = window.edit_company()
    qtbot.waitExposed(dialog)
    dialog.fields["legal_name"].setText("Renamed in the same save LLP")
    _type_new_rate(qtbot, dialog, "USD", "0")
    _save(qtbot, dialog)
    assert shown == ["Курс USD должен быть больше 0 и меньше 1 000 000 000"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    _type_new_rate(qtbot, dialog, "usd", "470,5")  # the same currency again: not one dropped
    _save(qtbot, dialog)
    assert shown[1:] == ["Валюта USD указана дважды"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    with demo_db.session() as s:  # neither the rates nor the requisites of that save
        assert (get_setting(s, "exchange_rates"), company_input(s).legal_name) == before
    window.close()
