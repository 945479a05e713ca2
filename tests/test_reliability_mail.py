"""Mail exactly once and never silent, against real SMTP servers on loopback (issue 13).

aiosmtpd for a well-behaved server (with a delay, refusals, AUTH, TLS), and a raw asyncio
server that drops the connection right after the data's final dot without answering.
"""

from __future__ import annotations

import asyncio
import email
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import func, select

from crm_desktop.models import OutboxMessage, OutboxStatus
from crm_desktop.services.core import db as dbs
from crm_desktop.services.mail import outbox as mail

from .actors import TESTER
from .test_mail import Collect, MemoryKeyring, SmtpServer, file_keyring, free_port  # noqa: F401

SENDER = "sales@dalatrade.kz"


def configure(db: dbs.Database, port: int, **more: object) -> mail.SmtpSettings:
    settings = mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                 from_address=SENDER, from_name="Дала Трейд", timeout=5)
    for name, value in more.items():
        setattr(settings, name, value)
    with db.session(TESTER) as s:
        mail.save_settings(s, settings)
    return settings


def queue(db: dbs.Database, to: list[str], cc: list[str] | None = None,
          subject: str = "Счёт INV-2026-000001") -> str:
    with db.session(TESTER) as s:
        settings = mail.load_settings(s)
        return mail.enqueue(s, mail.compose(settings, to, subject, "Добрый день!",
                                            cc=cc)).message_id


def row_of(db: dbs.Database, message_id: str) -> OutboxMessage:
    with db.session() as s:
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.message_id == message_id))
        assert row is not None
        return row


# -- two senders on one SQLite file -------------------------------------------------------------
class SlowCollect(Collect):
    """Takes a moment per message, as a real server does, so that two senders overlap."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


def test_two_senders_on_one_sqlite_file_deliver_fifty_messages_exactly_once(
        empty_db: dbs.Database) -> None:
    port = free_port()
    configure(empty_db, port)
    ids = {queue(empty_db, [f"client{i}@example.kz"]) for i in range(50)}
    handler = SlowCollect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    reports: list[mail.SendReport] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def sender() -> None:
        own = dbs.connect(str(empty_db.path), create=False)  # a program of its own: own engine
        try:
            start.wait()
            reports.append(mail.send_due(own))
        except BaseException as exc:
            errors.append(exc)
        finally:
            own.dispose()

    try:
        threads = [threading.Thread(target=sender) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        controller.stop()
    assert not errors, errors
    received = [email.message_from_bytes(m, policy=policy.default)["Message-ID"]
                for m in handler.messages]
    assert len(received) == 50 and set(received) == ids  # fifty, each exactly once
    assert sorted(len(r.sent) for r in reports)[0] > 0  # both senders really took part
    assert sum(len(r.sent) for r in reports) == 50
    with empty_db.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.status == OutboxStatus.SENT)) == 50


# -- the connection lost after the final dot ----------------------------------------------------
class DropAfterDot:
    """A minimal SMTP server that reads a whole message and closes without answering it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 drop.example ESMTP\r\n")
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250 drop.example\r\n")
            elif verb == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                while (await reader.readline()) not in (b".\r\n", b""):
                    pass
                self.messages += 1
                writer.close()  # the end of the data arrived: gone without a word
                return
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()
        writer.close()

    def __enter__(self) -> DropAfterDot:
        self.server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._client, "127.0.0.1", self.port), self.loop)
        self.thread.start()
        self.server.result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.result().close()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def test_a_connection_dropped_after_the_final_dot_is_interrupted_never_resent(
        empty_db: dbs.Database) -> None:
    port = free_port()
    configure(empty_db, port)
    message_id = queue(empty_db, ["client@example.kz"])
    with DropAfterDot(port) as server:
        report = mail.send_due(empty_db)
        for _ in range(3):  # the sender's later runs, as the desktop makes every minute
            assert mail.send_due(empty_db).sent == []
    assert server.messages == 1  # the server got it once, and never again
    assert [m for m, _ in report.interrupted] == [message_id] and report.sent == []
    row = row_of(empty_db, message_id)
    assert row.status == OutboxStatus.INTERRUPTED
    assert "may have reached the server" in (row.last_error or "")
    with empty_db.session() as s:
        assert mail.problem_ids(s) == [row.id]


# -- refused recipients -------------------------------------------------------------------------
def test_a_refused_cc_is_a_visible_partial_failure_and_a_retry_goes_to_it_alone(
        empty_db: dbs.Database) -> None:
    port = free_port()
    configure(empty_db, port)
    message_id = queue(empty_db, ["client@example.kz"], cc=["nobody@example.kz"])
    with SmtpServer(port) as server:
        report = mail.send_due(empty_db)
        assert len(server.handler.messages) == 1
        row = row_of(empty_db, message_id)
        assert row.status == OutboxStatus.PARTIAL and [m for m, _ in report.partial] == [
            message_id]
        assert report.sent == []
        results = row.recipient_results or {}
        assert results["client@example.kz"]["code"] == 250
        assert results["nobody@example.kz"]["code"] == 550
        assert "nobody@example.kz: 550" in (row.last_error or "")
        with empty_db.session() as s:
            assert mail.problem_ids(s) == [row.id]
        with empty_db.session(TESTER) as s:  # a person decided to try the refused one again
            mail.retry(s, row.id)
        mail.send_due(empty_db)
        # the accepted To did not get it a second time: the retry went to the Cc alone
        assert len(server.handler.messages) == 1
        assert row_of(empty_db, message_id).status == OutboxStatus.PARTIAL


def test_a_refused_to_with_an_accepted_cc_is_partial_too(empty_db: dbs.Database) -> None:
    port = free_port()
    configure(empty_db, port)
    message_id = queue(empty_db, ["nobody@example.kz"], cc=["boss@example.kz"])
    with SmtpServer(port) as server:
        mail.send_due(empty_db)
    assert len(server.handler.messages) == 1
    assert row_of(empty_db, message_id).status == OutboxStatus.PARTIAL


# -- credentials and configuration --------------------------------------------------------------
class Utf8Accounts:
    def __init__(self, login: str, password: str) -> None:
        self.login, self.password = login.encode(), password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
            self.login, self.password)
        return AuthResult(success=ok, handled=False)


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_a_non_ascii_password_logs_in_as_utf8(empty_db: dbs.Database, file_keyring,  # noqa: F811
                                              mechanism: str) -> None:
    port = free_port()
    settings = configure(empty_db, port, user="продажи")
    mail.set_password(settings, "Пароль-ş")
    message_id = queue(empty_db, ["client@example.kz"])
    handler = Collect()
    other = "LOGIN" if mechanism == "PLAIN" else "PLAIN"
    controller = Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False,
                            authenticator=Utf8Accounts("продажи", "Пароль-ş"),
                            auth_exclude_mechanism=[other])
    controller.start()
    try:
        report = mail.send_due(empty_db)
    finally:
        controller.stop()
    assert report.sent == [message_id], report
    assert len(handler.messages) == 1


def test_a_refused_login_fails_at_once_and_never_stays_sending(
        empty_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    port = free_port()
    settings = configure(empty_db, port, user="продажи")
    mail.set_password(settings, "не тот")
    message_id = queue(empty_db, ["client@example.kz"])
    controller = Controller(Collect(), hostname="127.0.0.1", port=port, auth_require_tls=False,
                            authenticator=Utf8Accounts("продажи", "Пароль-ş"))
    controller.start()
    try:
        report = mail.send_due(empty_db)
    finally:
        controller.stop()
    row = row_of(empty_db, message_id)
    assert row.status == OutboxStatus.FAILED and "refused the login" in (row.last_error or "")
    assert report.config is not None and report.config.code == "mail.login_refused"


def test_a_server_without_auth_fails_at_once_with_the_reason(
        empty_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    port = free_port()
    settings = configure(empty_db, port, user="sales")
    mail.set_password(settings, "secret")
    message_id = queue(empty_db, ["client@example.kz"])
    with SmtpServer(port):  # offers no AUTH at all
        report = mail.send_due(empty_db)
    row = row_of(empty_db, message_id)
    assert row.status == OutboxStatus.FAILED, row.status
    assert "does not offer a login (AUTH)" in (row.last_error or "")
    assert report.config is not None and report.config.code == "mail.no_auth"
    assert report.retrying == []


@pytest.fixture
def untrusted_tls_port() -> Iterator[int]:
    """An SMTP-over-TLS server whose certificate comes from a CA nobody trusts."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    port = free_port()
    controller = Controller(Collect(), hostname="127.0.0.1", port=port, ssl_context=context)
    controller.start()
    yield port
    controller.stop()


def test_an_untrusted_certificate_fails_at_once_with_the_reason(
        empty_db: dbs.Database, untrusted_tls_port: int) -> None:
    configure(empty_db, untrusted_tls_port, security="ssl")
    first = queue(empty_db, ["client@example.kz"])
    second = queue(empty_db, ["client2@example.kz"])
    report = mail.send_due(empty_db)
    row = row_of(empty_db, first)
    assert row.status == OutboxStatus.FAILED, row.status
    assert "not trusted" in (row.last_error or "") and "certificate" in (row.last_error or "")
    assert report.config is not None and report.config.code == "mail.untrusted_certificate"
    assert row_of(empty_db, second).status == OutboxStatus.QUEUED  # the run stopped there


# -- the stored message -------------------------------------------------------------------------
SUBJECTS = [
    "Счёт INV-2026-000319 от ТОО «Дала Трейд»",
    "ТОО INV-2026-000319 Invoice No. Proforma Трейд» ТОО —",
    "1 250 000,00 ТОО сумму INV-2026-000319 «Дала INV-2026-000319 — «Дала ₸ —",
    "INV-2026-000319 Invoice Proforma 1 250 000,00 INV-2026-000319 ТОО Proforma ТОО 12.03.2026 "
    "12.03.2026 Трейд»",
    "Коммерческое предложение QUO-2026-000042 для ТОО «Алматы Строй Сервис Групп» 😀 中文",
]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_subject_arrives_word_for_word_and_the_message_has_a_date(
        empty_db: dbs.Database, subject: str) -> None:
    port = free_port()
    configure(empty_db, port)
    message_id = queue(empty_db, ["client@example.kz"], subject=subject)
    stored = email.message_from_bytes(row_of(empty_db, message_id).mime, policy=policy.default)
    assert stored["Subject"] == subject
    assert parsedate_to_datetime(stored["Date"]).tzinfo is not None
    with SmtpServer(port) as server:
        mail.send_due(empty_db)
    received = email.message_from_bytes(server.handler.messages[0], policy=policy.default)
    assert received["Subject"] == subject


# -- the command line ---------------------------------------------------------------------------
def test_outbox_send_into_a_closed_pipe_ends_quietly(empty_db: dbs.Database) -> None:
    """`crm-desktop outbox send | head -3`: the reader is gone before the report is printed."""
    configure(empty_db, free_port())  # nobody listens: every message waits, one line each
    for i in range(40):
        queue(empty_db, [f"client{i}@example.kz"])
    child = subprocess.Popen([sys.executable, "-m", "crm_desktop.cli", "outbox", "send", "--db",
                              str(empty_db.path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # like head, which has read its lines and left
    stderr = child.stderr.read().decode()
    child.wait(120)
    assert "BrokenPipeError" not in stderr and "unexpected error" not in stderr, stderr
    assert "Traceback" not in stderr, stderr


def hold_like_the_desktop(path: Path) -> subprocess.Popen[str]:
    """Another process holding the database the way the desktop does (QLockFile)."""
    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from crm_desktop.ui.app import instance_lock\n"
        "from pathlib import Path\n"
        f"lock = instance_lock(Path({str(path)!r}))\n"
        "print('held' if lock else 'refused', flush=True)\n"
        "sys.stdin.read()\n")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_the_cli_refuses_a_file_the_desktop_has_open(
        empty_db: dbs.Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    port = free_port()
    configure(empty_db, port)
    message_id = queue(empty_db, ["client@example.kz"])
    backup = dbs.backup(empty_db, tmp_path / "copy.sqlite3")
    path = str(empty_db.path)
    desktop = hold_like_the_desktop(empty_db.path)
    try:
        with SmtpServer(port) as server:
            assert main(["outbox", "send", "--db", path]) == 1
            assert server.handler.messages == []
        err = capsys.readouterr().err
        assert "is open in another CRM Desktop program" in err and "unexpected" not in err
        assert main(["db", "restore", str(backup), "--db", path]) == 1
        assert "is open in another CRM Desktop program" in capsys.readouterr().err
    finally:
        assert desktop.stdin is not None
        desktop.stdin.close()
        desktop.wait(30)
    assert row_of(empty_db, message_id).status == OutboxStatus.QUEUED
    with SmtpServer(port) as server:  # the desktop is gone: the command works
        assert main(["outbox", "send", "--db", path]) == 0
    assert len(server.handler.messages) == 1


# -- secrets ------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", ["plain file", "chain of a plain file"])
def test_without_a_keychain_service_the_password_never_lands_in_a_file(
        empty_db: dbs.Database, tmp_path: Path, shape: str) -> None:
    import keyring
    from keyring.backends.chainer import ChainerBackend
    from keyrings.alt.file import PlaintextKeyring

    from crm_desktop.services.core.errors import CrmError

    previous = keyring.get_keyring()
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")

    class FoundChain(ChainerBackend):
        @property
        def backends(self):  # type: ignore[override]
            return [plain]

    keyring.set_keyring(plain if shape == "plain file" else FoundChain())
    try:
        settings = mail.SmtpSettings(host="127.0.0.1", port=free_port(), security="none",
                                     user="sales", from_address=SENDER)
        with pytest.raises(CrmError) as refused, empty_db.session(TESTER) as s:
            mail.save_settings(s, settings, password="Сек рет-123")
        assert refused.value.code == "mail.insecure_keychain"
        assert "no secure keychain" in str(refused.value)
        for file in tmp_path.rglob("*"):  # neither plain nor base64 anywhere
            if file.is_file():
                data = file.read_bytes()
                assert "Сек рет-123".encode() not in data
                assert b"0KHQtdC6INGA0LXRgi0xMjM=" not in data  # its base64
        assert not Path(plain.file_path).exists()
        # what the user can do instead: the password for this session only, in memory
        mail.remember_for_session(settings, "Сек рет-123")
        assert mail.get_password(settings) == "Сек рет-123"
        assert not Path(plain.file_path).exists()
    finally:
        mail._SESSION_PASSWORDS.clear()
        keyring.set_keyring(previous)


def test_at_start_a_program_marks_only_its_own_messages_in_flight_interrupted(
        empty_db: dbs.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two desktops on one database: the one that starts after a crash leaves the other's
    message in flight alone (it is being sent right now), and takes care of its own and of
    messages from before devices were recorded."""
    from datetime import UTC, datetime

    from sqlalchemy import update

    configure(empty_db, 25)
    theirs, mine, old = (queue(empty_db, [f"{n}@example.com"]) for n in ("a", "b", "c"))
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "pc1"))
    pc1 = dbs.installation_id()
    assert mail._claim(empty_db, row_of(empty_db, theirs).id, datetime.now(UTC)) is not None
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "pc2"))
    pc2 = dbs.installation_id()
    assert pc2 != pc1 and dbs.installation_id() == pc2  # kept, not made anew
    assert mail._claim(empty_db, row_of(empty_db, mine).id, datetime.now(UTC)) is not None
    with empty_db.session(TESTER) as s:  # in flight from before devices were recorded
        s.execute(update(OutboxMessage).where(OutboxMessage.message_id == old)
                  .values(status=OutboxStatus.SENDING, sending_device=None))
    assert mail.recover_interrupted(empty_db) == 2  # pc2 starts again
    assert row_of(empty_db, theirs).status == OutboxStatus.SENDING  # pc1's, untouched
    assert row_of(empty_db, theirs).sending_device == pc1
    assert row_of(empty_db, mine).status == OutboxStatus.INTERRUPTED
    assert row_of(empty_db, old).status == OutboxStatus.INTERRUPTED
    monkeypatch.setenv("CRM_DESKTOP_DATA_DIR", str(tmp_path / "pc1"))
    assert mail.recover_interrupted(empty_db) == 1  # pc1 starts again: its own
    assert row_of(empty_db, theirs).status == OutboxStatus.INTERRUPTED
