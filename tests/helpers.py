"""Helpers the tests share."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.main_window import MainWindow


def open_desk(qtbot: QtBot, db: dbs.Database, login: str | None = None) -> MainWindow:
    """The main window for a user (the default one unless `login`), shown, reminders hidden."""
    user = current_user(db, login)
    assert user is not None
    window = MainWindow(db, user, "en")
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()  # the desk checks reminders right after it shows
    if window.desk.reminders.popup is not None:
        window.desk.reminders.popup.hide()
    return window


def database_at(path: Path, revision: str) -> dbs.Database:
    """A new SQLite file migrated only up to `revision` (an older program's database), for a
    test that fills it the old way and then upgrades it."""
    from alembic import command

    database = dbs.connect(str(path))
    cfg = dbs._alembic_config()
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return database


def raw(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """The test's own look at the file, past every layer of the program."""
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()
