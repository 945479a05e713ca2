"""Claims through the services, judged on the file: the full life of a claim (with a plan task
overdue on its owner's desk), attachments stored once by content, a CSV import with a bad row
refused with its reason, the status dates the analytics read, the duplicate flag, the e-mail
intake and the permissions."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Attachment,
    Claim,
    ClaimStatus,
    ClaimStatusChange,
    Email,
    Event,
    EventStatus,
    EventType,
    Order,
)
from crm_desktop.services.claims import analytics, card, files, intake, listing, lists, plan
from crm_desktop.services.claims import writing as claims
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.attachments import stored_path
from crm_desktop.services.core.errors import CrmError, Message
from crm_desktop.services.core.identity import CurrentUser
from crm_desktop.services.core.table_files import ImportRefused, read_table
from crm_desktop.services.desk.read import overdue_events

from .actors import person

NOW = datetime.now(UTC).replace(microsecond=0)


def _order_of(s: Session, user: CurrentUser) -> Order:
    """An order of the user's (so that a salesperson may claim on it); any for the head."""
    query = select(Order).order_by(Order.number)
    if user.login != "d.seitkali":
        query = query.where(Order.responsible_id == user.id)
    found = s.scalars(query).first()
    assert found is not None
    return found


def _reason_and_result(s: Session) -> tuple[uuid.UUID, str, uuid.UUID]:
    reason = lists.reasons(s)[0]
    assert reason.id is not None
    result = lists.results(s)[0]
    assert result.id is not None
    return reason.id, reason.department, result.id


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_the_full_life_of_a_claim(demo_db: dbs.Database, demo_path: Path) -> None:
    seller = person(demo_db, "a.nurlanova")
    head = person(demo_db, "d.seitkali")
    with demo_db.session(seller) as s:
        order = _order_of(s, seller)
        reason_id, department, result_id = _reason_and_result(s)
        saved = claims.register_claim(s, claims.ClaimInput(
            client_id=order.client_id, order_id=order.id, essence="Two units arrived dented",
            reason_id=reason_id, remedy="Replace them", due_date=date.today() + timedelta(10)),
            now=NOW - timedelta(days=3))
    assert saved.status == ClaimStatus.REGISTERED and saved.number.startswith("CLM-")
    assert saved.duplicate_of is None
    with demo_db.session(seller) as s:
        claims.confirm_claim(s, saved.id, "photos look real", now=NOW - timedelta(days=2))
        claims.change_status(s, saved.id, ClaimStatus.INVESTIGATING,
                             now=NOW - timedelta(days=2))
        tasks = [plan.plan_task(s, saved.id, plan.TaskInput(what, due, owner)) for what, due, owner
                 in (("Ask for the acceptance act", NOW - timedelta(hours=5), seller.id),
                     ("Check the batch in the warehouse", NOW + timedelta(days=1), head.id),
                     ("Answer the client", NOW + timedelta(days=2), None))]
    # the past-due task is an ordinary overdue event on its owner's desk (and not on another's)
    with demo_db.session() as s:
        _count_seller, overdue = overdue_events(s, seller.id, NOW)
        assert tasks[0] in {item.id for item in overdue}
        assert tasks[1] not in {item.id for item in overdue_events(s, head.id, NOW)[1]}
        shown = card.load_card(s, saved.id, now=NOW)
        assert shown.plan.total == 3 and shown.plan.done == 0 and shown.plan.overdue == 1
        assert shown.overdue and shown.form.department == department
        assert [t.responsible_id for t in shown.plan.tasks] == [seller.id, head.id, seller.id]
        assert saved.id in {r.id for r in listing.claim_page(
            s, listing.ClaimFilter(overdue=True), now=NOW).rows}
    with demo_db.session(seller) as s:
        for task in tasks:
            plan.complete_task(s, task, "done", NOW)
        with pytest.raises(CrmError) as early:
            claims.resolve_claim(s, saved.id, None, 4, "replaced", now=NOW)
        assert early.value.code == "claims.no_result"
        claims.resolve_claim(s, saved.id, result_id, 4, "Both units replaced", now=NOW)
    with sqlite3.connect(demo_path) as conn:
        row = conn.execute("SELECT status, result_id, satisfaction, resolution, resolved_at "
                           "FROM claims WHERE number = ?", (saved.number,)).fetchone()
        history = conn.execute("SELECT from_status, to_status FROM claim_status_changes WHERE "
                               "claim_id = ? ORDER BY changed_at", (saved.id.bytes,)).fetchall()
        done = conn.execute("SELECT count(*) FROM events WHERE claim_id = ? AND type = 'task' "
                            "AND status = 'done'", (saved.id.bytes,)).fetchone()[0]
    assert row[:4] == ("resolved", result_id.bytes, 4, "Both units replaced")
    assert row[4] is not None
    assert history == [(None, "registered"), ("registered", "confirmed"),
                       ("confirmed", "investigating"), ("investigating", "resolved")]
    assert done == 3
    with demo_db.session() as s:
        closed = card.load_card(s, saved.id, now=NOW)
        assert not closed.overdue and closed.next_statuses == () and closed.plan.percent == 100
    with pytest.raises(CrmError) as refused, demo_db.session(seller) as s:
        claims.change_status(s, saved.id, ClaimStatus.CONFIRMED)
    assert refused.value.code == "claims.closed"


def test_the_status_dates_the_analytics_read(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    moments = [datetime(2025, 3, 10, 9, tzinfo=UTC), datetime(2025, 3, 12, 9, tzinfo=UTC),
               datetime(2025, 3, 20, 9, tzinfo=UTC), datetime(2025, 4, 2, 9, tzinfo=UTC)]
    with demo_db.session(head) as s:
        order = _order_of(s, head)
        reason_id, department, result_id = _reason_and_result(s)
        form = claims.ClaimInput(client_id=order.client_id, essence="Late", reason_id=reason_id,
                                 claim_date=date(2025, 3, 10))
        first = claims.register_claim(s, form, now=moments[0])
        claims.confirm_claim(s, first.id, now=moments[1])
        claims.change_status(s, first.id, ClaimStatus.INVESTIGATING, now=moments[2])
        claims.resolve_claim(s, first.id, result_id, 2, now=moments[3])
        second = claims.register_claim(s, form, now=moments[1])
        claims.reject_claim(s, second.id, result_id, "Not our fault", 5, now=moments[2])
        claims.register_claim(s, form, now=moments[2])  # still open
    with demo_db.session() as s:
        row = s.scalars(select(Claim).where(Claim.id == first.id)).one()
        assert (row.registered_at, row.confirmed_at, row.investigating_at, row.resolved_at,
                row.rejected_at) == (*moments, None)
        rejected = s.get(Claim, second.id)
        assert rejected is not None and rejected.rejected_at == moments[2]
        assert rejected.confirmed_at is None
        months = {m.month: m for m in analytics.dynamics_by_month(
            s, date(2025, 2, 1), date(2025, 4, 30))}
        assert months["2025-03"].registered == 3 and months["2025-03"].rejected == 1
        assert months["2025-03"].resolved == 0 and months["2025-03"].open_at_end == 2
        assert months["2025-04"].resolved == 1 and months["2025-04"].open_at_end == 1
        assert months["2025-02"].registered == 0
        busiest = analytics.busiest_month(list(months.values()))
        assert busiest is not None and busiest.month == "2025-03"
        reasons = analytics.satisfaction_by_reason(s, date(2025, 3, 1), date(2025, 3, 31))
        mine = [r for r in reasons if r.department == department]
        assert len(mine) == 1 and mine[0].closed == 2 and mine[0].rated == 2
        assert mine[0].average == Decimal("3.5") and mine[0].by_score == {2: 1, 5: 1}
        shares = analytics.structure(s, date(2025, 3, 1), date(2025, 3, 31))
        assert [(r.department, r.claims, r.share) for r in shares] == [
            (department, 3, Decimal("100.0"))]


def test_attachments_are_stored_once_by_content(demo_db: dbs.Database,
                                                tmp_path: Path) -> None:
    head = person(demo_db, "d.seitkali")
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a dented box " + uuid.uuid4().bytes)
    same = tmp_path / "the same photo.jpg"
    same.write_bytes(photo.read_bytes())
    act = tmp_path / "act.pdf"
    act.write_bytes(b"%PDF acceptance act " + uuid.uuid4().bytes)
    with demo_db.session(head) as s:
        order = _order_of(s, head)
        one = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                         essence="Dented"))
        two = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                         essence="Dented again"))
        first = files.attach_file(s, one.id, photo)
        again = files.attach_file(s, one.id, same)  # the same content on the same claim
        other = files.attach_file(s, two.id, same)
        files.attach_file(s, one.id, act)
    assert again.id == first.id and other.id != first.id and other.sha256 == first.sha256
    folder = stored_path(first.sha256).parent.parent
    stored = [p for p in folder.rglob("*") if p.is_file()
              and p.name in (first.sha256, files._digest(act))]
    assert len(stored) == 2  # one file per content, whatever the claims and names
    assert stored_path(first.sha256).read_bytes() == photo.read_bytes()
    with demo_db.session() as s:
        assert [f.file_name for f in files.claim_files(s, one.id)] == ["photo.jpg", "act.pdf"]
        assert s.scalar(select(func.count()).select_from(Attachment).where(
            Attachment.sha256 == first.sha256)) == 2
        assert card.load_card(s, two.id).files[0].file_name == "the same photo.jpg"


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["Client;Date;Essence;Reason;Severity;Order", *rows]) + "\n",
                    encoding="utf-8")
    return path


def test_a_csv_import_refuses_a_bad_row_with_its_reason(demo_db: dbs.Database,
                                                        demo_path: Path,
                                                        tmp_path: Path) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session() as s:
        order = _order_of(s, head)
        client = s.get(type(order).client.property.mapper.class_, order.client_id)
        assert client is not None
        reason = lists.reasons(s)[1].name
    before = _count(demo_path, "SELECT count(*) FROM claims")
    path = _csv(tmp_path / "claims.csv", [
        f"{client.short_name};2026-01-15;Wrong colour;{reason};high;{order.number}",
        "",  # a blank line: the reasons still name the file's own row numbers
        "Nobody Such LLP;2026-01-16;Broken;;;",
        f"{client.short_name};15.01.2026;Late;;;",
        f"{client.short_name};yesterday;Late again;;;",
    ])
    table = read_table(path)
    with pytest.raises(ImportRefused) as refused, demo_db.session(head) as s:
        intake.import_claims(s, table)
    problems = refused.value.report.problems
    assert [(row, why.code) for row, why in problems if isinstance(why, Message)] == [
        (4, "claims.import_unknown_client"), (6, "claims.import_bad_date")]
    assert str(problems[0][1]) == "no client Nobody Such LLP"
    assert _count(demo_path, "SELECT count(*) FROM claims") == before  # nothing at all
    with demo_db.session(head) as s:
        report = intake.import_claims(s, table, partial=True)
    assert report.created == 2 and len(report.problems) == 2
    with sqlite3.connect(demo_path) as conn:
        got = conn.execute("SELECT c.essence, c.severity, c.source, c.claim_date, o.number "
                           "FROM claims c LEFT JOIN orders o ON o.id = c.order_id "
                           "WHERE c.number IN (?, ?) ORDER BY c.number",
                           tuple(report.numbers)).fetchall()
    assert got == [("Wrong colour", "high", "import", "2026-01-15", order.number),
                   ("Late", "medium", "import", "2026-01-15", None)]


def test_an_open_claim_on_the_same_order_is_flagged_as_a_duplicate(
        demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session(head) as s:
        order = _order_of(s, head)
        form = claims.ClaimInput(client_id=order.client_id, order_id=order.id, essence="Broken")
        first = claims.register_claim(s, form)
        second = claims.register_claim(s, form)
        elsewhere = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                               essence="No order"))
        _reason, _department, result_id = _reason_and_result(s)
        claims.reject_claim(s, first.id, result_id, "Repeated")
        third = claims.register_claim(s, form)  # the first is closed, the second still open
    assert second.duplicate_of == first.number and elsewhere.duplicate_of is None
    assert third.duplicate_of == second.number
    with demo_db.session() as s:
        row = s.get(Claim, second.id)
        assert row is not None and row.duplicate_of_id == first.id
        assert card.load_card(s, second.id).duplicate_of == first.number


def test_a_claim_from_an_e_mail(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session() as s:
        address, client_id = s.execute(select(Email.address, Email.client_id)
                                       .order_by(Email.address).limit(1)).one()
        order = s.scalars(select(Order).where(Order.client_id == client_id).limit(1)).first()
    named = order.number if order else "no order"
    raw = (f"From: Buyer <{address.upper()}>\nSubject: Complaint about {named}\n"
           f"Date: Mon, 02 Mar 2026 10:00:00 +0500\n\nThe goods came broken.\nPlease replace.\n")
    with demo_db.session(head) as s:
        draft = intake.draft_from_email(s, raw)
        assert draft.form is not None and draft.form.client_id == client_id
        assert draft.form.order_id == (order.id if order else None)
        assert draft.form.claim_date == date(2026, 3, 2)
        assert "The goods came broken." in draft.form.essence
        saved = intake.claim_from_email(s, raw)
        row = s.get(Claim, saved.id)
        assert row is not None and row.source == "email" and row.responsible_id == head.id
        with pytest.raises(CrmError) as unknown:
            intake.claim_from_email(s, "From: nobody@nowhere.invalid\nSubject: Hi\n\nText")
        assert unknown.value.code == "claims.email_unknown_sender"


def test_permissions(demo_db: dbs.Database, demo_path: Path) -> None:
    seller = person(demo_db, "a.nurlanova")
    head = person(demo_db, "d.seitkali")
    with demo_db.session(head) as s:
        order = _order_of(s, head)
        heads = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                           essence="Head's claim"))
    before = _count(demo_path, "SELECT count(*) FROM claim_status_changes")
    for call in (lambda s: claims.confirm_claim(s, heads.id),
                 lambda s: plan.plan_task(s, heads.id, plan.TaskInput("x", NOW)),
                 lambda s: lists.save_results(s, [lists.ResultRow(None, "Mine")])):
        with pytest.raises(CrmError) as refused, demo_db.session(seller) as s:
            call(s)
        assert refused.value.code in {"claims.not_yours", "forbidden"}
    with pytest.raises(CrmError) as nobody, demo_db.session() as s:
        claims.register_claim(s, claims.ClaimInput(client_id=order.client_id, essence="x"))
    assert nobody.value.code == "no_actor"
    assert _count(demo_path, "SELECT count(*) FROM claim_status_changes") == before
    assert _count(demo_path, "SELECT count(*) FROM claim_results WHERE name = 'Mine'") == 0
    with demo_db.session(head) as s:  # the head of sales works on anyone's and keeps the lists
        claims.confirm_claim(s, heads.id)
        lists.save_results(s, [*lists.results(s), lists.ResultRow(None, "Mine")])
    with demo_db.session(seller) as s:  # a salesperson registers and works on their own
        own = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                         essence="Mine"))
        claims.confirm_claim(s, own.id)


def test_transitions_and_the_plan_of_a_closed_claim(demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    with demo_db.session(head) as s:
        order = _order_of(s, head)
        saved = claims.register_claim(s, claims.ClaimInput(client_id=order.client_id,
                                                           essence="Skip"))
        with pytest.raises(CrmError) as skipped:
            claims.change_status(s, saved.id, ClaimStatus.INVESTIGATING)
        assert skipped.value.code == "claims.transition_refused"
        _reason, _department, result_id = _reason_and_result(s)
        claims.reject_claim(s, saved.id, result_id, "Unfounded")
        with pytest.raises(CrmError) as closed:
            plan.plan_task(s, saved.id, plan.TaskInput("Too late", NOW))
        assert closed.value.code == "claims.closed"
        assert s.scalar(select(func.count()).select_from(Event).where(
            Event.claim_id == saved.id, Event.type == EventType.TASK)) == 0
        assert s.scalar(select(func.count()).select_from(ClaimStatusChange).where(
            ClaimStatusChange.claim_id == saved.id)) == 2
        assert s.scalar(select(func.count()).select_from(Event).where(
            Event.claim_id == saved.id, Event.status == EventStatus.DONE)) == 1  # the note
