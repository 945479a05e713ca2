"""Run slow work off the GUI thread and get the answer back on it.

`run_task(fn, on_done, on_error, owner)` runs `fn()` in the global QThreadPool; exactly one of
the two callbacks is then called on the GUI thread, unless `owner` (the widget or object the
callbacks belong to) was destroyed meanwhile: a closed window gets no late answers. Work must
open its own database session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
_running: set[_Task] = set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.relay = _Relay()  # created on the GUI thread, so its signals queue back to it

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            log.info("background task failed", exc_info=True)
            self._answer(self.relay.failed, exc)
        else:
            self._answer(self.relay.done, result)

    def _answer(self, signal: Any, value: object) -> None:
        # At shutdown Qt may have destroyed the relay already: nobody is left to answer.
        if shiboken6.isValid(self.relay):
            try:
                signal.emit(value)
            except RuntimeError:
                log.info("background task finished after its receiver was gone")


def run_task(fn: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None], owner: QObject | None = None) -> None:
    """Run `fn` in the thread pool; call `on_done(result)` or `on_error(exc)` on the GUI thread
    (not at all if `owner` has been destroyed by then)."""
    task = _Task(fn)
    _running.add(task)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        if owner is None or shiboken6.isValid(owner):
            callback(value)

    task.relay.done.connect(lambda result: finish(on_done, result))
    task.relay.failed.connect(lambda exc: finish(on_error, exc))
    QThreadPool.globalInstance().start(task)


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
