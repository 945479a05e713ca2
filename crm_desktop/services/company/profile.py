"""The own company's requisites, images and document options."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import bic, iban

from crm_desktop.models import BankAccount, Company
from crm_desktop.services.core.errors import CrmError, ValidationError, error_code
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.locale.taxids import is_valid_tax_id

NO_NAME = error_code("company.no_name", "Enter the company's legal and short name")
BAD_TAX_ID = error_code("company.tax_id", "{tax_id} is not a valid tax ID for {country}")
BAD_IBAN = error_code("company.iban", "{account} is not a valid IBAN")
BAD_BIC = error_code("company.bic", "{bic} is not a valid BIC")
VAT_RANGE = error_code("company.vat_range", "VAT must be from 0 to 100 %")
DEVICE_CODE = error_code("company.device_code", "The device code is up to 8 letters or digits")
NO_COMPANY = error_code("company.missing", "The database has no company yet")
NO_REQUISITES = error_code("company.no_requisites", "Enter your company's requisites first")


IMAGES = ("stamp_image_id", "director_signature_id", "accountant_signature_id",
          "logo_image_id")


@dataclass
class CompanyInput:
    legal_name: str
    short_name: str
    country: str
    tax_id: str
    address: str
    phone: str
    email: str
    director_name: str
    accountant_name: str
    default_currency: str
    vat_rate: Decimal
    vat_included: bool
    bank_name: str
    account: str
    bic: str
    stamp_image_id: uuid.UUID | None = None
    director_signature_id: uuid.UUID | None = None
    accountant_signature_id: uuid.UUID | None = None
    logo_image_id: uuid.UUID | None = None
    device_code: str = ""
    send_without_review: bool = False

    def validate(self) -> None:
        if not self.legal_name.strip() or not self.short_name.strip():
            raise ValidationError(NO_NAME, field="name")
        if self.tax_id.strip() and not is_valid_tax_id(self.country, self.tax_id):
            raise ValidationError(BAD_TAX_ID, field="tax_id", tax_id=self.tax_id,
                                  country=self.country)
        account = self.account.replace(" ", "")
        if account[:2].isalpha() and not iban.is_valid(account):
            raise ValidationError(BAD_IBAN, field="account", account=self.account)
        if self.bic.strip() and not bic.is_valid(self.bic):
            raise ValidationError(BAD_BIC, field="bic", bic=self.bic)
        if not Decimal(0) <= self.vat_rate <= Decimal(100):
            raise ValidationError(VAT_RANGE, field="vat_rate")
        if len(self.device_code) > 8 or (not self.device_code.replace("-", "").isalnum() and \
                self.device_code):
            raise ValidationError(DEVICE_CODE, field="device_code")


def _company(s: Session) -> Company:
    company = s.scalar(select(Company).where(Company.deleted_at.is_(None)).limit(1))
    if company is None:
        raise CrmError(NO_COMPANY)
    return company


def company_input(s: Session) -> CompanyInput:
    c = _company(s)
    bank = c.bank_accounts[0] if c.bank_accounts else None
    return CompanyInput(
        c.legal_name, c.short_name, c.country, c.tax_id or "", c.address or "", c.phone or "",
        c.email or "", c.director_name or "", c.accountant_name or "", c.default_currency,
        c.vat_rate, c.vat_included, bank.bank_name if bank else "",
        bank.account if bank else "", (bank.bic or "") if bank else "", c.stamp_image_id,
        c.director_signature_id, c.accountant_signature_id, c.logo_image_id,
        str(get_setting(s, "device_code", "") or ""),
        bool(get_setting(s, "send_without_review", False)))


def save_company(s: Session, data: CompanyInput) -> None:
    """Store the requisites, the first bank account, the images and the document options."""
    require(s, Permission.EDIT_COMPANY)
    data.validate()
    c = _company(s)
    c.legal_name, c.short_name = data.legal_name.strip(), data.short_name.strip()
    c.country, c.tax_id = data.country.upper(), data.tax_id.strip() or None
    c.address, c.phone, c.email = data.address or None, data.phone or None, data.email or None
    c.director_name, c.accountant_name = data.director_name or None, data.accountant_name or None
    c.default_currency, c.vat_rate, c.vat_included = data.default_currency, data.vat_rate, \
        data.vat_included
    for name in IMAGES:
        setattr(c, name, getattr(data, name))
    bank = c.bank_accounts[0] if c.bank_accounts else None
    if bank is None:
        bank = BankAccount(company_id=c.id, currency=data.default_currency, is_default=True)
        s.add(bank)
    bank.bank_name, bank.account = data.bank_name.strip(), data.account.replace(" ", "")
    bank.bic = data.bic.strip().upper() or None
    set_setting(s, "device_code", data.device_code.strip().upper())
    set_setting(s, "send_without_review", data.send_without_review)
