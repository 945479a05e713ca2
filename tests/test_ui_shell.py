"""The main window shell and the first run, driven through real widgets offscreen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.services.company.first_run import current_user, has_clients, needs_first_run
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.app import open_main_window
from crm_desktop.ui.first_run import FirstRunDialog


def test_main_window_opens_on_demo_data(qtbot: QtBot, demo_path: Path) -> None:
    window = open_main_window(str(demo_path), language="en")
    assert window is not None
    qtbot.addWidget(window)
    assert window.objectName() == "MainWindow"
    assert window.isVisible()
    db_label = window.findChild(QLabel, "statusDatabaseLabel")
    user_label = window.findChild(QLabel, "statusUserLabel")
    assert str(demo_path) in db_label.text()
    assert "Айгерим Нурланова" in user_label.text()
    window.close()


def test_first_run_start_creates_company_and_user(qtbot: QtBot, empty_db: dbs.Database) -> None:
    assert needs_first_run(empty_db)
    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "startButton"), Qt.MouseButton.LeftButton)
    dialog.company_edit.setText("ТОО «Жаңа Сауда»")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("AZ"))
    assert dialog.currency_combo.currentText() == "AZN"
    qtbot.keyClicks(dialog.name_edit, "Leyla ")  # QTest types ASCII only
    dialog.name_edit.insert("Əliyeva")
    dialog._create_start()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not needs_first_run(empty_db)
    user = current_user(empty_db)
    assert user is not None and user.full_name == "Leyla Əliyeva"


def test_first_run_refuses_an_empty_name_with_a_message(qtbot: QtBot,
                                                        empty_db: dbs.Database,
                                                        monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _parent, exc: shown.append(str(exc)))
    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.company_edit.setText("Acme")
    dialog._create_start()
    assert shown == ["Enter your name"]
    assert needs_first_run(empty_db)


def test_first_run_demo_data_off_the_gui_thread(qtbot: QtBot, empty_db: dbs.Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.ui import first_run

    generate = first_run.generate_demo
    ran_on: list[threading.Thread] = []

    def recording(*args: Any, **kwargs: Any) -> Any:  # the real generator, watched
        ran_on.append(threading.current_thread())
        return generate(*args, **kwargs)

    monkeypatch.setattr(first_run, "generate_demo", recording)
    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "createDemoButton"),
                         Qt.MouseButton.LeftButton)
        assert not dialog.demo_button.isEnabled()
    assert len(ran_on) == 1 and ran_on[0] is not threading.main_thread()
    assert has_clients(empty_db) and not needs_first_run(empty_db)


def test_every_currency_sign_and_letter_of_our_users_has_a_glyph(qapp: Any) -> None:
    """The bundled Noto Sans stands behind the system font, so the manat sign (which DejaVu
    Sans, the usual Linux font, lacks) and every letter of our languages are drawn, not boxed."""
    from PySide6.QtGui import QFont, QFontMetrics

    from crm_desktop.ui.app import FALLBACK_FAMILY, add_fallback_font

    before = QFont(qapp.font())
    try:
        add_fallback_font(qapp)
        font = qapp.font()
        assert font.families()[-1] == FALLBACK_FAMILY
        metrics = QFontMetrics(font)
        missing = [ch for ch in "₼₸₮₴₽€$ӘәҒғҚқҢңӨөҰұҮүҺһІіƏəĞğİıŞşÇçÖöÜüЁёЄєЇїҐґ"
                   if not metrics.inFontUcs4(ord(ch))]
        assert missing == []
    finally:
        qapp.setFont(before)
