"""Issue 12, "No raw values, one number format": printed numbers stay whole, every printed
label is translated, amounts have one style per language, no enum value reaches a widget."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import Client, DocumentKind, Event, Phone, SalesDocument
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.documents.render import render_document
from crm_desktop.services.documents.texts import LANGUAGES, texts
from crm_desktop.services.locale.formatting import (
    LANGUAGE_LOCALES,
    country_choices,
    money,
    set_locale,
)
from crm_desktop.services.locale.logged import logged, order_status
from crm_desktop.services.mail import document_mail
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.catalogue import load_price_list

from .actors import TESTER

BIG_TOTAL = Decimal("5234663175.00")


def _big_invoice(db: dbs.Database) -> object:
    """An invoice of one line: 9 999 pieces for a total over five billion."""
    user = current_user(db)
    assert user is not None
    with db.session(user) as s:
        client_id = s.scalar(select(Client.id).where(Client.currency == "KZT",
                                                     Client.kind == "organization").limit(1))
        assert client_id is not None
        ctx = quotes.quote_context(s, client_id)
        item = load_price_list(s, ctx.price_type_id).items[0]
        line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                     item.minimum_price, item.vat_rate, item.total_stock)
        created = quotes.create_document(s, user, ctx, DocumentKind.INVOICE, [line])
        doc = s.get(SalesDocument, created.id)
        assert doc is not None
        stored = doc.lines[0]
        stored.quantity, stored.price = Decimal(9999), Decimal("523518.47")
        stored.total = BIG_TOTAL
        doc.total = doc.net_total = BIG_TOTAL
        return created.id


def _lines(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(line.replace("\u00a0", " ").split())
            for page in reader.pages for line in page.extract_text().splitlines()]


@pytest.mark.parametrize(("language", "quantity", "total"), [
    ("ru", "9 999", "5 234 663 175,00"), ("az", "9.999", "5.234.663.175,00"),
    ("en", "9,999", "5,234,663,175.00"), ("kk", "9 999", "5 234 663 175,00")])
def test_big_numbers_stay_on_one_line(demo_db: dbs.Database, language: str, quantity: str,
                                      total: str) -> None:
    doc_id = _big_invoice(demo_db)
    with demo_db.session() as s:
        pdf = render_document(s, doc_id, language).pdf  # type: ignore[arg-type]
    if os.environ.get("FORMATS_PDF_DIR"):  # to look at: pdftoppm -png
        (Path(os.environ["FORMATS_PDF_DIR"]) / f"big-{language}.pdf").write_bytes(pdf)
    lines = _lines(pdf)
    # each number is whole on one extracted line (a wrapped one is split over two)
    assert any(re.search(rf"(^|\s){re.escape(quantity)}(\s|$)", line) for line in lines), lines
    # the line's total, the net and the bold total (net = total here), none cut short
    assert sum(total in line for line in lines) == 3, lines
    assert not any(re.search(re.escape(total[:-1]) + r"(\s|$)", line) for line in lines), lines


@pytest.mark.parametrize("language", LANGUAGES)
def test_bic_is_printed_in_the_document_language(demo_db: dbs.Database, language: str) -> None:
    words = texts(language)
    assert words["bic"] and (language == "en" or words["bic"] != "BIC")
    doc_id = _big_invoice(demo_db)
    with demo_db.session() as s:
        pdf = render_document(s, doc_id, language).pdf  # type: ignore[arg-type]
    flat = " ".join(_lines(pdf))
    assert f"{words['bic']}:" in flat
    if language != "en":
        assert "BIC:" not in flat


# -- one currency style -------------------------------------------------------------------------

@pytest.mark.parametrize(("locale", "expected"), [
    ("en_US", "₸1,234.50"), ("ru_RU", "1\u00a0234,50\u00a0₸"), ("kk_KZ", "1\u00a0234,50\u00a0₸"),
    ("az_Latn_AZ", "1.234,50\u00a0₸")])
def test_one_currency_style_in_every_language(locale: str, expected: str) -> None:
    # Babel alone gives "KZT1,234.50" in English and "1 234,50 KZT" in Russian but "₸" in Kazakh
    assert money(Decimal("1234.5"), "KZT", locale) == expected
    assert "KZT" not in money(Decimal(0), "KZT", locale)
    assert money(Decimal(7), "KGS", locale).replace("\u00a0", " ").count("KGS ") + money(
        Decimal(7), "KGS", locale).replace("\u00a0", " ").count(" KGS") == 1  # spaced code


def test_the_logged_event_is_in_the_users_language_with_the_amount_formatted(
        demo_db: dbs.Database) -> None:
    set_locale("ru")
    try:
        doc_id = _big_invoice(demo_db)
        with demo_db.session() as s:
            doc = s.get(SalesDocument, doc_id)
            assert doc is not None
            subject = s.scalar(select(Event.subject).where(
                Event.client_id == doc.client_id, Event.subject.like(f"%{doc.number}%")))
            total = money(doc.total, doc.currency, "ru_RU")
            # the amount as the service knew it when it logged (before the test's edit)
            logged_amount = (subject or "").split(": ", 1)[-1]
    finally:
        set_locale("en")
    assert subject is not None and subject.startswith(f"Счёт {doc.number}: ")
    assert logged_amount.endswith("\u00a0₸") and "," in logged_amount and "." not in logged_amount
    assert "KZT" not in subject and total.endswith("\u00a0₸")


def test_an_order_and_a_call_are_logged_in_the_users_language() -> None:
    set_locale("az")
    try:
        assert logged("order", number="ORD-1", amount=Decimal("5234663175"),
                      currency="AZN") == "Sifariş ORD-1: 5.234.663.175,00\u00a0₼"
        assert logged("call", phone="+994 12 555 00 00") == "Zəng +994 12 555 00 00"
        assert order_status("ready_to_ship") == "göndərişə hazırdır"
    finally:
        set_locale("en")
    assert logged("call", phone="+7") == "Call +7"


def test_the_e_mail_body_uses_the_same_style_as_the_screen(demo_db: dbs.Database) -> None:
    doc_id = _big_invoice(demo_db)
    with demo_db.session() as s:
        doc = s.get(SalesDocument, doc_id)
        assert doc is not None
        draft = document_mail.prepare(s, doc_id)  # type: ignore[arg-type]
        language = doc.language or "en"
        expected = money(doc.total, doc.currency, LANGUAGE_LOCALES[language])
    set_locale(language)
    try:
        on_screen = money(BIG_TOTAL, "KZT")
    finally:
        set_locale("en")
    assert expected == on_screen  # one style: the screen in that language shows the same
    assert expected in draft.body or expected in draft.subject


def test_the_payment_dialog_shows_the_outstanding_amount_formatted(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    from PySide6.QtWidgets import QLabel

    from crm_desktop.ui.desk.payment_dialog import PaymentDialog
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext

    doc_id = _big_invoice(demo_db)
    user = current_user(demo_db)
    assert user is not None
    set_locale("ru")
    try:
        dialog = PaymentDialog(AppContext(demo_db, user, DataBus()), doc_id,  # type: ignore[arg-type]
                               "INV", "KZT")
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        assert "5\u00a0234\u00a0663\u00a0175,00\u00a0₸" in texts, texts
        assert dialog.amount.text() == "5234663175,00"  # to edit: no groups, read back as typed
        assert not any("KZT" in t for t in texts)
    finally:
        set_locale("en")


# -- countries, price import rows ------------------------------------------------------------

@pytest.mark.parametrize("locale", ["en_US", "ru_RU", "kk_KZ"])
def test_the_country_list_holds_real_countries_only(locale: str) -> None:
    codes = country_choices(("KZ", "RU"), locale)
    for pseudo in ("XA", "XB", "ZZ", "EU", "EZ", "UN", "QO"):
        assert pseudo not in codes
    assert {"KZ", "RU", "AZ", "MN", "UA", "US", "XK"} <= set(codes) and len(codes) > 240


def test_price_import_error_rows_are_the_preview_rows(qtbot: QtBot, demo_db: dbs.Database,
                                                     tmp_path: Path) -> None:
    from crm_desktop.services.sales import price_import as pi
    from crm_desktop.ui.catalogue.import_dialog import PriceImportDialog
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext

    file = tmp_path / "prices.csv"
    file.write_text("code,price\nP00002,77777\nNOPE,5\nP00003,abc\nP00002,77777\n",
                    encoding="utf-8")
    user = current_user(demo_db, "d.seitkali")
    assert user is not None
    dialog = PriceImportDialog(AppContext(demo_db, user, DataBus()))
    qtbot.addWidget(dialog)
    table = pi.read_table(file)
    with demo_db.session() as s:
        dialog._show_file(file, table, pi.guess_mapping(s, table.headers))
    with pytest.raises(pi.ImportRefused) as refused, demo_db.session(user) as s:
        pi.import_prices(s, table, pi.guess_mapping(s, table.headers))
    preview = {}
    for r in range(dialog.preview.rowCount()):
        code, number = dialog.preview.item(r, 0), dialog.preview.verticalHeaderItem(r)
        assert code is not None and number is not None  # the preview numbers its rows
        preview[code.text()] = number.text()
    reported = [str(n) for n, _why in refused.value.report.problems]
    assert reported == [preview["NOPE"], preview["P00003"]] == ["3", "4"]


# -- the export from the UI in the interface language ----------------------------------------

@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.ui.i18n import install_translators

    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "ru")
    yield
    install_translators(app, "en")


def test_a_russian_export_is_russian_and_re_imports(russian: None, empty_db: dbs.Database,
                                                    tmp_path: Path) -> None:
    from crm_desktop.services.clients import importing as ci
    from crm_desktop.services.clients.exporting import COLUMNS, export_clients
    from crm_desktop.ui.kit.labels import export_words

    source = tmp_path / "source.csv"
    source.write_text(
        "Name;Kind;Tax ID;Phones;E-mails;Contact;Position;Contact phones;City;Status;"
        "Source;Country;Primary contact\n"
        "ТОО Береке Трейд;organization;061211600012;work: +7 727 250 12 34;info@bereke.kz;"
        "Ерлан Сериков;Директор;mobile: +7 701 123 45 67;Алматы;customer;exhibition;KZ;yes\n",
        encoding="utf-8")
    with empty_db.session(TESTER) as s:
        table = ci.read_source(source)
        assert ci.import_clients(s, table, ci.guess_mapping(s, table.headers),
                                 country="KZ", currency="KZT").created == 1
    exported = tmp_path / "клиенты.csv"
    with empty_db.session() as s:
        export_clients(s, exported, words=export_words())
    rows = list(csv.reader(exported.read_text(encoding="utf-8-sig").splitlines(),
                           delimiter=";" if ";" in exported.read_text("utf-8-sig").split("\n")[0]
                           else ","))
    header = dict(zip(COLUMNS, rows[0], strict=True))
    row = dict(zip(COLUMNS, rows[1], strict=True))
    cyrillic = re.compile("[а-яё]", re.IGNORECASE)
    translated = ("kind", "short_name", "full_name", "tax_id", "country", "region", "city",
                  "address", "legal_address", "status", "source", "tags", "currency", "website",
                  "notes", "phones", "position", "birthday", "primary")
    assert all(cyrillic.search(header[c]) for c in translated), header
    assert (row["kind"], row["status"], row["country"]) == ("Организация", "Клиент",
                                                            "Казахстан")
    assert row["phones"].startswith("рабочий: ") and "work" not in rows[1]
    assert row["contact_phones"].startswith("мобильный: ") and row["primary"] == "✓"
    assert row["source"] == "Выставка"  # by its name in the interface language
    # and back: into another database, every column recognised, the same values stored
    table = ci.read_source(exported)
    assert ci.recognise(table.headers) == dict(enumerate(COLUMNS))
    other = dbs.open_database(str(tmp_path / "other.sqlite3"))
    try:
        with other.session(TESTER) as s:
            report = ci.import_clients(s, table, ci.guess_mapping(s, table.headers),
                                       country="RU", currency="KZT")
        assert (report.created, report.contacts, report.problems) == (1, 1, [])
        with other.session() as s:
            firm = s.scalar(select(Client).where(Client.short_name == "ТОО Береке Трейд"))
            assert firm is not None
            assert (firm.kind.value, firm.status.value, firm.country, firm.city) == (
                "organization", "customer", "KZ", "Алматы")
            kinds = {p.kind.value for p in s.scalars(select(Phone).where(
                Phone.client_id == firm.id))}
            assert kinds == {"work", "mobile"}
    finally:
        other.engine.dispose()


# -- no enum value or code reaches a widget ----------------------------------------------------

def _codes() -> set[str]:
    from crm_desktop.models import (
        ClientKind,
        ClientStatus,
        DealStatus,
        DocumentKind,
        DocumentStatus,
        EventStatus,
        EventType,
        OrderStatus,
        PaymentMethod,
        PhoneKind,
        ShipmentStatus,
    )
    from crm_desktop.services.mail.templates import PURPOSES
    from crm_desktop.ui.kit.labels import SOURCE_CODES

    enums = (ClientKind, ClientStatus, DealStatus, DocumentKind, DocumentStatus, EventStatus,
             EventType, OrderStatus, PaymentMethod, PhoneKind, ShipmentStatus)
    return ({e.value for kind in enums for e in kind} | set(SOURCE_CODES) | set(PURPOSES)
            | set(LANGUAGES))


def _widget_texts(top: object) -> list[str]:
    """Every text the widgets under `top` show: labels, buttons, edits, combo items, tables
    and item views (first 100 rows), headers included."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    assert isinstance(top, QWidget)
    found: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            found.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            found.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QTabWidget):
            found += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for r in range(min(model.rowCount(QModelIndex()), 100)):
                for c in range(columns):
                    value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                    if value is not None:
                        found.append(str(value))
            for c in range(columns):
                value = model.headerData(c, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    found.append(str(value))
    return found


def _leaks(texts: list[str]) -> list[str]:
    """Texts that are a code, carry one as a word ("cold_call", "in_progress"), or start with
    one as a prefix ("mobile: +7…")."""
    codes = _codes()
    bad = []
    for text in texts:
        stripped = text.strip()
        words = set(re.findall(r"[a-z]+(?:_[a-z]+)+", stripped))
        head = stripped.split(":", 1)[0] if ":" in stripped else None
        lines = {line.split(":", 1)[0].strip() for line in stripped.splitlines() if ":" in line}
        if stripped in codes or words & codes or head in codes or lines & codes:
            bad.append(text)
    return bad


def _kz_client_with_codes(db: dbs.Database) -> object:
    """A Kazakh client whose source, phones and status are stored as codes."""
    user = current_user(db)
    assert user is not None
    with db.session(user) as s:
        client = s.scalar(select(Client).where(Client.country == "KZ",
                                               Client.kind == "organization",
                                               Client.deleted_at.is_(None)).limit(1))
        assert client is not None
        client.source = "cold_call"
        client.language = "en"
        s.add(Phone(client_id=client.id, kind="mobile", raw="+7 775 123 45 67",
                    e164="+77751234567"))
        return client.id


def test_no_code_reaches_the_desk_card_list_templates_or_merge(
        russian: None, qtbot: QtBot, demo_db: dbs.Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from crm_desktop.ui.clients.card import ClientCardDialog
    from crm_desktop.ui.clients.merge_dialog import MergeDialog, read_pair
    from crm_desktop.ui.company_dialog import CompanyDialog
    from crm_desktop.ui.main_window import MainWindow

    client_id = _kz_client_with_codes(demo_db)
    user = current_user(demo_db, "d.seitkali")  # the head of sales may merge
    assert user is not None
    window = MainWindow(demo_db, user, "ru")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.desk.isVisible())
    if window.desk.reminders.popup is not None:
        window.desk.reminders.popup.hide()
    window.desk.select_client(client_id)  # type: ignore[arg-type]
    QTest.qWait(200)
    seen: dict[str, list[str]] = {"desk": _widget_texts(window.desk)}

    card = ClientCardDialog(window.ctx, client_id)  # type: ignore[arg-type]
    qtbot.addWidget(card)
    card.show()
    texts: list[str] = []
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        texts += _widget_texts(card.tabs.currentWidget())
    seen["card"] = texts + _widget_texts(card)
    assert "Cold call" in seen["card"] or "Холодный звонок" in seen["card"]
    # a Kazakh client: no Russian-only fields, the tax ID named as Kazakhstan names it
    requisites = card.requisites
    assert not requisites.tax2_edit.isVisibleTo(card)
    assert requisites.tax_label.text() != "INN"

    clients = window.open_clients()
    qtbot.waitUntil(lambda: len(clients.model.rows) > 0)
    QTest.qWait(300)
    seen["clients list"] = _widget_texts(clients)

    company = CompanyDialog(window.ctx, window)
    qtbot.addWidget(company)
    seen["template editor"] = _widget_texts(company)
    assert company.findChild(QWidget, "templateLanguageCombo") is not None

    with demo_db.session(user) as s:
        other = s.scalar(select(Client.id).where(Client.id != client_id,
                                                 Client.country != "KZ",
                                                 Client.deleted_at.is_(None)).limit(1))
        partner = s.get(Client, other)
        assert partner is not None
        partner.source = "exhibition"
        shown = read_pair(s, (client_id, other))  # type: ignore[arg-type]
    assert shown is not None
    merge = MergeDialog(window.ctx, (client_id, other), shown)  # type: ignore[arg-type]
    qtbot.addWidget(merge)
    seen["merge"] = _widget_texts(merge)
    assert not any(t in ("exhibition", "cold_call", "KZ", "en") for t in seen["merge"])

    leaks = {where: _leaks(texts) for where, texts in seen.items() if _leaks(texts)}
    assert leaks == {}
    window.close()


def test_the_card_shows_russian_fields_for_a_russian_client(qtbot: QtBot,
                                                           demo_db: dbs.Database) -> None:
    from crm_desktop.ui.clients.tabs.requisites import RequisitesTab

    tab = RequisitesTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.show_country("RU")
    assert tab.tax2_edit.isVisibleTo(tab) and tab.tax_label.text() == "INN"
    tab.show_country("KZ")
    assert not tab.tax2_edit.isVisibleTo(tab) and tab.tax_label.text() == "BIN/IIN"
    tab.tax2_edit.setText("770101001")  # a stored value stays visible, to be seen and cleared
    tab.show_country("KZ")
    assert tab.tax2_edit.isVisibleTo(tab)


def test_a_message_with_an_amount_and_its_currency_shows_money(qapp: object) -> None:
    from crm_desktop.services.core.errors import Message
    from crm_desktop.services.sales.payments import ABOVE_OUTSTANDING
    from crm_desktop.ui.kit.errors import message_text

    text = message_text(Message(ABOVE_OUTSTANDING, left=Decimal("842358.50"), currency="KZT",
                                number="INV-1"))
    assert text == "Only ₸842,358.50 is outstanding on INV-1"


@pytest.mark.parametrize("language", ["en", "ru", "kk", "uk", "az", "mn"])
def test_every_logged_phrase_exists_in_every_language(language: str) -> None:
    from crm_desktop.services.locale.logged import KEYS

    params: dict[str, object] = {"number": "N-1", "amount": Decimal("1.50"), "currency": "KZT",
                                 "before": "a", "after": "b", "phone": "+7", "what": "W"}
    for key in KEYS:
        text = logged(key, language, **dict(params))
        assert text and "{" not in text and ("N-1" in text or "+7" in text or "W" in text)
    assert language == "en" or order_status("new", language) != "new"
