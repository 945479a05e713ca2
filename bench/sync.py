"""Offline sync on loopback: push and pull of 10 000 changes (target: each under 10 s), and a
round with nothing to do (target: under 100 ms).

A throw-away PostgreSQL (Debian's binaries, as the tests start it) gets the schema from its
owner; the real server runs in a thread over TLS as a role under row-level security; laptops
are SQLite files in a temporary folder. `ann` adds N contacts to her client on her laptop
(one bulk Core insert: N queued changes) and pushes them; the head of sales' laptop pulls them.
Beside each figure, a raw lower bound: the same N rows by executemany straight into PostgreSQL
(push) and into SQLite (pull), without the protocol.

    python bench/sync.py [--changes 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from common import BENCH_DIR
from sqlalchemy import text

sys.path.insert(0, str(BENCH_DIR.parent))

PASSWORD = "sync bench password"


class Team:
    """A throw-away PostgreSQL with the schema, ann (a salesperson) and the head of sales in one
    team, ann's client, and the real server in a thread over TLS as a role under row-level
    security."""

    def __init__(self, postgres: Any, owner: Any, server_db: Any, server: Any, ann: uuid.UUID,
                 client_id: uuid.UUID) -> None:
        self.postgres, self.owner, self.server_db, self.server = postgres, owner, server_db, \
            server
        self.ann, self.client_id = ann, client_id

    @classmethod
    def start(cls, folder: Path, own_process: bool = False) -> Team:
        """`own_process`: the server in a process of its own (`crm-desktop server`), as on
        the office's computer, so that it does not share the desktop's interpreter lock."""
        import psycopg

        from crm_desktop.models import Client, Role
        from crm_desktop.server import run, tls
        from crm_desktop.services.core import db as dbs
        from crm_desktop.services.team import access, accounts
        from tests.pg import PostgresServer

        postgres = PostgresServer.start()
        url = postgres.create_database()
        owner = dbs.open_database(url)
        with psycopg.connect(postgres.admin_dsn(), autocommit=True) as admin:
            admin.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                          "'crm_server') THEN CREATE ROLE crm_server LOGIN; END IF; END $$")
            admin.execute("GRANT crm_app TO crm_server")
        with owner.session(accounts.CONSOLE) as s:
            access.enter(s, None, "bench")
            ann = accounts.add_user(s, "ann", "Ann", Role.SALESPERSON, PASSWORD)
            accounts.add_user(s, "head", "Head", Role.HEAD_OF_SALES, PASSWORD)
            accounts.save_team(s, "North", "head", ["ann"])
            client = Client(short_name="Bench LLP", country="KZ", currency="KZT",
                            responsible_id=ann)
            s.add(client)
            s.flush()
            client_id = client.id
        server_db = run.server_database(url.replace("postgres@", "crm_server@"), pool_size=5)
        cert = tls.certificate(folder, hosts=["127.0.0.1"])
        server: Any = ServerProcess(url.replace("postgres@", "crm_server@"), cert, folder) \
            if own_process else run.ServerThread(server_db, cert).start()
        return cls(postgres, owner, server_db, server, ann, client_id)


class ServerProcess:
    """`crm-desktop server` on a loopback port, started and stopped like `run.ServerThread`."""

    def __init__(self, url: str, cert: Any, folder: Path) -> None:
        import socket
        import subprocess

        import httpx

        from crm_desktop.services.team import client as tc

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.address = f"127.0.0.1:{sock.getsockname()[1]}"
        env = {**os.environ, "XDG_DATA_HOME": str(folder / "server-data")}
        self.process = subprocess.Popen(
            [str(Path(sys.executable).with_name("crm-desktop")), "server", "--db", url,
             "--listen", self.address, "--tls-cert", str(cert.cert_file), "--tls-key",
             str(cert.key_file)], env=env, stdout=subprocess.DEVNULL)
        verify = tc._context(cert.cert_file.read_text())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"https://{self.address}/health", verify=verify).is_success:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("the team server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=5_000,
                        help="clients (with 2 contacts, 2 phones, 2 meetings each) for the "
                             "first sync of a new laptop")
    args = parser.parse_args()

    import keyring
    from keyrings.alt.file import PlaintextKeyring
    from sqlalchemy import insert, select, text

    from crm_desktop.models import Contact, utcnow
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.sync import laptop
    from crm_desktop.services.team import accounts

    folder = Path(tempfile.mkdtemp(prefix="crm-sync-bench-"))
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring.cfg")
    keyring.set_keyring(backend)
    team = Team.start(folder)
    try:
        owner, server, server_db, ann = team.owner, team.server, team.server_db, team.ann
        client_id = team.client_id
        laptops = {}
        for login in ("ann", "head"):
            db = dbs.open_database(str(folder / f"{login}.sqlite"))
            laptop.connect(db, server.address, login, PASSWORD)
            laptops[login] = (db, laptop.open_client(db))
        for db, http in laptops.values():
            laptop.sync_round(db, http.request)

        db, http = laptops["ann"]
        now = utcnow()
        rows = [{"id": uuid.uuid4(), "client_id": client_id, "full_name": f"Person {n}",
                 "is_primary": False, "created_at": now, "updated_at": now}
                for n in range(args.changes)]
        with db.session(accounts.CONSOLE) as s:
            s.connection().execute(insert(Contact), rows)
        queued = laptop.waiting(db)
        started = time.perf_counter()
        pushed, _ = laptop.push(db, http.request)
        push_s = time.perf_counter() - started

        head_db, head_http = laptops["head"]
        waited = [0.0]

        def timed(*call: Any) -> Any:
            began = time.perf_counter()
            try:
                return head_http.request(*call)
            finally:
                waited[0] += time.perf_counter() - began
        import cProfile
        import os
        profiler = cProfile.Profile() if os.environ.get("SYNC_PROFILE") else None
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        pulled, _, _ = laptop.pull(head_db, timed)
        if profiler:
            profiler.disable()
            import pstats
            pstats.Stats(profiler).sort_stats("tottime").print_stats(18)
        pull_s = time.perf_counter() - started

        laptop.sync_round(head_db, head_http.request)  # warm
        started = time.perf_counter()
        rounds = 10
        for _ in range(rounds):
            laptop.sync_round(head_db, head_http.request)
        idle_ms = (time.perf_counter() - started) / rounds * 1000

        raw_rows = [{**r, "id": uuid.uuid4()} for r in rows]
        started = time.perf_counter()
        with owner.engine.begin() as conn:
            conn.execute(insert(Contact), raw_rows)
        raw_push = time.perf_counter() - started
        bare = dbs.open_database(str(folder / "bare.sqlite"))
        with bare.engine.begin() as conn:  # without the sync's triggers, as a lower bound
            conn.execute(text("INSERT INTO clients (id, kind, short_name, name_key, country, "
                              "status, currency, custom_fields, created_at, updated_at) "
                              "VALUES (:id, 'organization', 'B', 'b', 'KZ', 'lead', 'KZT', "
                              "'{}', :t, :t)"), {"id": client_id.bytes, "t": now})
            conn.execute(text("DROP TRIGGER crm_sync_contacts_ins"))
        started = time.perf_counter()
        with bare.engine.begin() as conn:
            conn.execute(insert(Contact), raw_rows)
        raw_pull = time.perf_counter() - started
        with head_db.session() as s:
            held = len(s.scalars(select(Contact.id).where(Contact.client_id == client_id)).all())

        # the first sync of a new laptop: a salesperson with N clients and their rows
        first = first_sync(owner, folder, server.address, ann, args.clients)

        print(f"changes queued on ann's laptop: {queued}")
        print(f"push  {pushed:>6} changes: {push_s:6.2f} s   (raw executemany into PostgreSQL: "
              f"{raw_push:.2f} s; target < 10 s)")
        print(f"pull  {pulled:>6} changes: {pull_s:6.2f} s   (raw executemany into SQLite: "
              f"{raw_pull:.2f} s; target < 10 s); head's copy holds {held} contacts; "
              f"{waited[0]:.2f} s of it waiting for the server")
        print(f"a round with nothing to do: {idle_ms:.0f} ms (target < 100 ms)")
        print(f"first sync of a new laptop: {first[1]} rows of {args.clients} clients in "
              f"{first[0]:.1f} s (target < 60 s)")
        for one, client in laptops.values():
            client.close()
            one.dispose()
        bare.dispose()
        server.stop()
        server_db.dispose()
        owner.dispose()
    finally:
        team.postgres.stop()


def first_sync(owner: Any, folder: Path, address: str, ann: uuid.UUID,
               clients: int) -> tuple[float, int]:
    from sqlalchemy import func, select

    from crm_desktop.models import Client, Contact, Event, Phone
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.sync import laptop

    seed_clients(owner, ann, clients)
    db = dbs.open_database(str(folder / "new-laptop.sqlite"))
    laptop.connect(db, address, "ann", PASSWORD)
    started = time.perf_counter()
    with laptop.open_client(db) as http:
        laptop.sync_round(db, http.request)
    spent = time.perf_counter() - started
    with db.session() as s:
        held = sum(int(s.scalar(select(func.count()).select_from(m)) or 0)
                   for m in (Client, Contact, Phone, Event))
    db.dispose()
    return spent, held


def seed_clients(owner: Any, ann: uuid.UUID, clients: int) -> None:
    """`clients` of ann's on the server, each with 2 contacts, 2 phones and 2 meetings."""
    from sqlalchemy import insert

    from crm_desktop.models import Client, Contact, Event, EventType, Phone, utcnow

    now = utcnow()
    stamps = {"created_at": now, "updated_at": now}
    made = [{"id": uuid.uuid4(), "short_name": f"Client {n}", "name_key": f"client {n}",
             "country": "KZ", "currency": "KZT", "status": "customer", "kind": "organization",
             "responsible_id": ann, "custom_fields": {}, **stamps} for n in range(clients)]
    contacts = [{"id": uuid.uuid4(), "client_id": c["id"], "full_name": f"Person {k}",
                 "is_primary": k == 0, **stamps} for c in made for k in range(2)]
    phones = [{"id": uuid.uuid4(), "client_id": c["id"], "kind": "work",
               "raw": f"+7701{n:07d}", "e164": f"+7701{n:07d}", **stamps}
              for n, c in enumerate(made) for _ in range(2)]
    events = [{"id": uuid.uuid4(), "client_id": c["id"], "type": EventType.MEETING,
               "subject": "Visit", "start_at": now, "status": "done", **stamps}
              for c in made for _ in range(2)]
    with owner.engine.begin() as conn:
        conn.execute(text("SELECT set_config('crm.device', 'bench', true)"))
        for model, rows in ((Client, made), (Contact, contacts), (Phone, phones),
                            (Event, events)):
            conn.execute(insert(model), rows)


if __name__ == "__main__":
    main()
