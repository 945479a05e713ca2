"""`crm-desktop connect URL --user LOGIN`, `crm-desktop sync [--once]`, `crm-desktop sync
status`, `crm-desktop sync conflicts [--format json]`: registered by `crm_desktop.cli`."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crm_desktop.services.core.db import Database


def add_parsers(sub: Any, common: argparse.ArgumentParser,
                acting: argparse.ArgumentParser) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add `connect` and `sync`; returns command → handler."""
    connect = sub.add_parser("connect", parents=[common],
                             help="connect this copy to a team server (password prompted or "
                                  "the first line of standard input; the server's certificate "
                                  "is pinned)")
    connect.add_argument("url", metavar="URL", help="the team server, HOST:PORT or https://…")
    connect.add_argument("--user", required=True, metavar="LOGIN")
    connect.add_argument("--fingerprint", metavar="SHA256",
                         help="refuse unless the server's certificate has this fingerprint")
    sync = sub.add_parser("sync", parents=[common],
                          help="sync with the team server: push what waits, pull what is new "
                               "(every few seconds until Ctrl+C, or --once)")
    sync.add_argument("what", nargs="?", choices=("status", "conflicts"),
                      help="status: what waits, when it last synced; conflicts: the values "
                           "that did not survive")
    sync.add_argument("--once", action="store_true", help="one round, then exit")
    sync.add_argument("--interval", type=float, default=5.0, metavar="SECONDS",
                      help="seconds between rounds (default 5)")
    sync.add_argument("--format", choices=("text", "json"), default="text",
                      help="for `sync conflicts`: aligned text (default) or json")
    return {"connect": cmd_connect, "sync": cmd_sync}


def _open(args: argparse.Namespace) -> Database:
    from crm_desktop.services.core import db as dbs

    return dbs.open_database(getattr(args, "db", None))


def cmd_connect(args: argparse.Namespace) -> int:
    from crm_desktop.server.cli import read_password
    from crm_desktop.services.sync import laptop

    database = _open(args)
    try:
        password = read_password(sys.stdin, confirm=False)
        connected = laptop.connect(database, args.url, args.user, password,
                                   expect_fingerprint=args.fingerprint)
        print(f"Connected to {connected.profile.address} as {connected.user.login} "
              f"({connected.user.role.value}).")
        if connected.profile.pinned_pem:
            print(f"Certificate pinned: SHA-256 {connected.profile.fingerprint}")
        print("Run `crm-desktop sync` to sync.")
    finally:
        database.dispose()
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    database = _open(args)
    try:
        if args.what == "status":
            return _status(database)
        if args.what == "conflicts":
            return _conflicts(database, args.format)
        return _run(database, args.once, args.interval)
    finally:
        database.dispose()


def _progress(done: int, total: int) -> None:
    """A long pull (a first sync) says how far it is, on stderr (stdout stays one line)."""
    print(f"received {done} of {total} changes ({100 * done // max(total, 1)} %)",
          file=sys.stderr, flush=True)


def _run(database: Database, once: bool, interval: float) -> int:
    from crm_desktop.services.sync import laptop

    with laptop.open_client(database) as client:
        while True:
            result = laptop.sync_round(database, client.request, _progress)
            if once or result.pushed or result.pulled or result.conflicts:
                print(f"pushed {result.pushed}, pulled {result.pulled}, "
                      f"conflicts {result.conflicts}"
                      + (f", held back {result.skipped}" if result.skipped else "")
                      + (f", waiting {result.waiting}" if result.waiting else "")
                      + (f", files sent {result.files_sent}" if result.files_sent else "")
                      + (f", files fetched {result.files_fetched}" if result.files_fetched
                         else "")
                      + (f", files to move {result.files_waiting}" if result.files_waiting
                         else ""), flush=True)
            if once:
                return 0
            time.sleep(max(0.5, interval))


def _status(database: Database) -> int:
    from crm_desktop.services.sync import laptop

    state = laptop.status(database)
    synced = state.synced_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if state.synced_at \
        else "never"
    rows = [("server", state.address or "(not connected)"), ("user", state.login or "-"),
            ("device", state.device or "-"), ("synced at", synced),
            ("waiting", str(state.waiting)), ("conflicts", str(state.conflicts_open)),
            ("cursor", str(state.cursor))]
    for label, value in rows:
        print(f"{label:<10} {value}")
    return 0


def _conflicts(database: Database, form: str) -> int:
    from crm_desktop.services.sync import laptop

    found = laptop.conflicts(database)
    if form == "json":
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not found:
        print("No conflicts.")
        return 0
    for c in found:
        print(f"{c['at'][:19]}  {c['kind']:<11} {c['table_name']}.{c['column_name']} "
              f"{c['row_id']}")
        print(f"    kept: {json.dumps(c['kept_value'], ensure_ascii=False)} "
              f"({c['kept_device'] or '?'}, {str(c['kept_at'] or '?')[:19]})")
        print(f"    lost: {json.dumps(c['lost_value'], ensure_ascii=False)} "
              f"({c['lost_device'] or '?'}, {str(c['lost_at'] or '?')[:19]})")
    return 0
