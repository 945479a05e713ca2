"""One click: quote form → invoice → PDF → composer → outbox → a real SMTP server."""

from __future__ import annotations

import email
import io
from email import policy
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import (
    Attachment,
    Client,
    DocumentKind,
    DocumentStatus,
    Event,
    EventType,
    OutboxMessage,
    SalesDocument,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.locale.words import amount_in_words
from crm_desktop.services.mail import outbox as mail

from .actors import TESTER
from .helpers import open_desk, raw
from .test_mail import SmtpServer, file_keyring, free_port  # noqa: F401 (fixture)


def _setup(db: dbs.Database, port: int) -> None:
    with db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz"))


def _sell(qtbot: QtBot, db: dbs.Database, path: Path):  # type: ignore[no-untyped-def]
    window = open_desk(qtbot, db)
    client = raw(path, "SELECT c.id FROM clients c JOIN emails e ON e.client_id = c.id "
                       "WHERE c.currency = 'KZT' AND c.kind = 'organization' LIMIT 1")[0][0]
    import uuid

    client_id = uuid.UUID(bytes=client)
    with db.session(TESTER) as s:
        s.get(Client, client_id).full_name = "ТОО «Қызылорда Құрылыс»"
    window.desk.select_client(client_id)
    quote = window.desk.open_quote()
    assert quote is not None
    quote.search.setText(quote.products_model.rows[2].code)
    quote.add_current_product()
    created = quote.create_document(DocumentKind.INVOICE)
    assert created is not None
    # the PDF renders off the GUI thread; the composer opens when it is ready
    qtbot.waitUntil(lambda: quote.composer is not None, timeout=20_000)
    return window, quote, created, client_id


def test_one_click_delivers_one_message_with_the_invoice(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path, file_keyring) -> None:  # noqa: F811
    port = free_port()
    _setup(demo_db, port)
    with SmtpServer(port) as server:
        window, quote, created, client_id = _sell(qtbot, demo_db, demo_path)
        composer = quote.composer
        assert composer.to_edit.text() and "@" in composer.to_edit.text()
        assert created.number in composer.subject_edit.text()
        assert composer.send()
        qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=20_000)
        qtbot.wait(300)
    assert len(server.handler.messages) == 1  # exactly one
    message = email.message_from_bytes(server.handler.messages[0], policy=policy.default)
    pdf = next(p for p in message.iter_attachments()
               if p.get_content_type() == "application/pdf").get_content()
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    with demo_db.session() as s:
        doc = s.get(SalesDocument, created.id)
        assert doc is not None and doc.status == DocumentStatus.SENT
        words = " ".join(amount_in_words(doc.total, doc.currency, doc.language or "en").split())
        event = s.scalar(select(Event).where(Event.client_id == client_id,
                                             Event.type == EventType.EMAIL)
                         .order_by(Event.created_at.desc()).limit(1))
        assert event is not None and created.number in event.subject
        assert s.scalar(select(Attachment).where(Attachment.event_id == event.id)) is not None
    assert created.number in text
    assert "ТОО «Қызылорда Құрылыс»" in text
    assert words in text
    assert f"{created.total:,.2f}".replace(",", " ").replace(".", ",") in \
        text.replace("\u00a0", " ")
    qtbot.waitUntil(lambda: window.outbox_label.text() == "", timeout=5000)
    window.close()


def test_smtp_down_the_message_waits_then_goes_once(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path, file_keyring) -> None:  # noqa: F811
    port = free_port()
    _setup(demo_db, port)
    window, quote, _created, _client = _sell(qtbot, demo_db, demo_path)
    with qtbot.waitSignal(window.outbox_sender.finished, timeout=20_000):
        assert quote.composer.send()  # returns at once: the send runs in the background
    qtbot.waitUntil(lambda: window.outbox_label.text() == "Outbox: 1", timeout=5000)
    with demo_db.session(TESTER) as s:
        row = s.scalars(select(OutboxMessage)).one()
        assert row.status == "failed_retrying" and "Cannot reach" in (row.last_error or "")
        mail.retry(s, row.id)  # as the retry button or the minute timer would, later
    with SmtpServer(port) as server:
        with qtbot.waitSignal(window.outbox_sender.finished, timeout=20_000):
            window.outbox_sender.kick()
        qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=10_000)
        with qtbot.waitSignal(window.outbox_sender.finished, timeout=20_000):
            window.outbox_sender.kick()
    assert len(server.handler.messages) == 1
    window.close()
