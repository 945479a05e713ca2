"""Background work answers on the GUI thread, and never to a destroyed owner."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.kit.tasks import run_task, wait_for_tasks


def test_result_and_error_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []
    owner = QObject()

    def work() -> int:
        assert threading.get_ident() != gui  # really off the GUI thread
        return 42

    def boom() -> None:
        raise ValueError("disk full")

    run_task(work, lambda r: seen.append(("done", r, threading.get_ident() == gui)),
             lambda e: seen.append(("error", e, False)), owner)
    run_task(boom, lambda r: seen.append(("done", r, False)),
             lambda e: seen.append(("error", str(e), threading.get_ident() == gui)), owner)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen, key=str) == sorted([("done", 42, True), ("error", "disk full", True)],
                                           key=str)


def test_no_answer_to_a_destroyed_owner(qtbot: QtBot) -> None:
    release = threading.Event()
    seen: list[object] = []
    owner = QWidget()
    run_task(lambda: release.wait(5), seen.append, seen.append, owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=2000)
    release.set()
    wait_for_tasks()
    qtbot.wait(50)
    assert seen == []
