"""Company settings, templates, the outbox window and the mail server dialog, driven."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import DocumentKind, OutboxMessage, OutboxStatus, SalesDocument
from crm_desktop.services.company.profile import company_input, save_company
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.documents.render import render_document
from crm_desktop.services.mail import outbox as mail

from .actors import TESTER
from .helpers import open_desk
from .test_mail import SmtpServer, file_keyring, free_port  # noqa: F401 (fixture)


def _png(path: Path, color: str) -> Path:
    image = QImage(120, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    image.save(str(path))
    return path


def test_company_settings_validate_and_put_the_stamp_on_documents(
        qtbot: QtBot, demo_db: dbs.Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_db.session(TESTER) as s:
        data = company_input(s)
        data.account = "KZ00 1234"
        with pytest.raises(ValidationError, match="IBAN"):
            save_company(s, data)
        data = company_input(s)
        data.tax_id = "123"
        with pytest.raises(ValidationError, match="tax ID"):
            save_company(s, data)
    window = open_desk(qtbot, demo_db, "admin")  # company settings are the admin's
    dialog = window.edit_company()
    dialog.new_images["stamp_image_id"] = _png(tmp_path / "stamp.png", "#1a5fb4")
    dialog.new_images["director_signature_id"] = _png(tmp_path / "sign.png", "#000000")
    dialog.fields["device_code"].setText("l1")
    assert dialog.save()
    with demo_db.session() as s:
        data = company_input(s)
        assert data.stamp_image_id and data.director_signature_id and data.device_code == "L1"
        doc = s.scalar(select(SalesDocument).where(SalesDocument.kind == "invoice").limit(1))
        assert doc is not None
        pdf = render_document(s, doc.id).pdf
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) >= 2  # stamp and signature
    shown: list[str] = []
    monkeypatch.setattr("crm_desktop.ui.kit.operations.show_error",
                        lambda _p, exc: shown.append(str(exc)))
    dialog = window.edit_company()
    dialog.fields["bic"].setText("NOT A BIC")
    assert dialog.save() is False and "BIC" in shown[0]
    window.close()


def test_template_editor_shows_an_unknown_placeholder(qtbot: QtBot,
                                                      demo_db: dbs.Database) -> None:
    window = open_desk(qtbot, demo_db, "admin")
    dialog = window.edit_company()
    dialog.body.setPlainText("Здравствуйте, {contact_first_name}! {oops}")
    assert "Unknown placeholder {oops}" in dialog.template_error.text()
    assert dialog.save_template() is False
    dialog.body.setPlainText("Здравствуйте, {contact_first_name}!")
    assert dialog.template_error.text() == "" and dialog.save_template()
    window.close()


def test_outbox_window_retry_and_cancel(qtbot: QtBot, demo_db: dbs.Database,
                                        file_keyring) -> None:  # noqa: F811
    port = free_port()
    with demo_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz"))
        settings = mail.load_settings(s)
        for n in range(2):
            mail.enqueue(s, mail.compose(settings, [f"c{n}@example.kz"], f"Тест {n}", "x"))
    mail.send_due(demo_db)  # nobody listens: both wait
    window = open_desk(qtbot, demo_db)
    outbox = window.open_outbox()
    assert [r.status for r in outbox.model.rows] == [OutboxStatus.RETRYING] * 2
    outbox.view.selectRow(0)
    outbox.cancel()
    outbox.view.selectRow(1)
    with SmtpServer(port) as server:
        with qtbot.waitSignal(window.outbox_sender.finished, timeout=20_000):
            outbox.retry()
        qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=10_000)

        def statuses() -> list[OutboxStatus]:
            with demo_db.session() as s:
                return sorted(r.status for r in s.scalars(select(OutboxMessage)))

        # The server has the message a moment before the sender records "sent" (and a
        # `finished` from the start-up run may have been the one waited for above).
        qtbot.waitUntil(lambda: statuses() == [OutboxStatus.CANCELLED, OutboxStatus.SENT],
                        timeout=10_000)
    window.close()


def test_send_without_review_goes_straight_to_the_outbox(
        qtbot: QtBot, demo_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    port = free_port()
    with demo_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz"))
        data = company_input(s)
        data.send_without_review = True
        save_company(s, data)
    window = open_desk(qtbot, demo_db)
    client = window.desk.day_panel.clients_model.rows[0].client_id
    window.desk.select_client(client)
    quote = window.desk.open_quote()
    assert quote is not None
    quote.add_current_product()
    with SmtpServer(port) as server:
        assert quote.create_document(DocumentKind.QUOTE) is not None
        qtbot.waitUntil(lambda: quote.composer is not None, timeout=20_000)  # PDF off the GUI
        assert quote.composer is not None and not quote.composer.isVisible()
        assert quote.composer.sent_message_id
        qtbot.waitUntil(lambda: len(server.handler.messages) == 1, timeout=20_000)
    window.close()


def test_mail_server_dialog_sends_a_test_message(qtbot: QtBot, demo_db: dbs.Database,
                                                 file_keyring) -> None:  # noqa: F811
    port = free_port()
    window = open_desk(qtbot, demo_db, "admin")
    dialog = window.edit_smtp()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port)
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert "clear text" in dialog.warning.text()
    dialog.from_address.setText("sales@dalatrade.kz")
    dialog.password.setText("секрет")
    with SmtpServer(port) as server:
        dialog.send_test()
        qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Sent"), timeout=20_000)
    assert len(server.handler.messages) == 1
    settings = mail.SmtpSettings(host="127.0.0.1", port=port, from_address="sales@dalatrade.kz")
    assert mail.get_password(settings) == "секрет"
    dialog.port.setValue(free_port())  # nobody there
    dialog.send_test()
    qtbot.waitUntil(lambda: dialog.test_result.text().startswith("Not sent"), timeout=20_000)
    window.close()


def test_composer_offers_contacts_and_saves_a_draft_that_waits(
        qtbot: QtBot, demo_db: dbs.Database, file_keyring) -> None:  # noqa: F811
    port = free_port()
    with demo_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz"))
    window = open_desk(qtbot, demo_db)
    window.desk.select_client(window.desk.day_panel.clients_model.rows[0].client_id)
    quote = window.desk.open_quote()
    assert quote is not None
    quote.add_current_product()
    quote.create_document(DocumentKind.INVOICE)
    qtbot.waitUntil(lambda: quote.composer is not None, timeout=20_000)
    composer = quote.composer
    assert composer is not None and composer.to_choice.count() >= 2
    composer.to_edit.clear()
    composer._add_address(1)
    assert composer.to_edit.text() == composer.to_choice.itemData(1)
    composer.to_edit.clear()  # a draft may wait without a recipient
    assert composer.save_draft()
    sender = window.outbox_sender
    with SmtpServer(port) as server, qtbot.waitSignal(sender.finished, timeout=20_000):
        sender.kick()
    assert server.handler.messages == []  # drafts are never sent by themselves
    with demo_db.session(TESTER) as s:
        row = s.scalars(select(OutboxMessage)).one()
        assert row.status == OutboxStatus.DRAFT
        with pytest.raises(mail.CrmError, match="no recipient"):
            mail.retry(s, row.id)
    window.close()


def test_the_status_bar_counts_undelivered_mail_in_red_with_one_notice_each(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    """Failed, partly sent and interrupted messages are counted apart from the waiting ones,
    in red, and each raises the 'not delivered' notice once, not at every refresh."""
    from datetime import UTC, datetime, timedelta

    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.services.core.changes import Change

    window = open_desk(qtbot, demo_db)
    settings = mail.SmtpSettings(host="127.0.0.1", port=1, from_address="me@example.com")
    later = datetime.now(UTC) + timedelta(days=30)  # the window's sender leaves these alone

    def queue(status: OutboxStatus, n: int) -> None:
        with demo_db.session(TESTER) as s:
            for i in range(n):
                row = mail.enqueue(s, mail.compose(settings, [f"c{i}@example.com"],
                                                   f"{status.value} {i}", "body"))
                row.status, row.next_attempt_at = status, later

    before = window.outbox_label.text()
    queue(OutboxStatus.QUEUED, 1)
    queue(OutboxStatus.FAILED, 1)
    queue(OutboxStatus.INTERRUPTED, 1)
    window.bus.publish({Change.OUTBOX})
    qtbot.waitUntil(lambda: "not delivered: 2" in window.outbox_label.text(), timeout=5000)
    assert window.outbox_label.text().startswith("Outbox: ") and before != \
        window.outbox_label.text()
    assert "#b3261e" in window.outbox_label.styleSheet()
    qtbot.waitUntil(lambda: window.mail_notice is not None and window.mail_notice.isVisible(),
                    timeout=5000)
    first = window.mail_notice
    assert first is not None and first.objectName() == "mailFailureNotice"
    assert ": 2." in first.text()
    first.close()
    window.update_outbox()  # the same two again: no second notice
    qtbot.wait(50)
    assert window.mail_notice is first and not first.isVisible()
    queue(OutboxStatus.PARTIAL, 1)
    window.bus.publish({Change.OUTBOX})
    qtbot.waitUntil(lambda: window.mail_notice is not first, timeout=5000)
    assert isinstance(window.mail_notice, QMessageBox) and ": 1." in window.mail_notice.text()
    assert "not delivered: 3" in window.outbox_label.text()
