"""The team server for real: a PostgreSQL server, the migrations run by its owner, the HTTPS
server on a loopback port logged in as a role under row-level security, and the desktop's
client pinning the server's self-signed certificate. One database and one server per module.

People: `admin`; `head` leads the team North with `ann` and `bob`; `carl` is a salesperson in
no team; `dave` and `erin` exist to be locked out and disabled.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import func, select, true

from crm_desktop.cli import main as cli_main
from crm_desktop.models import AuditEntry, AuthToken, Client, ClientShare, Event, Role, utcnow
from crm_desktop.server import run, tls
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.team import access, accounts
from crm_desktop.services.team import client as tc
from crm_desktop.services.team import clients as team_clients

from .pg import PostgresServer

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse 1"
SERVER_ROLE = "crm_server"


@dataclass
class Team:
    owner: dbs.Database  # the migrations' role: sees everything (the tests' own eyes)
    server_db: dbs.Database
    server_url: str
    server: run.ServerThread
    cert: tls.Certificate
    users: dict[str, uuid.UUID]
    clients: dict[str, uuid.UUID]  # by who is responsible: ann, bob, carl, pool

    def profile(self, login: str) -> tc.Profile:
        return tc.Profile(self.server.address, login, self.cert.cert_file.read_text(),
                          self.cert.fingerprint)

    def desktop(self, login: str, password: str = PASSWORD) -> tc.TeamClient:
        client = tc.TeamClient(self.profile(login))
        client.sign_in(password)
        return client

    def raw(self) -> httpx.Client:
        return httpx.Client(base_url=f"https://{self.server.address}",
                            verify=tc._context(self.cert.cert_file.read_text()))


def _server_role(postgres: PostgresServer) -> None:
    with psycopg.connect(postgres.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                     f"'{SERVER_ROLE}') THEN CREATE ROLE {SERVER_ROLE} LOGIN; END IF; END $$")
        conn.execute(f"GRANT crm_app TO {SERVER_ROLE}")


@pytest.fixture(scope="module")
def team(postgres: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    url = postgres.create_database()
    owner = dbs.open_database(url)  # migrations as the owner; creates the crm_app role
    _server_role(postgres)
    users: dict[str, uuid.UUID] = {}
    with owner.session(accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        for login, role in (("admin", Role.ADMIN), ("head", Role.HEAD_OF_SALES),
                            ("ann", Role.SALESPERSON), ("bob", Role.SALESPERSON),
                            ("carl", Role.SALESPERSON), ("dave", Role.SALESPERSON),
                            ("erin", Role.SALESPERSON)):
            users[login] = accounts.add_user(s, login, login.title(), role, PASSWORD)
        accounts.save_team(s, "North", "head", ["ann", "bob"])
        clients = {}
        for who in ("ann", "bob", "carl", "pool"):
            client = Client(short_name=f"{who.title()} Trading LLP", country="KZ",
                            currency="KZT", responsible_id=users.get(who))
            s.add(client)
            s.flush()
            clients[who] = client.id
    server_url = url.replace("postgres@", f"{SERVER_ROLE}@")
    server_db = run.server_database(server_url, pool_size=10)
    cert = tls.certificate(tmp_path_factory.mktemp("cert"), hosts=["127.0.0.1"])
    server = run.ServerThread(server_db, cert).start()
    yield Team(owner, server_db, server_url, server, cert, users, clients)
    server.stop()
    server_db.dispose()
    owner.dispose()
    postgres.drop_database(url)


def _code(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(CrmError) as caught:
        call()
    return caught.value.code


def _snapshot(team: Team, client_id: uuid.UUID) -> tuple[object, ...]:
    with team.owner.session() as s:
        client = s.get(Client, client_id)
        assert client is not None
        shares = s.scalar(select(func.count()).select_from(ClientShare)
                          .where(ClientShare.client_id == client_id))
        events = s.scalar(select(func.count()).select_from(Event)
                          .where(Event.client_id == client_id))
        return (client.updated_at, client.city, client.deleted_at, client.merged_into_id,
                shares, events)


# -- signing in ------------------------------------------------------------------------------------
def test_sign_in_answers_who_and_what_they_may_do(team: Team) -> None:
    with team.desktop("ann") as ann:
        me = ann.request("GET", "/api/v1/me")
    assert me["user"]["login"] == "ann" and me["user"]["role"] == "salesperson"
    assert "edit_clients" in me["permissions"] and "read_audit" not in me["permissions"]
    with team.owner.session() as s:  # the token is stored hashed only
        stored = s.scalars(select(AuthToken.token_hash)).all()
    assert all(len(h) == 64 for h in stored)


def test_health_needs_no_sign_in(team: Team) -> None:
    with team.raw() as http:
        answer = http.get("/health")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ok" and answer.json()["revision"] == dbs.head_revision()


def test_a_wrong_password_is_refused_then_slowed_down(team: Team) -> None:
    profile = team.profile("dave")
    with tc.TeamClient(profile) as desk:
        codes = [_code(lambda: desk.sign_in("wrong password"))
                 for _ in range(accounts.FREE_ATTEMPTS)]
        assert codes == ["team.wrong_password"] * accounts.FREE_ATTEMPTS
        # blocked now: even the right password is not checked until the delay has passed
        assert _code(lambda: desk.sign_in(PASSWORD)) == "team.slow_down"
    with team.raw() as http:
        answer = http.post("/api/v1/sign-in", json={"login": "dave", "password": PASSWORD})
    assert answer.status_code == 429 and int(answer.headers["Retry-After"]) >= 1
    with team.owner.session(accounts.CONSOLE) as s:  # the admin lets dave in again
        accounts.enable_user(s, "dave")
    with team.desktop("dave") as dave:
        assert dave.me().login == "dave"


def test_an_unknown_login_reads_like_a_wrong_password(team: Team) -> None:
    with tc.TeamClient(team.profile("nobody")) as desk:
        assert _code(lambda: desk.sign_in(PASSWORD)) == "team.wrong_password"


def test_expired_and_revoked_tokens_are_refused(team: Team) -> None:
    issued = accounts.sign_in(team.owner, "carl", PASSWORD,
                              now=utcnow() - timedelta(days=2), lifetime=timedelta(days=1))
    with tc.TeamClient(team.profile("carl"), issued.token) as desk:
        assert _code(desk.me) == "team.token_expired"
    desk = team.desktop("carl")
    token = desk.token
    desk.sign_out()
    with tc.TeamClient(team.profile("carl"), token) as again:
        assert _code(again.me) == "team.token_revoked"
    with tc.TeamClient(team.profile("carl"), "made-up") as forged:
        assert _code(forged.me) == "team.token_revoked"
    with tc.TeamClient(team.profile("carl")) as anonymous:
        assert _code(anonymous.me) == "team.no_token"


def test_users_disable_cuts_a_signed_in_desktop_off(team: Team, capsys) -> None:
    desk = team.desktop("erin")
    assert desk.me().login == "erin"
    assert cli_main(["users", "disable", "erin", "--db", str(team.owner.url.render_as_string(
        hide_password=False))]) == 0
    assert _code(desk.me) in {"team.token_revoked", "team.account_disabled"}
    with tc.TeamClient(team.profile("erin")) as again:
        assert _code(lambda: again.sign_in(PASSWORD)) == "team.account_disabled"
    # even a token the disabling did not revoke stops working: every request checks the account
    with team.owner.session(accounts.CONSOLE) as s:
        accounts.enable_user(s, "erin")
    desk = team.desktop("erin")
    with team.owner.session(accounts.CONSOLE) as s:
        s.get(accounts.User, team.users["erin"]).active = False  # type: ignore[union-attr]
    assert _code(desk.me) == "team.account_disabled"


# -- who sees what ---------------------------------------------------------------------------------
def _listed(team: Team, login: str) -> set[uuid.UUID]:
    with team.desktop(login) as desk:
        return {uuid.UUID(r["id"]) for r in desk.request("GET", "/api/v1/clients")}


def test_each_role_lists_what_it_may_see(team: Team) -> None:
    c = team.clients
    assert _listed(team, "ann") == {c["ann"]}
    assert _listed(team, "carl") == {c["carl"]}
    assert _listed(team, "head") == {c["ann"], c["bob"], c["pool"]}  # team + the unassigned
    assert {c["ann"], c["bob"], c["carl"], c["pool"]} <= _listed(team, "admin")


ENDPOINTS = {
    "read": ("GET", "/api/v1/clients/{id}", None),
    "edit": ("PATCH", "/api/v1/clients/{id}", {"city": "Stolen"}),
    "delete": ("DELETE", "/api/v1/clients/{id}", None),
    "share": ("POST", "/api/v1/clients/{id}/shares", {"login": "ann"}),
    "events": ("GET", "/api/v1/clients/{id}/events", None),
    "note": ("POST", "/api/v1/clients/{id}/notes", {"subject": "peek"}),
    "history": ("GET", "/api/v1/clients/{id}/history", None),
    "merge into": ("POST", "/api/v1/clients/{own}/merge", {"other_id": "{id}"}),
    "merge away": ("POST", "/api/v1/clients/{id}/merge", {"other_id": "{own}"}),
}


@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_a_salesperson_cannot_reach_another_salespersons_client(team: Team,
                                                                endpoint: str) -> None:
    method, path, body = ENDPOINTS[endpoint]
    bob_client, own = str(team.clients["bob"]), str(team.clients["ann"])

    def fill(value: object) -> object:
        if isinstance(value, str):
            return value.replace("{id}", bob_client).replace("{own}", own)
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        return value

    before = _snapshot(team, team.clients["bob"])
    with team.desktop("ann") as ann:
        code = _code(lambda: ann.request(method, str(fill(path)), fill(body)))
    assert code in {"team.not_found", "forbidden"}  # merging needs the head of sales anyway
    assert _snapshot(team, team.clients["bob"]) == before


def test_the_head_of_sales_may_merge_but_not_outside_the_team(team: Team) -> None:
    before = _snapshot(team, team.clients["carl"])
    with team.desktop("head") as head:
        code = _code(lambda: head.request(
            "POST", f"/api/v1/clients/{team.clients['ann']}/merge",
            {"other_id": str(team.clients["carl"])}))
    assert code == "team.not_found"
    assert _snapshot(team, team.clients["carl"]) == before


def test_a_share_shows_a_client_to_one_more_person(team: Team) -> None:
    with team.owner.session(accounts.CONSOLE) as s:
        shared = Client(short_name="Shared Goods LLP", country="KZ", currency="KZT",
                        responsible_id=team.users["bob"])
        s.add(shared)
        s.flush()
        shared_id = shared.id
    assert shared_id not in _listed(team, "carl")
    with team.desktop("bob") as bob:
        bob.request("POST", f"/api/v1/clients/{shared_id}/shares", {"login": "carl"})
    assert shared_id in _listed(team, "carl")
    with team.desktop("carl") as carl:
        carl.request("PATCH", f"/api/v1/clients/{shared_id}", {"city": "Shymkent"})
    with team.owner.session() as s:
        assert s.get(Client, shared_id).city == "Shymkent"  # type: ignore[union-attr]


def test_a_salesperson_cannot_hand_a_client_out_of_sight(team: Team) -> None:
    with team.desktop("ann") as ann:
        created = ann.request("POST", "/api/v1/clients", {"short_name": "Own New LLP"})
        client_id = uuid.UUID(created["id"])
        assert _code(lambda: ann.request("PATCH", f"/api/v1/clients/{client_id}",
                                         {"responsible_id": str(team.users["carl"])})) \
            == "team.not_found"
    with team.owner.session() as s:
        client = s.get(Client, client_id)
        assert client is not None and client.responsible_id == team.users["ann"]


# -- the second wall: row-level security -----------------------------------------------------------
def _as_server_role(team: Team, user: str) -> psycopg.Connection:
    dsn = team.server_url.replace("postgresql+psycopg://", "postgresql://")
    conn = psycopg.connect(dsn)
    conn.execute("SELECT set_config('crm.user_id', %s, false)", (str(team.users[user]),))
    return conn


def test_row_level_security_refuses_another_salespersons_client_to_the_server_role(
        team: Team) -> None:
    bob_client = team.clients["bob"]
    with _as_server_role(team, "ann") as conn:
        assert conn.execute("SELECT count(*) FROM clients WHERE id = %s",
                            (bob_client,)).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM clients WHERE id = %s",
                            (team.clients["ann"],)).fetchone() == (1,)
        updated = conn.execute("UPDATE clients SET city = 'Stolen' WHERE id = %s",
                               (bob_client,)).rowcount
        assert updated == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO phones (id, client_id, kind, raw, created_at, updated_at)"
                         " VALUES (gen_random_uuid(), %s, 'work', '+7 701', now(), now())",
                         (bob_client,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor may it forge the audit
            conn.execute("DELETE FROM audit_log")
    with _as_server_role(team, "bob") as conn:  # the same role sees bob's with bob set
        assert conn.execute("SELECT count(*) FROM clients WHERE id = %s",
                            (bob_client,)).fetchone() == (1,)
    dsn = team.server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as nobody:  # no user set: nothing at all
        assert nobody.execute("SELECT count(*) FROM clients").fetchone() == (0,)
    assert _snapshot(team, bob_client)[1] is None


def test_row_level_security_holds_when_the_servers_filter_is_bypassed(
        team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    bypass = staticmethod(lambda *_a, **_k: true())
    monkeypatch.setattr(access, "visible_clients", bypass)
    monkeypatch.setattr(team_clients, "visible_clients", bypass)
    monkeypatch.setattr(access, "client_visible", lambda *_a, **_k: True)
    before = _snapshot(team, team.clients["bob"])
    with team.desktop("ann") as ann:
        listed = {r["id"] for r in ann.request("GET", "/api/v1/clients")}
        assert str(team.clients["bob"]) not in listed
        for method, path, body in (("GET", "/api/v1/clients/{id}", None),
                                   ("PATCH", "/api/v1/clients/{id}", {"city": "Stolen"}),
                                   ("DELETE", "/api/v1/clients/{id}", None)):
            code = _code(lambda m=method, p=path, b=body: ann.request(
                m, p.format(id=team.clients["bob"]), b))
            assert code in {"team.not_found", "clients.gone"}
    assert _snapshot(team, team.clients["bob"]) == before


def test_every_table_that_belongs_to_a_client_is_behind_forced_row_level_security(
        team: Team) -> None:
    with team.owner.engine.connect() as conn:
        owned = {r[0] for r in conn.exec_driver_sql(
            "SELECT table_name FROM information_schema.columns "
            "WHERE column_name = 'client_id' AND table_schema = current_schema()")}
        forced = {r[0] for r in conn.exec_driver_sql(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity")}
    assert (owned | {"clients"}) - {"client_shares", "audit_log"} <= forced
    assert {"products", "companies", "settings", "users"} & forced == set()  # shared


# -- the audit trail -------------------------------------------------------------------------------
def _audit(team: Team, table: str, row: uuid.UUID) -> list[AuditEntry]:
    with team.owner.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.table_name == table,
                                                       AuditEntry.row_id == str(row))
                              .order_by(AuditEntry.id)))


def test_audit_keeps_before_and_after_of_an_edit_a_merge_and_a_deletion(team: Team) -> None:
    with team.desktop("admin") as admin:
        ids = [uuid.UUID(admin.request("POST", "/api/v1/clients", {
            "short_name": name, "city": "Almaty"})["id"])
            for name in ("Audit One LLP", "Audit Two LLP", "Audit Three LLP")]
        one, two, three = ids
        admin.request("PATCH", f"/api/v1/clients/{one}", {"city": "Astana"})
        admin.request("POST", f"/api/v1/clients/{one}/merge", {"other_id": str(two)})
        admin.request("DELETE", f"/api/v1/clients/{three}")
        history = admin.client_history(one)
    edit = [e for e in _audit(team, "clients", one) if e.action == "update"
            and e.before and "city" in e.before]
    assert edit and edit[0].before["city"] == "Almaty" and edit[0].after["city"] == "Astana"
    assert edit[0].user_id == team.users["admin"] and edit[0].device
    merged = [e for e in _audit(team, "clients", two) if e.action == "merge"]
    assert merged and merged[0].before["merged_into_id"] is None
    assert merged[0].after["merged_into_id"] == str(one) and merged[0].after["deleted_at"]
    deleted = [e for e in _audit(team, "clients", three) if e.action == "delete"]
    assert deleted and deleted[0].before == {"deleted_at": None}
    assert deleted[0].after["deleted_at"] is not None
    # the card's "Change history": field, old → new, who
    changes = [(c["field"], c["old"], c["new"]) for entry in history
               for c in entry["changes"] if entry["action"] == "update"]
    assert ("city", "Almaty", "Astana") in changes
    assert {entry["who"] for entry in history} == {"Admin"}


def test_audit_retention_keeps_recent_rows(team: Team) -> None:
    from crm_desktop.services.team import audit

    with team.owner.session(accounts.CONSOLE) as s:
        audit.set_retention_days(s, 1)
    with team.owner.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO audit_log (at, table_name, row_id, action) VALUES "
                             "(now() - interval '3 days', 'clients', 'old', 'update')")
    with team.server_db.session() as s:  # the server's own housekeeping, as its role
        gone = audit.purge(s)
    assert gone == 1
    with team.owner.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) > 0


# -- bad input: a clear code, nothing half-written ---------------------------------------------
def _count_clients(team: Team) -> int:
    with team.owner.session() as s:
        return s.scalar(select(func.count()).select_from(Client)) or 0


@pytest.mark.parametrize("body, code", [
    (b"{not json", "team.bad_request"),
    (b"[1, 2]", "team.bad_request"),
    (b'{"short_name": "Half LLP", "colour": "red"}', "team.unknown_field"),
    (b'{"short_name": "Half LLP", "status": "royal"}', "team.bad_value"),
    (b'{"short_name": ""}', "card.invalid"),
])
def test_a_malformed_request_is_refused_and_writes_nothing(team: Team, body: bytes,
                                                            code: str) -> None:
    before = _count_clients(team)
    with team.desktop("ann") as ann, team.raw() as http:
        answer = http.post("/api/v1/clients", content=body,
                           headers={"Authorization": f"Bearer {ann.token}",
                                    "Content-Type": "application/json"})
    assert answer.json()["error"] == code
    assert answer.status_code in {400, 422}
    assert _count_clients(team) == before


def test_an_unreachable_server_is_said_clearly(team: Team) -> None:
    profile = tc.Profile("127.0.0.1:9", "ann", None, "")
    with tc.TeamClient(profile) as desk:
        assert _code(lambda: desk.sign_in(PASSWORD)) == "team.unreachable"
    assert _code(lambda: tc.probe("127.0.0.1:9")) == "team.unreachable"


# -- certificates ---------------------------------------------------------------------------------
def test_first_connect_shows_the_fingerprint_the_server_printed(team: Team) -> None:
    seen = tc.probe(team.server.address)
    assert seen.fingerprint == team.cert.fingerprint and not seen.trusted_by_system
    assert tls.fingerprint_of(seen.pem) == team.cert.fingerprint


def test_pinning_refuses_a_swapped_certificate(team: Team, tmp_path: Path) -> None:
    impostor = tls.certificate(tmp_path, hosts=["127.0.0.1"])
    assert impostor.fingerprint != team.cert.fingerprint
    other = run.ServerThread(team.server_db, impostor).start()
    try:
        pinned = tc.Profile(other.address, "ann", team.cert.cert_file.read_text(),
                            team.cert.fingerprint)
        with tc.TeamClient(pinned) as desk, pytest.raises(CrmError) as caught:
            desk.sign_in(PASSWORD)
        assert caught.value.code == "team.certificate_changed"
        assert caught.value.params["fingerprint"] == impostor.fingerprint
    finally:
        other.stop()


def test_a_real_certificate_works_as_usual(team: Team, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import trustme

    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1", "localhost")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    issued.private_key_and_cert_chain_pem.write_to_path(str(cert_file))
    issued.private_key_pem.write_to_path(str(key_file))
    ca_file = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(ca_file))
    real = tls.certificate(tmp_path / "unused", cert_file, key_file)
    assert not real.self_signed
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # the system's authorities, for the test
    server = run.ServerThread(team.server_db, real).start()
    try:
        assert tc.probe(server.address).trusted_by_system
        with tc.TeamClient(tc.Profile(server.address, "ann", None, "")) as desk:
            assert desk.sign_in(PASSWORD).login == "ann"
    finally:
        server.stop()


# -- the console ---------------------------------------------------------------------------------
def test_users_commands(team: Team, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    db = team.owner.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("first password\n"))
    assert cli_main(["users", "add", "Fay", "--role", "head_of_sales", "--name", "Fay Head",
                     "--db", db]) == 0
    desk = team.desktop("fay", "first password")
    monkeypatch.setattr("sys.stdin", io.StringIO("second password\n"))
    assert cli_main(["users", "reset-password", "fay", "--db", db]) == 0
    assert _code(desk.me) == "team.token_revoked"
    assert team.desktop("fay", "second password").me().role == Role.HEAD_OF_SALES
    capsys.readouterr()
    assert cli_main(["users", "list", "--db", db]) == 0
    listed = capsys.readouterr().out
    assert "fay" in listed and "head_of_sales" in listed and "North" in listed
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli_main(["users", "add", "gus", "--role", "admin", "--name", "Gus",
                     "--db", db]) == 1
    assert "at least" in capsys.readouterr().err


def test_server_check(team: Team, capsys, tmp_path: Path) -> None:
    assert cli_main(["server", "--check", "--db", team.server_url]) == 0
    out = capsys.readouterr().out
    assert "FAILED" not in out and "SHA-256" in out
    owner_url = team.owner.url.render_as_string(hide_password=False)
    assert cli_main(["server", "--check", "--db", owner_url]) == 1  # a superuser escapes RLS
    assert "row-level security" in capsys.readouterr().out
    assert cli_main(["server", "--db", owner_url, "--listen", "127.0.0.1:1"]) == 1
    assert "superuser" in capsys.readouterr().err
