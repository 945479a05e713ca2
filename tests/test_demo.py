"""Demo data: reproducible, valid, and shaped like a real sales team's database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import phonenumbers
from sqlalchemy import func, select

from crm_desktop.demo.generator import DemoGenerator, generate_demo
from crm_desktop.models import (
    Client,
    Deal,
    DealStage,
    DealStatus,
    Event,
    EventStatus,
    Phone,
    PipelineStage,
    SalesDocument,
    User,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.locale.regions import CITIES, COUNTRIES
from crm_desktop.services.locale.taxids import is_valid_tax_id

FIXED_DAY = date(2026, 5, 20)


def _fingerprint(database: dbs.Database) -> list[tuple[object, ...]]:
    with database.session() as s:
        rows: list[tuple[object, ...]] = []
        rows += s.execute(select(Client.id, Client.short_name, Client.tax_id, Client.created_at)
                          .order_by(Client.id)).all()
        rows += s.execute(select(Phone.id, Phone.e164).order_by(Phone.id)).all()
        rows += s.execute(select(SalesDocument.number, SalesDocument.total)
                          .order_by(SalesDocument.number)).all()
        rows += s.execute(select(Event.id, Event.subject, Event.start_at)
                          .order_by(Event.id)).all()
        return rows


def test_same_seed_same_data_other_seed_other_data(tmp_path) -> None:
    prints = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        database = dbs.open_database(str(tmp_path / f"{name}.sqlite3"))
        generate_demo(database, "small", seed=seed, today=FIXED_DAY)
        prints.append(_fingerprint(database))
        database.dispose()
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]
    assert len(prints[0]) > 3000


def test_every_phone_parses_and_every_tax_id_passes(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        phones = s.scalars(select(Phone.e164)).all()
        clients = s.execute(select(Client.country, Client.tax_id)).all()
    assert len(phones) > 600
    for e164 in phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164, None)), e164
    for country, tax_id in clients:
        assert is_valid_tax_id(country, tax_id), (country, tax_id)


def test_every_phone_plan_in_the_generator_gives_valid_numbers() -> None:
    """Each area code and mobile prefix, with each leading digit the generator may draw."""
    gen = DemoGenerator(seed=3, today=FIXED_DAY)
    for _ in range(40):
        for city in CITIES:
            assert phonenumbers.is_valid_number(phonenumbers.parse(gen.landline(city))), city
        for code in COUNTRIES:
            number = gen.mobile(code)
            assert phonenumbers.is_valid_number(phonenumbers.parse(number)), number


def test_tax_ids_from_the_generator_for_people_and_companies() -> None:
    gen = DemoGenerator(seed=5, today=FIXED_DAY)
    for code in COUNTRIES:
        for person in (False, True):
            for _ in range(50):
                number = gen.tax_id(code, person)
                assert is_valid_tax_id(code, number), (code, person, number)


def test_demo_has_today_overdue_and_every_stage(demo_db: dbs.Database) -> None:
    now = datetime.now(UTC)
    start = datetime.combine(date.today(), datetime.min.time()).astimezone().astimezone(UTC)
    with demo_db.session() as s:
        default_user = s.scalar(select(User.id).where(User.login == "a.nurlanova"))
        today = s.scalar(select(func.count()).select_from(Event).where(
            Event.responsible_id == default_user, Event.start_at >= start,
            Event.start_at < start + timedelta(days=1)))
        overdue = s.scalar(select(func.count()).select_from(Event).where(
            Event.status == EventStatus.PLANNED, Event.due_at < now))
        stages = set(s.scalars(
            select(PipelineStage.key).join(Deal, Deal.stage_id == PipelineStage.id)
            .where(Deal.status == DealStatus.OPEN, PipelineStage.key.is_not(None))))
        countries = set(s.scalars(select(Client.country)))
        first_doc = s.scalar(select(func.min(SalesDocument.issue_date)))
    assert today >= 5
    assert overdue > 0
    assert set(DealStage) <= stages
    assert countries == set(COUNTRIES)
    assert first_doc is not None and (date.today() - first_doc).days > 365


def test_demo_refuses_a_database_with_clients(demo_db: dbs.Database) -> None:
    import pytest

    from crm_desktop.services.core.errors import CrmError

    with pytest.raises(CrmError, match="already has clients"):
        generate_demo(demo_db, "small")


# -- demo data that looks real (issue 12) ---------------------------------------------------------
def _script(text: str) -> set[str]:
    """The scripts of a text's letters: {'CYRILLIC'}, {'LATIN'}, or both."""
    import unicodedata

    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_product_names_have_no_number_suffix_and_never_repeat(demo_db: dbs.Database) -> None:
    import re

    from crm_desktop.models import Product

    with demo_db.session() as s:
        names = s.scalars(select(Product.name)).all()
    assert len(names) == 150
    for name in names:
        assert not re.search(r"\(\d+\)", name), name  # "(146)" reached customer PDFs
        assert "_" not in name and "  " not in name, name
    assert len(set(names)) == len(names)


def test_cities_and_regions_are_in_the_local_script(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        places = s.execute(select(Client.country, Client.city, Client.region)).all()
    seen = set()
    for country, city, region in places:
        expected = {"LATIN"} if country == "AZ" else {"CYRILLIC"}  # Azerbaijani: Latin letters
        assert _script(city) == expected and _script(region) == expected, (country, city)
        seen.add(city)
    assert {"Шымкент", "Алматы", "Москва", "Київ", "Улаанбаатар", "Bakı"} <= seen


def test_every_person_and_company_name_is_in_one_script(demo_db: dbs.Database) -> None:
    from crm_desktop.models import Contact

    with demo_db.session() as s:
        names = [*s.scalars(select(Client.short_name)), *s.scalars(select(Contact.full_name)),
                 *s.scalars(select(User.full_name))]
    assert len(names) > 700
    mixed = [n for n in names if len(_script(n)) != 1]
    assert not mixed, mixed[:5]


def test_e_mail_domains_match_the_company(demo_db: dbs.Database) -> None:
    from crm_desktop.demo.generator import translit
    from crm_desktop.demo.pools import COUNTRY_DOMAINS, PERSONAL_MAIL
    from crm_desktop.models import ClientKind, Contact, Email

    with demo_db.session() as s:
        rows = s.execute(select(Client.kind, Client.short_name, Client.country, Email.address)
                         .join(Contact, Contact.client_id == Client.id)
                         .join(Email, Email.contact_id == Contact.id)).all()
    assert len(rows) > 500
    for kind, name, country, address in rows:
        domain = address.split("@")[1]
        if kind == ClientKind.PERSON:
            assert domain in PERSONAL_MAIL[country], (name, address)
            continue
        label, _dot, zone = domain.partition(".")
        assert zone == COUNTRY_DOMAINS[country], (name, country, address)
        words = [translit(w) for w in name.split()]  # "Береке Трейд" → berekе-trade
        assert label.split("-") == ["".join(c for c in w if c.isalnum() and c.isascii())
                                    for w in words], (name, address)


def test_a_client_is_in_the_country_its_phones_and_tax_id_say(demo_db: dbs.Database) -> None:
    from crm_desktop.demo.pools import PLACES, RU_INN_REGIONS
    from crm_desktop.models import Contact

    english = {local: name for name, (local, _region) in PLACES.items()}
    with demo_db.session() as s:
        clients = {c.id: c for c in s.scalars(select(Client))}
        contact_client = dict(s.execute(select(Contact.id, Contact.client_id)).all())
        phones = s.execute(select(Phone.client_id, Phone.contact_id, Phone.e164)).all()
        staff = s.scalars(select(User.phone)).all()
    for phone in staff:  # the company's people are in its Almaty office, as the invoice says
        assert phonenumbers.region_code_for_number(phonenumbers.parse(phone)) == "KZ", phone
    for client_id, contact_id, e164 in phones:
        client = clients[client_id or contact_client[contact_id]]
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
        assert region == client.country, (client.short_name, e164)
    for client in clients.values():
        assert is_valid_tax_id(client.country, client.tax_id), client.short_name
        if client.country == "RU":  # an INN starts with its tax office's region
            assert client.tax_id[:2] == RU_INN_REGIONS[english[client.city]], client.city


def test_overdue_work_is_from_the_last_weeks(demo_db: dbs.Database) -> None:
    from crm_desktop.models import DocumentKind, Order
    from crm_desktop.services.sales import metrics

    now = datetime.now(UTC)
    today = date.today()
    with demo_db.session() as s:
        events = s.scalars(select(Event.due_at).where(
            Event.status == EventStatus.PLANNED, Event.due_at < now)).all()
        invoices = s.scalars(select(SalesDocument.due_date).where(
            SalesDocument.kind == DocumentKind.INVOICE,
            SalesDocument.status.in_(metrics.OPEN_INVOICE), SalesDocument.due_date < today)).all()
        orders = s.scalars(select(Order.due_date).where(metrics.order_overdue(today))).all()
    assert events and invoices and orders
    assert max((now - due).days for due in events) <= 45
    assert max((today - due).days for due in invoices) <= 63
    assert max((today - due).days for due in orders) <= 63


def test_prices_are_rounded_as_shops_round_them(demo_db: dbs.Database) -> None:
    from crm_desktop.demo.generator import shop_price
    from crm_desktop.models import Product, ProductPrice, SalesDocumentLine
    from crm_desktop.services.sales.pricing import line_amounts

    with demo_db.session() as s:
        catalogue = [*s.scalars(select(Product.recommended_price)),
                     *s.scalars(select(Product.minimum_price)),
                     *s.scalars(select(ProductPrice.price))]
        lines = s.execute(select(SalesDocumentLine, SalesDocument.currency, SalesDocument.id)
                          .join(SalesDocument,
                                SalesDocument.id == SalesDocumentLine.document_id)).all()
        totals = dict(s.execute(select(SalesDocument.id, SalesDocument.total)).all())
    for price in catalogue:
        assert price == shop_price(price, "KZT") and price % 10 == 0, price
    summed: dict[object, Decimal] = {}
    for line, currency, doc_id in lines:
        assert line.price == shop_price(line.price, currency), (line.price, currency)
        amounts = line_amounts(line.quantity, line.price, line.discount_pct, line.vat_rate,
                               True, currency)  # the one rounding rule
        assert (line.total, line.vat_amount) == (amounts.gross, amounts.vat)
        summed[doc_id] = summed.get(doc_id, Decimal(0)) + line.total
    assert all(totals[d] == total for d, total in summed.items())


def test_shop_price_examples() -> None:
    from crm_desktop.demo.generator import shop_price

    cases = {("45123", "KZT"): "44990", ("8123", "KZT"): "7990", ("155.90", "AZN"): "159",
             ("12.30", "AZN"): "11.99", ("3.456", "AZN"): "3.46", ("279500", "MNT"): "279990"}
    for (value, currency), expected in cases.items():
        assert shop_price(Decimal(value), currency) == Decimal(expected), value


def test_invoice_pdf_of_a_demo_client_shows_the_stamp_and_signatures(
        demo_db: dbs.Database, tmp_path) -> None:
    """On first start the company has a logo, a stamp and two signatures (generated PNGs in
    the attachment store), and every product but a service has a photo."""
    from pypdf import PdfReader

    from crm_desktop.models import Company, DocumentKind, Product
    from crm_desktop.services.core.attachments import attachment_file
    from crm_desktop.services.documents.render import render_document

    with demo_db.session() as s:
        company = s.scalars(select(Company)).one()
        pictures = (company.logo_image_id, company.stamp_image_id,
                    company.director_signature_id, company.accountant_signature_id)
        assert all(attachment_file(s, p) is not None for p in pictures)
        photos = s.execute(select(Product.unit, Product.image_id)).all()
        assert all(attachment_file(s, image) is not None for unit, image in photos
                   if unit != "усл.")
        invoice = s.scalar(select(SalesDocument.id).where(
            SalesDocument.kind == DocumentKind.INVOICE).order_by(SalesDocument.number))
        pdf = render_document(s, invoice).pdf
    (tmp_path / "invoice.pdf").write_bytes(pdf)
    page = PdfReader(tmp_path / "invoice.pdf").pages[-1]
    sizes = sorted((image.image.size for image in page.images), reverse=True)
    assert len(sizes) >= 3, sizes  # stamp and two signatures (the logo is on the first page)
    first = PdfReader(tmp_path / "invoice.pdf").pages[0]
    assert first.images, "the logo"


def test_the_demo_names_its_pipelines_in_the_interface_language(
        empty_db: dbs.Database) -> None:
    """A Russian desktop's demo shows 'Продажи: Новая → … → Выиграна', not English stage
    names beside Russian clients and products (the tests' default demo stays English)."""
    import sqlite3

    from crm_desktop.demo.generator import DEMO_PIPELINES, PIPELINE_WORDS, generate_demo

    generate_demo(empty_db, "small", language="ru")
    assert empty_db.path is not None
    with sqlite3.connect(empty_db.path) as conn:
        names = [n for (n,) in conn.execute(
            "SELECT p.name || ': ' || s.name FROM pipeline_stages s JOIN pipelines p ON "
            "p.id = s.pipeline_id WHERE s.deleted_at IS NULL AND p.deleted_at IS NULL "
            "ORDER BY p.position, s.position")]
    assert names[0] == "Продажи: Новая" and "Опт: Условия согласованы" in names
    assert not [n for n in names if n.isascii()]
    english = {w for _p, _m, _d, stages in DEMO_PIPELINES for w, *_ in stages} | \
        {p for p, *_ in DEMO_PIPELINES}
    for language, words in PIPELINE_WORDS.items():  # every name has a word in every language
        assert set(words) == english, language
