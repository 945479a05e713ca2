"""What every view needs: the open database, the signed-in user and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from crm_desktop.services.core.db import Database
from crm_desktop.services.core.identity import CurrentUser, Permission

from .bus import DataBus

T = TypeVar("T")


@dataclass(frozen=True)
class AppContext:
    database: Database
    user: CurrentUser
    bus: DataBus

    def read(self, fn: Callable[[Session], T]) -> T:
        """A quick read on the GUI thread (measured below 50 ms on big data); slow reads use
        `Query(...).run_in_background()`."""
        with self.database.session() as s:  # the one quick read path of the UI
            return fn(s)

    def can(self, permission: Permission) -> bool:
        """Whether to offer an action; the service checks again when it runs."""
        return self.user.can(permission)
