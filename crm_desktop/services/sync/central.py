"""The server's half of the sync: apply a pushed batch, serve the changes since a cursor, and
whole rows a desktop lacks. Runs inside the team server's request transaction, as the caller
(their permissions, `access.visible_clients` and row-level security behind it).

Rules (docs: README "Field laptops"; the protocol rules in the shared SYNC.md):
- A batch id is applied once: a retry is answered with the stored answer. A change id is
  counted once (`sync_changes_seen`), whichever batch brings it again.
- The whole batch is one transaction under the global-order lock; each applied change gets a
  place in `sync_log` through the capture trigger.
- Per field the later arrival wins. If someone else's change to that field reached the server
  after what the sender had pulled (`base`), the value it overwrites goes to `sync_conflicts`
  with both authors, devices and times.
- An edit of a row deleted here loses to the deletion; a protected field (an issued invoice's
  totals and lines, a won deal's amount, a payment's amount) refuses a different value; a
  change the sender may not make is refused. Each is logged, and the server's value of the
  field is written into the order again (`reassert`) so the sender's copy comes back in step.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, Text, cast, func, insert, or_, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from crm_desktop import __version__
from crm_desktop.models import (
    Attachment,
    Client,
    NumberCounter,
    Role,
    SyncChangeSeen,
    SyncConflict,
    SyncLog,
    SyncReceived,
    shared_setting_id,
    utcnow,
)
from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.identity import CurrentUser, Permission
from crm_desktop.services.core.settings import shared_permission
from crm_desktop.services.sales.numbering import next_value
from crm_desktop.services.team.access import visible_clients

from . import capture
from .values import decode, dumps, encode, loads, same

UPDATE_REQUIRED = error_code(
    "sync.update_required", "This program (database version {revision}) is older than the team "
    "server's ({server}). Update the program to sync; your unsent changes wait on this "
    "computer.")
BAD_BATCH = error_code("sync.bad_batch", "The team server cannot read a sync batch: {reason}")

MAX_CHANGES = 2000  # per batch
MAX_PAGE = 5000  # changes per pull page
# s.info[APPLIED]: what a pushed batch changed, as (table, row id, created, {column: (old, new)}),
# for whoever acts on the team's changes in the same transaction (the server's automation)
APPLIED = "sync.applied"

# Tables only some people may change (everything else: whoever may see the row's client).
TABLE_PERMISSIONS: dict[str, Permission] = {
    **dict.fromkeys(("products", "product_categories", "product_prices", "price_types",
                     "warehouses", "stock_levels"), Permission.EDIT_CATALOGUE),
    **dict.fromkeys(("users", "teams", "team_members", "client_shares"),
                    Permission.MANAGE_USERS),
    **dict.fromkeys(("companies", "bank_accounts"), Permission.EDIT_COMPANY),
    **dict.fromkeys(("pipelines", "pipeline_stages", "loss_reasons"), Permission.EDIT_PIPELINES),
    "custom_field_defs": Permission.EDIT_CUSTOM_FIELDS,
    **dict.fromkeys(("claim_reasons", "claim_results"), Permission.EDIT_CLAIM_LISTS),
}


def _rank(revision: str | None) -> int:
    found = re.match(r"(\d+)", revision or "")
    return int(found.group(1)) if found else -1


def check_version(s: Session, revision: str | None) -> None:
    """CrmError `sync.update_required` if the desktop's database is older than the server's
    (its changes may lack fields the server has: they wait until the program is updated)."""
    server = s.scalar(text("SELECT version_num FROM alembic_version"))
    if _rank(revision) < _rank(server):
        raise CrmError(UPDATE_REQUIRED, revision=revision or "?", server=server or "?")


def _lock(s: Session) -> None:
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": capture.LOCK_KEY})


def _bad(reason: str) -> CrmError:
    return CrmError(BAD_BATCH, reason=reason)


# -- push -----------------------------------------------------------------------------------------
def apply_batch(s: Session, user: CurrentUser, body: dict[str, Any]) -> dict[str, Any]:
    """Apply one pushed batch (or answer a retried one as the first time); returns the answer:
    outcome per change id, and how many were applied and logged as conflicts."""
    batch_id, device = body.get("batch_id"), body.get("device")
    changes = body.get("changes")
    if not (isinstance(batch_id, str) and 0 < len(batch_id) <= 32):
        raise _bad("batch_id")
    if not (isinstance(device, str) and 0 < len(device) <= 100):
        raise _bad("device")
    if not isinstance(changes, list) or len(changes) > MAX_CHANGES:
        raise _bad("changes")
    check_version(s, body.get("revision"))
    _lock(s)  # before looking: two copies of one batch arriving together wait for each other
    known = s.get(SyncReceived, batch_id)
    if known is not None:
        return dict(known.answer)
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT set_config('crm.sync_device', :d, true)"), {"d": device})
    base = int(body.get("base") or 0)
    parsed: list[_Change] = []
    for change in changes:
        if not isinstance(change, dict) or not isinstance(change.get("change_id"), str):
            raise _bad("a change without an id")
        parsed.append(_Change(user, device, change))
    seen = set(s.scalars(select(SyncChangeSeen.change_id).where(
        SyncChangeSeen.change_id.in_([c.change_id for c in parsed]))))
    work = _Apply(s, user, device, base, parsed)
    for ch in parsed:
        if ch.change_id in work.outcomes or ch.change_id in seen:
            work.outcomes[ch.change_id] = "duplicate"
            continue
        work.apply(ch)
    work.flush_inserts()
    outcomes = work.outcomes
    fresh = [{"change_id": c, "batch_id": batch_id, "outcome": o} for c, o in outcomes.items()
             if o != "duplicate"]
    if fresh:
        s.execute(insert(SyncChangeSeen), fresh)
    answer = {"batch_id": batch_id, "outcomes": outcomes,
              "applied": sum(o in ("applied", "overwrote") for o in outcomes.values()),
              "conflicts": sum(o not in ("applied", "duplicate") for o in outcomes.values())}
    s.add(SyncReceived(batch_id=batch_id, device=device, user_id=user.id, answer=answer))
    s.flush()
    return answer


class _Change:
    def __init__(self, user: CurrentUser, device: str, raw: dict[str, Any]) -> None:
        name = raw.get("table")
        if name not in capture.synced_names():
            raise _bad(f"not a synced table: {name}")
        self.table: Table = capture.table(str(name))
        try:
            self.row_id = uuid.UUID(str(raw.get("row")))
            at = datetime.fromisoformat(str(raw.get("at"))) if raw.get("at") else None
            self.at = at.replace(tzinfo=UTC) if at and at.tzinfo is None else at
        except ValueError as exc:
            raise _bad("a row id or time") from exc
        fields = raw.get("fields")
        if not isinstance(fields, dict):
            raise _bad("fields")
        skip = {"id", *capture.STAMPS} - ({"created_at"} if raw.get("op") == "insert" else set())
        try:
            self.values = {k: decode(self.table.c[k], v) for k, v in fields.items()
                           if k in self.table.c and k not in skip}
        except (ValueError, TypeError, ArithmeticError) as exc:
            raise _bad(f"a value of {self.table.name}: {exc}") from exc
        self.insert = raw.get("op") == "insert"
        self.change_id = str(raw["change_id"])[:32]
        self.user, self.device = user, device


def _client_of(s: Session, t: Table, row: dict[str, Any]) -> uuid.UUID | None:
    found = capture.owner(t)
    if found.kind == "self":
        return row.get("id")
    if found.kind == "column":
        return row.get(found.column)
    if found.kind == "parent" and row.get(found.column) is not None:
        parent = capture.table(found.parent)
        return s.scalar(select(parent.c.client_id).where(parent.c.id == row[found.column]))
    return None


def _sees(s: Session, user: CurrentUser, client_id: uuid.UUID | None) -> bool:
    if client_id is None:
        return True
    return s.scalar(select(Client.id).where(Client.id == client_id,
                                            visible_clients(user))) is not None


def _setting_allowed(ch: _Change, row: dict[str, Any] | None) -> bool:
    """A team setting changes under its key's own permission (`core.settings.SHARED`); a key
    that is no team setting, a renamed key or an id not made from the key is refused."""
    key = row["key"] if row is not None else ch.values.get("key")
    if not isinstance(key, str) or ch.values.get("key", key) != key:
        return False
    needed = shared_permission(key)
    return needed is not None and ch.user.can(needed) and ch.row_id == shared_setting_id(key)


def _allowed(s: Session, ch: _Change, row: dict[str, Any] | None) -> bool:
    needed = TABLE_PERMISSIONS.get(ch.table.name)
    if needed is not None and not ch.user.can(needed):
        return False
    if ch.table.name == "shared_settings":
        return _setting_allowed(ch, row)
    if capture.owner(ch.table).kind == "none":
        return True
    if ch.table.name == "clients" and row is None:
        return ch.user.can(Permission.EDIT_CLIENTS)  # RLS checks the new row on insert
    after = {**(row or {}), **ch.values, "id": ch.row_id}
    return (row is None or _sees(s, ch.user, _client_of(s, ch.table, row))) and \
        _sees(s, ch.user, _client_of(s, ch.table, after))


def _protected(s: Session, t: Table, row: dict[str, Any], column: str) -> bool:
    def issued_invoice(document_id: Any) -> bool:
        docs = capture.table("sales_documents")
        found = s.execute(select(docs.c.kind, docs.c.status).where(
            docs.c.id == document_id)).first()
        return found is not None and str(getattr(found[0], "value", found[0])) == "invoice" \
            and str(getattr(found[1], "value", found[1])) != "draft"

    if t.name == "sales_documents":
        return column in ("net_total", "vat_total", "total") and issued_invoice(row["id"])
    if t.name == "sales_document_lines":
        return issued_invoice(row["document_id"])
    if t.name == "deals":
        return column == "amount" and str(getattr(row["status"], "value", row["status"])) == "won"
    if t.name == "payments":
        return column == "amount"
    return False


def _sent_by(s: Session, table_name: str, row_id: Any, device: str) -> bool:
    """Whether `device` itself created the row here: the lines of an invoice issued on a
    laptop come after the invoice, and are its own, not a change of someone's issued one."""
    return row_id is not None and s.scalar(select(SyncLog.seq).where(
        SyncLog.table_name == table_name, SyncLog.row_id == row_id, SyncLog.op == "insert",
        SyncLog.device == device).limit(1)) is not None


def _last_writer(s: Session, ch: _Change, column: str, base: int) -> SyncLog | None:
    """Someone else's change of this field that reached the server after the sender's base."""
    return s.scalars(select(SyncLog).where(
        SyncLog.table_name == ch.table.name, SyncLog.row_id == ch.row_id, SyncLog.seq > base,
        SyncLog.op != "reassert", or_(SyncLog.device.is_(None), SyncLog.device != ch.device),
        _has_field(s, column)).order_by(SyncLog.seq.desc()).limit(1)).first()


def _has_field(s: Session, column: str) -> ColumnElement[bool]:
    if s.get_bind().dialect.name == "postgresql":
        return func.jsonb_exists(SyncLog.fields, column)
    return func.json_type(SyncLog.fields, f'$."{column}"').is_not(None)


def _log(s: Session, ch: _Change, kind: str, column: str, row: dict[str, Any] | None,
         kept: Any, lost: Any, *, theirs_won: bool, last: SyncLog | None = None) -> None:
    """One value that did not survive. `theirs_won`: the server's value stays (the sender
    lost); otherwise the sender's value replaced the server's (the last writer lost)."""
    column_obj = ch.table.c.get(column)

    def wire(value: Any) -> str | None:
        if column_obj is None:  # "*": a whole new row, already in its wire form (JSON)
            return value if isinstance(value, str) else None
        return dumps(encode(column_obj, value))
    mine = {"by": ch.user.id, "device": ch.device, "at": ch.at}
    theirs = {"by": (last.author if last else (row or {}).get("changed_by")),
              "device": last.device if last else None,
              "at": last.at if last else (row or {}).get("updated_at")}
    winner, loser = (theirs, mine) if theirs_won else (mine, theirs)
    client_id = _client_of(s, ch.table, {**(row or {}), **ch.values, "id": ch.row_id})
    if not _sees(s, ch.user, client_id):
        client_id = None  # a forged change of a client out of sight: logged, not tied to it
    s.add(SyncConflict(
        at=utcnow(), kind=kind, table_name=ch.table.name, row_id=ch.row_id, column_name=column,
        client_id=client_id,
        kept_value=wire(kept), lost_value=wire(lost), kept_by=winner["by"],
        kept_device=winner["device"], kept_at=winner["at"], lost_by=loser["by"],
        lost_device=loser["device"], lost_at=loser["at"], change_id=ch.change_id))


def _reassert(s: Session, ch: _Change, row: dict[str, Any], columns: list[str]) -> None:
    """The server's values of `columns` into the order again: the sender took its own change
    off its queue on the answer, and must get the value that stayed."""
    if not columns:
        return
    s.add(SyncLog(at=utcnow(), table_name=ch.table.name, row_id=ch.row_id,
                  client_id=_client_of(s, ch.table, row), op="reassert",
                  fields={c: encode(ch.table.c[c], row[c]) for c in columns},
                  device=None, author=row.get("changed_by")))


def _write(s: Session, statement: Any) -> bool:
    try:
        with s.begin_nested():
            s.execute(statement)
        return True
    except (sa_exc.IntegrityError, sa_exc.ProgrammingError, sa_exc.DataError,
            sa_exc.InternalError):
        return False  # a row the policies refuse, a broken reference: refused and logged


class _Apply:
    """One batch: the rows it touches read up front, who may see which client asked once,
    new rows of one table inserted together (one statement; row by row only if it fails)."""

    def __init__(self, s: Session, user: CurrentUser, device: str, base: int,
                 changes: list[_Change]) -> None:
        self.s, self.user, self.device, self.base = s, user, device, base
        self.outcomes: dict[str, str] = {}
        self.rows: dict[tuple[str, uuid.UUID], dict[str, Any] | None] = {}
        self.seen: dict[uuid.UUID | None, bool] = {}
        self.buffer: list[tuple[_Change, dict[str, Any]]] = []
        wanted: dict[str, set[uuid.UUID]] = {}
        for ch in changes:
            wanted.setdefault(ch.table.name, set()).add(ch.row_id)
        for name, ids in wanted.items():
            t = capture.table(name)
            for row in s.execute(select(t).where(t.c.id.in_(list(ids)))).mappings():
                self.rows[(name, row["id"])] = dict(row)
            for row_id in ids:
                self.rows.setdefault((name, row_id), None)

    def sees(self, client_id: uuid.UUID | None) -> bool:
        if client_id not in self.seen:
            self.seen[client_id] = _sees(self.s, self.user, client_id)
        return self.seen[client_id]

    def row(self, ch: _Change) -> dict[str, Any] | None:
        key = (ch.table.name, ch.row_id)
        if key not in self.rows:  # written earlier in this batch: read it again
            self.flush_inserts()
            found = self.s.execute(select(ch.table).where(
                ch.table.c.id == ch.row_id)).mappings().first()
            self.rows[key] = dict(found) if found is not None else None
        return self.rows[key]

    def apply(self, ch: _Change) -> None:
        row = self.row(ch)
        if row is None and ch.insert and self._plain_insert(ch):
            if self.buffer and self.buffer[0][0].table is not ch.table:
                self.flush_inserts()
            now = utcnow()
            values = {**ch.values, "id": ch.row_id, "changed_by": self.user.id,
                      "updated_at": now}
            if "created_at" in ch.table.c:  # (client tags have none)
                values.setdefault("created_at", now)
            self.buffer.append((ch, values))
            self.outcomes[ch.change_id] = "applied"
            self.rows.pop((ch.table.name, ch.row_id), None)
            return
        self.flush_inserts()
        self.outcomes[ch.change_id] = _apply_change(self.s, ch, self.base, row)
        self.rows.pop((ch.table.name, ch.row_id), None)

    def _plain_insert(self, ch: _Change) -> bool:
        """A new row nobody could object to before trying: the sender may write the table and
        sees the client it belongs to (the database still checks references and policies)."""
        needed = TABLE_PERMISSIONS.get(ch.table.name)
        if needed is not None and not ch.user.can(needed):
            return False
        found = capture.owner(ch.table)
        if found.kind == "none":
            return ch.table.name != "shared_settings"  # each key its own permission
        if found.kind == "column":
            return self.sees(ch.values.get(found.column))
        return False  # clients themselves, and rows of documents: the careful way

    def flush_inserts(self) -> None:
        if not self.buffer:
            return
        group, self.buffer = self.buffer, []
        t = group[0][0].table
        keys = set(group[0][1])
        if all(set(v) == keys for _, v in group) and _write_many(self.s, t, [v for _, v in group]):
            for ch, _values in group:
                _applied(self.s, t, ch.row_id, True, {k: (None, v) for k, v in ch.values.items()})
            return
        for ch, values in group:  # one of them is refused: find which, row by row
            if not _write(self.s, insert(t).values(values)):
                _log(self.s, ch, "refused", "*", None, None,
                     dumps({k: encode(t.c[k], v) for k, v in ch.values.items()}),
                     theirs_won=True)
                self.outcomes[ch.change_id] = "refused"
            else:
                _applied(self.s, t, ch.row_id, True, {k: (None, v) for k, v in ch.values.items()})


def _applied(s: Session, t: Table, row_id: uuid.UUID, created: bool,
             changes: dict[str, tuple[Any, Any]]) -> None:
    s.info.setdefault(APPLIED, []).append((t.name, row_id, created, changes))


def _write_many(s: Session, t: Table, rows: list[dict[str, Any]]) -> bool:
    try:
        with s.begin_nested():
            s.execute(insert(t), rows)
        return True
    except (sa_exc.IntegrityError, sa_exc.ProgrammingError, sa_exc.DataError,
            sa_exc.InternalError):
        return False


def _apply_change(s: Session, ch: _Change, base: int, row: dict[str, Any] | None) -> str:
    user = ch.user
    t = ch.table
    if not _allowed(s, ch, row) or (row is None and not ch.insert):
        for column in ch.values or {"*": None}:
            _log(s, ch, "refused", column, row, row.get(column) if row else None,
                 ch.values.get(column), theirs_won=True)
        if row is not None:
            _reassert(s, ch, row, list(ch.values))
        return "refused"
    if row is None:
        parent_protected = t.name == "sales_document_lines" and _protected(
            s, t, {**ch.values, "id": ch.row_id}, "*") and not _sent_by(
            s, "sales_documents", ch.values.get("document_id"), ch.device)
        now = utcnow()
        values = {**ch.values, "id": ch.row_id, "changed_by": user.id, "updated_at": now}
        if "created_at" in t.c:
            values.setdefault("created_at", now)
        if parent_protected or not _write(s, insert(t).values(values)):
            _log(s, ch, "protected" if parent_protected else "refused", "*", None, None,
                 dumps({k: encode(t.c[k], v) for k, v in ch.values.items()}), theirs_won=True)
            return "protected" if parent_protected else "refused"
        _applied(s, t, ch.row_id, True, {k: (None, v) for k, v in ch.values.items()})
        return "applied"
    accepted: dict[str, Any] = {}
    kinds: list[str] = []
    for column, value in ch.values.items():
        current = row[column]
        if same(t.c[column], current, value):
            continue
        if row.get("deleted_at") is not None and column != "deleted_at":
            _log(s, ch, "deleted", column, row, current, value, theirs_won=True)
            kinds.append("deleted")
        elif _protected(s, t, row, column):
            _log(s, ch, "protected", column, row, current, value, theirs_won=True)
            kinds.append("protected")
        else:
            last = _last_writer(s, ch, column, base)
            if last is not None:
                _log(s, ch, "overwritten", column, row, value, current, theirs_won=False,
                     last=last)
                kinds.append("overwrote")
            accepted[column] = value
    if accepted and not _write(s, update(t).where(t.c.id == ch.row_id).values(accepted)):
        for column in accepted:
            _log(s, ch, "refused", column, row, row[column], accepted[column], theirs_won=True)
        kinds.append("refused")
        accepted = {}
    if accepted:
        _applied(s, t, ch.row_id, False, {c: (row[c], v) for c, v in accepted.items()})
    _reassert(s, ch, row, [c for c in ch.values if c not in accepted
                           and not same(t.c[c], row[c], ch.values[c])])
    for kind in ("refused", "protected", "deleted", "overwrote"):
        if kind in kinds:
            return kind
    return "applied"


# -- pull -----------------------------------------------------------------------------------------
def _visible_ids(user: CurrentUser) -> Any:
    return select(Client.id).where(visible_clients(user))


def changes_since(s: Session, user: CurrentUser, after: int, limit: int = 1000,
                  conflicts_after: int = 0, revision: str | None = None) -> dict[str, Any]:
    """The changes after `after` in the global order that `user` may see (rows of their
    clients and shared rows), at most `limit`; `upto` is where the next page starts (past the
    rows they may not see), `more` whether there is one. Also the conflicts after
    `conflicts_after` that concern them."""
    check_version(s, revision)
    limit = max(1, min(limit, MAX_PAGE))
    top = s.scalar(select(func.max(SyncLog.seq))) or 0
    seen = or_(SyncLog.client_id.is_(None), SyncLog.client_id.in_(_visible_ids(user)))
    rows = s.execute(select(SyncLog.seq, SyncLog.table_name, SyncLog.row_id, SyncLog.op,
                            cast(SyncLog.fields, Text), SyncLog.device, SyncLog.author,
                            SyncLog.at).where(SyncLog.seq > after, SyncLog.seq <= top, seen)
                     .order_by(SyncLog.seq).limit(limit)).all()
    more = len(rows) == limit
    changes = [{"seq": r[0], "table": r[1], "row": str(r[2]), "op": r[3],
                "fields": loads(r[4]), "device": r[5],
                "author": str(r[6]) if r[6] else None, "at": encode_time(r[7])} for r in rows]
    ctop = s.scalar(select(func.max(SyncConflict.id))) or 0
    mine = _mine(user)
    conflicts = [conflict_dict(c) for c in s.scalars(select(SyncConflict).where(
        SyncConflict.id > conflicts_after, SyncConflict.id <= ctop, mine)
        .order_by(SyncConflict.id).limit(MAX_PAGE))]
    return {"changes": changes, "upto": rows[-1][0] if more else max(top, after),
            "more": more, "top": top, "conflicts": conflicts,
            "conflicts_upto": conflicts[-1]["id"] if conflicts else max(ctop, conflicts_after),
            "server_version": __version__,
            "visible": visibility_mark(s, user) if not more else None}


def files_seen(s: Session, user: CurrentUser, hashes: list[str]) -> set[str]:
    """Of `hashes`, those of attachment rows `user` may see (the pull's own filter: rows of
    their clients and rows tied to no client): the files they may send and fetch."""
    if not hashes:
        return set()
    return set(s.scalars(select(Attachment.sha256).where(
        Attachment.sha256.in_(hashes),
        or_(Attachment.client_id.is_(None), Attachment.client_id.in_(_visible_ids(user))))
        .distinct()))


def visible_client_ids(s: Session, user: CurrentUser) -> list[uuid.UUID]:
    """Every client `user` may see now (a desktop's copy holds exactly these)."""
    return list(s.scalars(select(Client.id).where(visible_clients(user)).order_by(Client.id)))


def visibility_mark(s: Session, user: CurrentUser) -> str:
    """A short mark of which clients `user` may see: when it moves (a client reassigned, a
    share, a team change), the desktop compares its whole list and fetches or drops rows."""
    return hashlib.sha256(b"".join(i.bytes for i in visible_client_ids(s, user))).hexdigest()[:24]


def client_rows(s: Session, user: CurrentUser, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Whole rows of clients that became visible to `user`, with every row that belongs to
    them (contacts, deals, documents and their lines, events…), table by table, parents
    first. Clients out of sight are left out."""
    try:
        wanted = [uuid.UUID(str(i)) for i in ids[:500]]
    except ValueError as exc:
        raise _bad("a client id") from exc
    keys = list(s.scalars(select(Client.id).where(Client.id.in_(wanted), visible_clients(user))))
    found: dict[str, list[dict[str, Any]]] = {}
    if not keys:
        return found
    for t in capture.synced_tables():
        owner = capture.owner(t)
        if owner.kind == "self":
            condition = t.c.id.in_(keys)
        elif owner.kind == "column":
            condition = t.c[owner.column].in_(keys)
        elif owner.kind == "parent":
            parent = capture.table(owner.parent)
            condition = t.c[owner.column].in_(select(parent.c.id).where(
                parent.c.client_id.in_(keys)))
        else:
            continue
        rows = [{k: encode(t.c[k], v) for k, v in row.items()}
                for row in s.execute(select(t).where(condition)).mappings()]
        if rows:
            found[t.name] = rows
    return found


def encode_time(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=None).isoformat()


CONFLICT_FIELDS = ("id", "at", "kind", "table_name", "row_id", "column_name", "client_id",
                   "kept_value", "lost_value", "kept_by", "kept_device", "kept_at", "lost_by",
                   "lost_device", "lost_at", "change_id", "resolved_at", "resolution")
RESOLUTIONS = ("theirs", "mine")
MAX_SETTLE = 5000


def conflict_dict(c: SyncConflict) -> dict[str, Any]:
    column = capture.table("sync_conflicts").c
    return {name: encode(column[name], getattr(c, name)) for name in CONFLICT_FIELDS}


def rows(s: Session, user: CurrentUser, table_name: str, ids: list[str]) -> list[dict[str, Any]]:
    """Whole current rows of `table_name` the user may see (a desktop lacks them: a first sync
    that meets a field change of an older row, a client newly shared)."""
    if table_name not in capture.synced_names():
        raise _bad(f"not a synced table: {table_name}")
    t = capture.table(table_name)
    try:
        keys = [uuid.UUID(str(i)) for i in ids[:MAX_PAGE]]
    except ValueError as exc:
        raise _bad("a row id") from exc
    found = []
    for row in s.execute(select(t).where(t.c.id.in_(keys))).mappings():
        data = dict(row)
        if capture.owner(t).kind == "none" or _sees(s, user, _client_of(s, t, data)):
            found.append({k: encode(t.c[k], v) for k, v in data.items()})
    return found


# -- the inbox, settled on the server -------------------------------------------------------------
def _mine(user: CurrentUser) -> ColumnElement[bool]:
    """The conflicts that concern `user` (their clients, their own values; an admin also the
    conflicts tied to no client)."""
    found = or_(SyncConflict.client_id.in_(_visible_ids(user)), SyncConflict.kept_by == user.id,
                SyncConflict.lost_by == user.id)
    if user.role == Role.ADMIN:
        found = or_(found, SyncConflict.client_id.is_(None))
    return found


def settle_conflicts(s: Session, user: CurrentUser, resolved: list[dict[str, Any]],
                     still_open: list[int]) -> list[dict[str, Any]]:
    """A desktop's inbox in step with the server's: the conflicts it resolved are marked
    resolved here (first resolution wins; a conflict out of the caller's sight is left alone),
    and of the ones it still shows open, those resolved here (by another desktop) are
    returned with how and when."""
    if len(resolved) > MAX_SETTLE or len(still_open) > MAX_SETTLE:
        raise _bad("too many conflicts")
    wanted: dict[int, str] = {}
    for item in resolved:
        if not isinstance(item, dict) or item.get("resolution") not in RESOLUTIONS:
            raise _bad("a resolution")
        try:
            wanted[int(item["id"])] = str(item["resolution"])
        except (KeyError, TypeError, ValueError) as exc:
            raise _bad("a conflict id") from exc
    if wanted and user.can(Permission.EDIT_CLIENTS):
        now = utcnow()
        for conflict in s.scalars(select(SyncConflict).where(
                SyncConflict.id.in_(list(wanted)), SyncConflict.resolved_at.is_(None),
                _mine(user))):
            conflict.resolved_at = now
            conflict.resolution = wanted[conflict.id]
        s.flush()
    try:
        asked = [int(i) for i in still_open]
    except (TypeError, ValueError) as exc:
        raise _bad("a conflict id") from exc
    column = capture.table("sync_conflicts").c
    return [{"id": c.id, "resolution": c.resolution,
             "resolved_at": encode(column["resolved_at"], c.resolved_at)}
            for c in s.scalars(select(SyncConflict).where(
                SyncConflict.id.in_(asked), SyncConflict.resolved_at.is_not(None), _mine(user)))]


def device_code(s: Session, user: CurrentUser, device: str) -> str:
    """A copy's own code for its document numbers (services/sales/numbering): L1, L2, … given
    once per device id, so two laptops never number in one series. Kept in the server's
    number counters: `devices` counts them, `d:<id>` (a 32-character series) each one's."""
    if not (isinstance(device, str) and 0 < len(device) <= 64):
        raise _bad("device")
    mine = s.scalar(select(NumberCounter).where(NumberCounter.series == f"d:{device[:28]}",
                                                NumberCounter.device == ""))
    if mine is None:
        mine = NumberCounter(series=f"d:{device[:28]}", device="",
                             last_value=next_value(s, "devices"))
        s.add(mine)
        s.flush()
    return f"L{mine.last_value}"
