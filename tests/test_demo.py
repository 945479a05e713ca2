"""Demo data: reproducible, valid, and shaped like a real sales team's database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

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
