"""One way to run a service call from the UI (in the manner of Anki's `CollectionOp`).

    Operation(self, ctx, lambda s: payments.register_payment(s, …)) \\
        .success(lambda _: self.accept()).run()

runs the call in one transaction opened for the signed-in user, shows a failure as one
translated message box (or hands it to `.failure(fn)`), and publishes on the bus what the
unit of work changed (`services.core.changes`): no dialog opens its own transaction, shows its
own error box or tells other views what it changed. `.run()` works on the GUI thread (quick
writes, measured below 50 ms); `.run_in_background()` for slow work (PDFs, imports, big writes).

`Query` is the read-only twin: `Query(self, ctx, fn).success(show).run_in_background()`, or
`ctx.read(fn)` for a quick read on the GUI thread.

`Job` is for work that opens its own units of work, or none: a backup, a restore, the demo
generator, the outbox sender, writing a file. It takes no session; it publishes the kinds it
is given (`changes`) and, like the others, shows or hands over its failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Generic, Self, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from crm_desktop.services.core.changes import Change, recorded
from crm_desktop.services.core.errors import CrmError

from .context import AppContext
from .errors import show_error
from .tasks import run_task

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Base(Generic[T]):
    def __init__(self, parent: QObject | None, ctx: AppContext | None) -> None:
        self.parent, self._ctx = parent, ctx
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Exception], Any] | None = None
        self._finally: Callable[[], Any] | None = None

    def success(self, fn: Callable[[T], Any]) -> Self:
        self._success = fn
        return self

    def failure(self, fn: Callable[[Exception], Any]) -> Self:
        """Handle a failure yourself (e.g. mark fields); without it a message box shows it."""
        self._failure = fn
        return self

    def finally_(self, fn: Callable[[], Any]) -> Self:
        """Called after success or failure (re-enable a button, hide a progress bar)."""
        self._finally = fn
        return self

    # -- the work, on whichever thread ---------------------------------------------------------
    def _work(self) -> tuple[T, frozenset[Change]]:
        raise NotImplementedError

    # -- answers, on the GUI thread -----------------------------------------------------------
    def _done(self, outcome: tuple[T, frozenset[Change]]) -> None:
        result, changes = outcome
        try:
            if changes and self._ctx is not None:
                self._ctx.bus.publish(changes)
            if self._success is not None:
                self._success(result)
        finally:
            if self._finally is not None:
                self._finally()

    def _failed(self, exc: Exception) -> None:
        try:
            if self._failure is not None:
                self._failure(exc)
            else:
                show_error(self.parent if isinstance(self.parent, QWidget) else None, exc)
        finally:
            if self._finally is not None:
                self._finally()

    def run(self) -> bool:
        """Run now on the GUI thread; True if it succeeded."""
        try:
            outcome = self._work()
        except Exception as exc:  # every failure is shown, none escapes into Qt
            if not isinstance(exc, CrmError):
                log.error("operation failed", exc_info=exc)
            self._failed(exc)
            return False
        self._done(outcome)
        return True

    def run_in_background(self) -> None:
        """Run in the thread pool; the callbacks come back on the GUI thread (not at all if
        the parent (a widget, or any QObject that owns the work) has been destroyed meanwhile)."""
        run_task(self._work, self._done, self._failed, owner=self.parent)


class Operation(_Base[T]):
    """A write: one transaction for the signed-in user; publishes what it changed."""

    def __init__(self, parent: QObject | None, ctx: AppContext,
                 op: Callable[[Session], T]) -> None:
        super().__init__(parent, ctx)
        self.ctx, self.op = ctx, op

    def _work(self) -> tuple[T, frozenset[Change]]:
        with self.ctx.database.session(self.ctx.user) as s:  # the one write path of the UI
            result = self.op(s)
            s.flush()
        # read after the commit: the automation rules a save fires run at the commit and
        # record what they changed too (a task, another deal)
        return result, recorded(s)


class Query(_Base[T]):
    """A read: no actor, nothing published (a write inside it is refused by the session)."""

    def __init__(self, parent: QObject | None, ctx: AppContext,
                 op: Callable[[Session], T]) -> None:
        super().__init__(parent, ctx)
        self.ctx, self.op = ctx, op

    def _work(self) -> tuple[T, frozenset[Change]]:
        with self.ctx.database.session() as s:  # the one background read path of the UI
            return self.op(s), frozenset()


class Job(_Base[T]):
    """Work that opens its own units of work or needs none (backup, restore, the demo, the
    outbox sender, writing a file). `changes` is what to publish after it succeeded: kinds, or a
    function of the result called on the GUI thread just before publishing (the sender
    publishes only when a status moved). `ctx` may be None
    where nobody is signed in yet (the first run): then nothing is published."""

    def __init__(self, parent: QObject | None, ctx: AppContext | None, fn: Callable[[], T],
                 changes: Iterable[Change] | Callable[[T], Iterable[Change]] = ()) -> None:
        super().__init__(parent, ctx)
        self.ctx, self.fn = ctx, fn
        self.changes = changes

    def _work(self) -> tuple[T, frozenset[Change]]:
        return self.fn(), frozenset()

    def _done(self, outcome: tuple[T, frozenset[Change]]) -> None:
        # decided here, on the GUI thread, right before the bus hears it
        result = outcome[0]
        kinds = self.changes(result) if callable(self.changes) else self.changes
        super()._done((result, frozenset(kinds)))
