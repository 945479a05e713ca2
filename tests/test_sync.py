"""Field laptops for real: a PostgreSQL team server on loopback with TLS (the fixture of
tests/test_team_server.py), laptops as SQLite files syncing through `services/sync`.

People (from that fixture): `head` leads North with `ann` and `bob`; `carl` is in no team.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import func, insert, select, text, update

from crm_desktop.cli import main as cli_main
from crm_desktop.models import (
    Client,
    Contact,
    Phone,
    SearchTerm,
    SharedSetting,
    SyncChangeSeen,
    SyncConflict,
    SyncLog,
    SyncOutbox,
    shared_setting_id,
    utcnow,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.mail import templates as mail_templates
from crm_desktop.services.sync import inbox, laptop
from crm_desktop.services.team import access
from crm_desktop.services.team import client as tc

from . import test_team_server as server_tests
from .test_team_server import PASSWORD, Team

team = server_tests.team  # the same module-scoped database and TLS server fixture

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _keychain(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(previous)


class Laptop:
    """One SQLite copy connected as one person."""

    def __init__(self, team: Team, folder: Path, login: str) -> None:
        self.path = folder / f"{login}-{uuid.uuid4().hex[:6]}.sqlite"
        self.db = dbs.open_database(str(self.path))
        self.login = login
        connected = laptop.connect(self.db, team.server.address, login, PASSWORD)
        self.user: CurrentUser = connected.user
        self.client = laptop.open_client(self.db)

    def send(self, method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None) -> Any:
        return self.client.request(method, path, body, params)

    def sync(self) -> laptop.RoundResult:
        return laptop.sync_round(self.db, self.send)

    def close(self) -> None:
        self.client.close()
        self.db.dispose()


@pytest.fixture
def laptops(team: Team, tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:
    made: list[Laptop] = []

    def make(login: str) -> Laptop:
        made.append(Laptop(team, tmp_path, login))
        return made[-1]
    yield make
    for one in made:
        one.close()


def _server_value(team: Team, model: Any, row_id: uuid.UUID, column: str) -> Any:
    with team.owner.session() as s:
        return s.scalar(select(getattr(model, column)).where(model.id == row_id))


def _local(lap: Laptop, model: Any, row_id: uuid.UUID, column: str) -> Any:
    with lap.db.session() as s:
        return s.scalar(select(getattr(model, column)).where(model.id == row_id))


def _new_phone(team: Team, client_id: uuid.UUID, raw: str) -> uuid.UUID:
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        phone = Phone(client_id=client_id, raw=raw, e164=raw)
        s.add(phone)
        s.flush()
        return phone.id


def _edit(lap: Laptop, model: Any, row_id: uuid.UUID, **values: Any) -> None:
    with lap.db.session(lap.user) as s:
        row = s.get(model, row_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


# -- capture ---------------------------------------------------------------------------------------
def test_every_write_path_is_captured_and_pulled_changes_are_not(tmp_path: Path) -> None:
    db = dbs.open_database(str(tmp_path / "alone.sqlite"))
    user = CurrentUser(uuid.uuid4(), "x", "X", server_tests.Role.ADMIN)
    try:
        with db.session(user) as s:  # the ORM
            client = Client(short_name="Orm LLP", country="KZ", currency="KZT")
            s.add(client)
            s.flush()
            client.city = "Almaty"
        with db.session(user) as s:  # a Core statement through the session
            s.execute(update(Client).where(Client.id == client.id).values(city="Astana",
                                                                           website="x.kz"))
        bulk = [uuid.uuid4() for _ in range(3)]
        with db.session(user) as s:  # a bulk Core insert on the connection
            s.connection().execute(insert(Contact), [
                {"id": i, "client_id": client.id, "full_name": f"P{n}",
                 "is_primary": False, "created_at": utcnow(), "updated_at": utcnow()}
                for n, i in enumerate(bulk)])
        with db.engine.begin() as conn:  # raw SQL, no session at all
            conn.exec_driver_sql("UPDATE clients SET notes = 'raw' WHERE id = ?",
                                 (client.id.bytes,))
        with db.session(user) as s:  # derived data: rebuilt on each copy, never sent
            s.connection().execute(insert(SearchTerm).values(
                client_id=client.id, term="orm", label="Orm LLP"))
        with db.session() as s:
            queued = {(r.table_name, r.row_id, r.column_name)
                      for r in s.scalars(select(SyncOutbox))}
        assert ("clients", client.id, "*") in queued
        # the insert is pending as a whole row; the later edits of the same row wait per field
        assert {("clients", client.id, c) for c in ("city", "website", "notes")} <= queued
        assert {("contacts", i, "*") for i in bulk} <= queued
        assert not any(t == "search_terms" for t, _, _ in queued)
        # one pending row per field: editing the city again adds nothing
        before = laptop.waiting(db)
        with db.session(user) as s:
            s.execute(update(Client).where(Client.id == client.id).values(city="Shymkent"))
        assert laptop.waiting(db) == before
        # the pull's transaction silences the triggers
        with laptop._Quiet(db) as conn:
            conn.execute(update(Client).where(Client.id == client.id)
                         .values(region="pulled"))
        assert laptop.waiting(db) == before
        assert _count_outbox(db, "region") == 0
    finally:
        db.dispose()


def _count_outbox(db: dbs.Database, column: str) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(SyncOutbox)
                            .where(SyncOutbox.column_name == column)) or 0)


# -- push and pull ---------------------------------------------------------------------------------
def test_a_salespersons_laptop_holds_their_clients_only(team: Team, laptops) -> None:
    ann = laptops("ann")
    ann.sync()
    with ann.db.session() as s:
        held = set(s.scalars(select(Client.id)))
        users = s.scalar(select(func.count()).select_from(server_tests.accounts.User))
    assert team.clients["ann"] in held
    assert team.clients["bob"] not in held and team.clients["carl"] not in held
    assert team.clients["pool"] not in held
    assert users and users >= 7  # the shared rows travel: people, teams
    with ann.db.session() as s:  # the search index was rebuilt here for what arrived
        assert s.scalar(select(func.count()).select_from(SearchTerm)
                        .where(SearchTerm.client_id == team.clients["ann"]))


def test_a_change_travels_to_the_server_and_to_another_laptop(team: Team, laptops) -> None:
    ann, head = laptops("ann"), laptops("head")
    ann.sync()
    head.sync()
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, website="ann-trading.kz")
    with ann.db.session(ann.user) as s:
        contact = Contact(client_id=client_id, full_name="Dana Ospanova")
        s.add(contact)
    result = ann.sync()
    assert result.pushed >= 2 and result.waiting == 0
    assert _server_value(team, Client, client_id, "website") == "ann-trading.kz"
    assert _server_value(team, Contact, contact.id, "full_name") == "Dana Ospanova"
    with team.owner.session() as s:  # the server stamped who did it
        assert s.scalar(select(Client.changed_by).where(Client.id == client_id)) == ann.user.id
    head.sync()
    assert _local(head, Client, client_id, "website") == "ann-trading.kz"
    assert _local(head, Contact, contact.id, "full_name") == "Dana Ospanova"
    # and the stamps are the server's on every copy
    assert _local(head, Client, client_id, "updated_at") == _server_value(
        team, Client, client_id, "updated_at") == _local(ann, Client, client_id, "updated_at")


def test_a_retried_batch_is_applied_once(team: Team, laptops) -> None:
    ann = laptops("ann")
    ann.sync()
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, region="Retry region")
    batch = laptop._freeze(ann.db, laptop.device_id(ann.db), 100)
    assert batch is not None
    _, payload = batch
    first = ann.send("POST", "/api/v1/sync/push", payload)
    second = ann.send("POST", "/api/v1/sync/push", payload)  # the same batch again
    assert first == second
    (change_id,) = list(first["outcomes"])
    with team.owner.session() as s:
        seen = s.scalar(select(func.count()).select_from(SyncChangeSeen)
                        .where(SyncChangeSeen.change_id == change_id))
        logged = s.scalar(select(func.count()).select_from(SyncLog).where(
            SyncLog.row_id == client_id, SyncLog.op == "update",
            func.jsonb_exists(SyncLog.fields, "region")))
    assert seen == 1 and logged == 1
    # the same change in a new batch (a copy restored from a backup) is not applied again
    again = ann.send("POST", "/api/v1/sync/push", {**payload, "batch_id": uuid.uuid4().hex})
    assert again["outcomes"] == {change_id: "duplicate"}


def test_a_lost_acknowledgement_then_a_pull_then_the_retry(team: Team, laptops) -> None:
    """The simulation's nasty case: the server committed, the answer was lost, the laptop
    pulled while the change was still unacknowledged, then retried."""
    ann, head = laptops("ann"), laptops("head")
    ann.sync()
    head.sync()
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, address="1 Lost Ack Street")

    def answer_lost(method: str, path: str, body: Any = None,
                    params: dict[str, Any] | None = None) -> Any:
        answer = ann.send(method, path, body, params)
        if path.endswith("/push"):
            raise CrmError(tc.UNREACHABLE, address="server", reason="connection reset")
        return answer

    with pytest.raises(CrmError):
        laptop.push(ann.db, answer_lost)
    assert _server_value(team, Client, client_id, "address") == "1 Lost Ack Street"
    # meanwhile the head edits the same field, and ann edits it again
    _edit(head, Client, client_id, address="2 Head Street")
    head.sync()
    _edit(ann, Client, client_id, address="3 Ann Street")
    cursor_before = int(laptop.read_state(ann.db, "cursor", "0"))
    _, held, _ = laptop.pull(ann.db, ann.send)
    assert held >= 1  # the echo of her own change and the head's: held, not applied
    assert _local(ann, Client, client_id, "address") == "3 Ann Street"
    assert int(laptop.read_state(ann.db, "cursor", "0")) <= max(cursor_before, _seq_of(
        team, client_id, "address", "2 Head Street") - 1)
    ann.sync()  # the retry is answered from the first time, then the new edit goes
    head.sync()
    ann.sync()
    for copy in (ann, head):
        assert _local(copy, Client, client_id, "address") == "3 Ann Street"
    assert _server_value(team, Client, client_id, "address") == "3 Ann Street"
    with team.owner.session() as s:  # the head's value went to the conflict log
        lost = s.scalars(select(SyncConflict.lost_value).where(
            SyncConflict.row_id == client_id, SyncConflict.column_name == "address")).all()
    assert json.dumps("2 Head Street") in lost


def _seq_of(team: Team, row_id: uuid.UUID, column: str, value: str) -> int:
    with team.owner.session() as s:
        for seq, fields in s.execute(select(SyncLog.seq, SyncLog.fields)
                                     .where(SyncLog.row_id == row_id)):
            if fields.get(column) == value:
                return int(seq)
    return 0


# -- conflicts -------------------------------------------------------------------------------------
def _cli(args: list[str], stdin: str = "") -> tuple[int, str]:
    import contextlib
    import sys

    out = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out):
            code = cli_main(args)
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue()


def test_two_laptops_edit_one_phone_offline_from_the_cli(team: Team, tmp_path: Path) -> None:
    phone_id = _new_phone(team, team.clients["ann"], "+77010000000")
    paths = {}
    for login in ("ann", "head"):
        paths[login] = str(tmp_path / f"cli-{login}.sqlite")
        code, out = _cli(["connect", team.server.address, "--user", login, "--db",
                          paths[login]], stdin=PASSWORD + "\n")
        assert code == 0 and "Certificate pinned" in out, out
        code, out = _cli(["sync", "--once", "--db", paths[login]])
        assert code == 0 and out.startswith("pushed 0, pulled "), out
    for login, raw in (("ann", "+77011111111"), ("head", "+77022222222")):  # both offline
        db = dbs.open_database(paths[login])
        with db.session(server_tests.accounts.CONSOLE) as s:
            s.execute(update(Phone).where(Phone.id == phone_id).values(raw=raw, e164=raw))
        db.dispose()
    code, out = _cli(["sync", "--once", "--db", paths["ann"]])
    assert (code, out.split(",")[0]) == (0, "pushed 2")
    code, out = _cli(["sync", "--once", "--db", paths["head"]])
    assert code == 0 and "conflicts 2" in out, out  # raw and e164, both overwritten
    _cli(["sync", "--once", "--db", paths["ann"]])
    values = []
    for login in ("ann", "head"):
        db = dbs.open_database(paths[login])
        with db.session() as s:
            values.append(s.scalar(select(Phone.raw).where(Phone.id == phone_id)))
        db.dispose()
    assert values == ["+77022222222", "+77022222222"]  # equal: the later arrival won
    for login in ("ann", "head"):
        code, out = _cli(["sync", "conflicts", "--format", "json", "--db", paths[login]])
        found = [c for c in json.loads(out) if c["row_id"] == str(phone_id)
                 and c["column_name"] == "raw"]
        assert found and found[0]["lost_value"] == "+77011111111", out
        assert found[0]["kept_value"] == "+77022222222" and found[0]["kind"] == "overwritten"
        assert found[0]["lost_by"] == str(team.users["ann"])
        assert found[0]["kept_by"] == str(team.users["head"])
    code, out = _cli(["sync", "status", "--db", paths["ann"]])
    assert code == 0 and "waiting    0" in out and "synced at" in out and "ann" in out


def test_an_edit_of_a_row_deleted_elsewhere_loses_and_is_logged(team: Team, laptops) -> None:
    ann, head = laptops("ann"), laptops("head")
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        contact = Contact(client_id=team.clients["ann"], full_name="To Be Deleted")
        s.add(contact)
    ann.sync()
    head.sync()
    _edit(head, Contact, contact.id, deleted_at=utcnow())
    head.sync()
    _edit(ann, Contact, contact.id, position="Director")  # offline: she has not seen it
    result = ann.sync()
    assert result.conflicts >= 1
    assert _server_value(team, Contact, contact.id, "position") is None
    assert _server_value(team, Contact, contact.id, "deleted_at") is not None
    assert _local(ann, Contact, contact.id, "deleted_at") is not None
    assert _local(ann, Contact, contact.id, "position") is None  # back in step
    with team.owner.session() as s:
        logged = s.scalars(select(SyncConflict).where(SyncConflict.row_id == contact.id)).all()
    assert [(c.kind, c.column_name, c.lost_value) for c in logged] == [
        ("deleted", "position", json.dumps("Director"))]
    assert logged[0].lost_by == ann.user.id


def test_a_change_the_sender_may_not_make_is_refused_and_logged(team: Team, laptops) -> None:
    ann = laptops("ann")
    ann.sync()
    # a forged change of bob's client (never on her laptop): refused, nothing changes
    payload = {"batch_id": uuid.uuid4().hex, "device": "forged", "revision":
               dbs.head_revision(), "base": 0, "changes": [{
                   "change_id": uuid.uuid4().hex, "table": "clients",
                   "row": str(team.clients["bob"]), "op": "update",
                   "fields": {"city": "Hacked"}, "at": None}]}
    answer = ann.send("POST", "/api/v1/sync/push", payload)
    assert list(answer["outcomes"].values()) == ["refused"]
    assert _server_value(team, Client, team.clients["bob"], "city") != "Hacked"


def test_an_older_program_is_told_to_update_and_its_changes_wait(team: Team, laptops,
                                                                 monkeypatch) -> None:
    ann = laptops("ann")
    ann.sync()
    _edit(ann, Client, team.clients["ann"], source="older program")
    monkeypatch.setattr(dbs, "head_revision", lambda: "0013_reports")
    with pytest.raises(CrmError) as refused:
        ann.sync()
    assert refused.value.code == "sync.update_required"
    monkeypatch.undo()
    assert laptop.waiting(ann.db) == 1  # still there
    ann.sync()
    assert _server_value(team, Client, team.clients["ann"], "source") == "older program"


def test_sync_state_survives_without_a_connection(tmp_path: Path) -> None:
    db = dbs.open_database(str(tmp_path / "never.sqlite"))
    try:
        with pytest.raises(CrmError) as caught:
            laptop.open_client(db)
        assert caught.value.code == "sync.not_connected"
        assert laptop.status(db).synced_at is None
    finally:
        db.dispose()


def test_capture_triggers_come_back_after_a_rebuild(tmp_path: Path) -> None:
    db = dbs.open_database(str(tmp_path / "rebuilt.sqlite"))
    try:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER crm_sync_clients_upd"))
        laptop.ensure_capture(db)
        with db.engine.begin() as conn:
            names = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
        assert "crm_sync_clients_upd" in names
    finally:
        db.dispose()


def test_a_protected_field_refuses_a_change_and_logs_it(team: Team, laptops) -> None:
    """A payment's amount is money received: a laptop's edit of it is refused and logged for
    a person, and the laptop's copy comes back to the server's amount."""
    from datetime import date
    from decimal import Decimal

    from crm_desktop.models import Payment

    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        payment = Payment(client_id=team.clients["ann"], amount=Decimal("1500.50"),
                          currency="KZT", paid_on=date(2026, 12, 1))
        s.add(payment)
    ann = laptops("ann")
    ann.sync()
    assert _local(ann, Payment, payment.id, "amount") == Decimal("1500.50")  # money, exact
    _edit(ann, Payment, payment.id, amount=Decimal("15.05"), reference="typo fixed")
    result = ann.sync()
    assert result.conflicts == 1
    assert _server_value(team, Payment, payment.id, "amount") == Decimal("1500.50")
    assert _server_value(team, Payment, payment.id, "reference") == "typo fixed"  # not protected
    assert _local(ann, Payment, payment.id, "amount") == Decimal("1500.50")
    with team.owner.session() as s:
        logged = s.scalars(select(SyncConflict).where(SyncConflict.row_id == payment.id)).all()
    assert [(c.kind, c.column_name, json.loads(c.lost_value or "null")) for c in logged] == [
        ("protected", "amount", "15.05")]


def test_a_reassigned_client_arrives_with_its_rows_and_leaves_again(team: Team,
                                                                   laptops) -> None:
    bob_client = team.clients["bob"]
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        contact = Contact(client_id=bob_client, full_name="Bob's Contact")
        s.add(contact)
    ann = laptops("ann")
    ann.sync()
    assert _local(ann, Client, bob_client, "id") is None

    def responsible(login: str) -> None:
        with team.owner.session(server_tests.accounts.CONSOLE) as s:
            access.enter(s, None, "tests")
            s.execute(update(Client).where(Client.id == bob_client)
                      .values(responsible_id=team.users[login]))
    responsible("ann")  # handed over to ann: the client comes with its contact
    ann.sync()
    assert _local(ann, Client, bob_client, "responsible_id") == team.users["ann"]
    assert _local(ann, Contact, contact.id, "full_name") == "Bob's Contact"
    responsible("bob")  # and back: it leaves ann's laptop
    ann.sync()
    assert _local(ann, Client, bob_client, "id") is None
    assert _local(ann, Contact, contact.id, "id") is None
    assert _local(ann, Client, team.clients["ann"], "id") is not None  # her own stay


def test_a_batch_that_fails_halfway_leaves_nothing_and_the_retry_applies_it(
        team: Team, laptops, monkeypatch) -> None:
    """The server dies in the middle of a batch (here: an error after the first change): the
    whole batch is rolled back, the laptop keeps it, and the retry applies every change once."""
    from crm_desktop.services.sync import central

    ann = laptops("ann")
    ann.sync()
    client_id = team.clients["ann"]
    _edit(ann, Client, client_id, region="Half region", website="half.kz")
    original, calls = central._apply_change, [0]

    def dies_halfway(*args: Any) -> str:
        calls[0] += 1
        if calls[0] == 2:
            raise RuntimeError("server killed")
        return original(*args)

    monkeypatch.setattr(central, "_apply_change", dies_halfway)
    with pytest.raises(CrmError):
        ann.sync()
    assert _server_value(team, Client, client_id, "region") != "Half region"  # rolled back
    assert laptop.waiting(ann.db) == 2
    monkeypatch.undo()
    ann.sync()
    assert _server_value(team, Client, client_id, "region") == "Half region"
    assert _server_value(team, Client, client_id, "website") == "half.kz"
    assert laptop.waiting(ann.db) == 0


def test_the_status_bar_shows_the_sync_and_sync_now_runs_in_the_background(
        team: Team, laptops, qtbot, monkeypatch) -> None:
    from .helpers import open_desk

    ann = laptops("ann")
    ann.sync()
    window = open_desk(qtbot, ann.db, "ann")
    controls = window.sync
    controls.timer.stop()  # the test clicks Sync now itself
    assert controls.label.isVisible() and controls.sync_action.isEnabled()
    _edit(ann, Client, team.clients["ann"], website="status-bar.kz")
    controls.show_state(None)
    assert "1 waiting" in controls.label.text()
    controls.sync_action.trigger()
    assert controls.running  # off the GUI thread: the click returned at once
    qtbot.waitUntil(lambda: not controls.running, timeout=20_000)
    assert controls.label.text().startswith("Synced at") and "0 waiting" in \
        controls.label.text(), controls.label.text()
    assert _server_value(team, Client, team.clients["ann"], "website") == "status-bar.kz"

    def unreachable(_db: Any) -> Any:
        raise CrmError(tc.UNREACHABLE, address=team.server.address, reason="no network")

    monkeypatch.setattr(laptop, "open_client", unreachable)  # out in the field
    _edit(ann, Client, team.clients["ann"], website="offline.kz")
    controls.sync_now()
    qtbot.waitUntil(lambda: not controls.running, timeout=20_000)
    assert controls.label.text().startswith("Offline — 1 waiting"), controls.label.text()


def test_an_issued_invoice_keeps_its_totals_and_lines(team: Team, laptops) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.models import (
        DocumentKind,
        DocumentStatus,
        SalesDocument,
        SalesDocumentLine,
    )

    money = {"net_total": Decimal("100.00"), "vat_total": Decimal("12.00"),
             "total": Decimal("112.00")}
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        invoice = SalesDocument(kind=DocumentKind.INVOICE, number=f"INV-{uuid.uuid4().hex[:6]}",
                                issue_date=date(2026, 12, 1), client_id=team.clients["ann"],
                                currency="KZT", status=DocumentStatus.ISSUED, **money)
        s.add(invoice)
        s.flush()
        line = SalesDocumentLine(document_id=invoice.id, line_no=1, description="Laptop",
                                 quantity=Decimal(1), unit="pcs", price=Decimal("100.00"),
                                 vat_rate=Decimal(12), net_amount=Decimal("100.00"),
                                 vat_amount=Decimal("12.00"), total=Decimal("112.00"))
        s.add(line)
    ann = laptops("ann")
    ann.sync()
    assert _local(ann, SalesDocumentLine, line.id, "price") == Decimal("100.00")
    _edit(ann, SalesDocument, invoice.id, total=Decimal("1.00"), notes="call first")
    _edit(ann, SalesDocumentLine, line.id, price=Decimal("1.00"))
    with ann.db.session(ann.user) as s:
        extra = SalesDocumentLine(document_id=invoice.id, line_no=2, description="Gift",
                                  quantity=Decimal(1), unit="pcs", price=Decimal(0),
                                  vat_rate=Decimal(12), net_amount=Decimal(0),
                                  vat_amount=Decimal(0), total=Decimal(0))
        s.add(extra)
    ann.sync()
    assert _server_value(team, SalesDocument, invoice.id, "total") == Decimal("112.00")
    assert _server_value(team, SalesDocument, invoice.id, "notes") == "call first"
    assert _server_value(team, SalesDocumentLine, line.id, "price") == Decimal("100.00")
    assert _server_value(team, SalesDocumentLine, extra.id, "id") is None  # no new line
    assert _local(ann, SalesDocumentLine, extra.id, "id") is None  # nor on the laptop
    assert _local(ann, SalesDocument, invoice.id, "total") == Decimal("112.00")
    assert _local(ann, SalesDocumentLine, line.id, "price") == Decimal("100.00")
    with team.owner.session() as s:
        kinds = sorted((c.table_name, c.column_name, c.kind) for c in s.scalars(
            select(SyncConflict).where(SyncConflict.row_id.in_([invoice.id, line.id,
                                                                extra.id]))))
    assert kinds == [("sales_document_lines", "*", "protected"),
                     ("sales_document_lines", "price", "protected"),
                     ("sales_documents", "total", "protected")]


# -- client tags (a link table: its id is made from the pair) ------------------------------------
def _links(db: dbs.Database, client_id: uuid.UUID) -> dict[str, bool]:
    """The client's tag links by tag name: True if live, False if tombstoned."""
    from crm_desktop.models import Tag, client_tags

    with db.session() as s:
        return {name: gone is None for name, gone in s.execute(
            select(Tag.name, client_tags.c.deleted_at).join(
                Tag, Tag.id == client_tags.c.tag_id).where(client_tags.c.client_id == client_id))}


def _set_tags(lap: Laptop, client_id: uuid.UUID, names: list[str]) -> None:
    from crm_desktop.models import Tag

    with lap.db.session(lap.user) as s:
        client = s.get(Client, client_id)
        assert client is not None
        tags = []
        for name in names:
            tag = s.scalar(select(Tag).where(Tag.name == name))
            if tag is None:
                tag = Tag(name=name)
                s.add(tag)
            tags.append(tag)
        client.tags = tags


def test_a_tag_added_and_removed_on_a_laptop_reaches_the_server_and_the_others(
        team: Team, laptops) -> None:
    ann, head = laptops("ann"), laptops("head")
    ann.sync()
    head.sync()
    client_id = team.clients["ann"]
    wholesale, vip = f"wholesale-{uuid.uuid4().hex[:6]}", f"vip-{uuid.uuid4().hex[:6]}"
    _set_tags(ann, client_id, [wholesale, vip])
    ann.sync()
    assert {wholesale: True, vip: True}.items() <= _links(team.owner, client_id).items()
    head.sync()
    assert {wholesale: True, vip: True}.items() <= _links(head.db, client_id).items()
    _set_tags(ann, client_id, [wholesale])  # the removal is a tombstone that travels
    ann.sync()
    assert _links(team.owner, client_id)[vip] is False
    assert _links(team.owner, client_id)[wholesale] is True
    head.sync()
    assert _links(head.db, client_id)[vip] is False
    # the same tag put back on two copies offline is one link, not a refused duplicate
    _set_tags(ann, client_id, [wholesale, vip])
    _set_tags(head, client_id, [wholesale, vip])
    assert ann.sync().conflicts == 0
    assert head.sync().conflicts == 0
    ann.sync()
    assert _links(team.owner, client_id)[vip] is True
    assert _links(ann.db, client_id)[vip] is True and _links(head.db, client_id)[vip] is True


# -- a won deal's amount -------------------------------------------------------------------------
def test_a_won_deals_amount_refuses_a_laptops_change(team: Team, laptops) -> None:
    """A won deal's amount is what was agreed: a laptop's edit of it is refused and logged
    for a person; its other fields still change, and an open deal's amount still may."""
    from decimal import Decimal

    from crm_desktop.models import Deal, DealStatus, Pipeline, PipelineStage

    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        pipeline = Pipeline(name=f"Field {uuid.uuid4().hex[:6]}")
        s.add(pipeline)
        s.flush()
        stage = PipelineStage(pipeline_id=pipeline.id, name="Won", outcome=DealStatus.WON)
        s.add(stage)
        s.flush()
        deals = [Deal(client_id=team.clients["ann"], title=title, pipeline_id=pipeline.id,
                      stage_id=stage.id, stage_entered_at=utcnow(), status=status,
                      amount=Decimal("250000.00"), currency="KZT")
                 for title, status in (("Won one", DealStatus.WON),
                                       ("Open one", DealStatus.OPEN))]
        s.add_all(deals)
    won, open_deal = deals
    ann = laptops("ann")
    ann.sync()
    assert _local(ann, Deal, won.id, "amount") == Decimal("250000.00")
    _edit(ann, Deal, won.id, amount=Decimal("25000.00"), title="Won one, delivered")
    _edit(ann, Deal, open_deal.id, amount=Decimal("300000.00"))
    result = ann.sync()
    assert result.conflicts == 1
    assert _server_value(team, Deal, won.id, "amount") == Decimal("250000.00")
    assert _server_value(team, Deal, won.id, "title") == "Won one, delivered"
    assert _server_value(team, Deal, open_deal.id, "amount") == Decimal("300000.00")
    assert _local(ann, Deal, won.id, "amount") == Decimal("250000.00")
    with team.owner.session() as s:
        logged = s.scalars(select(SyncConflict).where(
            SyncConflict.row_id.in_([won.id, open_deal.id]))).all()
    assert [(c.row_id, c.kind, c.column_name, json.loads(c.lost_value or "null"),
             json.loads(c.kept_value or "null"), c.lost_by) for c in logged] == [
        (won.id, "protected", "amount", "25000.00", "250000.00", ann.user.id)]


# -- the inbox resolved on one desktop is resolved on the others -----------------------------------
def test_a_conflict_resolved_on_one_desktop_is_resolved_on_the_server_and_the_others(
        team: Team, laptops) -> None:
    from datetime import date
    from decimal import Decimal

    from crm_desktop.models import Payment
    from crm_desktop.services.sync import inbox

    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        payment = Payment(client_id=team.clients["ann"], amount=Decimal("700.00"),
                          currency="KZT", paid_on=date(2026, 12, 2))
        s.add(payment)
    office, field = laptops("ann"), laptops("ann")  # one person, two desktops
    office.sync()
    field.sync()
    _edit(field, Payment, payment.id, amount=Decimal("7.00"))
    assert field.sync().conflicts == 1
    office.sync()

    def open_ids(lap: Laptop) -> set[int]:
        with lap.db.session(lap.user) as s:
            return {c.id for c in inbox.conflicts(s) if c.row_id == payment.id}
    (conflict_id,) = open_ids(office)
    assert open_ids(field) == {conflict_id}
    with office.db.session(office.user) as s:
        inbox.resolve_conflict(s, conflict_id, take_mine=False)
    assert open_ids(office) == set()
    office.sync()
    with team.owner.session() as s:
        on_server = s.get(SyncConflict, conflict_id)
        assert on_server is not None
        assert on_server.resolved_at is not None and on_server.resolution == "theirs"
    field.sync()
    assert open_ids(field) == set()
    with field.db.session() as s:
        assert s.scalar(select(SyncConflict.resolution).where(
            SyncConflict.id == conflict_id)) == "theirs"
    newcomer = laptops("ann")  # a first sync brings it resolved
    newcomer.sync()
    assert open_ids(newcomer) == set()
    # someone who may not see the client cannot close it
    carl = laptops("carl")
    assert carl.send("POST", "/api/v1/sync/conflicts", {
        "resolved": [{"id": conflict_id, "resolution": "mine"}], "open": [conflict_id]}) == []


def test_a_first_sync_reports_progress_and_resumes_after_an_interruption(
        team: Team, laptops) -> None:
    """A new copy pulls page by page: the progress goes up to the total; cut off after the
    first page, the next round goes on from where it stopped and ends with the same rows."""
    head = laptops("head")
    seen: list[tuple[int, int]] = []

    def cut_off(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt  # the laptop's lid closes after the first page

    with pytest.raises(KeyboardInterrupt):
        laptop.pull(head.db, head.send, page=3, progress=cut_off)
    assert len(seen) == 1 and 0 < seen[0][0] < seen[0][1]
    cursor = int(laptop.read_state(head.db, "cursor", "0"))
    assert cursor > 0  # the first page is kept
    resumed: list[tuple[int, int]] = []
    laptop.pull(head.db, head.send, page=3, progress=lambda d, t: resumed.append((d, t)))
    assert resumed and resumed[-1][1] < seen[0][1]  # only what was left
    assert [d for d, _t in resumed] == sorted(d for d, _t in resumed)
    fresh = laptops("head")
    laptop.pull(fresh.db, fresh.send)
    with head.db.session() as s, fresh.db.session() as t:
        assert sorted(s.scalars(select(Client.id))) == sorted(t.scalars(select(Client.id)))


# -- the team's settings ---------------------------------------------------------------------------
def test_the_teams_settings_travel_and_an_installations_own_stay_home(team: Team,
                                                                      laptops) -> None:
    admin, ann = laptops("admin"), laptops("ann")
    admin.sync()
    ann.sync()
    key = "email_template:ru:invoice"
    with admin.db.session(admin.user) as s:
        mail_templates.save_template(s, "ru", "invoice", "Счёт {invoice_number}",
                                     "Здравствуйте, {contact_name}! Счёт во вложении.")
        set_setting(s, "campaign_rate", 7)  # this installation's mail account's limit
        set_setting(s, "backup_keep", 3)
    admin.sync()
    with team.owner.session() as s:
        assert get_setting(s, key) == ["Счёт {invoice_number}",
                                       "Здравствуйте, {contact_name}! Счёт во вложении."]
        assert get_setting(s, "campaign_rate") is None
        assert get_setting(s, "backup_keep") is None
    ann.sync()
    with ann.db.session() as s:
        assert mail_templates.template(s, "ru", "invoice")[0] == "Счёт {invoice_number}"
        assert get_setting(s, "campaign_rate") is None

    # ann may not change the company's templates: the service says no on her laptop, and a
    # write that goes round the service is refused by the server and logged
    with ann.db.session(ann.user) as s, pytest.raises(CrmError):
        mail_templates.save_template(s, "ru", "invoice", "Mine", "Mine")
    with ann.db.session(ann.user) as s:
        set_setting(s, key, ["Forged {invoice_number}", "Forged"])
    ann.sync()
    with team.owner.session() as s:
        assert get_setting(s, key)[0] == "Счёт {invoice_number}"
        logged = s.scalars(select(SyncConflict.kind).where(
            SyncConflict.row_id == shared_setting_id(key),
            SyncConflict.lost_by == ann.user.id)).all()
    assert logged and set(logged) == {"refused"}
    ann.sync()
    with ann.db.session() as s:
        assert get_setting(s, key)[0] == "Счёт {invoice_number}"  # the team's value is back


def test_a_setting_set_on_two_laptops_offline_makes_one_row_and_logs_the_loser(
        team: Team, laptops) -> None:
    admin, other = laptops("admin"), laptops("admin")
    admin.sync()
    other.sync()
    with admin.db.session(admin.user) as s:
        set_setting(s, "exchange_rates", {"USD": "470.00"})
    with other.db.session(other.user) as s:
        set_setting(s, "exchange_rates", {"USD": "480.00"})
    admin.sync()
    other.sync()
    admin.sync()
    for db in (team.owner, admin.db, other.db):
        with db.session() as s:
            assert get_setting(s, "exchange_rates") == {"USD": "480.00"}
    with team.owner.session() as s:
        assert s.scalar(select(func.count()).select_from(SharedSetting).where(
            SharedSetting.key == "exchange_rates")) == 1
        lost = s.scalars(select(SyncConflict.lost_value).where(
            SyncConflict.row_id == shared_setting_id("exchange_rates"))).all()
    assert any("470.00" in (value or "") for value in lost), lost
    with admin.db.session() as s:  # the inbox names the setting
        assert "exchange_rates" in {c.record for c in inbox.conflicts(s, open_only=False)}
