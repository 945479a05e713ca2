"""Backups that never silently stop, damaged and hostile files, full and read-only disks (issue 13).

Full and read-only disks are real: a small tmpfs mounted in a private mount namespace
(`unshare -rm`), with the CLI run inside it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.services.core import db as dbs

ROOT = Path(__file__).resolve().parent.parent


def namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


needs_mounts = pytest.mark.skipif(not namespaces_work(), reason="no user/mount namespaces")


def in_namespace(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run a shell script as root of a private mount namespace; $PY is this Python."""
    env = {**os.environ, "PY": sys.executable, "CRM_DESKTOP_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(["unshare", "-rm", "sh", "-ec", script], capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=300)


# -- backups ------------------------------------------------------------------------------------
def test_a_zero_byte_backup_is_never_counted(demo_db: dbs.Database) -> None:
    folder = dbs.backup_dir(demo_db)
    folder.mkdir(parents=True, exist_ok=True)
    assert demo_db.path is not None
    empty = folder / f"{demo_db.path.stem}-29990101-000000-000000-daily.sqlite3"
    empty.touch()  # what a backup that failed on a full disk used to leave: the newest file
    cut = folder / f"{demo_db.path.stem}-29990101-000001-000000-daily.sqlite3"
    cut.write_bytes(demo_db.path.read_bytes()[:8192])  # cut short
    made = dbs.daily_backup(demo_db, keep=2)
    assert made is not None and made.stat().st_size > 0  # the daily backup did not stop
    assert dbs.list_backups(demo_db) == [made]
    for _ in range(3):
        os.utime(made, (time.time() - 2 * dbs.DAILY,) * 2)
        made = dbs.daily_backup(demo_db, keep=2)
        assert made is not None
    assert len(dbs.list_backups(demo_db)) == 2  # ten kept means ten good ones
    assert empty not in dbs.list_backups(demo_db)


@needs_mounts
def test_a_backup_on_a_full_disk_leaves_nothing_and_says_the_disk_is_full(
        demo_path: Path, tmp_path: Path) -> None:
    folder = demo_path.parent / "backups"
    folder.mkdir()
    done = in_namespace(f"""
        mount -t tmpfs -o size=256k tmpfs {folder}
        $PY - <<'EOF'
from pathlib import Path
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import DatabaseError
database = dbs.connect({str(demo_path)!r}, create=False)
try:
    dbs.daily_backup(database)
    print("made")
except DatabaseError as exc:
    print("refused:", exc)
print("listed:", len(dbs.list_backups(database)))
print("files:", sorted(p.name for p in Path({str(folder)!r}).iterdir()))
EOF
    """, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout and "the disk is full" in done.stdout, done.stdout
    assert "listed: 0" in done.stdout and "files: []" in done.stdout, done.stdout


# -- read-only and full disks -------------------------------------------------------------------
@needs_mounts
def test_a_read_only_disk_opens_read_only_and_says_so(demo_path: Path, tmp_path: Path) -> None:
    disk = tmp_path / "ro"
    disk.mkdir()
    out = tmp_path / "clients.csv"
    done = in_namespace(f"""
        mount -t tmpfs -o size=64m tmpfs {disk}
        cp {demo_path} {disk}/demo.sqlite3
        mount -o remount,ro {disk}
        $PY -m crm_desktop.cli export clients {out} --db {disk}/demo.sqlite3
    """, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rows written" in done.stdout
    assert "opened read-only" in done.stderr and "unexpected" not in done.stderr
    assert out.stat().st_size > 1000


@needs_mounts
def test_with_no_free_space_the_message_says_the_disk_is_full(
        demo_path: Path, tmp_path: Path) -> None:
    disk = tmp_path / "full"
    disk.mkdir()
    size_kb = demo_path.stat().st_size // 1024 + 512
    done = in_namespace(f"""
        mount -t tmpfs -o size={size_kb}k tmpfs {disk}
        cp {demo_path} {disk}/demo.sqlite3
        dd if=/dev/zero of={disk}/filler bs=4k 2>/dev/null || true
        $PY -m crm_desktop.cli outbox list --db {disk}/demo.sqlite3 || echo "exit $?"
    """, tmp_path)
    assert "The disk is full" in done.stderr, done.stderr
    assert "disk I/O error" not in done.stderr and "unexpected" not in done.stderr


# -- files that are not (healthy) CRM databases --------------------------------------------------
@pytest.mark.parametrize("command", [["outbox", "list"], ["export", "clients", "out.csv"],
                                     ["document", "INV-2026-000001", "--out", "x.pdf"]])
def test_an_empty_file_is_refused_not_turned_into_a_database(
        tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main([*command, "--db", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "is not a CRM Desktop database (the file is empty)" in err, err
    assert empty.stat().st_size == 0 and not (tmp_path / "out.csv").exists()
    other = tmp_path / "other.sqlite3"  # another program's SQLite database
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    before = other.read_bytes()
    assert main([*command, "--db", str(other)]) == 1
    assert "is not a CRM Desktop database" in capsys.readouterr().err
    assert other.read_bytes() == before


def test_commands_that_read_warn_when_the_last_check_failed(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    size = demo_path.stat().st_size
    with open(demo_path, "r+b") as f:
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    assert main(["db", "check", "--db", str(demo_path)]) == 1
    capsys.readouterr()
    main(["export", "clients", str(tmp_path / "c.csv"), "--db", str(demo_path)])
    err = capsys.readouterr().err
    assert "The last integrity check of" in err and "Restore the latest backup" in err, err


# -- durability -----------------------------------------------------------------------------------
def test_durability_is_normal_unless_full_is_chosen(
        empty_db: dbs.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.services.core.settings import set_setting

    from .actors import TESTER

    def synchronous() -> int:
        database = dbs.connect(str(empty_db.path), create=False)
        try:
            with database.engine.connect() as conn:
                return int(conn.exec_driver_sql("PRAGMA synchronous").scalar() or 0)
        finally:
            database.dispose()

    monkeypatch.delenv(dbs.SYNCHRONOUS_ENV, raising=False)
    assert synchronous() == 1  # NORMAL
    with empty_db.session(TESTER) as s:
        set_setting(s, "durability", "full")
    assert synchronous() == 2  # FULL, for the laptop whose battery may run out
    monkeypatch.setenv(dbs.SYNCHRONOUS_ENV, "normal")
    assert synchronous() == 1


# -- hostile --db values ------------------------------------------------------------------------
BAD_DB = [
    " ", "\t", "",
    "postgresql+psycopg://u@127.0.0.1:99999/x",  # port out of range
    "postgresql+psycopg://u@127.0.0.1:abc/x",  # port not a number
    "postgresql://u@[::1/x",  # broken IPv6 host
    "foo://x", "http://example.com/x", "postgres://u@h/x",  # unknown schemes
    "sqlite+nosuchdriver:///x.db", "postgresql+nosuchdriver://u@h/x",
    "mysql://u@h/x", "mssql+pyodbc://u@h/x", "oracle://u@h/x",  # drivers not installed
    "://", "~nouser/x.db", "~nouser",
    "/" + "a" * 5000, "a" * 5000 + ".sqlite3", "/tmp/" + "b/" * 2500 + "x.db",
    "x\0y.db", "/nonexistent-folder/x.sqlite3", "sqlite:////nonexistent-folder/x.db",
]


@pytest.mark.parametrize("value", BAD_DB, ids=[f"db{i}" for i in range(len(BAD_DB))])
def test_a_malformed_db_value_is_one_clear_line(
        value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["outbox", "list", "--db", value]) == 1
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("crm-desktop: "), err
    assert "unexpected error" not in err and "Traceback" not in err, err
    assert len(lines[0]) < 400
    assert list(tmp_path.iterdir()) == []  # no file named " " (or anything else) made


@pytest.mark.parametrize("value", [" ", "\t", ""])
def test_a_blank_db_creates_nothing(value: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["db", "upgrade", "--db", value]) == 1
    assert "No database given" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no file named " "


@needs_mounts
def test_the_desktop_on_a_read_only_disk_opens_and_says_it_is_read_only(
        demo_path: Path, tmp_path: Path) -> None:
    """No lock file can be made beside a database on a read-only disk: the desktop opens it
    anyway (read-only, nothing to protect), warns once and keeps a red notice in the status
    bar — not 'already open in CRM Desktop', which is what a failed lock used to say."""
    disk = tmp_path / "ro"
    disk.mkdir()
    done = in_namespace(f"""
        mount -t tmpfs -o size=64m tmpfs {disk}
        cp {demo_path} {disk}/demo.sqlite3
        mount -o remount,ro {disk}
        QT_QPA_PLATFORM=offscreen $PY - <<'EOF'
from PySide6.QtWidgets import QLabel, QMessageBox
said = []
QMessageBox.warning = staticmethod(lambda _p, _t, text, *a: said.append(("warning", text)))
QMessageBox.critical = staticmethod(lambda _p, _t, text, *a: said.append(("critical", text)))
from crm_desktop.ui.app import open_main_window
window = open_main_window({str(disk / "demo.sqlite3")!r}, language="en")
print("window:", window is not None)
print("said:", said)
label = window.findChild(QLabel, "statusReadOnlyLabel") if window else None
print("status:", label.text() if label else None)
EOF
    """, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "window: True" in done.stdout, done.stdout
    assert "already open" not in done.stdout and "critical" not in done.stdout, done.stdout
    assert "opened read-only" in done.stdout, done.stdout
    assert "status: Read-only: nothing can be saved" in done.stdout, done.stdout
