"""Start a real PostgreSQL server for tests (Debian's `postgresql` package, no root inside)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError("PostgreSQL server binaries not found; run `make test` (it installs them)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    folder: Path
    port: int
    run_as: str | None

    @classmethod
    def start(cls) -> PostgresServer:
        bin_dir = _pg_bin()
        folder = Path(tempfile.mkdtemp(prefix="crm-pg-"))
        run_as = None
        if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
            run_as = "postgres"
            entry = pwd.getpwnam(run_as)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        server = cls(folder, _free_port(), run_as)
        data = folder / "data"
        server._run([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                     "-E", "UTF8", "--no-sync", "--locale=C"])
        server._run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w",
                     "-o", f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 "
                           "-c fsync=off -c synchronous_commit=off", "start"])
        return server

    def _run(self, cmd: list[str]) -> None:
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        try:
            self._run([str(_pg_bin() / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                       "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"

    def create_database(self) -> str:
        name = f"crm_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
