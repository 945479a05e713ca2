"""Import of prices and stock from the accounting system's CSV or XLSX exports.

Steps: `read_table` (CSV encoding and delimiter detected: UTF-8 with or without BOM,
Windows-1251; or the first sheet of an XLSX), `guess_mapping` (or the mapping remembered for
the same columns), `import_prices` (every row checked; all or nothing unless a partial import
is accepted; a report of every row not imported and why).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import PriceType, Product, Warehouse
from crm_desktop.services.core.errors import (
    CrmError,
    ErrorCode,
    Message,
    ValidationError,
    error_code,
)
from crm_desktop.services.core.identity import Permission, require
from crm_desktop.services.core.settings import get_setting, set_setting
from crm_desktop.services.core.table_files import ImportRefused, Table, mapping_key, norm_header
from crm_desktop.services.core.table_files import ImportReport as BaseReport
from crm_desktop.services.core.table_files import (
    read_table as read_table,  # the import dialog and CLI read through here
)
from crm_desktop.services.core.text import clean_text, shown
from crm_desktop.services.sales.catalogue import set_price, set_stock
from crm_desktop.services.sales.pricing import parse_decimal

NO_CODE_COLUMN = error_code("price_import.no_code_column",
                            "Choose the column with the product code")
UNKNOWN_DEFAULT_WAREHOUSE = error_code("price_import.unknown_default_warehouse",
                                       "No warehouse named {name!r}")
# Why a row is not imported (the report's reasons).
UNKNOWN_PRODUCT = error_code("price_import.unknown_product", "unknown product code {code!r}")
NOT_A_NUMBER = error_code("price_import.not_a_number", "not a number: {text!r}")
NEGATIVE = error_code("price_import.negative", "not a valid amount: {text!r}")
UNKNOWN_WAREHOUSE = error_code("price_import.unknown_warehouse", "unknown warehouse {name!r}")
NO_WAREHOUSE = error_code("price_import.no_warehouse", "no warehouse for the stock")
MINIMUM_ABOVE_PRICE = error_code("price_import.minimum_above_price",
                                 "minimum {minimum} above price {price}")


CODE, PRICE, MINIMUM, STOCK, WAREHOUSE = "code", "price", "minimum", "stock", "warehouse"
PRICE_TYPE_PREFIX = "price_type:"
ALIASES = {
    CODE: ("code", "sku", "артикул", "код", "код товара", "product code", "item code"),
    PRICE: ("price", "recommended price", "цена", "рекомендуемая цена", "розничная цена",
            "ціна", "баға"),
    MINIMUM: ("minimum price", "min price", "минимальная цена", "мин. цена", "мин цена",
              "мінімальна ціна"),
    STOCK: ("stock", "qty", "quantity", "остаток", "остатки", "количество", "кол-во",
            "залишок", "қалдық"),
    WAREHOUSE: ("warehouse", "склад", "store"),
}


def guess_mapping(s: Session, headers: list[str]) -> dict[str, int]:
    """field -> column: the mapping remembered for these headers, else one from their names.

    Price-type columns are recognised by the price type's name ("Оптовая")."""
    remembered = get_setting(s, mapping_key("prices", headers))
    if isinstance(remembered, dict):
        return {k: int(v) for k, v in remembered.items() if 0 <= int(v) < len(headers)}
    mapping: dict[str, int] = {}
    normalized = [norm_header(h) for h in headers]
    for key, names in ALIASES.items():
        for index, header in enumerate(normalized):
            if header in names and index not in mapping.values():
                mapping[key] = index
                break
    for price_type in s.scalars(select(PriceType).where(PriceType.deleted_at.is_(None))):
        name = norm_header(price_type.name)
        for index, header in enumerate(normalized):
            if header == name and index not in mapping.values():
                mapping[f"{PRICE_TYPE_PREFIX}{price_type.id}"] = index
    return mapping


def remember_mapping(s: Session, headers: list[str], mapping: dict[str, int]) -> None:
    """Remember the mapping for files with these headers."""
    require(s, Permission.IMPORT_PRICES)
    set_setting(s, mapping_key("prices", headers), mapping)


@dataclass
class ImportReport(BaseReport):
    products: int = 0
    stock_rows: int = 0


FIRST_ROW = 2  # the first data row's number: the header is row 1, as the spreadsheet counts


def row_number(index: int) -> int:
    """The number a data row (0-based in `Table.rows`) is reported and previewed under: the
    report's rows and the preview's row headers are the same numbers."""
    return index + FIRST_ROW


def _row_problem(error: ErrorCode, **params: Any) -> ValueError:
    """Why a row is not imported, raised as a ValueError carrying the Message."""
    return ValueError(Message(error, **params))


def _decimal(text: str) -> Decimal:
    """A non-negative amount from a cell; ValueError (a row problem) otherwise."""
    try:
        value = parse_decimal(text)
    except ValidationError as exc:
        raise _row_problem(NOT_A_NUMBER, text=shown(text)) from exc
    if value < 0:
        raise _row_problem(NEGATIVE, text=shown(text))
    return value


def import_prices(s: Session, table: Table, mapping: dict[str, int],
                  default_warehouse: uuid.UUID | None = None,
                  partial: bool = False) -> ImportReport:
    """Apply the file's prices and stock inside the caller's transaction.

    Raises ImportRefused (so the caller's transaction rolls back) when any row has a problem,
    unless `partial` accepts importing the good rows only.
    """
    require(s, Permission.IMPORT_PRICES)
    if MINIMUM in mapping:
        require(s, Permission.EDIT_MINIMUM_PRICES)
    if CODE not in mapping:
        raise CrmError(NO_CODE_COLUMN)
    products = {p.code: p for p in s.scalars(select(Product).where(
        Product.deleted_at.is_(None)))}
    stores = {norm_header(w.name): w.id for w in s.scalars(select(Warehouse).where(
        Warehouse.deleted_at.is_(None)))}
    report = ImportReport()
    touched: set[uuid.UUID] = set()
    type_columns = {uuid.UUID(k[len(PRICE_TYPE_PREFIX):]): v for k, v in mapping.items()
                    if k.startswith(PRICE_TYPE_PREFIX)}
    for index, cells in enumerate(table.rows):
        number = row_number(index)
        report.rows += 1
        row = [clean_text(cell) for cell in cells]
        code = row[mapping[CODE]].strip()
        product = products.get(code)
        if product is None:
            report.problems.append((number, Message(UNKNOWN_PRODUCT, code=shown(code))))
            continue
        try:
            price = _decimal(row[mapping[PRICE]]) if PRICE in mapping else None
            minimum = _decimal(row[mapping[MINIMUM]]) if MINIMUM in mapping else None
            typed = {pt: _decimal(row[col]) for pt, col in type_columns.items()
                     if row[col].strip()}
            stock = _decimal(row[mapping[STOCK]]) if STOCK in mapping else None
            warehouse = default_warehouse
            if WAREHOUSE in mapping and row[mapping[WAREHOUSE]].strip():
                warehouse = stores.get(norm_header(row[mapping[WAREHOUSE]]))
                if warehouse is None:
                    raise _row_problem(UNKNOWN_WAREHOUSE, name=shown(row[mapping[WAREHOUSE]]))
            if stock is not None and warehouse is None:
                raise _row_problem(NO_WAREHOUSE)
            new_price = price if price is not None else product.recommended_price
            new_minimum = minimum if minimum is not None else product.minimum_price
            if new_minimum > new_price:
                raise _row_problem(MINIMUM_ABOVE_PRICE, minimum=new_minimum, price=new_price)
        except ValueError as exc:
            reason = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else str(exc)
            report.problems.append((number, reason))
            continue
        product.recommended_price, product.minimum_price = new_price, new_minimum
        for price_type_id, value in typed.items():
            set_price(s, product.id, price_type_id, value)
        if stock is not None and warehouse is not None:
            set_stock(s, product.id, warehouse, stock)
            report.stock_rows += 1
        touched.add(product.id)
    report.products = len(touched)
    if report.problems and not partial:
        raise ImportRefused(report)
    s.flush()
    return report
