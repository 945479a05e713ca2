"""Opening databases (SQLite file or PostgreSQL URL), sessions, migrations, backups and checks."""

from __future__ import annotations

import errno
import functools
import json
import os
import shutil
import sqlite3
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
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
from sqlalchemy import URL, Engine, Table, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from crm_desktop import APP_NAME
from crm_desktop.models import utcnow
from crm_desktop.services.core import text as _text  # noqa: F401  (cleans typed text on flush)
from crm_desktop.services.core.errors import CrmError, DatabaseError, Message, error_code
from crm_desktop.services.core.identity import (
    ACTOR_KEY,
    NO_ACTOR,
    Actor,
    CurrentUser,
    Permission,
    SystemActor,
    actor_of,
    require_of,
)

BAD_URL = error_code("db.bad_url", "Not a database URL: {value}")
DISK_FULL = error_code("db.disk_full", "The disk is full: nothing was saved. Free some space and "
                       "try again.")
READ_ONLY = error_code("db.read_only", "The database {label} is read-only: nothing was saved. "
                       "You can still look everything up.")
BUSY = error_code("db.busy", "The database is busy (another program is writing): nothing was "
                  "saved. Try again in a moment.")
DISK_FAILED = error_code("db.disk_failed", "The disk holding {label} failed to write: nothing "
                         "was saved.")
REFUSED = error_code("db.refused", "The database refused the change: {reason}. Nothing was "
                     "saved.")
NO_FOLDER = error_code("db.no_folder", "Cannot open database {path}: the folder {folder} does "
                       "not exist")
NO_DATABASE = error_code("db.missing", "No database at {path}")
CANNOT_OPEN = error_code("db.cannot_open", "Cannot open database {database}: {reason}")
NOT_MIGRATED = error_code("db.not_migrated", "Could not update the database structure: {reason}")
DAMAGED = error_code("db.damaged", "The database {label} is damaged ({reason}). Restore the "
                     "latest backup.")
BACKUP_SQLITE_ONLY = error_code("backup.sqlite_only", "Backups from the program are for SQLite "
                                "files; back up a PostgreSQL server with pg_dump")
BACKUP_FAILED = error_code("backup.failed", "Backup to {path} failed: {reason}")
RESTORE_SQLITE_ONLY = error_code("restore.sqlite_only", "Restore from the program is for SQLite "
                                 "files; use pg_restore for a PostgreSQL server")
NOT_A_BACKUP = error_code("restore.not_a_backup", "{path} is not a usable backup: {reason}")
NOT_OUR_BACKUP = error_code("restore.not_ours", "{path} is not a usable CRM Desktop backup "
                            "({verdict})")
NO_DB_GIVEN = error_code("db.blank", "No database given: --db is empty. Give a file path or a "
                         "database URL")
BAD_PATH = error_code("db.bad_path", "Not a usable database path ({reason}): {value}")
UNKNOWN_SCHEME = error_code("db.unknown_scheme", "Unknown kind of database {scheme!r} in {value}: "
                            "use a file path, sqlite:///FILE or postgresql+psycopg://…")
MISSING_DRIVER = error_code("db.missing_driver", "The driver for {scheme} is not installed "
                            "({reason}): use postgresql+psycopg://… or an SQLite file")
NOT_CRM = error_code("db.not_crm", "{path} is not a CRM Desktop database ({reason}); nothing "
                     "was changed")
OPENED_READ_ONLY = error_code("db.opened_read_only", "{label} is on a read-only disk or not "
                              "writable: opened read-only, nothing can be saved")
LAST_CHECK_FAILED = error_code("db.last_check_failed", "The last integrity check of {label} "
                               "({when}) found problems: {details}. Restore the latest backup")
BACKUP_INCOMPLETE = error_code("backup.incomplete", "the copy failed its integrity check "
                               "({verdict})")
BACKUP_DISK_FULL = error_code("backup.disk_full", "the disk is full")
RESTORE_FAILED = error_code("restore.failed", "Restore from {path} failed: {reason}; the "
                            "previous content is in {safety}")


ENV_VAR = "CRM_DESKTOP_DB"
BUSY_TIMEOUT_MS = 10_000

# SQLite has no DECIMAL: values come back through float and are re-quantized to the column's
# scale (2 for money), exact for amounts below 10^13. Said once here rather than on every query.
warnings.filterwarnings("ignore", message=r".*does \*not\* support Decimal objects natively")


def data_dir() -> Path:
    """The per-user data folder (database, backups, attachments)."""
    override = os.environ.get("CRM_DESKTOP_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


_INSTALLATIONS: dict[Path, str] = {}  # data folder -> its installation id, read once


def installation_id() -> str:
    """This installation's own id (made once, kept in the data folder, never synced): what a
    mail in flight on a shared database belongs to."""
    folder = data_dir()
    found = _INSTALLATIONS.get(folder)
    if found is None:
        path = folder / "installation-id"
        try:
            found = path.read_text(encoding="ascii").strip()
        except OSError:
            found = ""
        if len(found) != 32:
            found = uuid.uuid4().hex
            with suppress(OSError):  # a read-only home: an id for this run only
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(found + "\n", encoding="ascii")
        _INSTALLATIONS[folder] = found
    return found


def default_database_path() -> Path:
    return data_dir() / "crm.sqlite3"


def resolve_url(db: str | None = None) -> URL:
    """The database URL from an argument, else CRM_DESKTOP_DB, else the default SQLite file.
    A value that cannot name a database (blank, a NUL, an unknown ~user, a path too long for
    the system, a malformed URL) is one clear DatabaseError."""
    value = db if db is not None else (os.environ.get(ENV_VAR) or str(default_database_path()))
    if not value.strip():
        raise DatabaseError(NO_DB_GIVEN)
    shown = value if len(value) <= 120 else f"{value[:60]}…{value[-40:]} ({len(value)} characters)"
    if "\0" in value:
        raise DatabaseError(BAD_PATH, reason="it contains a NUL character", value=shown)
    if "://" in value:
        try:
            return make_url(value)
        except (sa_exc.ArgumentError, ValueError) as exc:
            raise DatabaseError(BAD_URL, value=shown) from exc
    try:
        path = Path(value).expanduser().resolve()
    except RuntimeError as exc:  # ~nouser: no such user's home folder
        raise DatabaseError(BAD_PATH, reason=str(exc).rstrip("."), value=shown) from exc
    except OSError as exc:
        raise DatabaseError(BAD_PATH, reason=exc.strerror or str(exc), value=shown) from exc
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """A human label for a database: the file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


# Durability. In WAL mode synchronous=NORMAL (the default here) syncs at checkpoints, not at
# every commit: a power cut (not a program crash) can lose the last commits, never corrupt the
# file. FULL syncs every commit: for a laptop whose battery may run out, at some cost in speed.
# Chosen with the setting `durability` ("normal" | "full", `crm-desktop db durability`) or the
# environment variable CRM_DESKTOP_SYNCHRONOUS, which wins. See README, "Durability".
SYNCHRONOUS_ENV = "CRM_DESKTOP_SYNCHRONOUS"
SYNCHRONOUS = ("normal", "full")


def _durability(dbapi_conn: Any) -> str:
    chosen = os.environ.get(SYNCHRONOUS_ENV, "").strip().lower()
    if chosen in SYNCHRONOUS:
        return chosen
    try:
        row = dbapi_conn.execute("SELECT value FROM settings WHERE key = 'durability'").fetchone()
        stored = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        stored = None  # a new file: no settings yet
    return stored if stored in SYNCHRONOUS else "normal"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA synchronous={_durability(dbapi_conn).upper()}")
    cur.close()


def _read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


@dataclass
class Database:
    """An open database: the engine plus a session factory. Close with `dispose()`."""

    url: URL
    engine: Engine
    factory: sessionmaker[Session] = field(repr=False)
    read_only: bool = False  # a read-only disk or file: opened for looking things up
    notes: list[Message] = field(default_factory=list)  # warnings for whoever opened it

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
    def session(self, actor: Actor | None = None) -> Iterator[Session]:
        """One unit of work for `actor` (a signed-in `CurrentUser` or a named `SystemActor`):
        commits when the block ends, rolls back everything on error. Without an actor the
        session may read but any write is refused with CrmError `no_actor` (see `_stamp_flush`).

        A full disk, a read-only file or a busy database becomes a DatabaseError with a message
        for the user; the work of the block is not half-done (it is all rolled back)."""
        if actor is not None and not isinstance(actor, CurrentUser | SystemActor):
            raise TypeError(f"a session is opened for a CurrentUser or a SystemActor, "
                            f"not {type(actor).__name__}")
        with self.factory() as s:
            s.info[ACTOR_KEY] = actor
            try:
                yield s
                s.commit()
            except sa_exc.OperationalError as exc:
                s.rollback()
                raise storage_error(exc, self.label) from exc
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


# -- every write stamped, nothing hard-deleted ----------------------------------------------------
class HardDeleteRefused(RuntimeError):
    """A program error: business and link rows are tombstoned (`deleted_at`), never deleted,
    so that a deletion can travel to another copy of the database."""


def _columns(obj_or_table: Any) -> Any:
    table = obj_or_table if isinstance(obj_or_table, Table) else getattr(
        type(obj_or_table), "__table__", None)
    return table.c if isinstance(table, Table) else {}


def _writer(session: Session) -> Actor:
    actor = actor_of(session)
    if actor is None:
        raise CrmError(NO_ACTOR)
    return actor


KEEP = object()


def _stamp_of(actor: Actor) -> uuid.UUID | object | None:
    """The `changed_by` value an actor writes; KEEP for a system actor without a user."""
    return actor.id if isinstance(actor, CurrentUser) or actor.id is not None else KEEP


@event.listens_for(Session, "before_flush")
def _stamp_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    """Refuse a write without an actor or a hard delete of a row that has `deleted_at`; stamp
    `changed_by` on every new or changed row (`updated_at` moves by its `onupdate`)."""
    changed = [obj for obj in (*session.new, *session.dirty)
               if obj in session.new or session.is_modified(obj)]
    if not changed and not session.deleted:
        return
    actor = _writer(session)
    for obj in session.deleted:
        if "deleted_at" in _columns(obj):
            raise HardDeleteRefused(f"{type(obj).__name__} rows are never deleted: set "
                                    f"deleted_at instead")
    stamp = _stamp_of(actor)
    now = utcnow()
    for obj in changed:
        columns = _columns(obj)
        if "changed_by" in columns and stamp is not KEEP:
            obj.changed_by = stamp
        if ("updated_at" in columns and obj not in session.new
                and not inspect(obj).attrs.updated_at.history.has_changes()):
            obj.updated_at = now  # also when only a collection changed (no column UPDATE)


@event.listens_for(Session, "do_orm_execute")
def _stamp_statement(state: ORMExecuteState) -> None:
    """The same rules for statements run through the session (`s.execute(update(…))`, Core
    tables included): refused without an actor, hard deletes of tombstoned tables refused,
    updates stamped with `changed_by` and `updated_at` unless the statement sets them."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    actor = _writer(state.session)
    table = getattr(state.statement, "table", None)
    columns = _columns(table)
    if state.is_delete and "deleted_at" in columns:
        assert isinstance(table, Table)
        raise HardDeleteRefused(f"rows of {table.name} are never deleted: set deleted_at "
                                "instead")
    if state.is_update:
        statement: Any = state.statement
        given = {getattr(key, "key", key) for key in (statement._values or {})}
        values: dict[str, Any] = {}
        stamp = _stamp_of(actor)
        if "changed_by" in columns and stamp is not KEEP:
            values["changed_by"] = stamp
        if "updated_at" in columns and "updated_at" not in given:
            values["updated_at"] = utcnow()
        if values:
            state.statement = statement.values(values)


def disk_is_full(path: Path | str | None) -> bool:
    """Whether the volume holding `path` has (next to) no free space: SQLite then often says
    "disk I/O error" (the WAL or its index cannot grow), not "disk is full"."""
    if not path or str(path) == ":memory:":
        return False
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    try:
        return shutil.disk_usage(folder).free < 64 * 1024
    except OSError:
        return False


def storage_error(exc: sa_exc.OperationalError, label: str) -> DatabaseError:
    """A clear message for what the storage refused; unknown causes keep their own words."""
    text = str(exc.orig).lower() if exc.orig else str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return DatabaseError(DISK_FULL)
    if "readonly" in text or "read-only" in text or "read only" in text:
        return DatabaseError(READ_ONLY, label=label)
    if "locked" in text or "busy" in text:
        return DatabaseError(BUSY)
    if "disk i/o" in text:
        return DatabaseError(DISK_FULL if disk_is_full(label) else DISK_FAILED, label=label)
    if "malformed" in text or "not a database" in text:
        return DatabaseError(DAMAGED, label=label, reason=text.strip().splitlines()[0])
    first = str(exc.orig or exc).strip().splitlines()[0]
    return DatabaseError(REFUSED, reason=first)


SQLITE_HEADER = b"SQLite format 3\0"


def _not_writable(path: Path) -> bool | None:
    """None when the file can be written; "fs" (True) on a read-only file system, False when
    only the file or its folder refuses writing (another program may still write it)."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        pass
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return None
    return False


def _sqlite_engine(url: URL, path: Path, create: bool) -> tuple[Engine, bool]:
    """The engine for a file, read-only (and said so) when the disk or the file refuses writes;
    a file that exists but is not an SQLite database is refused before SQLite touches it."""
    try:
        exists = path.exists()
        if not path.parent.is_dir():
            raise DatabaseError(NO_FOLDER, path=path, folder=path.parent)
        if exists and path.is_dir():
            raise DatabaseError(NOT_CRM, path=path, reason="it is a folder")
        if not create and not exists:
            raise DatabaseError(NO_DATABASE, path=path)
        head = b""
        if exists:
            with path.open("rb") as file:
                head = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise DatabaseError(BAD_PATH, reason=exc.strerror, value=f"{str(path)[:60]}… "
                                f"({len(str(path))} characters)") from exc
        raise DatabaseError(CANNOT_OPEN, database=path, reason=exc.strerror or str(exc)) \
            from exc
    if exists and not create and not head:
        raise DatabaseError(NOT_CRM, path=path, reason="the file is empty")
    if head and head != SQLITE_HEADER:
        raise DatabaseError(NOT_CRM, path=path, reason="not an SQLite file")
    if exists and not create:
        _refuse_foreign_file(path)
    refusing = _not_writable(path) if exists else None
    if refusing is None:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine, False
    # a read-only file system cannot change under us: immutable (no -shm needed); a file
    # that only refuses us may be written by its owner: mode=ro
    mode = "mode=ro&immutable=1" if refusing else "mode=ro"
    engine = create_engine(URL.create("sqlite+pysqlite", database=f"file:{path}?{mode}",
                                      query={"uri": "true"}),
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _read_only_pragmas)
    return engine, True


def _refuse_foreign_file(path: Path) -> None:
    """Before anything is written to it (even the WAL switch): another program's SQLite file
    is refused. A file whose tables cannot be read is left to `check` to diagnose."""
    try:
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in probe.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except sqlite3.Error:
        return
    if not tables:
        raise DatabaseError(NOT_CRM, path=path, reason="it has no tables")
    if "alembic_version" not in tables:
        raise DatabaseError(NOT_CRM, path=path, reason="it lacks the program's tables")


def _engine(url: URL) -> Engine:
    """An engine for a server URL; an unknown scheme or a missing driver is one clear line."""
    scheme = url.drivername
    try:
        return create_engine(url, pool_pre_ping=True)
    except sa_exc.NoSuchModuleError as exc:
        raise DatabaseError(UNKNOWN_SCHEME, scheme=scheme, value=describe(url)) from exc
    except ImportError as exc:
        raise DatabaseError(MISSING_DRIVER, scheme=scheme, reason=str(exc)) from exc
    except (sa_exc.ArgumentError, ValueError, TypeError) as exc:
        raise DatabaseError(BAD_URL, value=describe(url)) from exc


def connect(db: str | URL | None = None, *, create: bool = True) -> Database:
    """Open (and for SQLite, optionally create) a database; no migrations are run here.

    SQLite: a file on a read-only disk (or that we may not write) opens read-only, said in
    `notes`; an empty file or one that is not SQLite is refused unless `create`; the last
    integrity check's failure (see `check`) is said in `notes` too."""
    url = db if isinstance(db, URL) else resolve_url(db)
    read_only = False
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        engine, read_only = _sqlite_engine(url, path, create)
    else:
        engine = _engine(url)
    try:
        with engine.connect():
            pass
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if path is not None and disk_is_full(path):
            raise DatabaseError(DISK_FULL) from exc
        raise DatabaseError(CANNOT_OPEN, database=describe(url), reason=reason) from exc
    except (ValueError, TypeError, OverflowError) as exc:  # a driver refusing the URL's parts
        engine.dispose()
        raise DatabaseError(CANNOT_OPEN, database=describe(url), reason=str(exc)) from exc
    shown = URL.create("sqlite+pysqlite", database=str(path)) if path is not None else url
    database = Database(shown, engine, sessionmaker(engine, expire_on_commit=False),
                        read_only=read_only)
    if read_only:
        database.notes.append(Message(OPENED_READ_ONLY, label=database.label))
    if path is not None:
        failed = last_check_failure(database)
        if failed is not None:
            database.notes.append(failed)
    return database


def refuse_foreign(db: Database) -> None:
    """For commands that read: an SQLite file without the program's tables (an empty file,
    another program's database) is refused rather than turned into a new database."""
    if not db.is_sqlite or db.path is None:
        return
    try:
        tables = set(inspect(db.engine).get_table_names())
    except sa_exc.DatabaseError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError(DAMAGED, label=db.label, reason=reason) from exc
    if not tables:
        raise DatabaseError(NOT_CRM, path=db.path, reason="it has no tables")
    if "clients" not in tables or "alembic_version" not in tables:
        raise DatabaseError(NOT_CRM, path=db.path, reason="it lacks the program's tables")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("crm_desktop") / "migrations"))
    return cfg


@functools.cache
def head_revision() -> str | None:
    """The newest migration this program carries (read once: loading the migration scripts
    compiles them, some 100 ms that a sync round would otherwise pay each time)."""
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
        raise DatabaseError(NOT_MIGRATED, reason=f"{exc.__class__.__name__}: "
                            f"{str(getattr(exc, 'orig', exc)).splitlines()[0]}") from exc
    return backup_file


def open_database(db: str | URL | None = None, *, create: bool = True) -> Database:
    """Open a database and migrate it to the current schema: what the app and CLI start with."""
    database = connect(db, create=create)
    try:
        if not create:
            refuse_foreign(database)
        if not database.read_only or current_revision(database) != head_revision():
            upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database


def backup_dir(db: Database) -> Path:
    assert db.path is not None
    return db.path.parent / "backups"


def backup(db: Database, dest: Path | None = None, *, reason: str = "manual") -> Path:
    """Copy a live SQLite database with the online backup API; returns the new file.

    The copy is written under a temporary name, checked (`PRAGMA integrity_check` of the copy)
    and synced, and only then renamed to its name: a failed backup (a full disk, a bad copy)
    leaves no file that could count as the newest backup."""
    if not db.is_sqlite or db.path is None:
        raise DatabaseError(BACKUP_SQLITE_ONLY)
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = backup_dir(db) / f"{db.path.stem}-{stamp}-{reason}.sqlite3"
    partial = dest.with_name(f".{dest.name}.partial")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(db.path)
        try:
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                verdict = [r[0] for r in target.execute("PRAGMA integrity_check")]
            finally:
                target.close()
        finally:
            source.close()
        if verdict != ["ok"]:
            raise DatabaseError(BACKUP_FAILED, path=dest, reason=Message(
                BACKUP_INCOMPLETE, verdict="; ".join(verdict[:3])))
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        full = "full" in str(exc).lower() or getattr(exc, "errno", None) == errno.ENOSPC \
            or disk_is_full(dest.parent if dest.parent.is_dir() else None)
        raise DatabaseError(BACKUP_FAILED, path=dest, reason=Message(BACKUP_DISK_FULL) if full
                            else str(exc)) from exc
    except BaseException:
        _remove_partial(partial)
        raise
    return dest


def _remove_partial(path: Path) -> None:
    for left in (path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm"))):
        with suppress(OSError):
            left.unlink(missing_ok=True)


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
        _record_check(db, [reason])
        raise DatabaseError(DAMAGED, label=db.label, reason=reason) from exc
    _record_check(db, integrity if integrity != ["ok"] or not fk_problems
                  else [f"{fk_problems} broken references"])
    return CheckReport(db.label, integrity, fk_problems, revision, head_revision())


def _check_file(db: Database) -> Path | None:
    """Where the last integrity check's verdict is kept: beside the backups, not in the
    database (a damaged file should not be written to)."""
    return backup_dir(db) / f"{db.path.stem}.last-check.json" if db.path else None


def _record_check(db: Database, findings: list[str]) -> None:
    where = _check_file(db)
    if where is None:
        return
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        where.write_text(json.dumps({"ok": findings == ["ok"], "findings": findings[:5],
                                     "at": datetime.now().isoformat(timespec="seconds")}))
    except OSError:
        pass  # a read-only or full disk: the check itself still answered


def last_check_failure(db: Database) -> Message | None:
    """The warning to give when the last integrity check of this file found problems."""
    where = _check_file(db)
    try:
        found = json.loads(where.read_text()) if where is not None else None
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or found.get("ok", True):
        return None
    return Message(LAST_CHECK_FAILED, label=db.label, when=str(found.get("at", "")),
                   details="; ".join(str(f) for f in found.get("findings", [])[:3]))


# -- backups kept over time -----------------------------------------------------------------------
DAILY = 24 * 3600
DEFAULT_KEEP = 10


def list_backups(db: Database) -> list[Path]:
    """The database's backups, newest first."""
    folder = backup_dir(db)
    if not folder.is_dir():
        return []
    files = [f for f in folder.glob(f"{db.path.stem}-*.sqlite3")  # type: ignore[union-attr]
             if f.is_file() and _complete(f)]
    return sorted(files, key=lambda f: f.stat().st_mtime, reverse=True)


def _complete(file: Path) -> bool:
    """Whether a backup file is a whole SQLite database (a 0-byte or cut file never counts)."""
    try:
        size = file.stat().st_size
        with file.open("rb") as data:
            head = data.read(100)
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return False
    page = int.from_bytes(head[16:18], "big") or 65536  # 1 means 65536
    pages = int.from_bytes(head[28:32], "big")
    return size >= max(page, page * pages)


def prune_backups(db: Database, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    removed = list_backups(db)[max(1, keep):]
    for old in removed:
        old.unlink(missing_ok=True)
    folder = backup_dir(db)
    for left in folder.glob(".*.partial") if folder.is_dir() else ():  # a crash mid-backup
        with suppress(OSError):
            if datetime.now().timestamp() - left.stat().st_mtime > 3600:
                left.unlink()
    return removed


def daily_backup(db: Database, keep: int = DEFAULT_KEEP, now: float | None = None) -> Path | None:
    """Back up a SQLite file if the newest backup is older than a day; keep the last `keep`."""
    if not db.is_sqlite or db.path is None:
        return None
    backups = list_backups(db)
    moment = now if now is not None else datetime.now().timestamp()
    if backups and moment - backups[0].stat().st_mtime < DAILY:
        return None
    made = backup(db, reason="daily")
    prune_backups(db, keep)
    return made


def restore(db: Database, source: Path, actor: Actor) -> Path:
    """Replace the database's content with a backup; the current content is backed up first.
    Only an actor who may manage the database (the admin) may do it; a backup is a read and
    open to everyone.

    Returns that safety copy. The caller should have no transaction open; the engine's pooled
    connections are closed so that everything reads the restored content afterwards.
    """
    require_of(actor, Permission.MANAGE_DATABASE)
    if not db.is_sqlite or db.path is None:
        raise DatabaseError(RESTORE_SQLITE_ONLY)
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as probe:
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in probe.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise DatabaseError(NOT_A_BACKUP, path=source, reason=str(exc)) from exc
    if verdict != "ok" or "clients" not in tables:
        raise DatabaseError(NOT_OUR_BACKUP, path=source, verdict=verdict)
    safety = backup(db, reason="before-restore")
    db.dispose()
    try:
        src = sqlite3.connect(source)
        try:
            target = sqlite3.connect(db.path)
            try:
                src.backup(target)
            finally:
                target.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(RESTORE_FAILED, path=source, reason=str(exc),
                            safety=safety) from exc
    db.dispose()
    return safety


NETWORK_FS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p", "afpfs", "webdav"}


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """Whether a file lives on a network share (where SQLite's locking is not reliable).

    `mounts_text` stands in for /proc/mounts in tests."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":  # a mapped network drive
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
    try:
        mounts = (mounts_text if mounts_text is not None
                  else Path("/proc/mounts").read_text()).splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    resolved = os.path.realpath(text) if mounts_text is None else text
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype in NETWORK_FS
