"""Desk services without a screen: search, local time, event rules, reminders, export."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from crm_desktop.models import Client, Contact, Email, Event, EventStatus, EventType, Phone
from crm_desktop.services.activities import events as ev
from crm_desktop.services.activities.report import Preset, events_report
from crm_desktop.services.clients.search import (
    phone_digits_variants,
    rebuild_index,
    reindex_clients,
    search_clients,
)
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.core.exporting import safe_cell, write_table
from crm_desktop.services.desk.read import client_contacts, day_view, event_days
from crm_desktop.services.locale.days import local_day_bounds
from crm_desktop.services.locale.regions import local_time_info, zone_for_place

from .actors import TESTER


def _client(s, name: str, phone: str, email: str, country: str = "KZ",
            city: str | None = None) -> uuid.UUID:
    client = Client(short_name=name, full_name=f"ТОО «{name}»", country=country, currency="KZT",
                    city=city, tax_id="061211600012")
    s.add(client)
    s.flush()
    contact = Contact(client_id=client.id, full_name="Асель Жумабаева", is_primary=True)
    s.add(contact)
    s.flush()
    s.add(Phone(client_id=client.id, contact_id=contact.id, raw=phone, e164=phone))
    s.add(Email(client_id=client.id, contact_id=contact.id, address=email,
                address_lower=email.lower()))
    s.flush()
    reindex_clients(s, [client.id])
    return client.id


def test_search_by_name_words_contact_email_tax_id_and_phone(empty_db: dbs.Database) -> None:
    with empty_db.session(TESTER) as s:
        target = _client(s, "Астана Трейд", "+77011234567", "Asel.Zh@AstanaTrade.kz")
        other = _client(s, "Алматы Снаб", "+77272501234", "info@snab.kz")
    with empty_db.session() as s:
        def found(text: str) -> list[uuid.UUID]:
            return [h.client_id for h in search_clients(s, text)]

        assert found("астана") == [target]
        assert found("тре аст") == [target]  # word prefixes in any order
        assert set(found("жумаб")) == {target, other}  # both have this contact person
        assert found("asel.zh@astana") == [target]
        assert found("0612116") != []  # tax ID prefix
        assert found("8 701 123 45 67") == [target]
        assert found("+7 701 1234567") == [target]
        assert found("1234567") == [target]  # the tail of the number
        assert found("Алматы Трейд") == []  # every word must match the same client
        assert found("а") == []  # one letter is not a search yet
        hits = search_clients(s, "1234567")
        assert hits[0].matched == "+7 701 123 4567"


def test_rebuild_index_is_idempotent(demo_db: dbs.Database) -> None:
    first = rebuild_index(demo_db)
    assert first == rebuild_index(demo_db) > 1000


def test_trunk_prefixes_of_our_countries() -> None:
    assert "77011234567" in phone_digits_variants("8 701 123 45 67")
    assert "380442345678" in phone_digits_variants("044 234 5678")
    assert "994124987654" in phone_digits_variants("012 498 76 54")


def test_local_time_and_business_hours() -> None:
    noon_utc = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
    vlad = local_time_info("Asia/Vladivostok", noon_utc)
    assert vlad is not None and (vlad.clock, vlad.offset) == ("12:00", "UTC+10")
    assert vlad.business_hours
    moscow = local_time_info("Europe/Moscow", noon_utc)
    assert moscow is not None and (moscow.clock, moscow.offset) == ("05:00", "UTC+3")
    assert not moscow.business_hours
    kolkata = local_time_info("Asia/Kolkata", noon_utc)
    assert kolkata is not None and kolkata.offset == "UTC+5:30"
    assert local_time_info("Mars/Olympus", noon_utc) is None
    assert local_time_info(None, noon_utc) is None


def test_zone_falls_back_to_city_region_and_country(empty_db: dbs.Database) -> None:
    assert zone_for_place("Владивосток", None, "RU") == "Asia/Vladivostok"
    assert zone_for_place(None, "Primorsky Krai", "RU") == "Asia/Vladivostok"
    assert zone_for_place(None, None, "AZ") == "Asia/Baku"
    assert zone_for_place(None, None, "RU") is None  # eleven zones: never guess
    with empty_db.session(TESTER) as s:  # a KZ mobile spans zones in the phone data: use the city
        client_id = _client(s, "Шымкент Агро", "+77011234567", "a@b.kz", city="Shymkent")
    with empty_db.session() as s:
        assert client_contacts(s, client_id)[0].zone == "Asia/Almaty"


def _event(s, user_id, start: datetime, **kw) -> Event:
    return ev.create_event(s, ev.EventInput(type=EventType.CALL, subject="Звонок",
                                            start_at=start, responsible_id=user_id, **kw))


def test_event_rules(demo_db: dbs.Database) -> None:
    user = current_user(demo_db)
    assert user is not None
    start = datetime.now(UTC) + timedelta(days=2)
    with demo_db.session(TESTER) as s:
        event = _event(s, user.id, start, remind_before=timedelta(minutes=15))
        event_id = event.id
        assert event.due_at == start + timedelta(minutes=30)
    with demo_db.session(TESTER) as s:
        moved = ev.reschedule_event(s, event_id, start + timedelta(days=1))
        assert moved.remind_at == start + timedelta(days=1, minutes=-15)
        assert moved.end_at == start + timedelta(days=1, minutes=30)
    with demo_db.session(TESTER) as s:
        ev.cancel_event(s, event_id, "Клиент в отпуске")
    with demo_db.session(TESTER) as s, pytest.raises(CrmError):
        ev.complete_event(s, event_id, "x", datetime.now(UTC))
    with demo_db.session(TESTER) as s, pytest.raises(CrmError):
        ev.reschedule_event(s, event_id, start)
    with pytest.raises(ValidationError):
        ev.EventInput(type=EventType.NOTE, subject="  ", start_at=start).validate()


def test_a_contact_of_another_client_is_refused(demo_db: dbs.Database) -> None:
    with demo_db.session() as s:
        a, b = s.scalars(select(Client.id).limit(2)).all()
        foreign = s.scalar(select(Contact.id).where(Contact.client_id == b))
    with demo_db.session(TESTER) as s, pytest.raises(ValidationError, match="does not belong"):
        _event(s, None, datetime.now(UTC), client_id=a, contact_id=foreign)


def test_reminders_due_snooze_and_missed_while_closed(demo_db: dbs.Database) -> None:
    user = current_user(demo_db)
    assert user is not None
    now = datetime.now(UTC)
    with demo_db.session(TESTER) as s:
        missed = _event(s, user.id, now + timedelta(minutes=5),
                        remind_before=timedelta(hours=2)).id  # its time passed "while closed"
        later = _event(s, user.id, now + timedelta(days=3), remind_before=timedelta(hours=1)).id
    with demo_db.session(TESTER) as s:
        due = [r.id for r in ev.due_reminders(s, user.id, now)]
        assert missed in due and later not in due
        ev.snooze_reminder(s, missed, now + timedelta(minutes=10))
    with demo_db.session() as s:
        assert missed not in [r.id for r in ev.due_reminders(s, user.id, now)]
        assert missed in [r.id for r in ev.due_reminders(s, user.id,
                                                          now + timedelta(minutes=11))]


def test_day_view_orders_clients_by_next_event(demo_db: dbs.Database) -> None:
    user = current_user(demo_db)
    assert user is not None
    now = datetime.now(UTC)
    view = day_view(demo_db.factory(), user.id, date.today(), now)
    start, end = local_day_bounds(date.today())
    assert view.total == len(view.agenda) > 0
    assert all(start <= item.start_at < end for item in view.agenda)
    upcoming = [c.next_event_at for c in view.clients if c.next_event_at >= now]
    assert upcoming == sorted(upcoming)


def test_events_report_presets(demo_db: dbs.Database) -> None:
    user = current_user(demo_db)
    assert user is not None
    now = datetime.now(UTC)
    with demo_db.session() as s:
        today = events_report(s, user.id, Preset.TODAY, now)
        overdue = events_report(s, user.id, Preset.OVERDUE, now)
        calls = events_report(s, user.id, Preset.BY_TYPE, now, event_type=EventType.MEETING)
        client_id = today[0].id and s.scalar(select(Event.client_id).where(
            Event.id == today[0].id))
        by_client = events_report(s, user.id, Preset.BY_CLIENT, now, client_id=client_id)
    assert today and all(r.start_at.astimezone().date() == date.today() for r in today)
    assert overdue and all(r.status == EventStatus.PLANNED and r.due_at and r.due_at < now
                           for r in overdue)
    assert calls and {r.type for r in calls} == {EventType.MEETING}
    assert by_client and len({r.client_name for r in by_client}) == 1


def test_export_csv_and_xlsx_neutralise_formulas(tmp_path: Path) -> None:
    rows = [["=HYPERLINK(\"x\")", "+7 701 123 4567", "Ақ Жол", "-5", "@SUM(A1)", "ok"]]
    headers = ["a", "b", "c", "d", "e", "f"]
    assert write_table(tmp_path / "r.csv", headers, rows) == 1
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        back = list(csv.reader(f, delimiter=";"))
    assert back[1] == ["'=HYPERLINK(\"x\")", "'+7 701 123 4567", "Ақ Жол", "'-5", "'@SUM(A1)",
                       "ok"]
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    write_table(tmp_path / "r.xlsx", headers, rows)
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert [c.value for c in sheet[2]] == back[1]
    assert safe_cell(5) == 5
    with pytest.raises(CrmError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "r.pdf", headers, rows)
    with pytest.raises(CrmError, match="Could not write"):
        write_table(tmp_path / "missing" / "r.csv", headers, rows)


def test_calendar_marks_count_each_local_day(demo_db: dbs.Database) -> None:
    user = current_user(demo_db)
    assert user is not None
    first, last = date.today() - timedelta(days=20), date.today() + timedelta(days=20)
    with demo_db.session() as s:
        marks = event_days(s, user.id, first, last)
        expected: dict[date, int] = {}
        for event in s.scalars(select(Event).where(Event.responsible_id == user.id,
                                                   Event.status != EventStatus.CANCELLED)):
            day = event.start_at.astimezone().date()
            if first <= day <= last:
                expected[day] = expected.get(day, 0) + 1
    assert marks == expected and date.today() in marks


@pytest.mark.postgres
def test_desk_queries_and_search_on_postgresql(pg_url: str) -> None:
    from crm_desktop.models import User

    pg = dbs.open_database(pg_url)
    try:
        now = datetime.now(UTC)
        with pg.session(TESTER) as s:
            user = User(login="u", full_name="Тест")
            s.add(user)
            s.flush()
            client_id = _client(s, "Хангай Трейд", "+97611312345", "bat@hangai.mn",
                                country="MN")
            start = datetime.combine(date.today(), datetime.min.time()).astimezone() + \
                timedelta(hours=11)
            today = _event(s, user.id, start, client_id=client_id)
            ev.complete_event(s, today.id, "ok", now)  # done: on the day, never overdue
            _event(s, user.id, now - timedelta(days=3), client_id=client_id)  # overdue
            user_id = user.id
        with pg.session() as s:
            from crm_desktop.services.desk.read import client_summary, overdue_events

            assert event_days(s, user_id, date.today() - timedelta(days=5),
                              date.today())[date.today()] == 1
            assert [c.client_id for c in day_view(s, user_id, date.today(), now).clients] == [
                client_id]
            assert overdue_events(s, user_id, now)[0] == 1
            assert client_summary(s, client_id).deal_count == 0
            assert client_contacts(s, client_id)[0].zone == "Asia/Ulaanbaatar"
            for typed in ("хан", "ХАНГАЙ тр", "11 31 2345", "+976 1131 2345", "bat@h"):
                assert [h.client_id for h in search_clients(s, typed)] == [client_id], typed
    finally:
        pg.dispose()


def test_country_names_follow_the_interface_language() -> None:
    from crm_desktop.services.locale.formatting import country_name

    assert country_name("KZ", "ru_RU") == "Казахстан"
    assert country_name("UA", "en_US") == "Ukraine"
    assert country_name("XX", "en_US") == "XX"


def test_an_empty_index_beside_clients_is_rebuilt_once(demo_db: dbs.Database) -> None:
    """A database upgraded from before the search index gets one at start."""
    from sqlalchemy import delete

    from crm_desktop.models import SearchTerm
    from crm_desktop.services.clients.search import ensure_index

    with demo_db.session(TESTER) as s:
        s.execute(delete(SearchTerm))
        target = s.scalar(select(Client.id).order_by(Client.short_name).limit(1))
        name = s.get(Client, target).short_name
        assert search_clients(s, name) == []
    assert ensure_index(demo_db) > 1000
    assert ensure_index(demo_db) == 0  # nothing to do the second time
    with demo_db.session() as s:
        assert target in [h.client_id for h in search_clients(s, name)]
