"""Opening databases (SQLite file or PostgreSQL URL), sessions, migrations, backups and checks."""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop import APP_NAME
from crm_desktop.models import Entity

from .errors import DatabaseError

ENV_VAR = "CRM_DESKTOP_DB"
BUSY_TIMEOUT_MS = 10_000

# SQLite has no DECIMAL: values come back through float and are re-quantized to the column's
# scale (2 for money), exact for amounts below 10^13. Said once here rather than on every query.
warnings.filterwarnings("ignore", message=r".*does \*not\* support Decimal objects natively")


def data_dir() -> Path:
    """The per-user data folder (database, backups, attachments)."""
    override = os.environ.get("CRM_DESKTOP_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "crm.sqlite3"


def resolve_url(db: str | None = None) -> URL:
    """The database URL from an argument, else CRM_DESKTOP_DB, else the default SQLite file."""
    value = db or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        try:
            return make_url(value)
        except sa_exc.ArgumentError as exc:
            raise DatabaseError(f"Not a database URL: {value}") from exc
    return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve()))


def describe(url: URL) -> str:
    """A human label for a database: the file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


@dataclass
class Database:
    """An open database: the engine plus a session factory. Close with `dispose()`."""

    url: URL
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    @property
    def label(self) -> str:
        return describe(self.url)

    @contextmanager
    def session(self, user_id: Any = None) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back everything on error."""
        with self.factory() as s:
            s.info["user_id"] = user_id
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _stamp_changed_by(session: Session, _ctx: Any, _instances: Any) -> None:
    user_id = session.info.get("user_id")
    if user_id is None:
        return
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Entity):
            obj.changed_by = user_id


def connect(db: str | URL | None = None, *, create: bool = True) -> Database:
    """Open (and for SQLite, optionally create) a database; no migrations are run here."""
    url = db if isinstance(db, URL) else resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        if not path.parent.is_dir():
            raise DatabaseError(
                f"Cannot open database {path}: the folder {path.parent} does not exist")
        if not create and not path.exists():
            raise DatabaseError(f"No database at {path}")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect():
            pass
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"Cannot open database {describe(url)}: {reason}") from exc
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("crm_desktop") / "migrations"))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_tables(db: Database) -> bool:
    return bool(inspect(db.engine).get_table_names())


def upgrade(db: Database, *, backup_first: bool = True) -> Path | None:
    """Bring the schema to the newest revision; an existing SQLite file is backed up first.

    Returns the backup file, if one was made.
    """
    if current_revision(db) == head_revision():
        return None
    backup_file = None
    if backup_first and db.is_sqlite and has_tables(db):
        backup_file = backup(db, reason="pre-migration")
    cfg = _alembic_config()
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except sa_exc.SQLAlchemyError as exc:
        raise DatabaseError(f"Could not update the database structure: {exc.__class__.__name__}: "
                            f"{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc
    return backup_file


def open_database(db: str | URL | None = None, *, create: bool = True) -> Database:
    """Open a database and migrate it to the current schema: what the app and CLI start with."""
    database = connect(db, create=create)
    try:
        upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database


def backup_dir(db: Database) -> Path:
    assert db.path is not None
    return db.path.parent / "backups"


def backup(db: Database, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy a live SQLite database with the online backup API; returns the new file."""
    if not db.is_sqlite or db.path is None:
        raise DatabaseError("Backups from the program are for SQLite files; "
                            "back up a PostgreSQL server with pg_dump")
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = backup_dir(db) / f"{db.path.stem}-{stamp}-{reason}.sqlite3"
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(db.path)
        try:
            target = sqlite3.connect(dest)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Backup to {dest} failed: {exc}") from exc
    return dest


@dataclass
class CheckReport:
    """What `db check` found; `ok` is true only when every check passed."""

    database: str
    integrity: list[str]
    foreign_key_problems: int
    revision: str | None
    head: str | None

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0 and self.up_to_date

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


def check(db: Database) -> CheckReport:
    """Run the integrity and foreign-key checks (SQLite) and compare the schema revision."""
    integrity = ["ok"]
    fk_problems = 0
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                fk_problems = len(conn.exec_driver_sql("PRAGMA foreign_key_check").all())
            else:
                conn.execute(text("SELECT 1"))
        revision = current_revision(db)
    except sa_exc.DatabaseError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(f"The database {db.label} is damaged ({reason}). "
                            "Restore the latest backup.") from exc
    return CheckReport(db.label, integrity, fk_problems, revision, head_revision())
