"""The sync endpoints, mounted by `app.TeamApp`:

- `POST /api/v1/sync/push` a batch (`services/sync/central.apply_batch`): the answer per change;
  a retried batch id gets the first answer again;
- `GET /api/v1/sync/changes?after=N&limit=L&conflicts_after=C&revision=R` the changes after
  the cursor that the caller may see, and the conflicts that concern them;
- `POST /api/v1/sync/rows` `{"table", "ids"}` whole rows a desktop lacks;
- `GET /api/v1/sync/clients` the ids of the clients the caller may see now; `POST` with
  `{"ids"}` those clients' rows with everything that belongs to them (a client that became
  visible: reassigned, shared).
- `POST /api/v1/sync/conflicts` `{"resolved": [{"id", "resolution"}], "open": [ids]}` the
  conflicts a desktop resolved in its inbox are resolved here too; the answer names those of
  its open ones that another desktop resolved.

Each runs in the request's one transaction as the caller (see app.py). A desktop whose
database is older than the server's is refused with `sync.update_required` (426)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from crm_desktop.services.automation import hook
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.sync import central
from crm_desktop.services.team.codes import BAD_REQUEST

if TYPE_CHECKING:
    from .app import TeamApp

MAX_SYNC_BODY = 16_000_000  # a batch of whole new rows is larger than an API call


def routes(team: TeamApp) -> list[Route]:
    from .app import refusal

    async def body_of(request: Request) -> dict[str, Any] | Response:
        raw = await request.body()
        if len(raw) > MAX_SYNC_BODY:
            return refusal(CrmError(BAD_REQUEST, reason="the body is too large"))
        try:
            data = json.loads(raw or b"{}")
        except (ValueError, UnicodeDecodeError) as exc:
            return refusal(CrmError(BAD_REQUEST, reason=f"not JSON ({exc})"))
        if not isinstance(data, dict):
            return refusal(CrmError(BAD_REQUEST, reason="a JSON object is expected"))
        return data

    async def push(request: Request) -> Response:
        body = await body_of(request)
        if isinstance(body, Response):
            return body
        def work(s: Session, c: Any) -> dict[str, Any]:
            answer = central.apply_batch(s, c.user, body)
            hook.note_synced(s, s.info.pop(central.APPLIED, []))  # the rules run at the commit
            return answer

        return await team._answer(request, work)

    async def changes(request: Request) -> Response:
        query = request.query_params
        try:
            after = int(query.get("after", "0"))
            limit = int(query.get("limit", "1000"))
            conflicts_after = int(query.get("conflicts_after", "0"))
        except ValueError:
            return refusal(CrmError(BAD_REQUEST, reason="after, limit and conflicts_after "
                                                        "are numbers"))
        return await team._answer(request, lambda s, c: central.changes_since(
            s, c.user, after, limit, conflicts_after, query.get("revision")))

    async def rows(request: Request) -> Response:
        body = await body_of(request)
        if isinstance(body, Response):
            return body
        ids = body.get("ids")
        if not isinstance(ids, list):
            return refusal(CrmError(BAD_REQUEST, reason="ids must be a list"))
        return await team._answer(request, lambda s, c: central.rows(
            s, c.user, str(body.get("table")), [str(i) for i in ids]))

    async def clients(request: Request) -> Response:
        if request.method == "GET":
            return await team._answer(request, lambda s, c: [
                str(i) for i in central.visible_client_ids(s, c.user)])
        body = await body_of(request)
        if isinstance(body, Response):
            return body
        ids = body.get("ids")
        if not isinstance(ids, list):
            return refusal(CrmError(BAD_REQUEST, reason="ids must be a list"))
        return await team._answer(request, lambda s, c: central.client_rows(
            s, c.user, [str(i) for i in ids]))

    async def settle(request: Request) -> Response:
        body = await body_of(request)
        if isinstance(body, Response):
            return body
        resolved, still_open = body.get("resolved", []), body.get("open", [])
        if not isinstance(resolved, list) or not isinstance(still_open, list):
            return refusal(CrmError(BAD_REQUEST, reason="resolved and open must be lists"))
        return await team._answer(request, lambda s, c: central.settle_conflicts(
            s, c.user, resolved, still_open))

    return [Route("/api/v1/sync/push", push, methods=["POST"]),
            Route("/api/v1/sync/conflicts", settle, methods=["POST"]),
            Route("/api/v1/sync/clients", clients, methods=["GET", "POST"]),
            Route("/api/v1/sync/changes", changes, methods=["GET"]),
            Route("/api/v1/sync/rows", rows, methods=["POST"])]
