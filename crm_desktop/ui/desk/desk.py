"""The sales desk (placeholder until the desk issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from crm_desktop.services.db import Database
from crm_desktop.services.setup import CurrentUser

from ..bus import DataBus


class DeskWidget(QWidget):
    def __init__(self, database: Database, user: CurrentUser, bus: DataBus,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sales desk")))

    def save_layout(self) -> None:
        pass
