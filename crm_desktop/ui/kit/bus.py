"""One change signal for the whole window: operations publish what changed, views subscribe."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from crm_desktop.services.core.changes import Change


class DataBus(QObject):
    """`changed` carries a frozenset of `Change` kinds; `Change.ALL` means reload everything."""

    changed = Signal(object)

    def publish(self, kinds: Iterable[Change]) -> None:
        kinds = frozenset(kinds)
        if kinds:
            self.changed.emit(kinds)

    def notify(self, *kinds: Change) -> None:
        self.publish(kinds)

    def subscribe(self, kinds: Iterable[Change], callback: Callable[[frozenset[Change]], None],
                  owner: QObject | None = None) -> None:
        """Call `callback(changed)` whenever one of `kinds` (or ALL) changed. With `owner`, the
        connection ends with that object."""
        wanted = frozenset(kinds)

        def relay(changed: frozenset[Change]) -> None:
            if Change.ALL in changed or wanted & changed:
                callback(changed)

        if owner is not None:
            _Relay(owner, self, relay)
        else:
            self.changed.connect(relay)


class _Relay(QObject):
    """Ties a subscription to `owner`'s lifetime: destroyed with it, so no late calls."""

    def __init__(self, owner: QObject, bus: DataBus,
                 relay: Callable[[frozenset[Change]], None]) -> None:
        super().__init__(owner)
        self._relay = relay
        bus.changed.connect(self.deliver)

    def deliver(self, changed: frozenset[Change]) -> None:
        self._relay(changed)
