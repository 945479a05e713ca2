"""Starting the team server (`crm-desktop server`) and checking it (`--check`)."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import create_engine, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import sessionmaker

from crm_desktop.models import Role, User
from crm_desktop.services.automation import engine, hook
from crm_desktop.services.automation.hook import AUTOMATION
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, DatabaseError
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.team import access, audit
from crm_desktop.services.team.codes import BAD_LISTEN, NEEDS_POSTGRESQL, OUTDATED, ROLE_BYPASSES

from . import logs, tls
from .app import TeamApp

log = logging.getLogger("crm_desktop.server")


DEFAULT_LISTEN = "0.0.0.0:8443"
POOL_SIZE = 20  # connections per server process; see docs/TEAM.md for the arithmetic
PURGE_EVERY = 24 * 3600
SWEEP_EVERY = 3600  # the date rules
SWEEP_FIRST = 60  # after a start: not in the middle of a restart's rush


def parse_listen(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    try:
        number = int(port)
    except ValueError:
        number = 0
    if not host or not 0 < number < 65536:
        raise CrmError(BAD_LISTEN, value=value)
    return host.strip("[]"), number


def server_database(db: str | None, pool_size: int = POOL_SIZE) -> dbs.Database:
    """The team's PostgreSQL with a pool sized for concurrent requests (no migrations here:
    the server's role may not change the schema)."""
    url = dbs.resolve_url(db)
    if url.get_backend_name() != "postgresql":
        raise CrmError(NEEDS_POSTGRESQL, database=dbs.describe(url))
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size // 2,
                           pool_pre_ping=True, pool_recycle=1800)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except sa_exc.SQLAlchemyError as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(dbs.CANNOT_OPEN, database=dbs.describe(url), reason=reason) from exc
    return dbs.Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def role_problem(database: dbs.Database) -> str | None:
    """Why row-level security would not apply to the server's role, or None."""
    with database.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT r.rolname, r.rolsuper, r.rolbypassrls, "
            "EXISTS (SELECT 1 FROM pg_tables t WHERE t.tablename = 'clients' "
            "        AND t.schemaname = current_schema() AND t.tableowner = current_user) "
            "FROM pg_roles r WHERE r.rolname = current_user")).one()
    if row[1]:
        return f"{row[0]}|is a superuser"
    if row[2]:
        return f"{row[0]}|has BYPASSRLS"
    if row[3]:
        return f"{row[0]}|owns the tables"
    return None


def require_safe_role(database: dbs.Database) -> None:
    problem = role_problem(database)
    if problem:
        role, why = problem.split("|", 1)
        raise CrmError(ROLE_BYPASSES, role=role, why=why)


def require_current_schema(database: dbs.Database) -> None:
    revision, head = dbs.current_revision(database), dbs.head_revision()
    if revision != head:
        raise CrmError(OUTDATED, revision=revision or "(empty)", head=head)


def certificate_folder() -> Path:
    return dbs.data_dir() / "server"


def files_folder() -> Path:
    """Where the server keeps the attachments' files the desktops send, by SHA-256 (beside its
    certificate; CRM_DESKTOP_DATA_DIR moves both). Several servers on one database need this
    folder shared between them."""
    return certificate_folder() / "files"


@dataclass(frozen=True)
class Check:
    what: str
    ok: bool
    detail: str


def check(db: str | None, cert_file: Path | None = None, key_file: Path | None = None,
          hosts: list[str] | None = None) -> list[Check]:
    """Database reachable, schema current, the role under row-level security, a usable
    certificate (the self-signed one is made if missing, as the server would)."""
    checks: list[Check] = []
    try:
        database = server_database(db, pool_size=1)
    except CrmError as exc:
        return [Check("database", False, str(exc))]
    try:
        checks.append(Check("database", True, database.label))
        for what, probe in (("migrations", require_current_schema),
                            ("row-level security", require_safe_role)):
            try:
                probe(database)
                checks.append(Check(what, True, "ok"))
            except CrmError as exc:
                checks.append(Check(what, False, str(exc)))
    finally:
        database.dispose()
    try:
        cert = tls.certificate(certificate_folder(), cert_file, key_file, hosts)
        checks.append(Check("certificate", True, f"{cert.cert_file} SHA-256 "
                            f"{cert.fingerprint}"))
    except CrmError as exc:
        checks.append(Check("certificate", False, str(exc)))
    return checks


def _purge(database: dbs.Database) -> None:
    try:
        with database.session() as s:
            gone = audit.purge(s)
        if gone:
            log.info(json.dumps({"event": "audit purged", "rows": gone}))
    except (CrmError, sa_exc.SQLAlchemyError) as exc:
        log.warning(json.dumps({"event": "audit purge failed", "reason": str(exc)}))


SWEEP_LOCK = 7_263_002  # pg_try_advisory_xact_lock: one server of several sweeps at a time


def sweep(database: dbs.Database) -> engine.SweepReport | None:
    """The date rules (a date field ± N days, no activity, no purchase for N days), run here
    for the whole team: desktops that sync never sweep. Several servers on one database take
    turns (an advisory lock); each record and date fires once whoever sweeps."""
    try:
        with database.session(AUTOMATION) as s:
            s.info[hook.SERVER_KEY] = True
            if database.engine.dialect.name == "postgresql" and not s.scalar(
                    text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": SWEEP_LOCK}):
                return None
            # Row-level security shows the sweep every client as it shows them to an admin
            # (the audit names that admin, from the device "automation").
            admin = s.scalars(select(User).where(
                User.role == Role.ADMIN, User.active.is_(True), User.deleted_at.is_(None))
                .order_by(User.created_at).limit(1)).first()
            if admin is None:
                return None
            access.enter(s, CurrentUser(admin.id, admin.login, admin.full_name, admin.role),
                         "automation")
            report = engine.run_due(s, prune_days=engine.DEFAULT_KEEP_DAYS)
        if report.fired or report.errors:
            log.info(json.dumps({"event": "date rules swept", "rules": report.rules,
                                 "runs": report.fired, "errors": report.errors}))
        return report
    except (CrmError, sa_exc.SQLAlchemyError) as exc:
        log.warning(json.dumps({"event": "date rules sweep failed", "reason": str(exc)}))
        return None


def build(database: dbs.Database) -> Any:
    """The ASGI application with its housekeeping: the audit's retention (daily) and the
    date rules (hourly)."""
    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        async def housekeeping() -> None:
            while True:
                await asyncio.to_thread(_purge, database)
                await asyncio.sleep(PURGE_EVERY)

        async def date_rules() -> None:
            await asyncio.sleep(SWEEP_FIRST)
            while True:
                await asyncio.to_thread(sweep, database)
                await asyncio.sleep(SWEEP_EVERY)
        tasks = [asyncio.create_task(housekeeping()), asyncio.create_task(date_rules())]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()

    return TeamApp(database, lifespan).app


def make_server(database: dbs.Database, host: str, port: int,
                cert: tls.Certificate) -> uvicorn.Server:
    config = uvicorn.Config(build(database), host=host, port=port,
                            ssl_certfile=str(cert.cert_file), ssl_keyfile=str(cert.key_file),
                            log_config=None, access_log=False, lifespan="on",
                            timeout_graceful_shutdown=5)
    return uvicorn.Server(config)


def serve(db: str | None, listen: str = DEFAULT_LISTEN, cert_file: Path | None = None,
          key_file: Path | None = None, announce: Any = print) -> int:
    """Run until interrupted. Refuses to start when the database is not current or the role
    would escape row-level security."""
    host, port = parse_listen(listen)
    database = server_database(db)
    try:
        require_current_schema(database)
        require_safe_role(database)
        cert = tls.certificate(certificate_folder(), cert_file, key_file, [host])
        if cert.self_signed:
            announce(f"Self-signed certificate {cert.cert_file}"
                     f"{' (made now)' if cert.created else ''}")
            announce(f"SHA-256 fingerprint: {cert.fingerprint}")
            announce("Desktops show this fingerprint on first connect: compare it there.")
        announce(f"Listening on https://{host}:{port} ({database.label})")
        logs.setup()
        make_server(database, host, port, cert).run()
    finally:
        database.dispose()
    return 0


class ServerThread:
    """The real server on a loopback port in a thread (tests, the load test)."""

    def __init__(self, database: dbs.Database, cert: tls.Certificate,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        import socket

        if port == 0:
            with socket.socket() as sock:
                sock.bind((host, 0))
                port = int(sock.getsockname()[1])
        self.host, self.port = host, port
        self.server = make_server(database, host, port, cert)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self) -> ServerThread:
        self.thread.start()
        import time

        for _ in range(500):
            if self.server.started:
                return self
            time.sleep(0.01)
        raise RuntimeError("the team server did not start")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
