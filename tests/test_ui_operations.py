"""The one way the UI runs an operation (`ui/kit/operations`): real SQLite, real widgets.

A write runs in one transaction for the signed-in user, publishes what the services recorded,
and on failure rolls everything back and shows one translated message; no dialog in `ui/` keeps
its own copy of that sequence.
"""

from __future__ import annotations

import re
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from crm_desktop.models import EventType
from crm_desktop.services.activities import events as event_service
from crm_desktop.services.activities.events import EventInput
from crm_desktop.services.company.profile import company_input, save_company
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.errors import CrmError
from crm_desktop.ui.i18n import install_translators
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Job, Operation, Query

from .actors import person
from .helpers import raw
from .test_translations import russian_qm  # noqa: F401 (fixture)

UI = Path(__file__).resolve().parent.parent / "crm_desktop" / "ui"


def _context(db: dbs.Database, login: str) -> AppContext:
    return AppContext(db, person(db, login), DataBus())


def _heard(ctx: AppContext, kinds: set[Change]) -> list[frozenset[Change]]:
    """What a view subscribed to `kinds` is told."""
    heard: list[frozenset[Change]] = []
    ctx.bus.subscribe(kinds, heard.append)
    return heard


def _a_client(path: Path) -> uuid.UUID:
    return uuid.UUID(bytes=raw(path, "SELECT id FROM clients WHERE deleted_at IS NULL "
                                     "LIMIT 1")[0][0])


def _plan(s: Session, ctx: AppContext, client_id: uuid.UUID, subject: str) -> uuid.UUID:
    start = datetime.now(UTC) + timedelta(days=1)
    return event_service.create_event(s, EventInput(
        type=EventType.CALL, subject=subject, start_at=start, client_id=client_id,
        responsible_id=ctx.user.id)).id


def _read_message_boxes() -> list[str]:
    """Close the next modal message box (a real one, shown with exec) and keep its text."""
    texts: list[str] = []
    tries = [0]

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.done(0)
        elif tries[0] < 300:
            tries[0] += 1
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)
    return texts


def test_a_write_runs_for_the_user_and_publishes_what_it_changed(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _context(demo_db, "a.nurlanova")
    parent = QWidget()
    qtbot.addWidget(parent)
    events, products = _heard(ctx, {Change.EVENTS}), _heard(ctx, {Change.PRODUCTS})
    made: list[uuid.UUID] = []
    client_id = _a_client(demo_path)
    assert Operation(parent, ctx, lambda s: _plan(s, ctx, client_id, "Operation test")) \
        .success(made.append).run()
    assert len(made) == 1
    assert len(events) == 1 and Change.EVENTS in events[0]
    assert products == []  # a view of another kind hears nothing
    stamped = raw(demo_path, "SELECT changed_by FROM events WHERE id = ?", made[0].bytes)
    assert stamped == [(ctx.user.id.bytes,)]


def test_a_failed_write_rolls_back_publishes_nothing_and_says_why_in_russian(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path, russian_qm: Path,  # noqa: F811
        qapp: QApplication) -> None:
    ctx = _context(demo_db, "a.nurlanova")  # a salesperson may not change the company
    parent = QWidget()
    qtbot.addWidget(parent)
    heard = _heard(ctx, set(Change))
    client_id = _a_client(demo_path)

    def plan_then_change_the_company(s: Session) -> None:
        _plan(s, ctx, client_id, "Rolled back")
        save_company(s, company_input(s))

    succeeded: list[object] = []
    assert install_translators(qapp, "ru") == "ru"
    try:
        shown = _read_message_boxes()
        assert not Operation(parent, ctx, plan_then_change_the_company) \
            .success(succeeded.append).run()
    finally:
        install_translators(qapp, "en")
    assert len(shown) == 1 and shown[0].startswith("Ваша роль (продавец)"), shown
    assert succeeded == [] and heard == []
    assert raw(demo_path, "SELECT count(*) FROM events WHERE subject = 'Rolled back'") == [(0,)]


def test_a_failure_handler_takes_the_place_of_the_message_box(
        qtbot: QtBot, demo_db: dbs.Database) -> None:
    ctx = _context(demo_db, "a.nurlanova")
    failures: list[Exception] = []
    finished: list[bool] = []
    shown = _read_message_boxes()
    assert not Operation(None, ctx, lambda s: save_company(s, company_input(s))) \
        .failure(failures.append).finally_(lambda: finished.append(True)).run()
    qtbot.wait(50)
    assert shown == []
    assert len(failures) == 1 and isinstance(failures[0], CrmError)
    assert failures[0].code.endswith("forbidden")
    assert finished == [True]


def test_a_slow_write_runs_off_the_gui_thread_and_answers_on_it(
        qtbot: QtBot, demo_db: dbs.Database, demo_path: Path) -> None:
    ctx = _context(demo_db, "a.nurlanova")
    parent = QWidget()
    qtbot.addWidget(parent)
    client_id = _a_client(demo_path)
    worked_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []
    ctx.bus.subscribe({Change.EVENTS}, lambda _k: answered_on.append(threading.current_thread()))

    def work(s: Session) -> uuid.UUID:
        worked_on.append(threading.current_thread())
        return _plan(s, ctx, client_id, "In the background")

    done: list[uuid.UUID] = []
    Operation(parent, ctx, work).success(done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert worked_on[0] is not threading.main_thread()
    assert answered_on == [threading.main_thread()]


def test_a_query_publishes_nothing_and_may_not_write(qtbot: QtBot, demo_db: dbs.Database,
                                                     demo_path: Path) -> None:
    ctx = _context(demo_db, "admin")
    heard = _heard(ctx, set(Change))
    client_id = _a_client(demo_path)
    failures: list[Exception] = []
    assert not Query(None, ctx, lambda s: _plan(s, ctx, client_id, "Not from a query")) \
        .failure(failures.append).run()
    assert len(failures) == 1 and isinstance(failures[0], CrmError)
    assert heard == []
    assert raw(demo_path, "SELECT count(*) FROM events WHERE subject = 'Not from a query'") \
        == [(0,)]


def test_a_restore_makes_every_view_reload(qtbot: QtBot, demo_db: dbs.Database) -> None:
    from crm_desktop.ui.main_window import MainWindow

    user = person(demo_db, "admin")
    window = MainWindow(demo_db, user, "en")
    qtbot.addWidget(window)
    heard = {kind: _heard(window.ctx, {kind}) for kind in (Change.OUTBOX, Change.DEALS,
                                                             Change.EVENTS, Change.PRODUCTS)}
    backup = dbs.backup(demo_db)
    assert window.restore_from(backup)
    assert all(got == [frozenset({Change.ALL})] for got in heard.values()), heard
    window.close()


def test_a_job_without_a_context_still_reports_its_failure(qtbot: QtBot) -> None:
    failures: list[Exception] = []

    def broken() -> None:
        raise OSError("disk gone")

    assert not Job(None, None, broken).failure(failures.append).run()
    assert isinstance(failures[0], OSError)


def _reasoned(lines: list[str], index: int) -> bool:
    """A `#` comment on the line itself or on the line above says why."""
    return "#" in lines[index] or (index > 0 and lines[index - 1].strip().startswith("#"))


def test_no_dialog_keeps_its_own_transaction_error_box_or_bus_message() -> None:
    """`database.session(` only with a reason beside it; no `except CrmError` outside ui/kit
    (the old open-session → except → show_error → notify → accept copy)."""
    sessions, excepts, notifies = [], [], []
    for path in sorted(UI.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        where = path.relative_to(UI.parent.parent)
        for i, line in enumerate(lines):
            if "database.session(" in line and not _reasoned(lines, i):
                sessions.append(f"{where}:{i + 1}")
            if re.search(r"except\s*\(?[^:]*\bCrmError\b", line) and "kit" not in path.parts:
                excepts.append(f"{where}:{i + 1}")
            if re.search(r"bus\.notify\(\s*[\"']", line):
                notifies.append(f"{where}:{i + 1}")
    assert sessions == [], "database.session( without a reason"
    assert excepts == [], "except CrmError outside ui/kit: run it through kit.operations"
    assert notifies == [], "free strings on the bus: publish Change kinds"


@pytest.mark.parametrize("broken", ["session", "except", "notify"])
def test_the_check_above_can_fail(tmp_path: Path, broken: str,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan finds each old habit when a file has it."""
    ui = tmp_path / "crm_desktop" / "ui" / "desk"
    ui.mkdir(parents=True)
    body = {
        "session": "with self.database.session(self.user) as s:\n    pass\n",
        "except": "try:\n    pass\nexcept CrmError as exc:\n    show_error(self, exc)\n",
        "notify": "self.bus.notify(\"events\")\n",
    }[broken]
    (ui / "old_dialog.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.UI", tmp_path / "crm_desktop" / "ui")
    with pytest.raises(AssertionError):
        test_no_dialog_keeps_its_own_transaction_error_box_or_bus_message()
