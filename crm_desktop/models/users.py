"""People who use the program."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Entity
from .enums import Role


class User(Entity):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str]
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[Role] = mapped_column(default=Role.SALESPERSON)
    email_signature: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
