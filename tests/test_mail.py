"""The outbox against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
import io
import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller
from keyring.backend import KeyringBackend
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.models import OutboxMessage, OutboxStatus, Setting
from crm_desktop.services.core import db as dbs
from crm_desktop.services.mail import outbox as mail

from .actors import TESTER


class Collect:
    """Accepts everything except recipients at nobody@…, which get a 550."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content)
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.handler = Collect()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=port)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


class MemoryKeyring(KeyringBackend):
    """The tests' keychain, selected explicitly: secrets in memory, never in a file (the
    program refuses a plain-file backend such as keyrings.alt's)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def file_keyring() -> Iterator[MemoryKeyring]:
    """A keychain for the test (the name is historical: it is the memory backend above)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_db(empty_db: dbs.Database, file_keyring: MemoryKeyring) -> tuple[dbs.Database, int]:
    port = free_port()
    with empty_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz",
                                                from_name="Дала Трейд"))
    return empty_db, port


def _queue(db: dbs.Database, to: str = "client@example.kz", pdf: bytes | None = None) -> str:
    with db.session(TESTER) as s:
        settings = mail.load_settings(s)
        message = mail.compose(settings, [to], "Счёт INV-2026-000001", "Добрый день!",
                               [("INV-2026-000001.pdf", pdf, "application/pdf")] if pdf else [])
        return mail.enqueue(s, message).message_id


def _status(db: dbs.Database, message_id: str) -> OutboxMessage:
    with db.session() as s:
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.message_id == message_id))
        assert row is not None
        return row


def test_delivers_once_with_the_pdf(smtp_db: tuple[dbs.Database, int],
                                    demo_db: dbs.Database) -> None:
    db, port = smtp_db
    from crm_desktop.models import SalesDocument
    from crm_desktop.services.documents.render import render_document

    with demo_db.session() as s:
        doc = s.scalar(select(SalesDocument).where(SalesDocument.kind == "invoice").limit(1))
        assert doc is not None
        rendered = render_document(s, doc.id, "ru")
    message_id = _queue(db, pdf=rendered.pdf)
    with SmtpServer(port) as server:
        report = mail.send_due(db)
        assert report.sent == [message_id], report
        assert mail.send_due(db).sent == []  # nothing twice
    assert len(server.handler.messages) == 1
    received = email.message_from_bytes(server.handler.messages[0], policy=policy.default)
    assert received["Message-ID"] == message_id
    assert received["Subject"] == "Счёт INV-2026-000001"
    pdf = next(p for p in received.iter_attachments()
               if p.get_content_type() == "application/pdf").get_content()
    assert rendered.number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    row = _status(db, message_id)
    assert row.status == OutboxStatus.SENT and row.sent_at is not None


def test_offline_waits_and_is_delivered_exactly_once_later(
        smtp_db: tuple[dbs.Database, int]) -> None:
    db, port = smtp_db
    message_id = _queue(db)
    report = mail.send_due(db)  # nobody listens on the port
    assert [m for m, _ in report.retrying] == [message_id]
    row = _status(db, message_id)
    assert row.status == OutboxStatus.RETRYING and row.attempts == 1
    assert row.next_attempt_at is not None and row.next_attempt_at > datetime.now(UTC)
    with db.session() as s:
        assert mail.pending_count(s) == 1
    with SmtpServer(port) as server:
        assert mail.send_due(db).sent == []  # not due yet: back-off
        later = datetime.now(UTC) + timedelta(minutes=5)
        assert mail.send_due(db, later).sent == [message_id]
        assert mail.send_due(db, later + timedelta(hours=1)).sent == []
    assert len(server.handler.messages) == 1


def test_a_550_is_a_permanent_failure_with_the_servers_words(
        smtp_db: tuple[dbs.Database, int]) -> None:
    db, port = smtp_db
    message_id = _queue(db, to="nobody@example.kz")
    with SmtpServer(port) as server:
        report = mail.send_due(db)
    assert server.handler.messages == []
    assert [m for m, _ in report.failed] == [message_id]
    row = _status(db, message_id)
    assert row.status == OutboxStatus.FAILED
    assert "550" in (row.last_error or "") and "No such user here" in (row.last_error or "")


def test_a_message_caught_sending_by_a_crash_is_never_sent_silently(
        smtp_db: tuple[dbs.Database, int]) -> None:
    db, port = smtp_db
    message_id = _queue(db)
    with db.session(TESTER) as s:  # what a kill in the middle of sending leaves behind
        s.scalars(select(OutboxMessage)).one().status = OutboxStatus.SENDING
    assert mail.recover_interrupted(db) == 1
    with SmtpServer(port) as server:
        assert mail.send_due(db).sent == []
        assert _status(db, message_id).status == OutboxStatus.INTERRUPTED
        with db.session(TESTER) as s:
            mail.retry(s, _status(db, message_id).id)  # a person decided
        assert mail.send_due(db).sent == [message_id]
    assert len(server.handler.messages) == 1


def test_password_round_trips_through_keyring_never_the_database(
        empty_db: dbs.Database, file_keyring: MemoryKeyring, tmp_path: Path) -> None:
    settings = mail.SmtpSettings(host="smtp.example.kz", port=465, security="ssl",
                                 user="sales", from_address="sales@example.kz")
    with empty_db.session(TESTER) as s:
        mail.save_settings(s, settings, password="Сек рет-123")
    assert mail.get_password(settings) == "Сек рет-123"
    with empty_db.session() as s:
        stored = json.dumps(s.get(Setting, "smtp").value, ensure_ascii=False)
    assert "Сек рет-123" not in stored
    assert "Сек рет-123" not in empty_db.path.read_bytes().decode("utf-8", "ignore")
    with pytest.raises(mail.ValidationError):
        mail.SmtpSettings(host="", from_address="x@y").validate()


def test_eml_for_the_mail_client(smtp_db: tuple[dbs.Database, int], tmp_path: Path) -> None:
    db, _port = smtp_db
    message_id = _queue(db)
    with db.session() as s:
        path = mail.write_eml(s, _status(db, message_id).id, tmp_path)
    assert email.message_from_bytes(path.read_bytes())["Message-ID"] == message_id


def test_cli_outbox_list_and_send(smtp_db: tuple[dbs.Database, int],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    db, port = smtp_db
    _queue(db)
    path = str(db.path)
    assert main(["outbox", "list", "--db", path]) == 0
    assert "queued" in capsys.readouterr().out
    with SmtpServer(port) as server:
        assert main(["outbox", "send", "--db", path]) == 0
    assert "sent 1" in capsys.readouterr().out and len(server.handler.messages) == 1
    assert main(["outbox", "list", "--db", path]) == 0
    assert capsys.readouterr().out.strip() == ""


def test_outbox_on_postgresql(pg_url: str, file_keyring) -> None:
    """The outbox works on the team server too (row locking path)."""
    db = dbs.open_database(pg_url)
    try:
        port = free_port()
        with db.session(TESTER) as s:
            mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port,
                                                    security="none",
                                                    from_address="sales@dalatrade.kz"))
        message_id = _queue(db)
        with SmtpServer(port) as server:
            assert mail.send_due(db).sent == [message_id]
            assert mail.send_due(db).sent == []
        assert len(server.handler.messages) == 1
    finally:
        db.dispose()
