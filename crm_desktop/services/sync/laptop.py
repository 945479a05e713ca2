"""The desktop's half of the sync: freeze what waits into a batch, push it, pull what the
server has since the cursor, keep the conflicts that concern this user.

- Push: the pending `sync_outbox` rows are frozen into a `sync_batches_out` row with a new
  batch id and the values the rows hold now, in one transaction; the batch is sent as frozen
  until the server answers (a lost answer means the same batch again: the server applies a
  batch id once). The answer deletes the batch and its outbox rows, in one transaction.
- Pull: pages of changes after the cursor, applied in one transaction each with the capture
  triggers silenced (`sync_applying`). A field with an unsent local edit (frozen or not) is
  never overwritten; the change is skipped and the cursor is kept before it, so it is pulled
  again once the edit has been answered. Rows the desktop lacks are fetched whole.
- An older program is refused by the server (`sync.update_required`): nothing moves, the
  outbox waits.
- Files travel by content hash, lazily after the rows: an attachment row this copy pushed
  notes its file to send, one it pulled notes its file to fetch (`sync_state` keys
  `file_up:`/`file_down:` + SHA-256, in the same transaction as the row); each round sends
  after the push and fetches after the pull at most `FILES_PER_ROUND` files or
  `BYTES_PER_ROUND` bytes each way, the rest over the next rounds. A refused or failed
  transfer stays noted and is tried again (those tried least go first); a fetched file is
  kept only if its SHA-256 is its name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from crm_desktop import __version__
from crm_desktop.models import (
    SyncBatchOut,
    SyncConflict,
    SyncOutbox,
    SyncState,
    utcnow,
)
from crm_desktop.services.core import attachments as files
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import REINDEX, SYNC_APPLY
from crm_desktop.services.core.settings import get_setting, set_setting

from . import capture
from .values import decode, encode, loads

# method, path, JSON body, query → the answer's JSON (TeamClient.request)
Transport = Callable[[str, str, Any, dict[str, Any] | None], Any]

log = logging.getLogger("crm_desktop.sync")

BATCH_CHANGES = 500
PAGE = 1000


@dataclass(frozen=True)
class RoundResult:
    pushed: int  # changes the server answered
    pulled: int  # changes applied here
    conflicts: int  # conflicts logged for this desktop's pushes, plus new ones pulled
    skipped: int  # pulled changes held back by unsent edits (pulled again later)
    waiting: int  # changes still to send
    files_sent: int = 0  # attachments' files the server got from here this round
    files_fetched: int = 0  # files that arrived here this round
    files_waiting: int = 0  # files still to send or fetch (next rounds)


# -- state ----------------------------------------------------------------------------------------
def _get(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()
    return default if value is None else str(value)


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"),
                 {"k": key, "v": value})


def read_state(db: dbs.Database, key: str, default: str = "") -> str:
    with db.engine.connect() as conn:
        return _get(conn, key, default)


def write_state(db: dbs.Database, key: str, value: str) -> None:
    with db.engine.begin() as conn:
        _set(conn, key, value)


def device_id(db: dbs.Database) -> str:
    """This copy's own id (made once): the server tells its changes from everyone else's."""
    with db.engine.begin() as conn:
        found = _get(conn, "device")
        if not found:
            found = uuid.uuid4().hex
            _set(conn, "device", found)
        return found


def waiting(db: dbs.Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SyncOutbox)).scalar() or 0)


_CHECKED: dict[str, int] = {}  # database → its schema version when the triggers were checked


def ensure_capture(db: dbs.Database) -> None:
    """The capture triggers, checked again only when the file's schema changed (a migration
    that rebuilt a table drops its triggers)."""
    with db.engine.begin() as conn:
        version = int(conn.exec_driver_sql("PRAGMA schema_version").scalar() or 0)
        if _CHECKED.get(str(db.url)) == version:
            return
        capture.ensure(conn)
        _CHECKED[str(db.url)] = int(conn.exec_driver_sql("PRAGMA schema_version").scalar() or 0)


# -- push -----------------------------------------------------------------------------------------
def _now_text() -> str:
    return utcnow().replace(tzinfo=None).isoformat()


def _freeze(db: dbs.Database, device: str, limit: int) -> tuple[str, dict[str, Any]] | None:
    """The batch to send: one left unanswered, else a new one of the waiting changes."""
    with db.engine.begin() as conn:
        old = conn.execute(select(SyncBatchOut.batch_id, SyncBatchOut.payload)
                           .order_by(SyncBatchOut.created_at).limit(1)).first()
        if old is not None:
            return str(old[0]), json.loads(old[1])
        pending = conn.execute(select(SyncOutbox).where(SyncOutbox.batch_id.is_(None))
                               .order_by(SyncOutbox.seq).limit(limit)).all()
        if not pending:
            return None
        by_table: dict[str, set[uuid.UUID]] = defaultdict(set)
        for p in pending:
            by_table[p.table_name].add(p.row_id)
        current: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        for name, ids in by_table.items():
            if name not in capture.synced_names():
                continue
            t = capture.table(name)
            for chunk in _chunks(list(ids), 500):
                for row in conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
                    current[(name, row["id"])] = dict(row)
        changes = []
        for p in pending:
            found = current.get((p.table_name, p.row_id))
            if found is None:
                continue  # a table no longer synced: nothing to send
            t = capture.table(p.table_name)
            if p.column_name == "*":
                fields = {k: encode(t.c[k], v) for k, v in found.items()
                          if k not in ("id", "updated_at", "changed_by")}
            elif p.column_name in t.c:
                fields = {p.column_name: encode(t.c[p.column_name], found[p.column_name])}
            else:
                continue
            changes.append({"change_id": p.change_id, "table": p.table_name,
                            "row": str(p.row_id), "op": "insert" if p.column_name == "*"
                            else "update", "fields": fields,
                            "at": encode(None, p.changed_at)})
        batch_id = uuid.uuid4().hex
        payload = {"batch_id": batch_id, "device": device, "version": __version__,
                   "revision": dbs.head_revision(), "base": int(_get(conn, "cursor", "0")),
                   "changes": changes}
        conn.execute(update(SyncOutbox).where(SyncOutbox.seq.in_([p.seq for p in pending]))
                     .values(batch_id=batch_id))
        conn.execute(insert(SyncBatchOut).values(batch_id=batch_id, created_at=utcnow(),
                                                 payload=json.dumps(payload)))
        return batch_id, payload


def _acknowledge(db: dbs.Database, batch_id: str, payload: dict[str, Any],
                 answer: dict[str, Any]) -> None:
    """The answered batch leaves the queue; the files of the attachment rows it brought to the
    server wait to be sent (in the same transaction: none is forgotten)."""
    outcomes = answer.get("outcomes", {})
    uploads = {c["fields"]["sha256"] for c in payload["changes"]
               if c["table"] == "attachments" and isinstance(c["fields"].get("sha256"), str)
               and outcomes.get(c["change_id"]) not in ("refused", "protected")}
    with db.engine.begin() as conn:
        conn.execute(delete(SyncOutbox).where(SyncOutbox.batch_id == batch_id))
        conn.execute(delete(SyncBatchOut).where(SyncBatchOut.batch_id == batch_id))
        _note_files(conn, UP, uploads)


def _drop_refused_rows(db: dbs.Database, payload: dict[str, Any],
                       answer: dict[str, Any]) -> None:
    """A new row the server refused (a line added to an issued invoice, a row the person may
    not add) leaves this copy too: the server's conflict log keeps it whole, with who and when."""
    outcomes = answer.get("outcomes", {})
    refused = [(c["table"], uuid.UUID(c["row"])) for c in payload["changes"]
               if c["op"] == "insert" and outcomes.get(c["change_id"]) in ("refused",
                                                                            "protected")]
    if not refused:
        return
    with _Quiet(db) as conn:
        for name, row_id in refused:
            if name in capture.synced_names():
                t = capture.table(name)
                conn.execute(delete(t).where(t.c.id == row_id))


def push(db: dbs.Database, send: Transport, limit: int = BATCH_CHANGES) -> tuple[int, int]:
    """Send everything that waits, batch by batch; (changes answered, conflicts logged)."""
    device = device_id(db)
    ensure_capture(db)
    pushed = conflicts = 0
    while True:
        batch = _freeze(db, device, limit)
        if batch is None:
            return pushed, conflicts
        batch_id, payload = batch
        # the changes stay as frozen; the program may have been updated since
        payload.update(version=__version__, revision=dbs.head_revision())
        answer = send("POST", "/api/v1/sync/push", payload, None)
        _acknowledge(db, batch_id, payload, answer)
        _drop_refused_rows(db, payload, answer)
        pushed += len(payload["changes"])
        conflicts += int(answer.get("conflicts", 0))


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- pull -----------------------------------------------------------------------------------------
class _Applier:
    """One page applied on one connection with the triggers silenced and foreign keys off (a
    partial copy may lack a row a pulled row points at). Which rows exist is read once per
    page; new rows of one table go in together."""

    def __init__(self, conn: Connection, changes: list[dict[str, Any]]) -> None:
        self.conn = conn
        pending = conn.execute(select(SyncOutbox.table_name, SyncOutbox.row_id,
                                      SyncOutbox.column_name)).all()
        self.pending = {(t, r, c) for t, r, c in pending}
        self.missing: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.clients: set[uuid.UUID] = set()
        self.present: set[tuple[str, uuid.UUID]] = set()
        self.buffer: list[dict[str, Any]] = []
        self.buffer_table: Any = None
        self.buffered: set[tuple[str, uuid.UUID]] = set()
        self.attachments: set[uuid.UUID] = set()  # rows whose file may be missing here
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for change in changes:
            if change["table"] in capture.synced_names():
                wanted[change["table"]].add(uuid.UUID(change["row"]))
        for name, ids in wanted.items():
            t = capture.table(name)
            for chunk in _chunks(list(ids), 500):
                self.present |= {(name, i) for i in conn.execute(
                    select(t.c.id).where(t.c.id.in_(chunk))).scalars()}

    def _waits(self, name: str, row_id: uuid.UUID, column: str) -> bool:
        return (name, row_id, column) in self.pending or (name, row_id, "*") in self.pending

    def flush(self) -> None:
        if self.buffer:
            keys = set(self.buffer[0])
            if all(set(v) == keys for v in self.buffer):
                self.conn.execute(insert(self.buffer_table), self.buffer)
            else:
                for values in self.buffer:
                    self.conn.execute(insert(self.buffer_table).values(values))
        self.buffer, self.buffered = [], set()

    def _insert(self, t: Any, values: dict[str, Any]) -> None:
        if self.buffer_table is not t:
            self.flush()
            self.buffer_table = t
        self.buffer.append(values)
        key = (t.name, values["id"])
        self.buffered.add(key)
        self.present.add(key)
        if t.name == "attachments":
            self.attachments.add(values["id"])

    def apply(self, change: dict[str, Any]) -> bool:
        """Apply what can be; False if a field was held back by an unsent local edit."""
        name = change["table"]
        if name not in capture.synced_names():
            return True
        t = capture.table(name)
        row_id = uuid.UUID(change["row"])
        fields = {k: v for k, v in change["fields"].items() if k in t.c and k != "id"}
        held = [k for k in fields if k not in capture.STAMPS and self._waits(name, row_id, k)]
        values = {k: decode(t.c[k], v) for k, v in fields.items() if k not in held}
        if held and set(fields) - set(held) <= set(capture.STAMPS):
            values = {}  # only stamps would move: they come with the held field later
        key = (name, row_id)
        if key in self.present:
            if values:
                if key in self.buffered:
                    self.flush()
                self.conn.execute(update(t).where(t.c.id == row_id).values(values))
                if name == "attachments":
                    self.attachments.add(row_id)
        elif change["op"] == "insert" and not held:
            self._insert(t, {**values, "id": row_id})
        elif not held:
            self.missing[name].add(row_id)
        self._note_client(t, row_id, values)
        return not held

    def note_files(self) -> None:
        """After the page: the files of the live attachment rows it wrote are to be fetched
        (the fetch skips those already here)."""
        self.flush()
        t = capture.table("attachments")
        for chunk in _chunks(sorted(self.attachments), 500):
            _note_files(self.conn, DOWN, set(self.conn.execute(select(t.c.sha256).where(
                t.c.id.in_(chunk), t.c.deleted_at.is_(None))).scalars()))
        self.attachments = set()

    def insert_row(self, name: str, data: dict[str, Any]) -> None:
        t = capture.table(name)
        row_id = uuid.UUID(str(data["id"]))
        if (name, row_id) in self.present or self.conn.execute(
                select(t.c.id).where(t.c.id == row_id)).first() is not None:
            return
        values = {k: decode(t.c[k], v) for k, v in data.items() if k in t.c}
        self._insert(t, values)
        self._note_client(t, row_id, values)

    def _note_client(self, t: Any, row_id: uuid.UUID, values: dict[str, Any]) -> None:
        if t.name == "clients":
            self.clients.add(row_id)
        elif t.name in ("phones", "emails") and values.get("client_id"):
            self.clients.add(values["client_id"])


class _Quiet:
    """A connection with foreign keys off and the triggers silenced, one transaction."""

    def __init__(self, db: dbs.Database) -> None:
        self.db = db

    def __enter__(self) -> Connection:
        self.conn = self.db.engine.connect()
        self.conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        self.conn.commit()
        self.conn.execute(text("INSERT OR REPLACE INTO sync_applying (id) VALUES (1)"))
        return self.conn

    def __exit__(self, kind: Any, *_rest: Any) -> None:
        try:
            if kind is None:
                self.conn.execute(text("DELETE FROM sync_applying"))
                self.conn.commit()
            else:
                self.conn.rollback()
        finally:
            try:
                self.conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                self.conn.commit()
            finally:
                self.conn.close()


# progress(done, total): how far a pull is through the server's changes (a first sync's bar)
Progress = Callable[[int, int], None]


def pull(db: dbs.Database, send: Transport, page: int = PAGE,
         progress: Progress | None = None) -> tuple[int, int, int]:
    """Apply the server's changes since the cursor, a page per transaction (an interrupted
    first sync goes on from the last page applied); (applied, held back, new conflicts)."""
    cursor = int(read_state(db, "cursor", "0"))
    conflicts_cursor = int(read_state(db, "conflicts_cursor", "0"))
    fetch_after, hold = cursor, None
    applied = skipped = new_conflicts = 0
    clients: set[uuid.UUID] = set()
    while True:
        answer = send("GET", "/api/v1/sync/changes", None, {
            "after": fetch_after, "limit": page, "conflicts_after": conflicts_cursor,
            "revision": dbs.head_revision()})
        with _Quiet(db) as conn:
            applier = _Applier(conn, answer["changes"])
            for change in answer["changes"]:
                if applier.apply(change):
                    applied += 1
                else:
                    skipped += 1
                    hold = change["seq"] if hold is None else min(hold, change["seq"])
            for name, ids in applier.missing.items():
                for chunk in _chunks(sorted(ids), 200):
                    if name == "clients":  # a client new to this copy: with all it has
                        found = send("POST", "/api/v1/sync/clients",
                                     {"ids": [str(i) for i in chunk]}, None)
                        for table_name, rows in found.items():
                            if table_name in capture.synced_names():
                                for data in rows:
                                    applier.insert_row(table_name, data)
                        continue
                    for data in send("POST", "/api/v1/sync/rows",
                                     {"table": name, "ids": [str(i) for i in chunk]}, None):
                        applier.insert_row(name, data)
            applier.note_files()
            new_conflicts += _keep_conflicts(conn, answer["conflicts"])
            upto = int(answer["upto"])
            _set(conn, "cursor", str(upto if hold is None else min(upto, hold - 1)))
            conflicts_cursor = int(answer["conflicts_upto"])
            _set(conn, "conflicts_cursor", str(conflicts_cursor))
            clients |= applier.clients
        fetch_after = upto
        if progress is not None and answer["more"]:  # several pages: say how far
            top = int(answer.get("top") or upto)
            progress(max(0, upto - cursor), max(1, top - cursor))
        if not answer["more"]:
            break
    mark = answer.get("visible")
    if mark and mark != read_state(db, "visible_mark") and reconcile(db, send):
        write_state(db, "visible_mark", mark)
    if clients:
        _reindex(db, clients)
    return applied, skipped, new_conflicts


def _owned(t: Any, keys: list[uuid.UUID]) -> Any:
    """The rows of `t` that belong to the clients `keys` (None: not a client's table)."""
    owner = capture.owner(t)
    if owner.kind == "self":
        return t.c.id.in_(keys)
    if owner.kind == "column":
        return t.c[owner.column].in_(keys)
    if owner.kind == "parent":
        parent = capture.table(owner.parent)
        return t.c[owner.column].in_(select(parent.c.id).where(parent.c.client_id.in_(keys)))
    return None


def reconcile(db: dbs.Database, send: Transport) -> bool:
    """Hold exactly the clients this user may see now: rows of a client that became visible
    arrive whole (with everything that belongs to it); rows of a client that left are dropped
    here — only once nothing waits to be sent (the next round tries again). True when done."""
    visible = {uuid.UUID(i) for i in send("GET", "/api/v1/sync/clients", None, None)}
    with db.engine.connect() as conn:
        local = set(conn.execute(select(capture.table("clients").c.id)).scalars())
    arrive, leave = sorted(visible - local), sorted(local - visible)
    for chunk in _chunks(arrive, 200):
        found = send("POST", "/api/v1/sync/clients", {"ids": [str(i) for i in chunk]}, None)
        with _Quiet(db) as conn:
            applier = _Applier(conn, [])
            for name, rows in found.items():
                if name in capture.synced_names():
                    for data in rows:
                        applier.insert_row(name, data)
            applier.note_files()
        _reindex(db, set(chunk))
    if leave:
        if waiting(db):
            return False  # unsent edits first: they may be of these very rows
        for chunk in _chunks(leave, 200):
            with _Quiet(db) as conn:
                for t in reversed(capture.synced_tables()):
                    condition = _owned(t, chunk)
                    if condition is not None:
                        conn.execute(delete(t).where(condition))
                search = capture.Base.metadata.tables["search_terms"]
                conn.execute(delete(search).where(search.c.client_id.in_(chunk)))
    return True


def _keep_conflicts(conn: Connection, conflicts: list[dict[str, Any]]) -> int:
    table = capture.table("sync_conflicts")
    added = 0
    for c in conflicts:
        if conn.execute(select(table.c.id).where(table.c.id == c["id"])).first() is not None:
            continue
        conn.execute(insert(table).values({k: decode(table.c[k], v) for k, v in c.items()
                                           if k in table.c}))
        added += 1
    return added


def _reindex(db: dbs.Database, clients: set[uuid.UUID]) -> None:
    """The search index is derived: rebuilt here for the clients the pull changed."""
    from crm_desktop.services.clients.search import reindex_clients

    with db.session(REINDEX) as s:
        reindex_clients(s, sorted(clients))


# -- the inbox in step with the server ------------------------------------------------------------
MAX_SETTLE = 5000


def settle(db: dbs.Database, send: Transport) -> int:
    """Tell the server which conflicts were resolved in this inbox since the last time (so
    another desktop of the same person stops showing them), and mark resolved here the open
    ones the server says were resolved elsewhere; how many were. (Told twice is harmless: the
    server keeps the first resolution.)"""
    started = utcnow()
    column = capture.table("sync_conflicts").c
    with db.engine.connect() as conn:
        since = _get(conn, "settled_at")
        query = select(SyncConflict.id, SyncConflict.resolution,
                       SyncConflict.resolved_at).where(SyncConflict.resolved_at.is_not(None))
        if since:
            query = query.where(SyncConflict.resolved_at >= decode(column["resolved_at"], since))
        resolved = conn.execute(query.order_by(SyncConflict.resolved_at, SyncConflict.id)
                                .limit(MAX_SETTLE)).all()
        still_open = list(conn.execute(select(SyncConflict.id).where(
            SyncConflict.resolved_at.is_(None)).order_by(SyncConflict.id)
            .limit(MAX_SETTLE)).scalars())
    answer = [] if not resolved and not still_open else send(
        "POST", "/api/v1/sync/conflicts", {
            "resolved": [{"id": i, "resolution": r} for i, r, _ in resolved],
            "open": still_open}, None)
    with db.engine.begin() as conn:
        for item in answer:
            conn.execute(update(SyncConflict).where(
                SyncConflict.id == int(item["id"]), SyncConflict.resolved_at.is_(None)).values(
                resolved_at=decode(column["resolved_at"], item["resolved_at"]),
                resolution=item.get("resolution")))
        told = started if len(resolved) < MAX_SETTLE else resolved[-1][2]  # the rest: next
        _set(conn, "settled_at", str(encode(column["resolved_at"], told)))
    return len(answer)


# -- files ----------------------------------------------------------------------------------------
UP, DOWN = "file_up:", "file_down:"  # sync_state keys (+ the SHA-256); the value: tries so far
FILES_PER_ROUND = 20  # each way: a first sync's rows come first, the files over the next rounds
BYTES_PER_ROUND = 50 * 2**20
ASK_AT_ONCE = 1000  # hashes per `files/missing` (the server's limit)
# answers about one file (refused, not there yet, not theirs, a server without files): the file
# stays noted and the round goes on; anything else (no connection) ends the round
REFUSED = frozenset({400, 403, 404, 405, 409, 413, 422})


def _note_files(conn: Connection, kind: str, hashes: Iterable[str]) -> None:
    found = [{"k": kind + h} for h in sorted(hashes) if files.is_sha256(h)]
    if found:
        conn.execute(text("INSERT OR IGNORE INTO sync_state (key, value) VALUES (:k, '0')"),
                     found)


def _noted(conn: Connection, kind: str, limit: int) -> list[str]:
    """The files of one kind waiting, those tried least first."""
    keys = conn.execute(select(SyncState.key).where(
        SyncState.key > kind, SyncState.key < kind + "~")
        .order_by(cast(SyncState.value, Integer), SyncState.key).limit(limit)).scalars()
    return [k[len(kind):] for k in keys]


def _settle_files(db: dbs.Database, kind: str, done: set[str], failed: set[str]) -> None:
    with db.engine.begin() as conn:
        for chunk in _chunks(sorted(done), 500):
            conn.execute(delete(SyncState).where(SyncState.key.in_([kind + h for h in chunk])))
        if failed:
            conn.execute(text("UPDATE sync_state SET value = CAST(value AS INTEGER) + 1 "
                              "WHERE key = :k"), [{"k": kind + h} for h in sorted(failed)])


def files_waiting(db: dbs.Database) -> int:
    """Files still to send or to fetch."""
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SyncState).where(or_(
            and_(SyncState.key > UP, SyncState.key < UP + "~"),
            and_(SyncState.key > DOWN, SyncState.key < DOWN + "~")))).scalar() or 0)


def _refused(exc: CrmError) -> bool:
    status = getattr(exc, "status", None) or exc.params.get("status")
    return status in REFUSED


def _scan_once(db: dbs.Database) -> None:
    """A copy that synced rows before files travelled: each file it has is offered to the
    server, each one it lacks is fetched (once; later the push and the pull note them)."""
    with db.engine.begin() as conn:
        if _get(conn, "files_scanned"):
            return
        t = capture.table("attachments")
        hashes = set(conn.execute(select(t.c.sha256).where(t.c.deleted_at.is_(None))
                                  .distinct()).scalars())
        here = {h for h in hashes if files.stored_path(h).exists()}
        _note_files(conn, UP, here)
        _note_files(conn, DOWN, hashes - here)
        _set(conn, "files_scanned", _now_text())


def send_files(db: dbs.Database, send: Transport, limit: int = FILES_PER_ROUND,
               budget: int = BYTES_PER_ROUND) -> int:
    """After the push: the files of the attachment rows this copy sent that the server lacks
    (one question for up to ASK_AT_ONCE of them), at most `limit` tries and `budget` bytes
    (the rest next round); how many went. A file the server has, or may not take, is no
    longer noted."""
    with db.engine.connect() as conn:
        noted = _noted(conn, UP, ASK_AT_ONCE)
    if not noted:
        return 0
    try:
        lacking = set(send("POST", "/api/v1/sync/files/missing", {"hashes": noted},
                           None)["missing"])
    except CrmError as exc:
        if not _refused(exc):
            raise
        log.warning("files not sent: %s", exc)
        return 0
    done = {h for h in noted if h not in lacking}
    failed: set[str] = set()
    sent = spent = 0
    try:
        for sha in (h for h in noted if h in lacking):
            path = files.stored_path(sha)
            size = path.stat().st_size if path.exists() else None
            if size is None:
                done.add(sha)  # not here: nothing this copy can send
                continue
            if sent + len(failed) >= limit or (spent and spent + size > budget):
                break
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                log.warning("file %s is damaged here: not sent", sha)
                done.add(sha)
                continue
            try:
                send("PUT", f"/api/v1/sync/files/{sha}",
                     {"data": base64.b64encode(data).decode("ascii")}, None)
            except CrmError as exc:
                if not _refused(exc):
                    raise
                failed.add(sha)
                log.info("file %s not sent: %s", sha, exc)
                continue
            done.add(sha)
            sent, spent = sent + 1, spent + size
    finally:
        _settle_files(db, UP, done, failed)
    if failed:
        log.warning("%d files not sent this round (tried again next round)", len(failed))
    return sent


def fetch_files(db: dbs.Database, send: Transport, limit: int = FILES_PER_ROUND,
                budget: int = BYTES_PER_ROUND) -> int:
    """After the pull: the files of live attachment rows here whose file is not, at most
    `limit` tries and `budget` bytes (the rest next round), each kept only if its SHA-256 is
    its name; how many arrived. A refused or damaged one is tried again next round."""
    t = capture.table("attachments")
    sizes: dict[str, int] = {}
    with db.engine.connect() as conn:
        noted = _noted(conn, DOWN, max(limit * 10, 200))
        for chunk in _chunks(noted, 500):
            sizes.update((sha, int(size or 0)) for sha, size in conn.execute(
                select(t.c.sha256, func.max(t.c.size)).where(
                    t.c.sha256.in_(chunk), t.c.deleted_at.is_(None)).group_by(t.c.sha256)))
    done: set[str] = set()
    failed: set[str] = set()
    fetched = spent = 0
    try:
        for sha in noted:
            if sha not in sizes or files.stored_path(sha).exists():
                done.add(sha)  # no live row wants it any more, or it is here already
                continue
            if fetched + len(failed) >= limit:
                break
            if spent and spent + sizes[sha] > budget:
                continue  # a smaller one may still fit this round
            try:
                answer = send("GET", f"/api/v1/sync/files/{sha}", None, {"encoding": "base64"})
                data = base64.b64decode(answer["data"], validate=True)
                files.keep_content(files.attachments_dir(), sha, data)  # checks the hash
            except CrmError as exc:
                if not _refused(exc) and exc.code != files.NOT_STORED.code:
                    raise
                failed.add(sha)
                log.info("file %s not fetched: %s", sha, exc)
                continue
            except (KeyError, TypeError, ValueError, binascii.Error) as exc:
                failed.add(sha)
                log.info("file %s not fetched: %s", sha, exc)
                continue
            done.add(sha)
            fetched, spent = fetched + 1, spent + len(data)
    finally:
        _settle_files(db, DOWN, done, failed)
    if failed:
        log.warning("%d files not fetched this round (tried again next round)", len(failed))
    return fetched


# -- one round ------------------------------------------------------------------------------------
def sync_round(db: dbs.Database, send: Transport,
               progress: Progress | None = None) -> RoundResult:
    """Push what waits and the files of what was pushed, then pull, then the inbox's
    resolutions both ways, then some of the files pulled rows need; the time of a successful
    round is kept (`sync status`). `progress` hears how far a long pull is."""
    pushed, push_conflicts = push(db, send)
    _scan_once(db)
    sent = send_files(db, send, FILES_PER_ROUND, BYTES_PER_ROUND)
    pulled, skipped, pulled_conflicts = pull(db, send, progress=progress)
    settle(db, send)
    fetched = fetch_files(db, send, FILES_PER_ROUND, BYTES_PER_ROUND)
    write_state(db, "synced_at", _now_text())
    return RoundResult(pushed, pulled, max(push_conflicts, pulled_conflicts), skipped,
                       waiting(db), sent, fetched, files_waiting(db))


@dataclass(frozen=True)
class Status:
    waiting: int
    synced_at: datetime | None
    cursor: int
    conflicts_open: int
    address: str
    login: str
    device: str


def status(db: dbs.Database) -> Status:
    with db.engine.connect() as conn:
        synced = _get(conn, "synced_at")
        profile = json.loads(_get(conn, "profile", "{}"))
        open_conflicts = conn.execute(select(func.count()).select_from(SyncConflict).where(
            SyncConflict.resolved_at.is_(None))).scalar() or 0
        return Status(
            waiting=int(conn.execute(select(func.count()).select_from(SyncOutbox)).scalar()
                        or 0),
            synced_at=datetime.fromisoformat(synced).replace(tzinfo=UTC) if synced else None,
            cursor=int(_get(conn, "cursor", "0")), conflicts_open=int(open_conflicts),
            address=str(profile.get("address", "")), login=str(profile.get("login", "")),
            device=_get(conn, "device"))


def conflicts(db: dbs.Database) -> list[dict[str, Any]]:
    """This copy's conflict log, newest first, values decoded from their wire form."""
    table = capture.table("sync_conflicts")
    with db.engine.connect() as conn:
        found = conn.execute(select(table).order_by(table.c.id.desc())).mappings().all()
    out = []
    for c in found:
        item = {k: encode(table.c[k], v) for k, v in c.items()}
        for key in ("kept_value", "lost_value"):
            item[key] = None if c[key] is None else loads(c[key])
        out.append(item)
    return out





# -- the server this copy syncs with --------------------------------------------------------------
def save_profile(db: dbs.Database, profile: Any, user: Any) -> None:
    """Where this copy syncs (address, login, the pinned certificate) and who signed in; the
    token itself is in the system keychain (services/team/client)."""
    from dataclasses import asdict

    write_state(db, "profile", json.dumps(asdict(profile)))
    write_state(db, "user", json.dumps({"id": str(user.id), "login": user.login,
                                        "full_name": user.full_name,
                                        "role": user.role.value}))


def load_profile(db: dbs.Database) -> Any:
    from crm_desktop.services.team import client as tc

    data = read_state(db, "profile")
    return tc.Profile(**json.loads(data)) if data else None


NOT_CONNECTED = error_code("sync.not_connected", "This copy is not connected to a team "
                           "server: run crm-desktop connect URL --user LOGIN")
NOT_SIGNED_IN = error_code("sync.signed_out", "Signed out of the team server {address}: run "
                           "crm-desktop connect again")
WRONG_CERTIFICATE = error_code("sync.wrong_certificate", "The server's certificate is "
                               "{fingerprint}, not the {expected} you gave. Nothing was sent.")


def connect(db: dbs.Database, address: str, login: str, password: str, *,
            expect_fingerprint: str | None = None) -> Any:
    """Sign in to `address` as `login`, pin its certificate (unless the system trusts it),
    keep the token in the keychain and the profile in this copy. Returns team.Connected."""
    import socket

    from crm_desktop.services.team import client as tc

    certificate = tc.probe(address)
    if expect_fingerprint and _bare(expect_fingerprint) != _bare(certificate.fingerprint):
        raise CrmError(WRONG_CERTIFICATE, fingerprint=certificate.fingerprint,
                       expected=expect_fingerprint)
    profile = tc.Profile(address, login, None if certificate.trusted_by_system
                         else certificate.pem, certificate.fingerprint)
    first = load_profile(db) is None
    with tc.TeamClient(profile) as client:
        user = client.sign_in(password, f"{socket.gethostname()}/{device_id(db)[:8]}")
        assert client.token is not None
        tc.store_token(profile, client.token)
        with db.session() as s:
            has_code = bool(get_setting(s, "device_code", ""))
        code = None if has_code else _ask_device_code(client, device_id(db))
    ensure_capture(db)
    if first:
        _seeds_to_team(db)
    if code:
        with db.session(SYNC_APPLY) as s:  # this copy's number series (services/sales/numbering)
            set_setting(s, "device_code", code)
    save_profile(db, profile, user)
    return tc.Connected(profile, user, utcnow())


def _ask_device_code(client: Any, device: str) -> str | None:
    """The server's code for this copy's numbers; None from a server too old to give one (the
    copy then numbers without a code, as before)."""
    try:
        answer = client.request("POST", "/api/v1/sync/device", {"device": device}, None)
    except CrmError:
        return None
    code = answer.get("code") if isinstance(answer, dict) else None
    return code if isinstance(code, str) and 0 < len(code) <= 16 else None



def _seeds_to_team(db: dbs.Database) -> None:
    """Every copy's migrations seed a "Sales" pipeline with its stages and the loss reasons
    (their own random ids) before changes are captured, so the server never hears of them.
    At a copy's first connect: those no deal here uses are retired quietly (the team's come
    with the first sync: no second "Sales", no deal of a pipeline the server lacks); a seeded
    pipeline this copy's deals already use is queued whole, with its stages, so they reach
    the server together."""
    from crm_desktop.models import Deal, LossReason, Pipeline, PipelineStage

    now = utcnow()
    with _Quiet(db) as conn:
        def uncaptured(model: Any) -> list[uuid.UUID]:
            return list(conn.execute(select(model.id).where(
                model.deleted_at.is_(None), model.id.not_in(select(SyncOutbox.row_id).where(
                    SyncOutbox.table_name == model.__tablename__)))).scalars())
        used = set(conn.execute(select(Deal.pipeline_id).distinct()).scalars())
        for pipeline_id in uncaptured(Pipeline):
            stages = list(conn.execute(select(PipelineStage.id).where(
                PipelineStage.pipeline_id == pipeline_id)).scalars())
            if pipeline_id not in used:
                conn.execute(update(Pipeline).where(Pipeline.id == pipeline_id)
                             .values(deleted_at=now))
                conn.execute(update(PipelineStage).where(PipelineStage.id.in_(stages))
                             .values(deleted_at=now))
                continue
            conn.execute(insert(SyncOutbox), [
                {"change_id": uuid.uuid4().hex, "table_name": name, "row_id": row_id,
                 "column_name": "*", "changed_at": now}
                for name, row_id in (("pipelines", pipeline_id),
                                     *(("pipeline_stages", st) for st in stages))])
        reasons = uncaptured(LossReason)
        if reasons:
            conn.execute(update(LossReason).where(LossReason.id.in_(reasons))
                         .values(deleted_at=now))


def _bare(fingerprint: str) -> str:
    return fingerprint.replace(":", "").replace(" ", "").upper()


def open_client(db: dbs.Database) -> Any:
    """A TeamClient for this copy's server with the stored token (CrmError if none)."""
    from crm_desktop.services.team import client as tc

    profile = load_profile(db)
    if profile is None:
        raise CrmError(NOT_CONNECTED)
    token = tc.stored_token(profile)
    if not token:
        raise CrmError(NOT_SIGNED_IN, address=profile.address)
    return tc.TeamClient(profile, token)
