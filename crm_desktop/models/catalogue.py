"""Product catalogue: category tree, products, price types, warehouses and stock."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Entity, Quantity, Rate
from .enums import CategoryKind


class ProductCategory(Entity):
    __tablename__ = "product_categories"

    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("product_categories.id"), index=True
    )
    name: Mapped[str]
    kind: Mapped[CategoryKind] = mapped_column(default=CategoryKind.PRODUCT)
    sort_order: Mapped[int] = mapped_column(default=0)


class Product(Entity):
    __tablename__ = "products"

    category_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("product_categories.id"), index=True
    )
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    unit: Mapped[str] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)
    image_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("attachments.id"))
    recommended_price: Mapped[Decimal]
    minimum_price: Mapped[Decimal]
    vat_rate: Mapped[Decimal] = mapped_column(Rate)
    active: Mapped[bool] = mapped_column(default=True)

    category: Mapped[ProductCategory | None] = relationship()


class PriceType(Entity):
    __tablename__ = "price_types"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_default: Mapped[bool] = mapped_column(default=False)


class ProductPrice(Entity):
    __tablename__ = "product_prices"
    __table_args__ = (UniqueConstraint("product_id", "price_type_id"),)

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    price_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("price_types.id"), index=True)
    price: Mapped[Decimal]


class Warehouse(Entity):
    __tablename__ = "warehouses"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    is_main: Mapped[bool] = mapped_column(default=False)
    group_name: Mapped[str | None] = mapped_column(String(100))


class StockLevel(Entity):
    __tablename__ = "stock_levels"
    __table_args__ = (UniqueConstraint("product_id", "warehouse_id"),)

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    warehouse_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("warehouses.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
