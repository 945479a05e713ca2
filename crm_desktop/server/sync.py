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
- `POST /api/v1/sync/device` `{"device"}` the copy's own code for its document numbers (L1,
  L2, …; the same code again for the same device id).
- Attachments' files, by content: `POST /api/v1/sync/files/missing` `{"hashes"}` the ones the
  caller may send that this server lacks; `PUT /api/v1/sync/files/{sha256}` a file (the raw
  bytes, or JSON `{"data": base64}` — the desktop's JSON transport), kept once in
  `run.files_folder()` if its content's SHA-256 is its name (else `attachments.not_stored`,
  422); `GET /api/v1/sync/files/{sha256}` the file (`?encoding=base64`: JSON). Sending and
  fetching both need an attachment row with that hash the caller may see (the pull's own
  filter); otherwise, and for a file not sent yet, `team.not_found` (404).

Each runs in the request's one transaction as the caller (see app.py). A desktop whose
database is older than the server's is refused with `sync.update_required` (426)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from crm_desktop.services.automation import hook
from crm_desktop.services.core import attachments
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.sync import central
from crm_desktop.services.team.access import NOT_FOUND
from crm_desktop.services.team.codes import BAD_REQUEST

from .jsonio import error_body

if TYPE_CHECKING:
    from .app import TeamApp

MAX_SYNC_BODY = 16_000_000  # a batch of whole new rows is larger than an API call
MAX_FILE_BODY = attachments.MAX_BYTES * 4 // 3 + 4096  # one file, base64 in JSON at most
MAX_ASKED = 1000  # hashes per `files/missing`


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

    async def device(request: Request) -> Response:
        body = await body_of(request)
        if isinstance(body, Response):
            return body
        return await team._answer(request, lambda s, c: {
            "code": central.device_code(s, c.user, str(body.get("device") or ""))})

    files = routes_of_files(team)
    return [*files, Route("/api/v1/sync/push", push, methods=["POST"]),
            Route("/api/v1/sync/conflicts", settle, methods=["POST"]),
            Route("/api/v1/sync/device", device, methods=["POST"]),
            Route("/api/v1/sync/clients", clients, methods=["GET", "POST"]),
            Route("/api/v1/sync/changes", changes, methods=["GET"]),
            Route("/api/v1/sync/rows", rows, methods=["POST"])]


def _too_large() -> Response:
    return JSONResponse(error_body(CrmError(attachments.TOO_LARGE, name="the file",
                                            megabytes=attachments.MAX_BYTES // 2**20)),
                        status_code=413)


async def _capped(request: Request, limit: int) -> bytes | None:
    """The body, or None once it is longer than `limit` (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def routes_of_files(team: TeamApp) -> list[Route]:
    """The attachments' files, kept in the server's files folder (as it is at the start)."""
    from .app import refusal
    from .run import files_folder

    store = files_folder()

    def bad(reason: str) -> Response:
        return refusal(CrmError(BAD_REQUEST, reason=reason))

    def seen(s: Session, c: Any, sha256: str) -> None:
        if not central.files_seen(s, c.user, [sha256]):
            raise CrmError(NOT_FOUND)

    async def missing(request: Request) -> Response:
        raw = await _capped(request, 100_000)
        try:
            hashes = json.loads(raw or b"{}").get("hashes") if raw is not None else None
        except (ValueError, UnicodeDecodeError, AttributeError):
            hashes = None
        if not isinstance(hashes, list) or len(hashes) > MAX_ASKED or not all(
                isinstance(h, str) and attachments.is_sha256(h) for h in hashes):
            return bad(f"hashes must be a list of at most {MAX_ASKED} SHA-256 hex digests")
        return await team._answer(request, lambda s, c: {"missing": sorted(
            h for h in central.files_seen(s, c.user, hashes)
            if not attachments.stored_in(store, h).exists())})

    async def upload(request: Request) -> Response:
        sha256 = request.path_params["sha256"]
        if not attachments.is_sha256(sha256):
            return bad("a file is named by its SHA-256 (64 lower-case hex digits)")
        as_json = request.headers.get("content-type", "").startswith("application/json")
        raw = await _capped(request, MAX_FILE_BODY if as_json else attachments.MAX_BYTES)
        if raw is None:
            return _too_large()
        data = raw
        if as_json:
            try:
                data = base64.b64decode(json.loads(raw)["data"], validate=True)
            except (ValueError, UnicodeDecodeError, KeyError, TypeError, binascii.Error):
                return bad('a JSON body is {"data": the file in base64}')
            if len(data) > attachments.MAX_BYTES:
                return _too_large()

        def keep(s: Session, c: Any) -> dict[str, Any]:
            seen(s, c, sha256)  # signed in, and a row of theirs has this file
            return {"sha256": sha256, "stored": attachments.keep_content(store, sha256, data)}
        return await team._answer(request, keep)

    async def download(request: Request) -> Response:
        sha256 = request.path_params["sha256"]
        if not attachments.is_sha256(sha256):
            return bad("a file is named by its SHA-256 (64 lower-case hex digits)")
        path = attachments.stored_in(store, sha256)

        def find(s: Session, c: Any) -> None:
            seen(s, c, sha256)
            if not path.exists():
                raise CrmError(NOT_FOUND)  # not sent yet: the desktop asks again later
        _found, refused = await team._attempt(request, find)
        if refused is not None:
            return refused
        if request.query_params.get("encoding") == "base64":
            data = await run_in_threadpool(path.read_bytes)
            return JSONResponse({"sha256": sha256, "size": len(data),
                                 "data": base64.b64encode(data).decode("ascii")})
        return FileResponse(path, media_type="application/octet-stream")

    return [Route("/api/v1/sync/files/missing", missing, methods=["POST"]),
            Route("/api/v1/sync/files/{sha256}", upload, methods=["PUT", "POST"]),
            Route("/api/v1/sync/files/{sha256}", download, methods=["GET"])]
