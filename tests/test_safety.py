"""Losing data is hard: one instance per file, backups, restore, damage found, storage errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select

from crm_desktop.cli import main
from crm_desktop.models import Client, EventType
from crm_desktop.services.activities.events import EventInput, create_event
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import DatabaseError
from crm_desktop.ui.app import open_main_window

from .actors import TESTER, person


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    return shown


def test_a_second_instance_on_the_same_file_is_refused(qtbot: QtBot, demo_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from PySide6.QtCore import QLockFile; "
        f"l = QLockFile({str(demo_path)!r} + '.lock'); assert l.tryLock(0); "
        "print('locked', flush=True); time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        shown = _messages(monkeypatch)
        assert open_main_window(str(demo_path), language="en") is None
        assert len(shown) == 1
        assert str(demo_path) in shown[0] and "already open" in shown[0]
        assert str(holder.pid) in shown[0]
    finally:
        holder.kill()
        holder.wait()
    # the holder is gone (as after a crash): its stale lock is taken over
    window = open_main_window(str(demo_path), language="en")
    assert window is not None
    qtbot.addWidget(window)
    assert window.instance_lock is not None and window.instance_lock.isLocked()
    window.close()


def test_backup_change_restore_gives_back_the_earlier_data(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        before = s.scalar(select(Client.short_name).order_by(Client.id).limit(1))
    copy = dbs.backup(demo_db)
    admin = person(demo_db, "admin")
    with demo_db.session(admin) as s:
        s.scalars(select(Client).order_by(Client.id).limit(1)).one().short_name = "Changed"
    safety = dbs.restore(demo_db, copy, admin)
    with demo_db.session() as s:
        assert s.scalar(select(Client.short_name).order_by(Client.id).limit(1)) == before
    with sqlite3.connect(safety) as kept:  # the content before the restore was kept
        assert kept.execute("SELECT short_name FROM clients ORDER BY id LIMIT 1").fetchone() \
            == ("Changed",)


def test_restore_refuses_a_file_that_is_not_a_backup(demo_db: dbs.Database,
                                                     tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"hello" * 100)
    with pytest.raises(DatabaseError, match="not a usable"):
        dbs.restore(demo_db, junk, person(demo_db, "admin"))


def test_daily_backups_keep_the_last_n(demo_db: dbs.Database) -> None:
    first = dbs.daily_backup(demo_db, keep=3)
    assert first is not None
    assert dbs.daily_backup(demo_db, keep=3) is None  # one a day
    later = time.time()
    for day in range(1, 6):
        assert dbs.daily_backup(demo_db, keep=3, now=later + day * dbs.DAILY + 1) is not None
        newest = dbs.list_backups(demo_db)[0]
        os.utime(newest, (later + day * dbs.DAILY + 1,) * 2)
    assert len(dbs.list_backups(demo_db)) == 3


def test_cli_backup_and_restore(demo_path: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "--db", str(demo_path), "--to", str(copy)]) == 0
    with sqlite3.connect(demo_path) as conn:
        conn.execute("DELETE FROM search_terms")
    assert main(["db", "restore", str(copy), "--db", str(demo_path)]) == 1  # a salesperson
    assert main(["db", "restore", str(copy), "--db", str(demo_path), "--user", "admin"]) == 0
    assert "previous content is in" in capsys.readouterr().out
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT count(*) FROM search_terms").fetchone()[0] > 0


def _corrupt(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 2)
        f.write(os.urandom(8192))


def test_damaged_copy_gives_the_clear_message_from_check_and_app(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(demo_path, damaged)
    _corrupt(damaged)
    assert main(["db", "check", "--db", str(damaged)]) != 0
    out = capsys.readouterr()
    assert "Traceback" not in out.err and out.err.strip()
    shown = _messages(monkeypatch)
    window = open_main_window(str(damaged), language="en")
    if window is None:  # refused at open: the message names the way out
        assert shown and "restore" in shown[-1].lower()
        return
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.damaged_message is not None, timeout=20_000)
    text = window.damaged_message.text()
    assert "damaged" in text and "Restore from backup" in text
    window.close()


def _limit(database: dbs.Database, pragma: str) -> None:
    database.dispose()
    event.listen(database.engine, "connect",
                 lambda conn, _r: conn.execute(pragma))


def _new_event(database: dbs.Database) -> None:
    from datetime import UTC, datetime

    with database.session(TESTER) as s:
        create_event(s, EventInput(type=EventType.NOTE, subject="x",
                                   start_at=datetime.now(UTC)))


def test_full_disk_is_a_clear_message_and_reading_goes_on(demo_db: dbs.Database) -> None:
    pages = sqlite3.connect(demo_db.path).execute("PRAGMA page_count").fetchone()[0]
    _limit(demo_db, f"PRAGMA max_page_count = {pages}")
    with demo_db.session() as s:
        count = len(s.scalars(select(Client.id)).all())
    with pytest.raises(DatabaseError, match="disk is full"):
        for _ in range(200):  # fill the last free pages
            with demo_db.session(TESTER) as s:
                for n in range(50):
                    s.add(Client(short_name=f"Filler {n}" * 20, country="KZ", currency="KZT"))
    with demo_db.session() as s:  # still readable; the refused action left nothing behind
        assert len(s.scalars(select(Client.id)).all()) >= count


def test_read_only_file_is_a_clear_message(demo_db: dbs.Database, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _limit(demo_db, "PRAGMA query_only = ON")
    with pytest.raises(DatabaseError, match="read-only"):
        _new_event(demo_db)
    from crm_desktop.services.company.first_run import current_user
    from crm_desktop.ui.main_window import MainWindow

    user = current_user(demo_db)
    assert user is not None
    window = MainWindow(demo_db, user, "en")
    qtbot.addWidget(window)
    QApplication.processEvents()
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _p, exc: shown.append(str(exc)))
    dialog = window.desk.new_event()
    dialog.subject_edit.setText("Позвонить")
    assert dialog.save() is False
    assert shown and "read-only" in shown[0]
    client = window.desk.day_panel.clients_model.rows[0].client_id
    window.desk.select_client(client)  # reading still works
    assert window.desk.client_panel.events_model.rows
    window.close()


@pytest.mark.slow
def test_kill_minus_nine_loses_no_committed_work(demo_path: Path) -> None:
    """A child writes events and invoices through the services and says what it committed;
    it is killed at random moments; everything it said is there and the file is sound."""
    import random

    rng = random.Random(7)
    committed: list[str] = []
    writer = Path(__file__).with_name("crash_writer.py")
    for _round in range(20):
        child = subprocess.Popen([sys.executable, str(writer), str(demo_path)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        first = child.stdout.readline()  # started writing
        assert first.startswith("committed"), first
        committed.append(first.split()[2])
        time.sleep(rng.uniform(0.05, 0.6))
        child.kill()  # SIGKILL: no cleanup, no atexit, mid-transaction
        rest, _ = child.communicate()
        committed += [line.split()[2] for line in rest.splitlines()
                      if line.startswith("committed")]
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        found = {row[0].hex() for row in conn.execute("SELECT id FROM events")} | \
            {row[0].hex() for row in conn.execute("SELECT id FROM sales_documents")}
    assert len(committed) > 100
    missing = [c for c in committed if c not in found]
    assert missing == []


def test_network_shares_are_recognised() -> None:
    mounts = ("/dev/vda / ext4 rw 0 0\n//fs/sales /mnt/sales cifs rw 0 0\n"
              "server:/crm /srv/crm nfs4 rw 0 0\n")
    assert dbs.is_network_path(Path("/mnt/sales/crm.sqlite3"), mounts)
    assert dbs.is_network_path(Path("/srv/crm/x.sqlite3"), mounts)
    assert not dbs.is_network_path(Path("/home/me/crm.sqlite3"), mounts)
    assert dbs.is_network_path(Path("//fs/sales/crm.sqlite3"), "")
