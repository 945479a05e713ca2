"""Mass mailing against a real SMTP server on loopback (aiosmtpd): opt-outs, the unsubscribe
line and header, personalization, bad addresses after a 550, the dry run, the report."""

from __future__ import annotations

import email
import hashlib
import itertools
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    BadAddress,
    CampaignRecipient,
    Client,
    Contact,
    CustomFieldDef,
    CustomFieldKind,
    Email,
    OutboxMessage,
    OutboxStatus,
    new_id,
)
from crm_desktop.services.clients import listing
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.bulk import defaults_of, insert_rows
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.mail import outbox as mail
from crm_desktop.services.mailing import campaigns, optout, templates

from .actors import TESTER, person
from .test_mail import MemoryKeyring, SmtpServer, file_keyring, free_port  # noqa: F401

FAR = datetime.now(UTC) + timedelta(days=30)  # every queued campaign message is due by then
BODY = ("Здравствуйте, {contact_first_name}!\n\nДля {client} скидка {custom_discount} до "
        "конца месяца.\n\n{manager_signature}")


def _row(table: Table, **values: Any) -> dict[str, Any]:
    static, dynamic = defaults_of(table)
    return {**static, **{k: f() for k, f in dynamic.items()}, **values}


def make_clients(s: Session, n: int, region: str = "Алматы",
                 address: str = "client{i}@example.kz") -> list[uuid.UUID]:
    """`n` clients of `region`, each with a primary contact "Имя{i} Фамилия" at `address`
    and the custom field discount = "{i}%"."""
    clients: Table = Client.__table__  # type: ignore[assignment]
    contacts: Table = Contact.__table__  # type: ignore[assignment]
    emails: Table = Email.__table__  # type: ignore[assignment]
    ids = [new_id() for _ in range(n)]
    contact_ids = [new_id() for _ in range(n)]
    insert_rows(s, clients, (_row(clients, id=c, short_name=f"ТОО Клиент {i}", name_key=f"k{i}",
                                  country="KZ", region=region, status="customer", currency="KZT",
                                  kind="organization", custom_fields={"discount": f"{i}%"})
                             for i, c in enumerate(ids)))
    insert_rows(s, contacts, (_row(contacts, id=k, client_id=c, full_name=f"Имя{i} Фамилия",
                                   is_primary=True)
                              for i, (c, k) in enumerate(zip(ids, contact_ids, strict=True))))
    insert_rows(s, emails, (_row(emails, client_id=c, contact_id=k,
                                 address=address.format(i=i),
                                 address_lower=address.format(i=i).lower())
                            for i, (c, k) in enumerate(zip(ids, contact_ids, strict=True))))
    return ids


@pytest.fixture
def mailing_db(empty_db: dbs.Database, file_keyring: MemoryKeyring  # noqa: F811
               ) -> Iterator[tuple[dbs.Database, int]]:
    port = free_port()
    with empty_db.session(TESTER) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                from_address="sales@dalatrade.kz",
                                                from_name="Дала Трейд"))
        s.add(CustomFieldDef(key="discount", label="Скидка", kind=CustomFieldKind.TEXT))
        s.flush()
        templates.save_campaign_template(s, "Весна", "{client}: весенняя скидка", BODY, "ru")
    yield empty_db, port


def _segment(db: dbs.Database, name: str = "Алматы", region: str = "Алматы") -> None:
    with db.session(TESTER) as s:
        listing.save_segment(s, name, listing.ClientFilter(region=region), None)


def _send(db: dbs.Database, segment: str = "Алматы", rate: int = 40) -> campaigns.CampaignReport:
    with db.session(TESTER) as s:
        return campaigns.send_campaign(s, campaigns.find_audience(s, segment),
                                       templates.campaign_template(s, "Весна"), rate)


def _parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def _outbox_counts(db: dbs.Database, campaign_id: uuid.UUID) -> Counter[OutboxStatus]:
    with db.session() as s:
        return Counter({status: n for status, n in s.execute(
            select(OutboxMessage.status, func.count())
            .join(CampaignRecipient, CampaignRecipient.outbox_id == OutboxMessage.id)
            .where(CampaignRecipient.campaign_id == campaign_id)
            .group_by(OutboxMessage.status))})


def test_a_campaign_of_1000_never_reaches_who_opted_out(
        mailing_db: tuple[dbs.Database, int]) -> None:
    db, port = mailing_db
    with db.session(TESTER) as s:
        ids = make_clients(s, 1000)
        make_clients(s, 5, region="Астана", address="astana{i}@example.kz")  # not in the segment
    _segment(db)
    with db.session(TESTER) as s:
        optout.opt_out(s, client_id=ids[7], how="phone")  # the client, every address of it
        optout.opt_out(s, address="CLIENT8@example.kz", how="reply")  # one address, any case
    report = _send(db)
    assert (report.total, report.queued, report.opted_out, report.sent) == (1000, 998, 2, 0)

    with SmtpServer(port) as server:
        sent = mail.send_due(db, now=FAR, limit=2000)
    assert len(sent.sent) == 998 and not sent.problems
    delivered = [_parse(raw) for raw in server.handler.messages]
    assert len(delivered) == 998
    to = {str(m["To"]) for m in delivered}
    assert "client7@example.kz" not in to and "client8@example.kz" not in to
    assert not any(a.startswith("astana") for a in to)
    for message in delivered:
        i = int(str(message["To"]).removeprefix("client").split("@")[0])
        body = message.get_content()
        assert f"Здравствуйте, Имя{i}!" in body  # personalized, the custom field too
        assert f"Для ТОО Клиент {i} скидка {i}% до" in body
        assert str(message["Subject"]) == f"ТОО Клиент {i}: весенняя скидка"
        assert "ответьте на это письмо словом «отписаться»" in body  # the unsubscribe line
        header = str(message["List-Unsubscribe"])
        assert header.startswith("<mailto:sales@dalatrade.kz?subject=unsubscribe%20")
    assert len({str(m["List-Unsubscribe"]) for m in delivered}) == 998  # one token each

    with db.session() as s:
        final = campaigns.campaign_report(s, report.id)
    outbox = _outbox_counts(db, report.id)
    assert outbox == Counter({OutboxStatus.SENT: 998})
    assert (final.sent, final.queued, final.failed, final.opted_out) == (998, 0, 0, 2)


def test_the_rate_spaces_the_messages_and_leaves_one_off_mail_alone(
        mailing_db: tuple[dbs.Database, int]) -> None:
    db, port = mailing_db
    with db.session(TESTER) as s:
        make_clients(s, 50)
    _segment(db)
    before = datetime.now(UTC)
    first = _send(db, rate=20)
    second = _send(db, rate=20)  # queued behind the first
    with db.session(TESTER) as s:
        settings = mail.load_settings(s)
        one_off = mail.enqueue(s, mail.compose(settings, ["buyer@example.org"], "Счёт", "…")).id
    with db.session() as s:
        def due(campaign_id: uuid.UUID) -> list[datetime]:
            return [t for t in s.scalars(
                select(OutboxMessage.next_attempt_at)
                .join(CampaignRecipient, CampaignRecipient.outbox_id == OutboxMessage.id)
                .where(CampaignRecipient.campaign_id == campaign_id)
                .order_by(OutboxMessage.next_attempt_at)) if t is not None]

        one, two = due(first.id), due(second.id)
        assert len(one) == len(two) == 50
        gaps = {round((b - a).total_seconds(), 3) for a, b in itertools.pairwise(one)}
        assert gaps == {3.0}  # 20 a minute
        assert two[0] >= one[-1] + timedelta(seconds=3)  # the second waits for the first
        in_a_minute = [t for t in one + two if t < before + timedelta(seconds=60)]
        assert len(in_a_minute) <= 21
        one_off_row = s.get(OutboxMessage, one_off)
        assert one_off_row is not None and one_off_row.next_attempt_at is not None
        assert one_off_row.next_attempt_at <= datetime.now(UTC)  # due now, as ever
    with SmtpServer(port) as server:
        mail.send_due(db)  # now: the one-off and the campaigns' first message
    to = [str(_parse(raw)["To"]) for raw in server.handler.messages]
    assert "buyer@example.org" in to and len(to) == 2


def test_a_550_marks_the_address_bad_and_the_next_campaign_skips_it(
        mailing_db: tuple[dbs.Database, int]) -> None:
    db, port = mailing_db
    with db.session(TESTER) as s:
        make_clients(s, 4)
        make_clients(s, 1, address="nobody@example.kz")  # the test server answers 550
    _segment(db)
    first = _send(db)
    with SmtpServer(port) as server:
        mail.send_due(db, now=FAR, limit=100)
    assert len(server.handler.messages) == 4
    with db.session() as s:
        bad = s.scalars(select(BadAddress)).all()
        assert [(b.address, b.code) for b in bad] == [("nobody@example.kz", 550)]
        assert "No such user" in bad[0].answer
        report = campaigns.campaign_report(s, first.id)
    assert (report.sent, report.failed, report.bad_address) == (4, 1, 0)
    assert _outbox_counts(db, first.id) == Counter({OutboxStatus.SENT: 4,
                                                    OutboxStatus.FAILED: 1})

    with db.session() as s:
        rows = campaigns.campaign_recipients(s, first.id)
    assert [r.status for r in rows] == ["failed"] + ["sent"] * 4  # the failure first
    assert rows[0].address == "nobody@example.kz" and "No such user" in rows[0].error

    # a reply to the List-Unsubscribe mailto: puts that address on the opt-out list
    header = str(_parse(server.handler.messages[0])["List-Unsubscribe"])
    reply_subject = "Re: " + header.split("subject=")[1].rstrip(">").replace("%20", " ")
    with db.session(TESTER) as s:
        assert campaigns.opt_out_by_reply(s, reply_subject) is not None
        assert campaigns.opt_out_by_reply(s, "Re: your letter") is None
    second = _send(db)
    assert (second.queued, second.bad_address, second.opted_out) == (3, 1, 1)
    with db.session() as s:
        waiting = s.scalars(select(OutboxMessage.recipients)
                            .join(CampaignRecipient,
                                  CampaignRecipient.outbox_id == OutboxMessage.id)
                            .where(CampaignRecipient.campaign_id == second.id)).all()
    assert "nobody@example.kz" not in waiting and len(waiting) == 3
    with db.session(TESTER) as s:  # forgiven: the next campaign tries it again
        optout.forgive_bad_address(s, optout.bad_addresses(s)[0].id)
    assert _send(db).bad_address == 0


def test_a_5xx_to_mail_from_marks_no_address(mailing_db: tuple[dbs.Database, int]) -> None:
    """Only a refusal of the recipient says the address is bad (not a refused sender)."""
    db, port = mailing_db
    with db.session(TESTER) as s:
        make_clients(s, 2)
    _segment(db)
    _send(db)

    class RefuseSender:
        async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                              options: Any) -> str:
            return "550 5.7.1 Sender not allowed"

    controller = Controller(RefuseSender(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        report = mail.send_due(db, now=FAR, limit=10)
    finally:
        controller.stop()
    assert len(report.failed) == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(BadAddress)) == 0


def _fingerprint(path: Path) -> str:
    """Every row of every table, hashed: the same before and after means nothing was written."""
    digest = hashlib.sha256()
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
    return digest.hexdigest()


def test_cli_dry_run_writes_nothing_and_send_queues(
        demo_db: dbs.Database, file_keyring: MemoryKeyring,  # noqa: F811
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from crm_desktop.cli import main

    path = str(demo_db.path)
    admin = person(demo_db, "admin")
    with demo_db.session(admin) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=free_port(),
                                                security="none",
                                                from_address="sales@dalatrade.kz"))
    body = tmp_path / "body.txt"
    body.write_text("Здравствуйте, {contact_first_name}!\n{company}", encoding="utf-8")
    assert main(["campaign", "template", "Новости", "--subject", "Новости {company}",
                 "--body-file", str(body), "--db", path, "--user", "admin"]) == 0
    with demo_db.session() as s:
        expected = campaigns.count_recipients(s, campaigns.find_audience(s, "*"))
    assert expected.queued > 50
    capsys.readouterr()
    before = _fingerprint(demo_db.path)
    assert main(["campaign", "send", "*", "Новости", "--dry-run", "--db", path,
                 "--user", "d.seitkali"]) == 0
    out = capsys.readouterr().out
    assert _fingerprint(demo_db.path) == before
    lines = out.strip().splitlines()
    assert len(lines) == expected.total + 1
    assert f"{expected.queued} would be sent" in lines[-1]
    assert sum(1 for line in lines if line.startswith("queued ")) == expected.queued

    # a salesperson may not send a campaign, not even a dry run
    assert main(["campaign", "send", "*", "Новости", "--dry-run", "--db", path,
                 "--user", "a.nurlanova"]) != 0
    assert main(["campaign", "send", "*", "Новости", "--db", path, "--user", "d.seitkali"]) == 0
    assert f"queued {expected.queued}," in capsys.readouterr().out
    assert main(["campaign", "list", "--db", path]) == 0
    assert "Новости → *" in capsys.readouterr().out
    with demo_db.session() as s:
        queued = s.scalar(select(func.count()).select_from(CampaignRecipient).where(
            CampaignRecipient.outbox_id.is_not(None)))
    assert queued == expected.queued
    with demo_db.session() as s:
        recipient = s.scalars(select(CampaignRecipient).where(
            CampaignRecipient.outbox_id.is_not(None))).first()
        assert recipient is not None
    capsys.readouterr()
    assert main(["campaign", "opt-out", f"Re: unsubscribe {recipient.id.hex}", "--db", path,
                 "--user", "a.nurlanova"]) == 0
    assert "is on the opt-out list" in capsys.readouterr().out
    with demo_db.session() as s:
        assert [o.address for o in optout.opt_outs(s)] == [recipient.address.lower()]


def test_preview_test_send_permissions_and_templates(
        demo_db: dbs.Database, file_keyring: MemoryKeyring) -> None:  # noqa: F811
    head, seller = person(demo_db, "d.seitkali"), person(demo_db, "admin")
    salesperson = person(demo_db, "a.nurlanova")
    with demo_db.session(seller) as s:
        mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=free_port(),
                                                security="none",
                                                from_address="sales@dalatrade.kz"))
    with demo_db.session(head) as s:
        with pytest.raises(ValidationError) as unknown:
            templates.save_campaign_template(s, "x", "Hi", "Dear {ceo}", "en")
        assert "{custom_" not in str(unknown.value) or "ceo" in str(unknown.value)
        template = templates.save_campaign_template(
            s, "Hello", "News for {client}", "Dear {contact_name},\n{manager_signature}", "en")
        audience = campaigns.find_audience(s, "*")
        first = campaigns.recipients_page(s, audience, 20)
        target = next(r for r in first if r.status == "queued")
        letter = campaigns.preview(s, template, audience, target.client_id)
        assert letter.to == target.address and letter.subject == f"News for {target.client}"
        assert "To stop receiving these letters" in letter.body
        outbox_id = campaigns.send_test(s, template, audience, target.client_id,
                                        "me@dalatrade.kz")
        row = s.get(OutboxMessage, outbox_id)
        assert row is not None and row.recipients == "me@dalatrade.kz"
        assert row.subject.startswith("[TEST] News for") and row.client_id is None
        assert b"List-Unsubscribe" in row.mime
    with demo_db.session(salesperson) as s:
        with pytest.raises(CrmError) as refused:
            campaigns.send_campaign(s, campaigns.find_audience(s, "*"), template)
        assert refused.value.code == "forbidden"
        # a salesperson puts a client on the opt-out list; only the head takes it off
        entry = optout.opt_out(s, client_id=target.client_id, how="phone")
        assert optout.opt_out(s, client_id=target.client_id) == entry
        with pytest.raises(CrmError):
            optout.remove_opt_out(s, entry)
    with demo_db.session(head) as s:
        assert campaigns.preview(s, template, audience, target.client_id).status == "opted_out"
        optout.remove_opt_out(s, entry)
        assert optout.opt_outs(s) == []
        with pytest.raises(ValidationError):
            campaigns.send_campaign(s, audience, template, rate_per_minute=1000)


def test_the_campaign_window_previews_tests_and_sends(
        qtbot: Any, demo_db: dbs.Database, file_keyring: MemoryKeyring,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext
    from crm_desktop.ui.mailing.campaign_window import CampaignWindow

    head = person(demo_db, "d.seitkali")
    with demo_db.session(head) as s:
        from crm_desktop.services.core.settings import set_setting

        set_setting(s, "smtp", {"host": "127.0.0.1", "port": free_port(), "security": "none",
                                "from_address": "sales@dalatrade.kz"})
        templates.save_campaign_template(s, "News", "News for {client}",
                                         "Dear {contact_first_name},\nnews.", "en")
    window = CampaignWindow(AppContext(demo_db, head, DataBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.counts is not None
                    and window.recipients_model.rowCount() > 0, timeout=15_000)
    window.template.setCurrentText("News")
    window._template_chosen(window.template.findText("News"))
    window.recipients.selectRow(0)
    qtbot.waitUntil(lambda: "To stop receiving these letters" in window.preview.toPlainText(),
                    timeout=10_000)
    first = window.recipients_model.row_at(0)
    assert first is not None and f"News for {first.client}" in window.preview.toPlainText()
    window.test_address.setText("me@dalatrade.kz")
    window.test_button.click()
    with demo_db.session() as s:
        test = s.scalar(select(OutboxMessage).where(OutboxMessage.recipients == "me@dalatrade.kz"))
        assert test is not None and test.subject.startswith("[TEST] News for")
    counts = window.counts
    assert counts is not None
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.send_button.click()
    qtbot.waitUntil(lambda: window.reports_model.rowCount() == 1, timeout=15_000)
    report = window.reports_model.row_at(0)
    assert report is not None and report.queued == counts.queued
    assert report.name == "News → All clients"
    # a salesperson sees the window but may not send (the service would refuse too)
    seller = CampaignWindow(AppContext(demo_db, person(demo_db, "a.nurlanova"), DataBus()))
    qtbot.addWidget(seller)
    assert not seller.send_button.isEnabled()


def test_a_campaign_on_postgresql(pg_url: str, file_keyring: MemoryKeyring  # noqa: F811
                                  ) -> None:
    """The team server's path: Core bulk inserts, the 550 marking, the report."""
    db = dbs.open_database(pg_url)
    try:
        port = free_port()
        with db.session(TESTER) as s:
            mail.save_settings(s, mail.SmtpSettings(host="127.0.0.1", port=port,
                                                    security="none",
                                                    from_address="sales@dalatrade.kz"))
            s.add(CustomFieldDef(key="discount", label="Скидка", kind=CustomFieldKind.TEXT))
            s.flush()
            templates.save_campaign_template(s, "Весна", "{client}: весенняя скидка", BODY, "ru")
            ids = make_clients(s, 30)
            make_clients(s, 1, address="nobody@example.kz")
            optout.opt_out(s, client_id=ids[0])
        _segment(db)
        first = _send(db)
        assert (first.total, first.queued, first.opted_out) == (31, 30, 1)
        with SmtpServer(port) as server:
            mail.send_due(db, now=FAR, limit=100)
        assert len(server.handler.messages) == 29
        with db.session() as s:
            report = campaigns.campaign_report(s, first.id)
            assert (report.sent, report.failed) == (29, 1)
        assert _send(db).bad_address == 1
    finally:
        db.dispose()


def test_an_opt_out_while_the_campaign_is_queued_stops_its_letters(
        mailing_db: tuple[dbs.Database, int]) -> None:
    """A client or address that opts out after the campaign was queued gets nothing from it:
    its waiting letter is withdrawn, and the report counts it as opted out."""
    db, port = mailing_db
    with db.session(TESTER) as s:
        ids = make_clients(s, 5)
    _segment(db)
    report = _send(db)
    assert report.queued == 5
    with db.session(TESTER) as s:
        optout.opt_out(s, client_id=ids[1], how="phone")
        optout.opt_out(s, address="CLIENT3@example.kz", how="reply")
    with SmtpServer(port) as server:
        mail.send_due(db, now=FAR, limit=100)
    to = sorted(str(_parse(raw)["To"]) for raw in server.handler.messages)
    assert to == ["client0@example.kz", "client2@example.kz", "client4@example.kz"]
    with db.session() as s:
        final = campaigns.campaign_report(s, report.id)
        rows = campaigns.campaign_recipients(s, report.id)
    assert (final.sent, final.queued, final.failed, final.opted_out) == (3, 0, 0, 2)
    assert sorted(r.status for r in rows) == ["opted_out"] * 2 + ["sent"] * 3



def test_two_clients_at_one_address_get_one_letter(
        mailing_db: tuple[dbs.Database, int]) -> None:
    """One mailbox shared by two clients (a group's accountant) receives the campaign once."""
    db, port = mailing_db
    with db.session(TESTER) as s:
        make_clients(s, 3)
        make_clients(s, 2, address="Office@example.kz")
        make_clients(s, 1, address="office@example.kz")  # the same mailbox, other case
    _segment(db)
    with db.session(TESTER) as s:
        counted = campaigns.count_recipients(s, campaigns.find_audience(s, "Алматы"))
    report = _send(db)
    assert (report.total, report.queued, report.duplicate) == (6, 4, 2)
    assert (counted.total, counted.queued, counted.duplicate) == (6, 4, 2)
    with SmtpServer(port) as server:
        mail.send_due(db, now=FAR, limit=100)
    to = Counter(str(_parse(raw)["To"]).lower() for raw in server.handler.messages)
    assert to["office@example.kz"] == 1 and sum(to.values()) == 4
    with db.session() as s:
        final = campaigns.campaign_report(s, report.id)
        rows = campaigns.campaign_recipients(s, report.id)
    assert (final.sent, final.failed, final.duplicate) == (4, 0, 2)
    assert Counter(r.status for r in rows) == Counter({"sent": 4, "duplicate": 2})


def test_the_unsubscribe_line_in_every_language_a_client_may_have() -> None:
    lines = {lang: templates.unsubscribe_line(lang, "sales@dalatrade.kz")
             for lang in templates.LANGUAGES}
    assert len(set(lines.values())) == len(templates.LANGUAGES)  # none borrows another's
    assert all("sales@dalatrade.kz" in line for line in lines.values())
    template = templates.CampaignTemplate("Весна", "Скидка", "Текст", "ru")
    for lang in templates.LANGUAGES:
        recipient = campaigns.Recipient(new_id(), "ТОО", "a@example.kz", "", "queued", {},
                                        lang)
        body = campaigns.letter(template, recipient, "sales@dalatrade.kz").body
        assert lines["ru"] in body and lines[lang] in body  # the client's own language too
    body = campaigns.letter(template, campaigns.Recipient(
        new_id(), "ТОО", "a@example.kz", "", "queued", {}), "sales@dalatrade.kz").body
    assert body.count("sales@dalatrade.kz") == 1  # no language known: the template's only


def test_a_withdrawn_or_opted_out_campaign_letter_is_never_sent_again(
        mailing_db: tuple[dbs.Database, int]) -> None:
    """The outbox's retry refuses a campaign letter whose client or address is on the opt-out
    list (withdrawn, or cancelled with the campaign before the opt-out), and any message being
    sent right now (queued again, a second sender would send it twice)."""
    db, port = mailing_db
    with db.session(TESTER) as s:
        ids = make_clients(s, 3)
    _segment(db)
    report = _send(db)
    with db.session(TESTER) as s:
        optout.opt_out(s, client_id=ids[0])  # withdraws its letter
        campaigns.cancel_campaign(s, report.id)
        optout.opt_out(s, address="client1@example.kz")  # after the cancel
    with db.session() as s:
        letters = {client_id: outbox_id for client_id, outbox_id in s.execute(
            select(CampaignRecipient.client_id, CampaignRecipient.outbox_id)
            .where(CampaignRecipient.campaign_id == report.id))}
    for client_id in ids[:2]:
        with pytest.raises(CrmError) as refused, db.session(TESTER) as s:
            mail.retry(s, letters[client_id])
        assert refused.value.code == "mail.cannot_resend"
    with db.session(TESTER) as s:
        mail.retry(s, letters[ids[2]])  # not opted out: a person may send it after all
        s.get(OutboxMessage, letters[ids[2]]).status = OutboxStatus.SENDING  # type: ignore[union-attr]
    with pytest.raises(CrmError) as refused, db.session(TESTER) as s:
        mail.retry(s, letters[ids[2]])
    assert refused.value.code == "mail.cannot_resend"
    with SmtpServer(port) as server:
        mail.send_due(db, now=FAR, limit=100)
    assert server.handler.messages == []


def test_a_dry_run_finds_the_persons_own_segment_as_the_send_does(
        mailing_db: tuple[dbs.Database, int], capsys: pytest.CaptureFixture[str]) -> None:
    """`campaign send MINE TEMPLATE --dry-run` reads without an actor: it still looks the
    segment up among the acting person's own ones, as the send does."""
    import argparse

    from crm_desktop import mailing_cli
    from crm_desktop.models import Role, User
    from crm_desktop.services.core.identity import CurrentUser

    db, _port = mailing_db
    head = CurrentUser(new_id(), "head", "Head of Sales", Role.HEAD_OF_SALES)
    with db.session(TESTER) as s:
        make_clients(s, 3)
        s.add(User(id=head.id, login=head.login, full_name=head.full_name, role=head.role))
        s.flush()
    with db.session(head) as s:
        listing.save_segment(s, "Мои алматинцы", listing.ClientFilter(region="Алматы"),
                             head.id)
    args = argparse.Namespace(segment="Мои алматинцы", template="Весна")
    assert mailing_cli._dry_run(db, head, args) == 0
    assert "3 would be sent" in capsys.readouterr().out
    with db.session(head) as s:  # the send finds it too
        assert campaigns.send_campaign(s, campaigns.find_audience(s, "Мои алматинцы"),
                                       templates.campaign_template(s, "Весна")).queued == 3


def test_a_campaign_with_no_letter_to_send_is_refused_and_leaves_nothing(
        mailing_db: tuple[dbs.Database, int]) -> None:
    """An empty segment, or one whose every client opted out or has no address, is refused
    (the person sees why) instead of becoming an empty campaign in the reports."""
    from crm_desktop.models import Campaign

    db, _port = mailing_db
    _segment(db, "Пусто", region="Атырау")  # nobody there
    with pytest.raises(CrmError) as refused:
        _send(db, segment="Пусто")
    assert refused.value.code == "mailing.nobody_to_send"
    with db.session(TESTER) as s:
        ids = make_clients(s, 2, region="Атырау")
        optout.opt_out(s, client_id=ids[0])
        optout.opt_out(s, client_id=ids[1])
    with pytest.raises(CrmError):
        _send(db, segment="Пусто")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Campaign)) == 0
        assert s.scalar(select(func.count()).select_from(CampaignRecipient)) == 0
