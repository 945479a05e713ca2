"""One change signal for the whole window: services change data, views listen and refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """`changed` carries a set of kinds, e.g. {"events"}, {"invoices", "payments"}."""

    changed = Signal(object)

    def notify(self, *kinds: str) -> None:
        self.changed.emit(set(kinds))
