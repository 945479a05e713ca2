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
"""

from __future__ import annotations

import contextlib
import os
import signal
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

from sqlalchemy import event

from crm_desktop.models import base as model_base
from crm_desktop.services.core import db as dbs
from crm_desktop.services.sync import central

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
