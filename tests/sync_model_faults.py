"""Faults for the randomized sync model (tests/test_sync_model.py) that need more than a
wrapped transport: laptop clocks hours apart, and a laptop's `crm-desktop sync --once` killed
with SIGKILL at a moment the model chooses.

Clocks. A laptop stamps times in three places: `models.base.utcnow` (rows' `created_at` and
`updated_at`, a deal's stage times, the sync state), `models.base.new_id` (the UUIDv7 keys carry
their creation time) and SQLite's own `strftime(..., 'now')` in the capture triggers (the
outbox's `changed_at`, sent as each change's `at`). `Clocks` shifts all three for one laptop
while the test acts as that laptop (`with clocks.of(login)`); the team server runs in this
process too, in its own threads, and keeps the true time (a context variable does not cross
into them).

Kills. `ServerTap` wraps the server's sync entry points (`services/sync/central`, called by
the in-process team server through the module) to count the requests a `crm-desktop sync
--once` subprocess makes and to SIGKILL it at a chosen one: while the server is still working on
it (the server commits, the laptop never hears), right after, or some milliseconds later (the
laptop is applying a page or acknowledging a batch). A kill may also come at a moment counted
from the start (before the first request: the laptop is freezing its batch).

A server killed mid-batch. `KilledServer` runs a second team server, `crm-desktop server` in a
process of its own on the same database and certificate. A laptop pushes to it while the test
holds `sync_received` in SHARE mode: the server reads it, applies the whole batch in its
transaction and then waits on its last statement (recording the batch as received). The test
sees that wait in `pg_stat_activity` and SIGKILLs the server there: PostgreSQL rolls the
transaction back, the laptop hears the connection drop, and its batch waits for the next round.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
from sqlalchemy import event, text

from crm_desktop.models import base as model_base
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.sync import central
from crm_desktop.services.team import client as tc

# -- clocks hours apart ---------------------------------------------------------------------------
_SKEW: ContextVar[timedelta] = ContextVar("laptop_clock_skew", default=timedelta(0))
_REAL_TIME = model_base.time
_REAL_DATETIME = model_base.datetime


class _LaptopDatetime(datetime):
    """`datetime` as `models.base` sees it: `now()` is the acting laptop's clock."""

    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        return _REAL_DATETIME.now(tz) + _SKEW.get()


def _time_ns() -> int:
    return _REAL_TIME.time_ns() + int(_SKEW.get().total_seconds() * 1_000_000_000)


class Clocks:
    """Each laptop's clock offset (hours, drawn per example); `of(login)` acts as that laptop."""

    def __init__(self) -> None:
        self.skews: dict[str, timedelta] = {}
        self._plain = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        model_base.datetime = _LaptopDatetime  # type: ignore[misc]
        model_base.time = SimpleNamespace(time_ns=_time_ns)  # type: ignore[assignment]

    def close(self) -> None:
        model_base.datetime = _REAL_DATETIME  # type: ignore[misc]
        model_base.time = _REAL_TIME
        self._plain.close()

    def skew(self, login: str) -> timedelta:
        return self.skews.get(login, timedelta(0))

    @contextlib.contextmanager
    def of(self, login: str) -> Iterator[None]:
        token = _SKEW.set(self.skew(login))
        try:
            yield
        finally:
            _SKEW.reset(token)

    def attach(self, db: dbs.Database, login: str) -> None:
        """SQLite's `strftime(format, 'now')` on this laptop's connections reads its clock
        (an application-defined function overrides the built-in one of the same arity)."""

        def strftime(form: str, value: Any) -> Any:
            if isinstance(value, str) and value.lower() == "now":
                moment = _REAL_DATETIME.now(UTC).replace(tzinfo=None) + self.skew(login)
                value = moment.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
            with self._lock:
                return self._plain.execute("SELECT strftime(?, ?)", (form, value)).fetchone()[0]

        def on_connect(connection: Any, _record: Any) -> None:
            connection.create_function("strftime", 2, strftime)

        event.listen(db.engine, "connect", on_connect)
        db.engine.dispose()  # pooled connections were opened without it


# -- a laptop killed mid-sync ---------------------------------------------------------------------
TAPPED = ("apply_batch", "changes_since", "rows", "client_rows", "visible_client_ids",
          "settle_conflicts")
PHASES = ("start", "inside", "answered")  # counted from the start, inside a request, after one


@dataclass
class KillPlan:
    phase: str  # one of PHASES
    request: int  # which request (0: the first) for inside/answered
    delay_ms: int  # after the moment; for "start", from the spawn
    pid: int = 0
    seen: list[str] = field(default_factory=list)  # the requests served, in order
    killed_at: str = ""  # where the kill landed ("" if the sync finished first)


class ServerTap:
    """Wraps the server's sync entry points while installed; a `KillPlan` armed on it kills
    the laptop's process at its moment."""

    def __init__(self) -> None:
        self.plan: KillPlan | None = None
        self._lock = threading.Lock()
        self._timers: list[threading.Timer] = []
        self._originals = {name: getattr(central, name) for name in TAPPED}
        for name, original in self._originals.items():
            setattr(central, name, self._wrap(name, original))

    def close(self) -> None:
        for name, original in self._originals.items():
            setattr(central, name, original)

    def _wrap(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def tapped(*args: Any, **kwargs: Any) -> Any:
            index = self._moment(name, "inside")
            result = original(*args, **kwargs)
            self._moment(name, "answered", index)
            return result
        return tapped

    def _moment(self, name: str, phase: str, index: int | None = None) -> int:
        with self._lock:
            plan = self.plan
            if plan is None:
                return -1
            if index is None:
                index = len(plan.seen)
                plan.seen.append(name)
            if plan.phase == phase and plan.request == index and not plan.killed_at:
                plan.killed_at = f"{phase} {name} #{index} +{plan.delay_ms} ms"
                self._later(plan)
            return index

    def _later(self, plan: KillPlan) -> None:
        if plan.delay_ms == 0:
            _kill(plan.pid)
            return
        timer = threading.Timer(plan.delay_ms / 1000, _kill, (plan.pid,))
        self._timers.append(timer)
        timer.start()

    def run_cli(self, db_path: Path, env: dict[str, str], plan: KillPlan,
                timeout: float = 60.0) -> tuple[int, str, KillPlan]:
        """`crm-desktop sync --once --db FILE` in a process of its own, killed per `plan`;
        (exit code: -9 when killed, its output, the plan with where the kill landed)."""
        program = str(Path(sys.executable).with_name("crm-desktop"))
        process = subprocess.Popen([program, "sync", "--once", "--db", str(db_path)], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        plan.pid = process.pid
        with self._lock:
            self.plan = plan
        if plan.phase == "start":
            plan.killed_at = f"start +{plan.delay_ms} ms"
            self._later(plan)
        try:
            out, err = process.communicate(timeout=timeout)
        finally:
            with self._lock:
                self.plan = None
            for timer in self._timers:
                timer.cancel()
            self._timers.clear()
            if process.poll() is None:
                _kill(process.pid)
                process.wait()
        if process.returncode != -signal.SIGKILL:
            plan.killed_at = ""  # the sync finished before its moment came
        return process.returncode, out + err, plan


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def cli_env(folder: Path) -> dict[str, str]:
    """The environment of a CLI run: the same plain-file keychain the test's laptops keep
    their tokens in (keyrings.alt's PlaintextKeyring under XDG_DATA_HOME)."""
    env = dict(os.environ)
    env.update(PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               XDG_DATA_HOME=str(folder), QT_QPA_PLATFORM="offscreen")
    return env


def keyring_file(folder: Path) -> Path:
    """Where PlaintextKeyring keeps its file for XDG_DATA_HOME=`folder`."""
    return folder / "python_keyring" / "keyring_pass.cfg"


def wait_unlocked(path: Path, seconds: float = 5.0) -> None:
    """A killed process's locks go with it; wait until the file answers a read."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with contextlib.closing(sqlite3.connect(path, timeout=0.2)) as conn:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise


# -- the server killed mid-batch ------------------------------------------------------------------
MODEL_SERVER = "crm_model_killed_server"  # its connections' application_name


class KilledServer:
    """A second team server in a process of its own (same database, same certificate), to be
    SIGKILLed in the middle of applying a pushed batch."""

    def __init__(self, owner: dbs.Database, server_url: str, cert: Any, folder: Path) -> None:
        self.owner, self.cert, self.folder = owner, cert, folder
        joiner = "&" if "?" in server_url else "?"
        self.url = f"{server_url}{joiner}application_name={MODEL_SERVER}"
        self.process: subprocess.Popen[str] | None = None
        self.address = ""
        self.kills = 0

    def start(self) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        with contextlib.closing(socket.socket()) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        self.address = f"127.0.0.1:{port}"
        program = str(Path(sys.executable).with_name("crm-desktop"))
        self.process = subprocess.Popen(
            [program, "server", "--db", self.url, "--listen", self.address,
             "--tls-cert", str(self.cert.cert_file), "--tls-key", str(self.cert.key_file)],
            env=cli_env(self.folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True)
        verify = tc._context(self.cert.cert_file.read_text())
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"https://{self.address}/health", verify=verify,
                             timeout=1).is_success:
                    return
            if self.process.poll() is not None or time.monotonic() > deadline:
                said = self.process.stderr.read() if self.process.poll() is not None \
                    and self.process.stderr else ""
                raise RuntimeError(f"the second team server did not start: {said}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def transport(self, login: str, token: str | None) -> tc.TeamClient:
        """A client of this server for a laptop (its token is valid on every server)."""
        self.start()
        return tc.TeamClient(tc.Profile(self.address, login, self.cert.cert_file.read_text(),
                                        self.cert.fingerprint), token)

    def _count(self, condition: str) -> int:
        with self.owner.engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = :a AND "
                + condition), {"a": MODEL_SERVER}).scalar_one())

    def push_killed(self, push: Callable[[], Any]) -> bool:
        """Run `push` (a laptop's push to this server) in a thread while the received-batches
        table is held in SHARE mode; SIGKILL the server once its transaction waits there, with
        the whole batch applied but not committed. True if it was killed (False: the laptop
        had nothing to push). Returns after the killed transaction has ended."""
        self.start()
        done = threading.Event()
        failure: list[BaseException] = []

        def pushing() -> None:
            try:
                push()
            except BaseException as exc:  # handed to the test's thread
                failure.append(exc)
            finally:
                done.set()

        killed = False
        with self.owner.engine.connect() as hold:
            hold.execute(text("LOCK TABLE sync_received IN SHARE MODE"))
            worker = threading.Thread(target=contextvars.copy_context().run, args=(pushing,))
            worker.start()
            deadline = time.monotonic() + 30
            while not done.is_set() and not self._count("wait_event_type = 'Lock'"):
                if time.monotonic() > deadline:
                    raise RuntimeError("the second server never reached the batch's end")
                time.sleep(0.02)
            if not done.is_set():
                assert self.process is not None
                _kill(self.process.pid)
                self.process.wait(10)
                killed = True
                self.kills += 1
            hold.rollback()
        worker.join(60)
        deadline = time.monotonic() + 30
        while self._count("state <> 'idle'"):  # its backend notices and rolls back
            if time.monotonic() > deadline:
                raise RuntimeError("the killed server's transaction did not end")
            time.sleep(0.05)
        if failure and not (killed and isinstance(failure[0], CrmError)):
            raise failure[0]
        return killed
