"""Change capture, generated from the metadata.

Synced tables: every business table with a single `id` key (or a unique `id` beside a composite
key: client tags, whose id is made from the pair), except derived and secret data and the local
mail queue (`NOT_SYNCED`). The stamps (`created_at`, `updated_at`, `changed_by`) are
not captured as edits: the server stamps what it applies and the pull brings its stamps back.

- Desktop (SQLite): per synced table an AFTER INSERT trigger (one `*` row in `sync_outbox`:
  the whole row is sent) and an AFTER UPDATE trigger (one row per changed field, unless that
  field already waits unsent). Both are silent while a `sync_applying` row exists — the pull's
  own transaction inserts one, so pulled changes are not sent back. Triggers catch every path:
  ORM flushes, Core bulk statements, raw SQL.
- Server (PostgreSQL): one trigger function writes each changed row to `sync_log` with the
  changed fields (to_jsonb), the client the row belongs to, the device and the author. It takes
  a transaction-wide advisory lock first, so sequence order is commit order: a pull never sees
  seq N+1 committed while N is still to come (else its cursor would jump past N for good).

`install(conn)` (re)creates the triggers (migration 0014, and `ensure(conn)` before each sync
round, since a later migration that rebuilds a table drops its triggers).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, Table, inspect, text

from crm_desktop.models import Base

NOT_SYNCED = frozenset({
    "search_terms",  # derived: rebuilt locally
    "number_counters",  # per device by design
    "settings",  # this installation's (SMTP account, device code…); the team's are shared_settings
    "user_credentials", "auth_tokens", "audit_log",  # the server's secrets and history
    "outbox_messages",  # the local mail queue: sent from the desktop that queued it
})
STAMPS = ("created_at", "updated_at", "changed_by")
LOCK_KEY = 7_263_001  # pg_advisory_xact_lock: one writer of the global order at a time
TRIGGER_PREFIX = "crm_sync_"


@dataclass(frozen=True)
class Owner:
    """How a row finds the client it belongs to: itself (clients), its `client_id`, or its
    parent's `client_id` through a foreign key (a document line through its document)."""

    kind: str  # self | column | parent | none
    column: str = ""
    parent: str = ""


@lru_cache(maxsize=1)
def _synced() -> tuple[Table, ...]:
    return tuple(t for t in Base.metadata.sorted_tables
            if t.name not in NOT_SYNCED and not t.name.startswith("sync_")
            and "deleted_at" in t.c and "id" in t.c
            and ([c.name for c in t.primary_key.columns] == ["id"] or bool(t.c.id.unique)))


def synced_tables() -> list[Table]:
    """The synced tables in foreign-key order (parents first); the metadata is complete once
    the models are imported, so this is worked out once."""
    return list(_synced())


@lru_cache(maxsize=1)
def synced_names() -> frozenset[str]:
    return frozenset(t.name for t in _synced())


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def data_columns(t: Table) -> list[str]:
    """The columns captured as edits (not the key, not the stamps)."""
    return [c.name for c in t.columns if c.name != "id" and c.name not in STAMPS]


@lru_cache(maxsize=256)
def owner(t: Table) -> Owner:
    if t.name == "clients":
        return Owner("self")
    if "client_id" in t.c:
        return Owner("column", "client_id")
    for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        if parent.name != t.name and "client_id" in parent.c and fk.column.name == "id":
            return Owner("parent", fk.parent.name, parent.name)
    return Owner("none")


def owner_sql(t: Table, alias: str) -> str:
    """SQL for the client a row belongs to (PostgreSQL), the row being `alias`."""
    found = owner(t)
    if found.kind == "self":
        return f"{alias}.id"
    if found.kind == "column":
        return f"{alias}.{found.column}"
    if found.kind == "parent":
        return f"(SELECT p.client_id FROM {found.parent} p WHERE p.id = {alias}.{found.column})"
    return "NULL::uuid"


# -- SQLite (desktop) ----------------------------------------------------------------------------
_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_QUIET = "NOT EXISTS (SELECT 1 FROM sync_applying)"


def sqlite_triggers(t: Table, present: set[str] | None = None) -> list[str]:
    """The two triggers of table `t` (columns limited to `present`, those the file has)."""
    name = t.name
    insert = (
        f"CREATE TRIGGER {TRIGGER_PREFIX}{name}_ins AFTER INSERT ON {name} WHEN {_QUIET} BEGIN "
        f"INSERT INTO sync_outbox (change_id, table_name, row_id, column_name, changed_at) "
        f"VALUES (lower(hex(randomblob(16))), '{name}', NEW.id, '*', {_NOW}); END")
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS col WHERE OLD.\"{c}\" IS NOT NEW.\"{c}\"" for c in data_columns(t)
        if present is None or c in present)
    waiting = (f"SELECT 1 FROM sync_outbox o WHERE o.table_name = '{name}' AND o.row_id = NEW.id "
               f"AND o.column_name = f.col AND o.batch_id IS NULL")
    update = (
        f"CREATE TRIGGER {TRIGGER_PREFIX}{name}_upd AFTER UPDATE ON {name} WHEN {_QUIET} BEGIN "
        f"UPDATE sync_outbox SET changed_at = {_NOW} WHERE table_name = '{name}' "
        f"AND row_id = NEW.id AND batch_id IS NULL AND column_name IN "
        f"(SELECT col FROM ({changed})); "
        f"INSERT INTO sync_outbox (change_id, table_name, row_id, column_name, changed_at) "
        f"SELECT lower(hex(randomblob(16))), '{name}', NEW.id, f.col, {_NOW} "
        f"FROM ({changed}) f WHERE NOT EXISTS ({waiting}); END")
    return [insert, update]


# -- PostgreSQL (server) -------------------------------------------------------------------------
PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION crm_sync_capture() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    old_row jsonb;
    new_row jsonb;
    changed jsonb;
    what text;
    client uuid;
BEGIN
    new_row := to_jsonb(NEW);
    IF TG_OP = 'INSERT' THEN
        changed := new_row;
        what := 'insert';
    ELSE
        old_row := to_jsonb(OLD);
        SELECT jsonb_object_agg(n.key, n.value) INTO changed
          FROM jsonb_each(new_row) n WHERE (old_row -> n.key) IS DISTINCT FROM n.value;
        IF changed IS NULL THEN
            RETURN NULL;
        END IF;
        what := 'update';
    END IF;
    IF TG_ARGV[0] = 'self' THEN
        client := NEW.id;
    ELSIF TG_ARGV[0] = 'column' THEN
        client := (new_row ->> TG_ARGV[1])::uuid;
    ELSIF TG_ARGV[0] = 'parent' THEN
        EXECUTE format('SELECT client_id FROM %I WHERE id = $1', TG_ARGV[2]) INTO client
          USING (new_row ->> TG_ARGV[1])::uuid;
    END IF;
    PERFORM pg_advisory_xact_lock({LOCK_KEY});
    INSERT INTO sync_log (at, table_name, row_id, client_id, op, fields, device, author)
    VALUES (now() AT TIME ZONE 'UTC', TG_TABLE_NAME, NEW.id, client, what, changed,
            coalesce(nullif(current_setting('crm.sync_device', true), ''),
                     nullif(current_setting('crm.device', true), '')),
            (new_row ->> 'changed_by')::uuid);
    RETURN NULL;
END
$$;
"""


def pg_trigger(t: Table) -> str:
    found = owner(t)
    args = ", ".join(f"'{a}'" for a in (found.kind, found.column, found.parent))
    return (f"CREATE TRIGGER {TRIGGER_PREFIX}capture AFTER INSERT OR UPDATE ON {t.name} "
            f"FOR EACH ROW EXECUTE FUNCTION crm_sync_capture({args})")


def pg_seed(t: Table) -> str:
    """The rows that exist before the capture: one `insert` entry each (a first sync)."""
    return (f"INSERT INTO sync_log (at, table_name, row_id, client_id, op, fields, device, "
            f"author) SELECT now() AT TIME ZONE 'UTC', '{t.name}', r.id, {owner_sql(t, 'r')}, "
            f"'insert', to_jsonb(r), 'migration', r.changed_by FROM {t.name} r ORDER BY r.id")


# -- installing
def _columns(conn: Connection) -> dict[str, set[str]]:
    """The synced tables this database has, with the columns it has (a migration may run
    before a later one adds a table or a column the metadata already knows)."""
    inspector = inspect(conn)
    names = set(inspector.get_table_names())
    found = {t.name: {c["name"] for c in inspector.get_columns(t.name)}
             for t in synced_tables() if t.name in names}
    return {name: columns for name, columns in found.items() if "id" in columns}


def statements(conn: Connection) -> list[str]:
    present = _columns(conn)
    tables = [t for t in synced_tables() if t.name in present]
    if conn.dialect.name == "sqlite":
        return [sql for t in tables for sql in sqlite_triggers(t, present[t.name])]
    return [PG_FUNCTION, *(pg_trigger(t) for t in tables)]


def fingerprint(sql: list[str]) -> str:
    return hashlib.sha256("\n".join(sql).encode()).hexdigest()[:16]


def _existing(conn: Connection) -> list[tuple[str, str]]:
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                 "'trigger' AND name LIKE :p"), {"p": f"{TRIGGER_PREFIX}%"})
    else:
        rows = conn.execute(text("SELECT tgname, c.relname FROM pg_trigger g JOIN pg_class c "
                                 "ON c.oid = g.tgrelid WHERE tgname LIKE :p AND NOT "
                                 "tgisinternal"), {"p": f"{TRIGGER_PREFIX}%"})
    return [(str(a), str(b)) for a, b in rows]


def install(conn: Connection) -> None:
    """Drop every capture trigger and create them from the current metadata."""
    for name, on in _existing(conn):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}" if conn.dialect.name == "sqlite"
                             else f"DROP TRIGGER IF EXISTS {name} ON {on}")
    wanted = statements(conn)
    for sql in wanted:
        conn.execute(text(sql))  # (text: psycopg would read format()'s %I as a placeholder)
    mark = fingerprint(wanted)
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES "
                          "('capture', :v)"), {"v": mark})


def ensure(conn: Connection) -> bool:
    """Install the desktop's triggers if they are missing or out of date; True if it did."""
    mark = conn.execute(text("SELECT value FROM sync_state WHERE key = 'capture'")).scalar()
    if mark == fingerprint(statements(conn)) and len(_existing(conn)) == 2 * len(_columns(conn)):
        return False
    install(conn)
    return True
