"""Product editor: code, name, unit, description, photo, prices, VAT, stock per warehouse."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from crm_desktop.services.core.attachments import attachment_file, store_file
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError, ValidationError
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.errors import show_error


class ProductDialog(QDialog):
    def __init__(self, database: Database, bus: DataBus, product_id: uuid.UUID | None,
                 category_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductDialog")
        self.database, self.bus, self.product_id = database, bus, product_id
        with database.session() as s:
            self.data = cat.product_input(s, product_id) if product_id else cat.ProductInput(
                "", "", "шт", Decimal(0), Decimal(0), Decimal(16), category_id)
            self.categories = cat.category_tree(s)
            self.types = cat.price_types(s)
            self.stores = cat.warehouses(s)
            photo = attachment_file(s, self.data.image_id)
        self.setWindowTitle(self.tr("Product") if product_id else self.tr("New product"))
        d = self.data
        self.code = QLineEdit(d.code, self)
        self.code.setObjectName("productCodeEdit")
        self.name = QLineEdit(d.name, self)
        self.name.setObjectName("productNameEdit")
        self.unit = QLineEdit(d.unit, self)
        self.category = QComboBox(self)
        for node in self.categories:
            self.category.addItem(node.name, node.id)
        select_data(self.category, d.category_id)
        self.description = QPlainTextEdit(d.description, self)
        self.description.setMaximumHeight(70)
        self.price = QLineEdit(str(d.recommended_price), self)
        self.price.setObjectName("productPriceEdit")
        self.minimum = QLineEdit(str(d.minimum_price), self)
        self.minimum.setObjectName("productMinimumEdit")
        self.vat = QLineEdit(str(d.vat_rate), self)
        self.active = QCheckBox(self.tr("Active (offered in quotes)"), self)
        self.active.setChecked(d.active)
        self.prices = QTableWidget(len(self.types), 2, self)
        self.prices.setObjectName("productPricesTable")
        self.prices.setHorizontalHeaderLabels([self.tr("Price type"), self.tr("Price")])
        for row, (type_id, type_name, _default) in enumerate(self.types):
            name_item = QTableWidgetItem(type_name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.prices.setItem(row, 0, name_item)
            value = d.prices.get(type_id)
            self.prices.setItem(row, 1, QTableWidgetItem("" if value is None else str(value)))
        self.stock = QTableWidget(len(self.stores), 2, self)
        self.stock.setObjectName("productStockTable")
        self.stock.setHorizontalHeaderLabels([self.tr("Warehouse"), self.tr("Stock")])
        for row, store in enumerate(self.stores):
            name_item = QTableWidgetItem(store.name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.stock.setItem(row, 0, name_item)
            quantity = d.stock.get(store.id, Decimal(0))
            self.stock.setItem(row, 1, QTableWidgetItem(format(quantity.normalize(), "f")))
        for table in (self.prices, self.stock):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
            table.resizeColumnToContents(0)
        self.photo = QLabel(self.tr("No photo"), self)
        self.photo.setObjectName("productPhoto")
        self.photo.setFixedSize(140, 140)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #ccc;")
        if photo:
            self._show_photo(photo)
        self.photo_path: Path | None = None
        choose = QPushButton(self.tr("Choose photo…"), self)
        choose.clicked.connect(self.choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addWidget(choose)
        photo_row.addStretch()

        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Recommended price"), self.price)
        form.addRow(self.tr("Minimum price"), self.minimum)
        form.addRow(self.tr("VAT %"), self.vat)
        form.addRow("", self.active)
        form.addRow(self.tr("Prices by type"), self.prices)
        form.addRow(self.tr("Stock"), self.stock)
        form.addRow(self.tr("Photo"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 760)

    def _show_photo(self, path: Path) -> None:
        pixmap = QPixmap(str(path))
        if not pixmap.isNull():
            self.photo.setPixmap(pixmap.scaled(self.photo.size(),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp)"))
        if name:
            self.photo_path = Path(name)
            self._show_photo(self.photo_path)

    def _decimal(self, text: str, what: str) -> Decimal:
        try:
            return parse_decimal(text)
        except ValidationError as exc:
            raise ValidationError(f"{what}: {exc}") from exc

    def collect(self) -> cat.ProductInput:
        prices = {}
        for row, (type_id, type_name, _d) in enumerate(self.types):
            text = self.prices.item(row, 1).text().strip()
            if text:
                prices[type_id] = self._decimal(text, type_name)
        stock = {store.id: self._decimal(self.stock.item(row, 1).text() or "0", store.name)
                 for row, store in enumerate(self.stores) if store.id is not None}
        return cat.ProductInput(
            self.code.text(), self.name.text(), self.unit.text(),
            self._decimal(self.price.text(), self.tr("Recommended price")),
            self._decimal(self.minimum.text(), self.tr("Minimum price")),
            self._decimal(self.vat.text(), self.tr("VAT %")), self.category.currentData(),
            self.description.toPlainText(), self.active.isChecked(), self.data.image_id,
            prices, stock)

    def save(self) -> bool:
        try:
            data = self.collect()
            with self.database.session() as s:
                if self.photo_path is not None:
                    data.image_id = store_file(s, self.photo_path).id
                self.product_id = cat.save_product(s, self.product_id, data)
        except CrmError as exc:
            show_error(self, exc)
            return False
        self.bus.notify("catalogue", "stock")
        self.accept()
        return True
