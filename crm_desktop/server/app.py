"""The HTTP API (Starlette). Stateless: every request carries its token, is answered in one
transaction, and nothing is kept between requests, so several servers can stand behind a load
balancer on one database.

Each request: the token names the person and device (`accounts.caller`); the transaction is
opened for that person (the services check their permissions) and tells PostgreSQL who works
(`access.enter`: row-level security and the audit triggers); the endpoint filters by
`access.visible_clients`. A refusal is a JSON body `{"error": code, "message", "params"}` with
a status: 400 a malformed request, 401 no valid sign-in, 403 a permission, 404 not found or not
visible, 422 refused input, 429 too many wrong passwords, 503 the database.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm import exc as orm_exc
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crm_desktop import __version__
from crm_desktop.models import Company, Product, Role
from crm_desktop.services.automation import engine, hook
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, DatabaseError
from crm_desktop.services.core.identity import ACTOR_KEY, Permission, require
from crm_desktop.services.team import access, accounts, audit
from crm_desktop.services.team import clients as team_clients
from crm_desktop.services.team.codes import BAD_REQUEST, SERVER_ERROR

from .jsonio import error_body, plain

log = logging.getLogger("crm_desktop.server")

MAX_BODY = 1_000_000

STATUS = {
    "team.bad_request": 400, "team.unknown_field": 400, "team.bad_value": 400,
    "team.wrong_password": 401, "team.no_token": 401, "team.token_expired": 401,
    "team.token_revoked": 401, "team.account_disabled": 401,
    "forbidden": 403, "no_actor": 403,
    "team.not_found": 404, "clients.gone": 404, "merge.client_gone": 404,
    "team.no_such_user": 404, "team.no_such_team": 404,
    "team.slow_down": 429,
    "sync.update_required": 426, "sync.bad_batch": 400,
    "team.server_error": 500,
}


class Refused(Exception):
    """A response decided before the work (a malformed body)."""

    def __init__(self, error: CrmError) -> None:
        super().__init__(str(error))
        self.error = error


def refusal(exc: CrmError) -> JSONResponse:
    status = 503 if isinstance(exc, DatabaseError) else STATUS.get(exc.code, 422)
    headers = {}
    if exc.code == "team.slow_down":
        headers["Retry-After"] = str(exc.params.get("seconds", 1))
    return JSONResponse(error_body(exc), status_code=status, headers=headers)


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise Refused(CrmError(BAD_REQUEST, reason="the body is too large"))
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refused(CrmError(BAD_REQUEST, reason=f"not JSON ({exc})")) from exc
    if not isinstance(data, dict):
        raise Refused(CrmError(BAD_REQUEST, reason="a JSON object is expected"))
    return data


def _uuid(value: Any, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise Refused(CrmError(BAD_REQUEST, reason=f"{name} is not an id")) from exc


def _text(body: dict[str, Any], name: str, required: bool = True) -> str:
    value = body.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise Refused(CrmError(BAD_REQUEST, reason=f"{name} must be text"))
    return value


Work = Callable[[Session, accounts.Caller], Any]


def _after(action: Callable[[], object], result: Any) -> Any:
    """Do `action`, then answer `result` (called if it is a function: read after the write)."""
    action()
    return result() if callable(result) else result


class TeamApp:
    """The API over one database (an engine with a pool; no other state)."""

    def __init__(self, database: dbs.Database, lifespan: Any = None) -> None:
        self.database = database
        routes = [
            Route("/health", self.health, methods=["GET"]),
            Route("/api/v1/sign-in", self.sign_in, methods=["POST"]),
            Route("/api/v1/sign-out", self.sign_out, methods=["POST"]),
            Route("/api/v1/me", self.me, methods=["GET"]),
            Route("/api/v1/clients", self.clients, methods=["GET", "POST"]),
            Route("/api/v1/clients/{id}", self.client, methods=["GET", "PATCH", "DELETE"]),
            Route("/api/v1/clients/{id}/merge", self.merge, methods=["POST"]),
            Route("/api/v1/clients/{id}/shares", self.share, methods=["POST"]),
            Route("/api/v1/clients/{id}/events", self.events, methods=["GET"]),
            Route("/api/v1/clients/{id}/notes", self.note, methods=["POST"]),
            Route("/api/v1/clients/{id}/history", self.history, methods=["GET"]),
            Route("/api/v1/audit", self.audit, methods=["GET"]),
            Route("/api/v1/products", self.products, methods=["GET"]),
            Route("/api/v1/company", self.company, methods=["GET"]),
            Route("/api/v1/automation/why", self.why, methods=["GET"]),
            Route("/api/v1/users", self.users, methods=["GET", "POST"]),
            Route("/api/v1/users/{login}", self.user, methods=["PATCH"]),
            Route("/api/v1/users/{login}/disable", self.disable, methods=["POST"]),
            Route("/api/v1/users/{login}/enable", self.enable, methods=["POST"]),
            Route("/api/v1/users/{login}/password", self.password, methods=["POST"]),
            Route("/api/v1/teams", self.teams, methods=["GET"]),
            Route("/api/v1/teams/{name}", self.team, methods=["PUT"]),
        ]
        from .sync import routes as sync_routes  # the offline sync (server/sync.py)

        routes += sync_routes(self)
        self.app: ASGIApp = AccessLog(Starlette(routes=routes, lifespan=lifespan))

    # -- running one request -----------------------------------------------------------------
    def _run(self, token: str | None, work: Work) -> Any:
        """One transaction: who calls, then the work as them (the session's actor is set once
        the token is known: one round trip less than a separate transaction for the token)."""
        with self.database.session() as s:
            caller = accounts.caller(s, token)
            s.info[ACTOR_KEY] = caller.user
            s.info[hook.SERVER_KEY] = True  # the rules run here, for the whole team
            access.enter(s, caller.user, caller.device)
            result = work(s, caller)
            s.flush()
        return plain(result)

    async def _answer(self, request: Request, work: Work, status: int = 200) -> Response:
        result, refused = await self._attempt(request, work)
        return refused or JSONResponse(result, status_code=status)

    async def _attempt(self, request: Request, work: Work) -> tuple[Any, Response | None]:
        """The work's result, or the refusal to answer instead (a handler that answers with
        something else than JSON, a file, uses this)."""
        try:
            return await run_in_threadpool(self._run, _token(request), work), None
        except CrmError as exc:
            return None, refusal(exc)
        except sa_exc.SQLAlchemyError as exc:
            return None, self._database_failed(exc)
        except Exception as exc:  # a bug: logged, answered as one line, nothing committed
            log.error("request failed", exc_info=exc)
            return None, refusal(CrmError(SERVER_ERROR, reason=exc.__class__.__name__))

    @staticmethod
    def _database_failed(exc: Exception) -> Response:
        log.error("database error", exc_info=exc)
        first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        # The second wall caught what the first let by: a row the policies hide was written
        # (refused) or updated (matched nothing). Said as for any client out of sight.
        if "row-level security" in first or isinstance(exc, orm_exc.StaleDataError):
            return refusal(CrmError(access.NOT_FOUND))
        return refusal(DatabaseError(dbs.REFUSED, reason=first))

    async def _with_body(self, request: Request,
                         make: Callable[[dict[str, Any]], Work], status: int = 200) -> Response:
        try:
            body = await _body(request)
            work = make(body)
        except Refused as exc:
            return refusal(exc.error)
        return await self._answer(request, work, status)

    # -- endpoints -------------------------------------------------------------------------------
    async def health(self, request: Request) -> Response:
        def probe() -> dict[str, Any]:
            with self.database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return {"status": "ok", "version": __version__,
                    "revision": dbs.current_revision(self.database)}
        try:
            return JSONResponse(await run_in_threadpool(probe))
        except sa_exc.SQLAlchemyError as exc:
            return JSONResponse({"status": "database unavailable",
                                 "reason": str(getattr(exc, "orig", exc)).splitlines()[0]},
                                status_code=503)

    async def sign_in(self, request: Request) -> Response:
        try:
            body = await _body(request)
            login, password = _text(body, "login"), _text(body, "password")
            device = _text(body, "device", required=False)
        except Refused as exc:
            return refusal(exc.error)
        try:
            issued = await run_in_threadpool(accounts.sign_in, self.database, login, password,
                                             device)
        except CrmError as exc:
            log.info(json.dumps({"event": "sign-in refused", "login": login,
                                 "error": exc.code}))
            return refusal(exc)
        return JSONResponse(plain({"token": issued.token, "expires_at": issued.expires_at,
                                   "user": issued.user}))

    async def sign_out(self, request: Request) -> Response:
        token = _token(request)
        return await self._answer(request, lambda s, c: _after(
            lambda: accounts.sign_out(s, token or ""), {"signed_out": True}))

    async def me(self, request: Request) -> Response:
        return await self._answer(request, lambda s, c: {
            "user": c.user, "device": c.device,
            "permissions": sorted(p.value for p in Permission if c.user.can(p))})

    async def clients(self, request: Request) -> Response:
        if request.method == "POST":
            return await self._with_body(request, lambda body: lambda s, c: {
                "id": team_clients.create_client(s, c.user, body)}, status=201)
        query = request.query_params
        try:
            after = _uuid(query["after"], "after") if query.get("after") else None
            limit = int(query.get("limit", "100"))
        except (Refused, ValueError):
            return refusal(CrmError(BAD_REQUEST, reason="after must be an id, limit a number"))
        return await self._answer(request, lambda s, c: team_clients.list_clients(
            s, c.user, query.get("q", ""), after, limit))

    async def client(self, request: Request) -> Response:
        try:
            client_id = _uuid(request.path_params["id"], "id")
        except Refused as exc:
            return refusal(exc.error)
        if request.method == "GET":
            return await self._answer(request, lambda s, c: team_clients.form_values(
                team_clients.get_client(s, c.user, client_id)))
        if request.method == "DELETE":
            return await self._answer(request, lambda s, c: _after(
                lambda: team_clients.delete_client(s, c.user, client_id), {"deleted": True}))
        return await self._with_body(request, lambda body: lambda s, c: _after(
            lambda: team_clients.update_client(s, c.user, client_id, body), {"updated": True}))

    async def merge(self, request: Request) -> Response:
        def make(body: dict[str, Any]) -> Work:
            survivor = _uuid(request.path_params["id"], "id")
            other = _uuid(body.get("other_id"), "other_id")
            take = body.get("take_from_other", [])
            if not isinstance(take, list):
                raise Refused(CrmError(BAD_REQUEST, reason="take_from_other must be a list"))
            return lambda s, c: team_clients.merge_clients(s, c.user, survivor, other, take)
        return await self._with_body(request, make)

    async def share(self, request: Request) -> Response:
        def make(body: dict[str, Any]) -> Work:
            client_id = _uuid(request.path_params["id"], "id")
            login, team = body.get("login"), body.get("team")
            return lambda s, c: {"id": team_clients.share_client(s, c.user, client_id,
                                                                  login, team)}
        return await self._with_body(request, make, status=201)

    async def events(self, request: Request) -> Response:
        try:
            client_id = _uuid(request.path_params["id"], "id")
        except Refused as exc:
            return refusal(exc.error)
        return await self._answer(request, lambda s, c: team_clients.client_events(
            s, c.user, client_id))

    async def note(self, request: Request) -> Response:
        def make(body: dict[str, Any]) -> Work:
            client_id = _uuid(request.path_params["id"], "id")
            subject = _text(body, "subject")
            content = _text(body, "content", required=False)
            return lambda s, c: {"id": team_clients.add_note(s, c.user, client_id, subject,
                                                             content)}
        return await self._with_body(request, make, status=201)

    async def history(self, request: Request) -> Response:
        try:
            client_id = _uuid(request.path_params["id"], "id")
        except Refused as exc:
            return refusal(exc.error)
        return await self._answer(request, lambda s, c: audit.client_history(s, client_id))

    async def audit(self, request: Request) -> Response:
        table, row = request.query_params.get("table"), request.query_params.get("row")
        if not table or not row:
            return refusal(CrmError(BAD_REQUEST, reason="give table and row"))
        return await self._answer(request, lambda s, c: audit.row_history(s, table, row))

    async def products(self, request: Request) -> Response:
        """The catalogue is shared: every signed-in person reads it."""
        def read(s: Session, c: accounts.Caller) -> list[dict[str, Any]]:
            rows = s.execute(select(Product.id, Product.code, Product.name, Product.unit,
                                    Product.recommended_price).where(
                Product.deleted_at.is_(None), Product.active.is_(True))
                .order_by(Product.code).limit(1000))
            return [{"id": r[0], "code": r[1], "name": r[2], "unit": r[3], "price": r[4]}
                    for r in rows]
        return await self._answer(request, read)

    async def why(self, request: Request) -> Response:
        """Why did this happen? The runs of the rules this server ran on a record the caller
        may see (a copy that syncs runs none itself)."""
        try:
            record_id = _uuid(request.query_params.get("record"), "record")
        except Refused as exc:
            return refusal(exc.error)
        return await self._answer(request, lambda s, c: {
            "runs": plain(engine.why_visible(s, record_id))})

    async def company(self, request: Request) -> Response:
        def read(s: Session, c: accounts.Caller) -> dict[str, Any]:
            company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
            if company is None:
                return {}
            return {"short_name": company.short_name, "legal_name": company.legal_name,
                    "country": company.country, "tax_id": company.tax_id}
        return await self._answer(request, read)

    # -- people (the admin) --------------------------------------------------------------------
    async def users(self, request: Request) -> Response:
        if request.method == "GET":
            def listing(s: Session, c: accounts.Caller) -> Any:
                require(s, Permission.MANAGE_USERS)
                return accounts.list_users(s)
            return await self._answer(request, listing)

        def make(body: dict[str, Any]) -> Work:
            login, name = _text(body, "login"), _text(body, "full_name")
            password, email = _text(body, "password"), _text(body, "email", required=False)
            try:
                role = Role(_text(body, "role"))
            except ValueError as exc:
                raise Refused(CrmError(BAD_REQUEST, reason="role is salesperson, "
                                       "head_of_sales or admin")) from exc
            return lambda s, c: {"id": accounts.add_user(s, login, name, role, password,
                                                         email)}
        return await self._with_body(request, make, status=201)

    async def user(self, request: Request) -> Response:
        login = request.path_params["login"]

        def make(body: dict[str, Any]) -> Work:
            try:
                role = Role(_text(body, "role"))
            except ValueError as exc:
                raise Refused(CrmError(BAD_REQUEST, reason="role is salesperson, "
                                       "head_of_sales or admin")) from exc
            return lambda s, c: _after(lambda: accounts.set_role(s, login, role),
                                       lambda: accounts.account(s, login))
        return await self._with_body(request, make)

    async def disable(self, request: Request) -> Response:
        login = request.path_params["login"]
        return await self._answer(request, lambda s, c: _after(
            lambda: accounts.disable_user(s, login), lambda: accounts.account(s, login)))

    async def enable(self, request: Request) -> Response:
        login = request.path_params["login"]
        return await self._answer(request, lambda s, c: _after(
            lambda: accounts.enable_user(s, login), lambda: accounts.account(s, login)))

    async def password(self, request: Request) -> Response:
        login = request.path_params["login"]

        def make(body: dict[str, Any]) -> Work:
            password = _text(body, "password")
            return lambda s, c: _after(lambda: accounts.reset_password(s, login, password),
                                       lambda: accounts.account(s, login))
        return await self._with_body(request, make)

    async def teams(self, request: Request) -> Response:
        return await self._answer(request, lambda s, c: accounts.list_teams(s))

    async def team(self, request: Request) -> Response:
        name = request.path_params["name"]

        def make(body: dict[str, Any]) -> Work:
            head = body.get("head")
            members = body.get("members", [])
            if (head is not None and not isinstance(head, str)) or not isinstance(members, list):
                raise Refused(CrmError(BAD_REQUEST, reason="head is a login, members a list"))
            return lambda s, c: {"id": accounts.save_team(s, name, head, members)}
        return await self._with_body(request, make)


class AccessLog:
    """One JSON line per request: method, path, status, milliseconds, client address."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = [500]

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            client = scope.get("client") or ("", 0)
            log.info(json.dumps({
                "event": "request", "method": scope["method"], "path": scope["path"],
                "status": status[0], "ms": round((time.perf_counter() - started) * 1000, 1),
                "client": client[0]}))
