"""The own company: requisites printed on every document."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity, Rate


class Company(Entity):
    __tablename__ = "companies"

    legal_name: Mapped[str]
    short_name: Mapped[str]
    country: Mapped[str] = mapped_column(String(2))
    tax_id: Mapped[str | None] = mapped_column(String(32))
    tax_id_2: Mapped[str | None] = mapped_column(String(32))  # e.g. RU KPP
    address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None]
    website: Mapped[str | None]
    director_name: Mapped[str | None]
    accountant_name: Mapped[str | None]
    stamp_image_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    director_signature_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    accountant_signature_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("attachments.id")
    )
    logo_image_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    default_currency: Mapped[str] = mapped_column(String(3))
    vat_rate: Mapped[Decimal] = mapped_column(Rate)
    vat_included: Mapped[bool] = mapped_column(default=True)

    bank_accounts: Mapped[list[BankAccount]] = relationship(
        back_populates="company", order_by="BankAccount.created_at"
    )


class BankAccount(Entity):
    __tablename__ = "bank_accounts"

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    bank_name: Mapped[str]
    account: Mapped[str] = mapped_column(String(64))  # IBAN or national account number
    bic: Mapped[str | None] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    is_default: Mapped[bool] = mapped_column(default=False)

    company: Mapped[Company] = relationship(back_populates="bank_accounts")
