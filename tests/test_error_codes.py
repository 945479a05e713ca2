"""Service errors are codes the UI translates: every code has a text in the UI table, with the
service's English and a finished Russian translation keeping its placeholders; a real refusal
reads in Russian with the amount written the Russian way; no plain-English raise is left."""

from __future__ import annotations

import builtins
import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from string import Formatter

import pytest
from sqlalchemy import select

import crm_desktop.demo
import crm_desktop.services
from crm_desktop.models import Client, DocumentKind, Role
from crm_desktop.resources import resource_path
from crm_desktop.services.core import db as dbs
from crm_desktop.services.core.errors import CODES, CrmError, ErrorCode, ValidationError
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.core.table_files import ImportRefused, Table
from crm_desktop.services.sales import price_import, quotes
from crm_desktop.services.sales.catalogue import load_price_list
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.i18n import install_translators
from crm_desktop.ui.kit.errors import error_text, permission_label, reason_text, texts

from .actors import person

ROOT = Path(__file__).resolve().parent.parent
TS = resource_path("translations", "crm_desktop_ru.ts")


def every_code() -> dict[str, ErrorCode]:
    """CODES once every module that may declare one is imported."""
    for package in (crm_desktop.services, crm_desktop.demo):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)
    importlib.import_module("crm_desktop.cli")
    return dict(CODES)


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in Formatter().parse(text)
            if name is not None}


def russian_errors() -> dict[str, ET.Element]:
    found: dict[str, ET.Element] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == "errors":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message
    return found


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    return qapp


@pytest.fixture
def russian(qapp):
    qm = TS.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        subprocess.run([tool or "pyside6-lrelease", "-silent", str(TS), "-qm", str(qm)],
                       check=True)
    assert install_translators(qapp, "ru") == "ru"
    yield qapp
    install_translators(qapp, "en")


def test_every_code_is_in_the_ui_table_with_the_service_english(english) -> None:
    codes = every_code()
    assert len(codes) > 100
    table = texts()
    missing = sorted(set(codes) - set(table))
    assert missing == [], "add these codes to ui/kit/errors.py texts()"
    differs = sorted(c for c, e in codes.items() if table[c] != e.english)
    assert differs == [], "the UI table's English must be the service's, word for word"


def test_every_code_has_a_russian_translation_with_its_placeholders() -> None:
    russian = russian_errors()
    problems = []
    for code, error in sorted(every_code().items()):
        message = russian.get(error.english)
        translation = message.find("translation") if message is not None else None
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            problems.append(f"{code}: no finished Russian translation")
        elif placeholders(translation.text or "") != placeholders(error.english):
            problems.append(f"{code}: placeholders {placeholders(translation.text or '')} "
                            f"instead of {placeholders(error.english)}")
    assert problems == []


def test_every_permission_has_a_label(english) -> None:
    unlabelled = [p for p in Permission if permission_label(p) == p.value]
    assert unlabelled == []


def test_no_plain_english_raise_is_left() -> None:
    with pytest.raises(TypeError):
        CrmError("plain English")  # type: ignore[arg-type]
    # Our exception classes (not Python's own) called with text instead of a code.
    raised = re.compile(r"\b(\w*Error|PriceBelowMinimum|Import\w+|CardInvalid|NotANumber)"
                        r"\(\s*(f?\"|f?'|self\.tr\()")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "crm_desktop").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             for match in raised.finditer(line) if not hasattr(builtins, match.group(1))]
    assert found == []


def test_a_refused_price_reads_in_russian_with_a_russian_amount(
        russian, demo_db: dbs.Database) -> None:
    user = person(demo_db, "a.nurlanova")
    assert user.role == Role.SALESPERSON
    with demo_db.session() as s:
        client_id = s.scalar(select(Client.id).where(Client.country == "KZ").limit(1))
        ctx = quotes.quote_context(s, client_id)
        item = max(load_price_list(s, ctx.price_type_id).items, key=lambda i: i.minimum_price)
    line = quotes.quote_line_for(ctx, item.id, item.code, item.name, item.unit, item.price,
                                 item.minimum_price, item.vat_rate, item.total_stock)
    assert line.minimum_price >= 1000 and line.minimum_price.as_tuple().exponent == -2
    line.price = line.minimum_price - Decimal("0.01")
    with pytest.raises(quotes.PriceBelowMinimum) as refused, demo_db.session(user) as s:
        quotes.create_document(s, user, ctx, DocumentKind.INVOICE, [line])
    whole, cents = f"{line.minimum_price:.2f}".split(".")
    groups = re.sub(r"(?<=\d)(?=(\d{3})+$)", "\u00a0", whole)  # 55675 -> 55 675 (no-break)
    assert error_text(refused.value) == (
        f"{line.description}: цена ниже минимальной ({groups},{cents}\u00a0₸). Попросите "
        "руководителя отдела продаж согласовать её.")
    assert str(refused.value).endswith(f"minimum {line.minimum_price} KZT. Ask the head of "
                                       "sales to approve it.")  # the CLI keeps its English


def test_a_payment_amount_and_a_refused_role_read_in_russian(russian) -> None:
    with pytest.raises(ValidationError) as typed:
        parse_decimal("abc")
    assert error_text(typed.value) == "Не число: abc"
    forbidden = CrmError(CODES["forbidden"], role="salesperson",
                         permission=Permission.IMPORT_PRICES.value)
    assert error_text(forbidden) == ("Ваша роль (продавец) не даёт права на это действие: "
                                     "импортировать прайс-листы")


def test_import_reasons_read_in_russian(russian, demo_db: dbs.Database) -> None:
    head = person(demo_db, "d.seitkali")
    table = Table(["code", "price", "minimum"], [["NOPE", "1", ""], ["P00004", "15", "1600"]])
    with pytest.raises(ImportRefused) as refused, demo_db.session(head) as s:
        price_import.import_prices(s, table, {"code": 0, "price": 1, "minimum": 2})
    reasons = [reason_text(why) for _row, why in refused.value.report.problems]
    assert reasons == ["неизвестный код товара «NOPE»",
                       "минимальная цена 1\u00a0600 выше цены 15"]
    assert error_text(refused.value) == "Строк с ошибками: 2 из 2; ничего не импортировано"
