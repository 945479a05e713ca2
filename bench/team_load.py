"""The team server under load on loopback: 50 simulated desktops sign in and read/write
concurrently for a bounded time; prints p50/p95 latency and errors (target: p95 < 200 ms and
0 errors on a 2-core machine).

A throw-away PostgreSQL (Debian's binaries, as the tests start it) gets the schema from its
owner, 50 salespeople in 5 teams with their heads and 2 000 clients; the real server runs as
`crm-desktop server` in its own process, logged in as a role under row-level security, with
its self-signed certificate; the desktops are asyncio tasks with httpx pinning it. Each desktop
signs in (all fifty within the first five seconds), then repeats: list its clients (60 %),
open one card (25 %), change a field (10 %), add a note (5 %), pausing a random think time
between clicks.

    python bench/team_load.py [--desktops 50] [--seconds 30] [--think 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import ssl
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from common import BENCH_DIR, pct

sys.path.insert(0, str(BENCH_DIR.parent))

PASSWORD = "load test password"


def seed(url: str, desktops: int, clients: int) -> list[str]:
    from crm_desktop.models import Client, Role
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.team import access, accounts

    owner = dbs.open_database(url)
    logins = [f"sales{n:03}" for n in range(desktops)]
    with owner.session(accounts.CONSOLE) as s:
        access.enter(s, None, "bench")
        ids = [accounts.add_user(s, login, f"Sales {login}", Role.SALESPERSON, PASSWORD)
               for login in logins]
        for team in range(5):
            head = f"head{team}"
            accounts.add_user(s, head, f"Head {team}", Role.HEAD_OF_SALES, PASSWORD)
            accounts.save_team(s, f"Team {team}", head, logins[team::5])
        rng = random.Random(1)
        s.add_all(Client(short_name=f"Load Client {n:05} LLP", country="KZ", currency="KZT",
                         city=rng.choice(["Almaty", "Astana", "Shymkent"]),
                         responsible_id=ids[n % desktops]) for n in range(clients))
    owner.dispose()
    return logins


class Desktop:
    def __init__(self, base: str, context: ssl.SSLContext, login: str) -> None:
        import httpx

        self.http = httpx.AsyncClient(base_url=base, verify=context, timeout=30)
        self.login = login
        self.token = ""
        self.own: list[str] = []

    async def call(self, kind: str, method: str, path: str, samples: dict[str, list[float]],
                   errors: dict[str, int], body: object = None) -> object:
        started = time.perf_counter()
        try:
            answer = await self.http.request(
                method, path, json=body,
                headers={"Authorization": f"Bearer {self.token}"} if self.token else {})
            ok = answer.is_success
            data = answer.json() if ok else None
        except Exception:  # a failure of any kind counts as an error
            ok, data = False, None
        samples[kind].append(time.perf_counter() - started)
        if not ok:
            errors[kind] += 1
        return data


async def run_desktop(desk: Desktop, until: float, think: float, rng: random.Random,
                      samples: dict[str, list[float]], errors: dict[str, int],
                      arrive: float) -> None:
    await asyncio.sleep(rng.uniform(0, arrive))  # people start their day within a few seconds
    data = await desk.call("sign-in", "POST", "/api/v1/sign-in", samples, errors,
                           {"login": desk.login, "password": PASSWORD, "device": "bench"})
    if not isinstance(data, dict):
        return
    desk.token = data["token"]
    while time.perf_counter() < until:
        await asyncio.sleep(rng.uniform(0, 2 * think))
        roll = rng.random()
        if roll < 0.60 or not desk.own:
            rows = await desk.call("list", "GET", "/api/v1/clients?limit=50", samples, errors)
            if isinstance(rows, list):
                desk.own = [r["id"] for r in rows]
        elif roll < 0.85:
            await desk.call("card", "GET", f"/api/v1/clients/{rng.choice(desk.own)}", samples,
                            errors)
        elif roll < 0.95:
            await desk.call("edit", "PATCH", f"/api/v1/clients/{rng.choice(desk.own)}",
                            samples, errors, {"city": rng.choice(["Almaty", "Astana"])})
        else:
            await desk.call("note", "POST", f"/api/v1/clients/{rng.choice(desk.own)}/notes",
                            samples, errors, {"subject": "Called, will order next week"})
    await desk.http.aclose()


async def drive(base: str, cert_pem: str, logins: list[str], seconds: float,
                think: float) -> tuple[dict[str, list[float]], dict[str, int], float]:
    context = ssl.create_default_context(cadata=cert_pem)
    context.check_hostname = False
    samples: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    until = started + seconds
    desks = [Desktop(base, context, login) for login in logins]
    await asyncio.gather(*(run_desktop(d, until, think, random.Random(n), samples, errors,
                                       min(5.0, seconds / 4)) for n, d in enumerate(desks)))
    return samples, errors, time.perf_counter() - started


def wait_for(address: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    import socket

    host, port = address.rsplit(":", 1)
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server stopped: see its output above")
        try:
            with socket.create_connection((host, int(port)), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desktops", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=1.0,
                        help="mean pause between a desktop's requests, seconds")
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args()

    import psycopg

    from tests.pg import PostgresServer

    pg = PostgresServer.start()
    server = None
    try:
        url = pg.create_database()
        logins = seed(url, args.desktops, args.clients)
        with psycopg.connect(pg.admin_dsn(), autocommit=True) as conn:
            conn.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                         "'crm_server') THEN CREATE ROLE crm_server LOGIN IN ROLE crm_app; "
                         "END IF; END $$")
        server_url = url.replace("postgres@", "crm_server@")
        data = Path(tempfile.mkdtemp(prefix="crm-load-"))
        env = {**os.environ, "CRM_DESKTOP_DATA_DIR": str(data)}
        with socketless_port() as port:
            address = f"127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "crm_desktop", "server", "--db",
                                   server_url, "--listen", address], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(address, server)
        cert_pem = (data / "server" / "server-cert.pem").read_text()
        samples, errors, took = asyncio.run(drive(f"https://{address}", cert_pem, logins,
                                                  args.seconds, args.think))
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        pg.stop()
    every = [t for kind, times in samples.items() if kind != "sign-in" for t in times]
    total = sum(len(v) for v in samples.values())
    print(f"{args.desktops} desktops, {took:.1f} s, {total} requests "
          f"({total / took:.0f}/s), think time {args.think} s, {os.cpu_count()} cores")
    print(f"{'kind':8} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'errors':>6}")
    for kind in ("sign-in", "list", "card", "edit", "note"):
        times = samples.get(kind, [])
        if times:
            print(f"{kind:8} {len(times):6} {pct(times, 50):8.1f} {pct(times, 95):8.1f} "
                  f"{max(times) * 1000:8.1f} {errors.get(kind, 0):6}")
    print(f"{'reads+writes':8} {len(every):2} p50 {pct(every, 50):.1f} ms, "
          f"p95 {pct(every, 95):.1f} ms; errors {sum(errors.values())} "
          f"(target: p95 < 200 ms, 0 errors)")


class socketless_port:
    """A free loopback port (closed again before the server takes it)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])

    def __exit__(self, *_exc: object) -> None:
        return None


if __name__ == "__main__":
    main()
