"""The command line: success paths and one clear line on every error."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.services.company.first_run import create_start
from crm_desktop.services.core import db as dbs


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "crm_desktop", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


def test_demo_then_check_both_exit_zero(tmp_path: Path) -> None:
    target = tmp_path / "x.sqlite3"
    demo = run_cli("demo", "--db", str(target), "--scale", "small")
    assert demo.returncode == 0, demo.stderr
    assert "clients" in demo.stdout and "events" in demo.stdout
    check = run_cli("db", "check", "--db", str(target))
    assert check.returncode == 0, check.stderr
    assert "Integrity:    ok" in check.stdout and "up to date" in check.stdout


def test_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("--db", "/no/such/dir/x.sqlite3", "db", "check")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "/no/such/dir" in lines[0] and "does not exist" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [
    ("db", "check", "--db", "{tmp}/absent.sqlite3"),
    ("db", "backup", "--db", "{tmp}/absent.sqlite3"),
    ("db", "check", "--db", "postgresql+psycopg://nobody:secret@127.0.0.1:9/none"),
])
def test_error_paths_print_one_line(tmp_path: Path, args: tuple[str, ...],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code = main([a.format(tmp=tmp_path) for a in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("crm-desktop: ")
    assert "secret" not in err[0]
    assert not (tmp_path / "absent.sqlite3").exists()  # a check never creates a file


def test_db_option_before_or_after_and_from_the_environment(
        demo_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["--db", str(demo_path), "db", "check"]) == 0
    assert main(["db", "check", "--db", str(demo_path)]) == 0
    monkeypatch.setenv("CRM_DESKTOP_DB", str(demo_path))
    assert main(["db", "check"]) == 0
    assert str(demo_path) in capsys.readouterr().out


def test_backup_is_a_complete_copy(demo_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "--db", str(demo_path), "--to", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    with sqlite3.connect(demo_path) as a, sqlite3.connect(target) as b:
        for table in ("clients", "events", "sales_documents"):
            count = f"SELECT count(*) FROM {table}"
            assert a.execute(count).fetchone() == b.execute(count).fetchone()


def test_upgrade_reports_the_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.services.core.db import head_revision

    assert main(["db", "upgrade", "--db", str(tmp_path / "new.sqlite3")]) == 0
    head = head_revision()
    assert head and head in capsys.readouterr().out


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("crm-desktop ")


def test_check_reports_a_damaged_file(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    size = demo_path.stat().st_size
    with open(demo_path, "r+b") as f:
        f.seek(size // 2)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    code = main(["db", "check", "--db", str(demo_path)])
    captured = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in captured.err
    assert captured.err.strip()


def test_export_and_import_clients(demo_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    exported = tmp_path / "clients.xlsx"
    assert main(["export", "clients", str(exported), "--db", str(demo_path)]) == 0
    assert "rows written" in capsys.readouterr().out
    empty = tmp_path / "empty.sqlite3"
    assert main(["db", "upgrade", "--db", str(empty)]) == 0
    capsys.readouterr()
    # a write acts as a person: a file without users refuses, naming the way out
    assert main(["import", "clients", str(exported), "--db", str(empty)]) == 1
    assert "--user LOGIN" in capsys.readouterr().err
    database = dbs.open_database(str(empty))
    create_start(database, "Own LLP", "KZ", "KZT", "First Admin")
    database.dispose()
    assert main(["import", "clients", str(exported), "--db", str(empty),
                 "--on-duplicate", "create"]) == 0
    assert "200 clients created" in capsys.readouterr().out
    # again with skip: every client is a duplicate now, nothing new
    report = tmp_path / "report.csv"
    assert main(["import", "clients", str(exported), "--db", str(empty),
                 "--report", str(report)]) == 0
    assert "0 clients created" in capsys.readouterr().out
    assert "skipped: duplicate of" in report.read_text(encoding="utf-8-sig")


def test_a_broken_client_file_is_one_line_and_imports_nothing(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Name;Phone\nGood;+77011112233\nBad;12\n", encoding="utf-8")
    report = tmp_path / "why.csv"
    assert main(["import", "clients", str(bad), "--db", str(demo_path),
                 "--report", str(report)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "nothing was imported" in err
    assert "phone" in report.read_text(encoding="utf-8-sig")
