"""Attachments' files travel by content hash, lazily after the rows: a real PostgreSQL team
server on loopback with TLS (the fixture of tests/test_team_server.py, a database of this
module's own) and laptops as SQLite files (tests/test_sync.py), each with its own data folder.

People (from that fixture): `head` leads North with `ann` and `bob`; `carl` is in no team.
"""

from __future__ import annotations

import base64
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import select

from crm_desktop.models import Attachment
from crm_desktop.server import run
from crm_desktop.services.core.attachments import store_file, stored_in, stored_path
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.sync import laptop
from crm_desktop.services.team import client as tc

from . import test_sync as sync_tests
from . import test_team_server as server_tests
from .test_sync import Laptop
from .test_team_server import Team

team = server_tests.team  # a database of this module's own
laptops = sync_tests.laptops
_keychain = sync_tests._keychain

pytestmark = pytest.mark.postgres

Laptops = Callable[[str], Laptop]


@pytest.fixture
def server_files(team: Team) -> Path:
    """Where the server keeps files (resolved as the server did when it started)."""
    return run.files_folder()


@contextmanager
def at(lap: Laptop) -> Iterator[None]:
    """Inside: this laptop's own data folder (in one process every copy would otherwise share
    one attachment store, and a file would seem to have travelled without moving)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CRM_DESKTOP_DATA_DIR", str(lap.path.with_suffix(".data")))
        yield


def _sync(lap: Laptop, send: laptop.Transport | None = None) -> laptop.RoundResult:
    with at(lap):
        return laptop.sync_round(lap.db, send or lap.send)


def _caught_up(lap: Laptop) -> None:
    """Synced, with every file earlier tests of this module left for this copy."""
    for _ in range(10):
        if _sync(lap).files_waiting == 0:
            return
    raise AssertionError(f"{lap.login}'s files never arrived")


def _pdf(folder: Path, name: str = "offer.pdf") -> Path:
    path = folder / f"{uuid.uuid4().hex[:6]}-{name}"
    page = canvas.Canvas(str(path))
    page.drawString(72, 720, f"Commercial offer {uuid.uuid4()}")  # a content of its own
    page.save()
    return path


def _attach(lap: Laptop, client_id: uuid.UUID, source: Path) -> str:
    with at(lap), lap.db.session(lap.user) as s:
        return store_file(s, source, client_id=client_id).sha256


def _here(lap: Laptop, sha256: str) -> bytes | None:
    with at(lap):
        path = stored_path(sha256)
        return path.read_bytes() if path.exists() else None


def _rows_here(lap: Laptop, sha256: str) -> int:
    with lap.db.session() as s:
        return len(s.scalars(select(Attachment.id).where(Attachment.sha256 == sha256)).all())


def _without_files(lap: Laptop) -> laptop.Transport:
    """The server answers rows, but every file transfer breaks off (the link drops)."""
    def send(method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None) -> Any:
        if "/api/v1/sync/files" in path:
            raise CrmError(tc.UNREACHABLE, address="server", reason="connection reset")
        return lap.send(method, path, body, params)
    return send


def _code(call: Callable[[], Any]) -> tuple[str, int | None]:
    with pytest.raises(CrmError) as caught:
        call()
    return caught.value.code, getattr(caught.value, "status", None)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def test_a_pdf_from_anns_laptop_reaches_the_server_and_the_heads_laptop_byte_identical(
        team: Team, laptops: Laptops, server_files: Path, tmp_path: Path) -> None:
    ann, head, bob = laptops("ann"), laptops("head"), laptops("bob")
    for lap in (ann, head, bob):
        _caught_up(lap)
    pdf = _pdf(tmp_path)
    sha = _attach(ann, team.clients["ann"], pdf)
    assert _here(head, sha) is None and not stored_in(server_files, sha).exists()

    sent = _sync(ann)
    assert (sent.files_sent, sent.files_waiting) == (1, 0)
    assert stored_in(server_files, sha).read_bytes() == pdf.read_bytes()

    fetched = _sync(head)  # the head sees ann's client: the row, then its file
    assert (fetched.files_fetched, fetched.files_waiting) == (1, 0)
    assert _rows_here(head, sha) == 1 and _here(head, sha) == pdf.read_bytes()
    with team.raw() as http:  # the same file raw, for anything that is not the sync
        answer = http.get(f"/api/v1/sync/files/{sha}",
                          headers={"Authorization": f"Bearer {head.client.token}"})
    assert answer.status_code == 200 and answer.content == pdf.read_bytes()

    _sync(bob)  # bob does not see ann's client: neither the row nor the file
    assert _rows_here(bob, sha) == 0 and _here(bob, sha) is None
    # nothing moves twice
    assert _sync(ann).files_sent == 0 and _sync(head).files_fetched == 0


def test_a_file_whose_content_is_not_its_hash_is_refused(
        team: Team, laptops: Laptops, server_files: Path, tmp_path: Path) -> None:
    ann = laptops("ann")
    _sync(ann)
    pdf = _pdf(tmp_path)
    sha = _attach(ann, team.clients["ann"], pdf)
    with pytest.raises(CrmError):
        _sync(ann, _without_files(ann))  # the row reaches the server, the file does not
    path = f"/api/v1/sync/files/{sha}"
    wrong = pdf.read_bytes() + b"%% one byte more than what was attached\n"
    assert _code(lambda: ann.send("PUT", path, {"data": _b64(wrong)})) == (
        "attachments.not_stored", 422)
    with team.raw() as http:  # raw bytes are checked the same way
        answer = http.put(path, content=wrong,
                          headers={"Authorization": f"Bearer {ann.client.token}",
                                   "Content-Type": "application/octet-stream"})
        assert answer.status_code == 422
        assert answer.json()["error"] == "attachments.not_stored"
        unsigned = http.put(path, content=pdf.read_bytes())
        assert unsigned.status_code == 401
    assert _code(lambda: ann.send("PUT", "/api/v1/sync/files/not-a-hash",
                                  {"data": _b64(wrong)})) == ("team.bad_request", 400)
    assert not stored_in(server_files, sha).exists()
    # the right content is taken, once
    assert ann.send("PUT", path, {"data": _b64(pdf.read_bytes())})["stored"] is True
    assert ann.send("PUT", path, {"data": _b64(pdf.read_bytes())})["stored"] is False
    assert stored_in(server_files, sha).read_bytes() == pdf.read_bytes()


def test_a_laptop_that_may_not_see_the_client_cannot_fetch_or_send_its_file(
        team: Team, laptops: Laptops, server_files: Path, tmp_path: Path) -> None:
    ann, bob, carl, head = laptops("ann"), laptops("bob"), laptops("carl"), laptops("head")
    _sync(ann)
    pdf = _pdf(tmp_path)
    sha = _attach(ann, team.clients["ann"], pdf)
    _sync(ann)
    assert stored_in(server_files, sha).exists()
    path = f"/api/v1/sync/files/{sha}"
    for outsider in (bob, carl):
        assert _code(lambda who=outsider: who.send(
            "GET", path, None, {"encoding": "base64"})) == ("team.not_found", 404)
        assert _code(lambda who=outsider: who.send(
            "PUT", path, {"data": _b64(pdf.read_bytes())})) == ("team.not_found", 404)
        assert outsider.send("POST", "/api/v1/sync/files/missing",
                             {"hashes": [sha]}) == {"missing": []}
    answer = head.send("GET", path, None, {"encoding": "base64"})
    assert base64.b64decode(answer["data"]) == pdf.read_bytes()


def test_a_failed_transfer_keeps_the_rows_and_is_tried_again_next_round(
        team: Team, laptops: Laptops, server_files: Path, tmp_path: Path) -> None:
    ann, head = laptops("ann"), laptops("head")
    _caught_up(ann)
    _caught_up(head)
    pdf = _pdf(tmp_path)
    sha = _attach(ann, team.clients["ann"], pdf)
    assert _code(lambda: _sync(ann, _without_files(ann)))[0] == "team.unreachable"
    with team.owner.session() as s:  # the row is on the server, its file still on the laptop
        assert s.scalar(select(Attachment.size).where(Attachment.sha256 == sha)) == \
            pdf.stat().st_size
    assert not stored_in(server_files, sha).exists()
    assert laptop.files_waiting(ann.db) == 1 and laptop.waiting(ann.db) == 0
    assert _sync(ann).files_sent == 1  # the next round sends it
    assert stored_in(server_files, sha).read_bytes() == pdf.read_bytes()

    assert _code(lambda: _sync(head, _without_files(head)))[0] == "team.unreachable"
    assert _rows_here(head, sha) == 1 and _here(head, sha) is None  # the row came, no file
    assert laptop.files_waiting(head.db) == 1
    assert _sync(head).files_fetched == 1
    assert _here(head, sha) == pdf.read_bytes()


def test_files_follow_the_rows_a_few_per_round_and_a_damaged_one_is_not_kept(
        team: Team, laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(laptop, "FILES_PER_ROUND", 2)
    ann, head = laptops("ann"), laptops("head")
    _caught_up(ann)
    _caught_up(head)
    pdfs = [_pdf(tmp_path, f"scan-{n}.pdf") for n in range(3)]
    hashes = [_attach(ann, team.clients["ann"], p) for p in pdfs]
    assert [_sync(ann).files_sent, _sync(ann).files_sent] == [2, 1]

    spoiled: list[str] = []

    def damaging(method: str, path: str, body: Any = None,
                 params: dict[str, Any] | None = None) -> Any:
        answer = head.send(method, path, body, params)
        if "/api/v1/sync/files/" in path and method == "GET" and not spoiled:
            spoiled.append(path.rsplit("/", 1)[1])
            answer["data"] = _b64(os.urandom(64))  # a transfer damaged on the way
        return answer

    first = _sync(head, damaging)
    assert all(_rows_here(head, h) == 1 for h in hashes)  # every row in the first round
    # two tries this round: the damaged file (not kept) and one more
    assert (first.files_fetched, first.files_waiting) == (1, 2)
    assert _here(head, spoiled[0]) is None
    second = _sync(head)
    assert (second.files_fetched, second.files_waiting) == (2, 0)
    for sha, pdf in zip(hashes, pdfs, strict=True):
        assert _here(head, sha) == pdf.read_bytes()
