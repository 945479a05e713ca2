"""A randomized model of three field laptops (Hypothesis stateful testing) against the real
PostgreSQL team server on loopback with TLS.

Laptops: `ann` and `bob` (salespeople of North) and `head` (their head of sales). Steps: create,
edit and delete clients, contacts and meetings (events); open deals, move them through the
pipeline (`deals.moves`, as the board does), edit and delete them; issue quotes and invoices
(`quotes.create_document`, as the quote form does: numbered per device, with lines, a deal
opened or advanced), edit and delete them — all offline; sync in any order; faults — the
acknowledgement lost after the server committed, a batch sent twice, a pull while changes are
unacknowledged, a race of two edits of one field around a lost acknowledgement, a pull cut off
after a few pages, `crm-desktop sync --once` killed with SIGKILL at a random moment (a process
of its own, the token from the keychain), the server killed with SIGKILL mid-batch (a second
real `crm-desktop server` process on the same database, killed with the batch applied but not
committed; see tests/sync_model_faults.py), and clocks hours apart (`bob`'s runs hours behind,
`head`'s hours ahead: every time the laptop stamps — rows, UUIDv7 keys, the capture triggers —
is off; see tests/sync_model_faults.py), with a race that checks the server's arrival order
decides, not the laptops' clocks.
After everyone has synced (twice round, so everybody pulls what the others pushed):
- every copy equals the server's data for what its user may see (clients, contacts, events,
  deals, their stage history, documents and their lines; every field that was edited,
  deletions included);
- every change a laptop queued reached the server exactly once (its id in sync_changes_seen,
  a primary key) and was applied, or sits in the conflict log under its id;
- no two documents share a number (on the server and on every copy) and every document a
  laptop issued is on the server under the number it was issued with, unless its insert was
  refused and logged;
- nothing waits in any outbox.

Short in `make test` (well under a minute); long in `make soak` (CRM_SYNC_SOAK=1: more
examples and steps, CRM_SYNC_SOAK_EXAMPLES=N; the seed is printed at the end of the run and
on failure, and can be replayed with --hypothesis-seed; the laptops and the server live across
examples, so a replay of one example needs the examples before it too).

A test at the end shows the server's kill alone; the tests after it pin four bugs this model
found (fixed): a laptop's own seeded pipeline (retired or queued at its first connect), the
lines of an invoice issued offline (its own, not a change of an issued one), two laptops
numbering in one series (the server gives each copy a device code at connect), a refused new
row logged without its content.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import keyring
import pytest
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    get_state_machine_test,
    initialize,
    rule,
)
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Client,
    Company,
    Contact,
    Deal,
    DealStageChange,
    DocumentKind,
    DocumentStatus,
    Event,
    EventType,
    SalesDocument,
    SalesDocumentLine,
    SyncChangeSeen,
    SyncConflict,
    SyncOutbox,
    utcnow,
)
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.settings import set_setting
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.deals import card as deal_card
from crm_desktop.services.sales.deals import moves
from crm_desktop.services.sales.deals.pipelines import pipeline as pipeline_info
from crm_desktop.services.sync import laptop
from crm_desktop.services.team import access
from crm_desktop.services.team import client as tc

from . import sync_model_faults as faults
from . import test_team_server as server_tests
from .test_team_server import PASSWORD, Team

team = server_tests.team

pytestmark = pytest.mark.postgres

SOAK = os.environ.get("CRM_SYNC_SOAK") == "1"
LOGINS = ("ann", "bob", "head")
PICK = st.integers(0, 3)  # the oldest few rows: laptops often touch the same one
WORDS = st.sampled_from(["Almaty", "Astana", "Shymkent", "Aktobe", "Karaganda", "Taraz"])
AMOUNTS = st.integers(0, 900).map(lambda n: Decimal(n * 1000 + 500))
KILLS_PER_EXAMPLE = 3 if SOAK else 1  # a CLI run costs a second or two (program start)
RUNS: list[dict[str, Any]] = []  # what each run of the model did (printed at the end)


class Copy:
    def __init__(self, team: Team, folder: Path, login: str) -> None:
        self.login = login
        self.path = folder / f"model-{login}.sqlite"
        self.db = dbs.open_database(str(self.path))
        self.user = laptop.connect(self.db, team.server.address, login, PASSWORD).user
        self.client = laptop.open_client(self.db)
        self.queued: set[str] = set()  # every change id this copy ever queued

    def send(self, method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None) -> Any:
        return self.client.request(method, path, body, params)

    def note_queue(self) -> None:
        with self.db.session() as s:
            self.queued |= set(s.scalars(select(SyncOutbox.change_id)))


@dataclass
class World:
    copies: dict[str, Copy]
    folder: Path
    clocks: faults.Clocks
    tap: faults.ServerTap
    second: faults.KilledServer  # a server of its own process, killed mid-batch
    issued: dict[uuid.UUID, str] = field(default_factory=dict)  # documents made, by number
    kills: list[str] = field(default_factory=list)  # where each SIGKILL landed


def _seed_company(team: Team) -> None:
    """The own company (documents need its requisites); made in the office, synced to all."""
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        if s.scalar(select(Company.id).limit(1)) is None:
            s.add(Company(legal_name="North Trading LLP", short_name="North", country="KZ",
                          default_currency="KZT", vat_rate=Decimal(12), vat_included=True))


def _own_client(team: Team, login: str) -> uuid.UUID:
    """A client of `login`'s of its own (the model before may have deleted the fixture's)."""
    with team.owner.session(server_tests.accounts.CONSOLE) as s:
        access.enter(s, None, "tests")
        client = Client(short_name=f"{login.title()} Own {uuid.uuid4().hex[:6]}", country="KZ",
                        currency="KZT", responsible_id=team.users[login])
        s.add(client)
        s.flush()
        return client.id


def _set_device_code(copy: Copy, code: str) -> None:
    with copy.db.session(copy.user) as s:
        set_setting(s, "device_code", code)


@contextlib.contextmanager
def _keychain(folder: Path) -> Iterator[None]:
    """A plain-file keychain (where a CLI subprocess finds it too, see faults.cli_env)."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(faults.keyring_file(folder))
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def world(team: Team, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("model")
    _seed_company(team)
    with _keychain(folder):
        made = {login: Copy(team, folder, login) for login in LOGINS}
        clocks, tap = faults.Clocks(), faults.ServerTap()
        second = faults.KilledServer(team.owner, team.server_url, team.cert, folder)
        try:
            for login, copy in made.items():
                clocks.attach(copy.db, login)
                laptop.sync_round(copy.db, copy.send)
            yield World(made, folder, clocks, tap, second)
        finally:
            second.stop()
            tap.close()
            clocks.close()
            for one in made.values():
                one.client.close()
                one.db.dispose()


# -- what a copy holds ----------------------------------------------------------------------------
def _rows(db: dbs.Database, ids: set[uuid.UUID] | None = None) -> dict[str, dict[Any, Any]]:
    """Every row the model touches, by table, with the fields it edits and `deleted`; each
    row's first item is the client it belongs to (the filter for a user's copy)."""
    with db.session() as s:
        deal_client = dict(s.execute(select(Deal.id, Deal.client_id)).all())
        document_client = dict(s.execute(select(SalesDocument.id, SalesDocument.client_id)).all())
        found: dict[str, dict[Any, tuple[Any, ...]]] = {
            "clients": {c.id: (c.id, c.short_name, c.city, c.responsible_id,
                               c.deleted_at is not None) for c in s.scalars(select(Client))},
            "contacts": {c.id: (c.client_id, c.full_name, c.position, c.deleted_at is not None)
                         for c in s.scalars(select(Contact))},
            "events": {e.id: (e.client_id, e.type, e.subject, e.start_at, e.result, e.deal_id,
                              e.deleted_at is not None)
                       for e in s.scalars(select(Event).where(Event.client_id.is_not(None)))},
            "deals": {d.id: (d.client_id, d.title, d.amount, d.pipeline_id, d.stage_id,
                             d.status, d.probability, d.closed_at, d.loss_reason,
                             d.responsible_id, d.deleted_at is not None)
                      for d in s.scalars(select(Deal))},
            "deal_stage_changes": {h.id: (deal_client.get(h.deal_id), h.deal_id,
                                          h.from_stage_id, h.to_stage_id, h.changed_at,
                                          h.deleted_at is not None)
                                   for h in s.scalars(select(DealStageChange))},
            "documents": {d.id: (d.client_id, d.kind, d.number, d.status, d.deal_id, d.total,
                                 d.notes, d.deleted_at is not None)
                          for d in s.scalars(select(SalesDocument))},
            "lines": {ln.id: (document_client.get(ln.document_id), ln.document_id, ln.line_no,
                              ln.description, ln.quantity, ln.total, ln.deleted_at is not None)
                      for ln in s.scalars(select(SalesDocumentLine))},
        }
    if ids is not None:
        found = {name: {k: v for k, v in rows.items() if v[0] in ids}
                 for name, rows in found.items()}
    return found


def _numbers(db: dbs.Database) -> dict[uuid.UUID, str]:
    with db.session() as s:
        return dict(s.execute(select(SalesDocument.id, SalesDocument.number)).all())


def _visible(team: Team, copy: Copy) -> set[uuid.UUID]:
    with team.owner.session() as s:
        return set(s.scalars(select(Client.id).where(access.visible_clients(copy.user))))


def _waiting_ids(copy: Copy) -> set[str]:
    with copy.db.session() as s:
        return set(s.scalars(select(SyncOutbox.change_id)))


def _seen(team: Team, change_ids: set[str]) -> set[str]:
    """Which of these changes the server has recorded as received."""
    with team.owner.session() as s:
        return set(s.scalars(select(SyncChangeSeen.change_id)
                             .where(SyncChangeSeen.change_id.in_(change_ids))))


def _lost_answer(copy: Copy) -> Any:
    def send(method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None) -> Any:
        answer = copy.send(method, path, body, params)
        if path.endswith("/push"):
            raise CrmError(tc.UNREACHABLE, address="model", reason="answer lost")
        return answer
    return send


def _twice(copy: Copy) -> Any:
    def send(method: str, path: str, body: Any = None,
             params: dict[str, Any] | None = None) -> Any:
        first = copy.send(method, path, body, params)
        if path.endswith("/push"):
            again = copy.send(method, path, body, params)  # a duplicated batch
            assert again == first
        return first
    return send


def _line(text: str, quantity: int, price: Decimal) -> quotes.QuoteLine:
    """A free-text line (no catalogue product): the quote form's typed-in line."""
    return quotes.QuoteLine(None, "", f"Delivery to {text}", "pc", Decimal(quantity), price,
                            Decimal(0), Decimal(12), Decimal(0), Decimal(1000))


def _server_value(team: Team, model: Any, row_id: uuid.UUID, column: str) -> Any:
    with team.owner.session() as s:
        row = s.get(model, row_id)
        return None if row is None else (getattr(row, column), row.deleted_at)


def machine(team: Team, world: World) -> type[RuleBasedStateMachine]:
    copies, clocks = world.copies, world.clocks

    class Laptops(RuleBasedStateMachine):
        """Random offline work and syncs on three laptops."""

        def __init__(self) -> None:
            super().__init__()
            self.kills = self.server_kills = 0
            self.steps: list[str] = []

        @initialize(behind=st.integers(1, 12), ahead=st.integers(1, 12),
                    minutes=st.integers(0, 59))
        def set_clocks(self, behind: int, ahead: int, minutes: int) -> None:
            """`ann`'s clock is right; `bob`'s is hours behind, `head`'s hours ahead."""
            clocks.skews.update(ann=timedelta(0), bob=-timedelta(hours=behind, minutes=minutes),
                                head=timedelta(hours=ahead, minutes=minutes))

        # -- helpers ------------------------------------------------------------------------
        def _live(self, login: str, model: Any) -> list[Any]:
            with copies[login].db.session() as s:
                query = select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)
                if model is Client:
                    query = query.where(Client.responsible_id.is_not(None))
                return list(s.scalars(query))

        def _write(self, login: str, work: Callable[[Session], Any]) -> Any:
            """One unit of work on `login`'s laptop, at its clock; a refusal of a service
            (a deal of someone else's, a client gone) writes nothing and is no failure."""
            copy = copies[login]
            try:
                with clocks.of(login), copy.db.session(copy.user) as s:
                    return work(s)
            except CrmError:
                return None
            finally:
                copy.note_queue()

        def _city(self, login: str, client_id: uuid.UUID) -> str | None:
            with copies[login].db.session() as s:
                return s.scalar(select(Client.city).where(Client.id == client_id))

        def _round(self, login: str) -> laptop.RoundResult:
            with clocks.of(login):
                return laptop.sync_round(copies[login].db, copies[login].send)

        # -- clients, contacts, events ---------------------------------------------------------
        @rule(login=st.sampled_from(LOGINS), name=WORDS)
        def create_client(self, login: str, name: str) -> None:
            owner = copies[login].user.id if login != "head" else copies["ann"].user.id
            self._write(login, lambda s: s.add(Client(
                short_name=f"{name} {uuid.uuid4().hex[:4]}", country="KZ", currency="KZT",
                responsible_id=owner)))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, name=WORDS)
        def create_contact(self, login: str, pick: int, name: str) -> None:
            live = self._live(login, Client)
            if live:
                client_id = live[pick % len(live)]
                self._write(login, lambda s: s.add(Contact(client_id=client_id,
                                                           full_name=f"{name} person")))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, subject=WORDS,
              minutes=st.integers(-600, 600))
        def log_event(self, login: str, pick: int, subject: str, minutes: int) -> None:
            live = self._live(login, Client)
            if live:
                client_id = live[pick % len(live)]
                self._write(login, lambda s: s.add(Event(
                    type=EventType.MEETING, subject=f"Meeting in {subject}",
                    start_at=utcnow() + timedelta(minutes=minutes), client_id=client_id,
                    responsible_id=copies[login].user.id)))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, result=WORDS)
        def record_result(self, login: str, pick: int, result: str) -> None:
            live = self._live(login, Event)
            if live:
                target = live[pick % len(live)]
                self._write(login, lambda s: setattr(s.get(Event, target), "result",
                                                     f"Agreed in {result}"))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, city=WORDS)
        def edit_client(self, login: str, pick: int, city: str) -> None:
            live = self._live(login, Client)
            if live:
                target = live[pick % len(live)]
                self._write(login, lambda s: setattr(s.get(Client, target), "city", city))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, position=WORDS)
        def edit_contact(self, login: str, pick: int, position: str) -> None:
            live = self._live(login, Contact)
            if live:
                target = live[pick % len(live)]
                self._write(login, lambda s: setattr(s.get(Contact, target), "position",
                                                     position))

        @rule(login=st.sampled_from(LOGINS), pick=PICK,
              what=st.sampled_from([Client, Contact, Event, Deal, SalesDocument]))
        def delete(self, login: str, pick: int, what: Any) -> None:
            live = self._live(login, what)
            if live:
                target = live[pick % len(live)]
                self._write(login, lambda s: setattr(s.get(what, target), "deleted_at",
                                                     utcnow()))

        # -- deals (the board's and the card's services) -----------------------------------
        @rule(login=st.sampled_from(LOGINS), pick=PICK, title=WORDS, amount=AMOUNTS)
        def open_deal(self, login: str, pick: int, title: str, amount: Decimal) -> None:
            live = self._live(login, Client)
            if live:
                client_id = live[pick % len(live)]
                self._write(login, lambda s: moves.create_deal(s, moves.NewDeal(
                    client_id=client_id, title=f"Supply for {title}", amount=amount,
                    currency="KZT")))

        @rule(login=st.sampled_from(LOGINS), pick=PICK, stage=st.integers(0, 9))
        def move_deal(self, login: str, pick: int, stage: int) -> None:
            """A drag on the board: to any stage of the deal's pipeline (won and lost
            included; a lost one with its reason)."""
            live = self._live(login, Deal)
            if not live:
                return
            target = live[pick % len(live)]

            def move(s: Session) -> None:
                deal = s.get(Deal, target)
                assert deal is not None
                stages = pipeline_info(s, deal.pipeline_id).stages
                moves.move_deal(s, target, stages[stage % len(stages)].id,
                                loss_reason="Price", loss_comment="Too dear")
            self._write(login, move)

        @rule(login=st.sampled_from(LOGINS), pick=PICK, amount=AMOUNTS, title=WORDS)
        def edit_deal(self, login: str, pick: int, amount: Decimal, title: str) -> None:
            """The deal card's Save (a won deal's amount is protected on the server)."""
            live = self._live(login, Deal)
            if not live:
                return
            target = live[pick % len(live)]

            def save(s: Session) -> None:
                deal = s.get(Deal, target)
                assert deal is not None
                deal_card.save_deal(s, target, deal_card.DealForm(
                    title=f"Supply for {title}", amount=amount, currency=deal.currency,
                    probability=deal.probability, expected_close=deal.expected_close,
                    responsible_id=deal.responsible_id, contact_id=None, source=deal.source))
            self._write(login, save)

        # -- documents (the quote form's service) ----------------------------------------------
        @rule(login=st.sampled_from(LOGINS), pick=PICK,
              kind=st.sampled_from([DocumentKind.QUOTE, DocumentKind.INVOICE]),
              draft=st.booleans(), place=WORDS, lines=st.integers(1, 3), price=AMOUNTS)
        def issue_document(self, login: str, pick: int, kind: DocumentKind, draft: bool,
                           place: str, lines: int, price: Decimal) -> None:
            live = self._live(login, Client)
            if not live:
                return
            client_id = live[pick % len(live)]
            user = copies[login].user

            def issue(s: Session) -> quotes.CreatedDocument:
                context = quotes.quote_context(s, client_id)
                return quotes.create_document(s, user, context, kind, [
                    _line(place, n + 1, price) for n in range(lines)], draft=draft)
            made = self._write(login, issue)
            if made is not None:
                world.issued[made.id] = made.number

        @rule(login=st.sampled_from(LOGINS), pick=PICK, note=WORDS,
              status=st.sampled_from([None, DocumentStatus.SENT, DocumentStatus.CANCELLED]))
        def edit_document(self, login: str, pick: int, note: str,
                          status: DocumentStatus | None) -> None:
            live = self._live(login, SalesDocument)
            if not live:
                return
            target = live[pick % len(live)]

            def edit(s: Session) -> None:
                document = s.get(SalesDocument, target)
                assert document is not None
                document.notes = f"Deliver to {note}"
                if status is not None:
                    document.status = status
            self._write(login, edit)

        # -- syncs and faults --------------------------------------------------------------------
        @rule(login=st.sampled_from(LOGINS))
        def sync(self, login: str) -> None:
            self._round(login)

        @rule(login=st.sampled_from(LOGINS))
        def sync_losing_the_answer(self, login: str) -> None:
            copy = copies[login]
            with clocks.of(login), contextlib.suppress(CrmError):
                laptop.push(copy.db, _lost_answer(copy))  # the server committed, unheard

        @rule(login=st.sampled_from(LOGINS))
        def lose_the_answer_then_pull(self, login: str) -> None:
            """The simulation's nasty order: the server committed, the answer was lost, the
            laptop pulls while its changes are still unacknowledged (the retry comes later)."""
            self.sync_losing_the_answer(login)
            self.pull_only(login)

        @rule(pair=st.sampled_from([("ann", "head"), ("head", "ann"), ("bob", "head"),
                                    ("head", "bob")]), pick=PICK, mine=WORDS, theirs=WORDS)
        def race_with_a_lost_answer(self, pair: tuple[str, str], pick: int, mine: str,
                                    theirs: str) -> None:
            """One laptop's edit reaches the server but the answer is lost; another edits
            the same field and syncs; the first pulls before it retries."""
            first, second = pair
            live = [c for c in self._live(first, Client) if c in set(self._live(second,
                                                                                Client))]
            if not live:
                return
            target = live[pick % len(live)]
            self._write(first, lambda s: setattr(s.get(Client, target), "city", mine))
            self.sync_losing_the_answer(first)
            self._write(second, lambda s: setattr(s.get(Client, target), "city", theirs))
            self.sync(second)
            self.pull_only(first)

        @rule(pair=st.sampled_from([("ann", "bob"), ("head", "ann"), ("head", "bob"),
                                    ("ann", "head"), ("bob", "head")]),
              pick=PICK, first_value=WORDS, later_value=WORDS)
        def race_clocks_apart(self, pair: tuple[str, str], pick: int, first_value: str,
                              later_value: str) -> None:
            """Both edit one field offline; `early` reaches the server first, `late` after —
            `late`'s clock may be hours behind `early`'s (bob after ann, ann after head): the
            later arrival still wins, and the value it overwrote is in the conflict log."""
            early, late = pair
            shared = set(self._live(early, Client)) & set(self._live(late, Client))
            live = sorted(shared)
            if not live:
                return
            target = live[pick % len(live)]
            if self._city(late, target) == later_value:
                return  # the same value again is no edit: nothing would be sent
            before = _server_value(team, Client, target, "city")
            early_edits = self._city(early, target) != first_value
            self._write(late, lambda s: setattr(s.get(Client, target), "city", later_value))
            self._write(early, lambda s: setattr(s.get(Client, target), "city", first_value))
            self._round(early)
            self._round(late)
            city, deleted = _server_value(team, Client, target, "city")
            if deleted is not None:
                return  # deleted on the server: both edits lost to the deletion (logged)
            assert city == later_value, (early, late, clocks.skews, city, later_value)
            if early_edits and first_value not in (later_value, before[0]):
                with team.owner.session() as s:
                    logged = s.execute(select(SyncConflict.kind, SyncConflict.lost_value,
                                              SyncConflict.kept_value).where(
                        SyncConflict.row_id == target, SyncConflict.column_name == "city",
                        SyncConflict.lost_by == copies[early].user.id)).all()
                assert ("overwritten", json.dumps(first_value), json.dumps(later_value)) \
                    in logged, logged

        @rule(login=st.sampled_from(LOGINS), pages=st.integers(1, 3))
        def pull_cut_off(self, login: str, pages: int) -> None:
            """The connection (or the laptop) dies after a few small pages: each page was
            applied whole with its cursor, the rest comes at the next pull."""
            copy, served = copies[login], [0]

            def send(method: str, path: str, body: Any = None,
                     params: dict[str, Any] | None = None) -> Any:
                if path.endswith("/changes"):
                    served[0] += 1
                    if served[0] > pages:
                        raise CrmError(tc.UNREACHABLE, address="model", reason="cut off")
                return copy.send(method, path, body, params)
            with clocks.of(login), contextlib.suppress(CrmError):
                laptop.pull(copy.db, send, page=3)

        @rule(login=st.sampled_from(LOGINS))
        def push_twice(self, login: str) -> None:
            with clocks.of(login):
                laptop.push(copies[login].db, _twice(copies[login]))

        @rule(login=st.sampled_from(LOGINS))
        def pull_only(self, login: str) -> None:
            with clocks.of(login):
                laptop.pull(copies[login].db, copies[login].send)

        @rule(login=st.sampled_from(LOGINS), phase=st.sampled_from(faults.PHASES),
              request=st.integers(0, 4), delay_ms=st.sampled_from([0, 0, 2, 10, 40, 150]),
              start_ms=st.integers(300, 2500))
        def sync_killed(self, login: str, phase: str, request: int, delay_ms: int,
                        start_ms: int) -> None:
            """`crm-desktop sync --once` on this laptop's file, SIGKILLed: inside a server
            request (the server goes on and commits), just after one, a few milliseconds
            later (the laptop applying what came), or at a moment from the start."""
            if self.kills >= KILLS_PER_EXAMPLE:
                return
            self.kills += 1
            copy = copies[login]
            plan = faults.KillPlan(phase, request, start_ms if phase == "start" else delay_ms)
            code, out, plan = world.tap.run_cli(copy.path, faults.cli_env(world.folder), plan)
            world.kills.append(plan.killed_at or "finished first")
            if not plan.killed_at:
                assert code == 0 and out.startswith("pushed "), out
            faults.wait_unlocked(copy.path)
            with contextlib.closing(sqlite3.connect(copy.path)) as conn:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)

        @rule(login=st.sampled_from(LOGINS))
        def push_to_a_server_killed_mid_batch(self, login: str) -> None:
            """The server dies (SIGKILL) with the laptop's batch applied but not committed: none
            of it is on the server, and the laptop's changes wait for the next round (which goes
            to the other server)."""
            copy = copies[login]
            if self.server_kills >= KILLS_PER_EXAMPLE or not laptop.waiting(copy.db):
                return
            self.server_kills += 1
            waiting = _waiting_ids(copy)
            before = _seen(team, waiting)
            other = world.second.transport(login, copy.client.token)
            try:
                with clocks.of(login):
                    killed = world.second.push_killed(
                        lambda: laptop.push(copy.db, other.request))
            finally:
                other.close()
            world.kills.append("server mid-batch" if killed else "server: nothing new")
            if killed:
                assert _seen(team, waiting) == before, "a killed batch left changes behind"
                assert _waiting_ids(copy) >= waiting - before, "a change left the outbox"

        # -- the end ---------------------------------------------------------------------------
        def teardown(self) -> None:
            for _ in range(2):  # everyone syncs, twice round
                for login in LOGINS:
                    self._round(login)
            for login in LOGINS:
                copy = copies[login]
                assert laptop.waiting(copy.db) == 0, login
                seen = _visible(team, copy)
                mine, server = _rows(copy.db, seen), _rows(team.owner, seen)
                for name in mine:
                    assert mine[name] == server[name], (login, name)
            queued = set().union(*(c.queued for c in copies.values()))
            with team.owner.session() as s:
                outcomes = dict(s.execute(select(SyncChangeSeen.change_id,
                                                 SyncChangeSeen.outcome)
                                          .where(SyncChangeSeen.change_id.in_(queued))).all())
                logged = set(s.scalars(select(SyncConflict.change_id)
                                       .where(SyncConflict.change_id.in_(queued))))
                refused_rows = set(s.scalars(select(SyncConflict.row_id).where(
                    SyncConflict.column_name == "*")))
            assert queued - set(outcomes) == set(), "changes that never reached the server"
            for change_id, outcome in outcomes.items():
                assert outcome in ("applied", "overwrote") or change_id in logged, \
                    (change_id, outcome)
            # no two documents share a number, anywhere; each one issued kept its number
            holders: dict[str, set[uuid.UUID]] = {}
            for db in [team.owner, *(c.db for c in copies.values())]:
                for document_id, number in _numbers(db).items():
                    holders.setdefault(number, set()).add(document_id)
            assert {n: ids for n, ids in holders.items() if len(ids) > 1} == {}
            on_server = _numbers(team.owner)
            for document_id, number in world.issued.items():
                assert on_server.get(document_id) == number or document_id in refused_rows, \
                    (document_id, number)

    return Laptops


def _run(team: Team, world: World, examples: int, steps: int) -> None:
    # The laptops and the server live across examples (a fresh set each time would cost
    # seconds): the state is external, so Hypothesis generates without replaying or shrinking;
    # a failure prints its steps as they were run, and the seed (CRM_SYNC_SEED=N replays the
    # same draws; the laptops' state from earlier tests of the module comes along).
    chosen = int(os.environ.get("CRM_SYNC_SEED") or random.randrange(2**32))
    started, before = time.monotonic(), len(world.kills)
    test = get_state_machine_test(machine(team, world), settings=settings(
        max_examples=examples, stateful_step_count=steps, deadline=None, database=None,
        phases=(Phase.generate,), suppress_health_check=list(HealthCheck)))
    try:
        seed(chosen)(test)()
    except BaseException as exc:
        exc.add_note(f"sync model: seed {chosen} (CRM_SYNC_SEED={chosen} to replay)")
        raise
    with team.owner.session() as s:
        conflicts = len(s.scalars(select(SyncConflict.id)).all())
    RUNS.append({"seed": chosen, "examples": examples, "steps": steps,
                 "documents": len(world.issued), "conflicts": conflicts,
                 "kills": world.kills[before:], "seconds": round(time.monotonic() - started, 1)})
    print(f"\nsync model: {RUNS[-1]}")


def test_three_laptops_never_lose_a_change(team: Team, world: World) -> None:
    _run(team, world, examples=4, steps=25)


@pytest.mark.soak
@pytest.mark.timeout(0)  # as long as it takes
@pytest.mark.skipif(not SOAK, reason="long run: make soak")
def test_three_laptops_soak(team: Team, world: World) -> None:
    _run(team, world, examples=int(os.environ.get("CRM_SYNC_SOAK_EXAMPLES", "200")),
         steps=40)


# -- bugs the model found (pinned until fixed; the model works around the first) ----------------
@pytest.fixture
def fresh(team: Team, tmp_path: Path) -> Iterator[Callable[[str], Copy]]:
    """New laptops of the same team (a keychain of their own), first-synced."""
    _seed_company(team)
    made: list[Copy] = []

    def new(login: str) -> Copy:
        OWN[login] = _own_client(team, login)
        folder = tmp_path / f"{login}-{len(made)}"
        folder.mkdir()
        copy = Copy(team, folder, login)
        laptop.sync_round(copy.db, copy.send)
        made.append(copy)
        return copy
    with _keychain(tmp_path):
        yield new
        for one in made:
            one.client.close()
            one.db.dispose()


OWN: dict[str, uuid.UUID] = {}  # the client of its own each fresh laptop's person has


def test_a_server_killed_mid_batch_commits_nothing_and_the_retry_applies_it_once(
        team: Team, fresh, tmp_path: Path) -> None:
    ann = fresh("ann")
    with ann.db.session(ann.user) as s:
        s.get(Client, OWN["ann"]).city = "Taraz"  # type: ignore[union-attr]
        s.add(Contact(client_id=OWN["ann"], full_name="Aigerim Sadykova"))
    waiting = _waiting_ids(ann)
    assert len(waiting) == 2
    second = faults.KilledServer(team.owner, team.server_url, team.cert, tmp_path)
    other = second.transport("ann", ann.client.token)
    try:
        assert second.push_killed(lambda: laptop.push(ann.db, other.request))
    finally:
        other.close()
        second.stop()
    assert _seen(team, waiting) == set()
    assert _server_value(team, Client, OWN["ann"], "city") == (None, None)
    assert _waiting_ids(ann) == waiting
    result = laptop.sync_round(ann.db, ann.send)  # the same batch, to the living server
    assert result.pushed == 2
    assert _seen(team, waiting) == waiting
    assert _server_value(team, Client, OWN["ann"], "city") == ("Taraz", None)
    with team.owner.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact).where(
            Contact.client_id == OWN["ann"], Contact.full_name == "Aigerim Sadykova")) == 1


def _issue(copy: Copy, kind: DocumentKind, client_id: uuid.UUID) -> quotes.CreatedDocument:
    with copy.db.session(copy.user) as s:
        return quotes.create_document(s, copy.user, quotes.quote_context(s, client_id), kind,
                                      [_line("Almaty", 2, Decimal("1500.00"))])


def test_a_deal_opened_on_a_laptop_reaches_the_server(team: Team, fresh) -> None:
    ann = fresh("ann")
    with ann.db.session(ann.user) as s:
        deal = moves.create_deal(s, moves.NewDeal(client_id=OWN["ann"],
                                                  title="Offline deal", amount=Decimal(500),
                                                  currency="KZT"))
    laptop.sync_round(ann.db, ann.send)
    assert _server_value(team, Deal, deal.id, "title") == ("Offline deal", None)


def test_an_invoice_issued_on_a_laptop_reaches_the_server_with_its_lines(team: Team,
                                                                         fresh) -> None:
    ann = fresh("ann")
    made = _issue(ann, DocumentKind.INVOICE, OWN["ann"])
    laptop.sync_round(ann.db, ann.send)
    with team.owner.session() as s:
        lines = s.scalars(select(SalesDocumentLine.description).where(
            SalesDocumentLine.document_id == made.id)).all()
    assert lines == ["Delivery to Almaty"]


def test_two_laptops_never_issue_the_same_number(team: Team, fresh) -> None:
    ann, bob = fresh("ann"), fresh("bob")
    made = []
    for copy, client in ((ann, "ann"), (bob, "bob")):
        made.append(_issue(copy, DocumentKind.QUOTE, OWN[client]))
    for copy in (ann, bob):
        laptop.sync_round(copy.db, copy.send)
    numbers = _numbers(team.owner)
    assert [numbers.get(m.id) for m in made] == [m.number for m in made]
    assert made[0].number != made[1].number


def test_a_refused_new_document_is_kept_whole_in_the_conflict_log(team: Team, fresh) -> None:
    ann, bob = fresh("ann"), fresh("bob")
    made = []
    for copy, client in ((ann, "ann"), (bob, "bob")):
        _set_device_code(copy, "TWIN")  # a person gave both laptops one code by mistake
        made.append(_issue(copy, DocumentKind.QUOTE, OWN[client]))
    for copy in (ann, bob):
        laptop.sync_round(copy.db, copy.send)
    with team.owner.session() as s:
        kept = s.scalars(select(SyncConflict.lost_value).where(
            SyncConflict.row_id == made[1].id)).all()
    assert kept and kept[0] is not None and made[1].number in kept[0], kept
