"""`crm-desktop server …` and `crm-desktop users …`: registered by `crm_desktop.cli`."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.team.codes import NO_PASSWORD, PASSWORDS_DIFFER, TLS_PAIR

ROLES = ("salesperson", "head_of_sales", "admin")


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Callable[..., int]]:
    """Add the subcommands; returns command → handler."""
    server = sub.add_parser("server", parents=[common], help="run the team server (HTTPS "
                            "over the team's PostgreSQL)")
    server.add_argument("--listen", default="0.0.0.0:8443", metavar="HOST:PORT",
                        help="address to listen on (default: 0.0.0.0:8443)")
    server.add_argument("--tls-cert", type=Path, metavar="F",
                        help="a real certificate (PEM); default: a self-signed one made on "
                             "first start")
    server.add_argument("--tls-key", type=Path, metavar="F", help="its private key (PEM)")
    server.add_argument("--check", action="store_true", help="check the database, migrations, "
                        "the role's row-level security and the certificate, then exit")

    users = sub.add_parser("users", parents=[common], help="team accounts (on the team's "
                           "database)")
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser("add", parents=[common], help="a new account; the password is "
                               "prompted, or read from standard input")
    add.add_argument("login")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--email")
    users_sub.add_parser("list", parents=[common], help="every account with its role and team")
    disable = users_sub.add_parser("disable", parents=[common],
                                   help="no more sign-ins; signed-in desktops are cut off")
    disable.add_argument("login")
    reset = users_sub.add_parser("reset-password", parents=[common],
                                 help="a new password (prompted or from standard input); "
                                      "the account's sign-ins end")
    reset.add_argument("login")
    return {"server": cmd_server, "users": cmd_users}


def read_password(stdin: TextIO | None = None, confirm: bool = True) -> str:
    """From the terminal (asked twice), else the first line of standard input."""
    stream = stdin or sys.stdin
    if stream.isatty():
        password = getpass.getpass("Password: ")
        if confirm and getpass.getpass("Again: ") != password:
            raise CrmError(PASSWORDS_DIFFER)
    else:
        password = stream.readline().rstrip("\r\n")
    if not password:
        raise CrmError(NO_PASSWORD)
    return password


def cmd_server(args: argparse.Namespace) -> int:
    from . import run

    if (args.tls_cert is None) != (args.tls_key is None):
        raise CrmError(TLS_PAIR)
    if args.check:
        host = run.parse_listen(args.listen)[0]
        checks = run.check(args.db, args.tls_cert, args.tls_key, [host])
        for item in checks:
            print(f"{'ok' if item.ok else 'FAILED':6}  {item.what}: {item.detail}")
        return 0 if all(item.ok for item in checks) else 1
    return run.serve(args.db, args.listen, args.tls_cert, args.tls_key)


def cmd_users(args: argparse.Namespace) -> int:
    from crm_desktop.models import Role
    from crm_desktop.services.core import db as dbs
    from crm_desktop.services.team import access, accounts

    password = read_password() if args.users_command in ("add", "reset-password") else ""
    database = dbs.open_database(args.db, create=False)
    try:
        with database.session(accounts.CONSOLE) as s:
            access.enter(s, None, f"console@{socket.gethostname()}")
            if args.users_command == "add":
                accounts.add_user(s, args.login, args.name, Role(args.role), password,
                                  args.email)
                print(f"added {args.login.lower()} ({args.role})")
            elif args.users_command == "list":
                for row in accounts.list_users(s):
                    state = "active" if row.active else "disabled"
                    team = row.team or "-"
                    print(f"{row.login:24} {row.role.value:14} {state:9} {team:16} "
                          f"{row.full_name}")
            elif args.users_command == "disable":
                accounts.disable_user(s, args.login)
                print(f"disabled {args.login}: its desktops are signed out")
            else:
                accounts.reset_password(s, args.login, password)
                print(f"new password for {args.login}: its desktops are signed out")
    finally:
        database.dispose()
    return 0
