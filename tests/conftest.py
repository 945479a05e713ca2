"""Shared fixtures: real SQLite files with demo data, a real PostgreSQL server, Qt offscreen.

Nothing here touches the developer's own data folder, settings or keychain.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="crm-test-home-"))
os.environ["CRM_DESKTOP_DATA_DIR"] = str(_SANDBOX / "data")
os.environ.pop("CRM_DESKTOP_DB", None)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from crm_desktop.demo.generator import generate_demo  # noqa: E402
from crm_desktop.services.core import db as dbs  # noqa: E402

from .pg import PostgresServer  # noqa: E402

DEMO_TODAY = date.today()


@pytest.fixture(scope="session", autouse=True)
def _isolated_settings() -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(_SANDBOX / "settings"))
    yield
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_settings() -> None:
    QSettings().clear()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo database built once per run; tests get their own copy."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    database = dbs.open_database(str(path))
    generate_demo(database, "small", seed=1, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def _dispose(database: dbs.Database) -> None:
    """Let background work (price-list warm-ups, checks) finish before the engine goes."""
    from crm_desktop.ui.kit.tasks import wait_for_tasks

    wait_for_tasks(30_000)
    database.dispose()


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[dbs.Database]:
    database = dbs.open_database(str(demo_path))
    yield database
    _dispose(database)


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[dbs.Database]:
    database = dbs.open_database(str(tmp_path / "empty.sqlite3"))
    yield database
    _dispose(database)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A throw-away PostgreSQL server on loopback, run as a non-root user in a temp folder."""
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh, empty database on the test server."""
    url = postgres.create_database()
    yield url
    postgres.drop_database(url)
