"""Error codes of the team server's front (HTTP, start-up, certificate, console): declared
here, with the services, so the desktop can translate every code it may be answered."""

from __future__ import annotations

from crm_desktop.services.core.errors import error_code

BAD_REQUEST = error_code("team.bad_request", "The request is not understood: {reason}")
SERVER_ERROR = error_code("team.server_error", "The team server failed: {reason}")
NEEDS_POSTGRESQL = error_code("team.needs_postgresql", "The team server needs a PostgreSQL "
                              "database (--db postgresql+psycopg://…), not {database}")
ROLE_BYPASSES = error_code("team.role_bypasses_rls", "The server's database role {role} {why}: "
                           "row-level security would not apply to it. Let the server log in "
                           "as a role that is only a member of crm_app (README: Team server)")
OUTDATED = error_code("team.schema_outdated", "The database is at revision {revision}, the "
                      "server needs {head}: run `crm-desktop db upgrade --db …` as the "
                      "database owner")
BAD_LISTEN = error_code("team.bad_listen", "--listen takes HOST:PORT, not {value}")
CERT_UNREADABLE = error_code("team.certificate_unreadable",
                             "The certificate {path} cannot be used: {reason}")
NO_PASSWORD = error_code("team.no_password", "No password given (type it, or pipe it on "
                         "standard input)")
PASSWORDS_DIFFER = error_code("team.passwords_differ", "The two passwords differ")
TLS_PAIR = error_code("team.tls_pair", "Give both --tls-cert and --tls-key, or neither")
