"""Product editor: code, name, unit, description, photo, prices, VAT, stock per warehouse.

Read-only for whoever may not edit the catalogue (a salesperson sees it, the service would
refuse the save); the minimum price only for whoever may set minimum prices."""

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
from sqlalchemy.orm import Session

from crm_desktop.services.core.attachments import attachment_file, store_file
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import editable_amount
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.services.sales.pricing import parse_decimal
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.forms import give_buddies
from crm_desktop.ui.kit.operations import Operation

ERROR_STYLE = "border: 1px solid #b3261e;"


class NotANumber(ValidationError):
    """A number field that does not parse: the parse error, with the widget to mark."""

    def __init__(self, widget: QWidget, caption: str, error: ValidationError) -> None:
        super().__init__(error.error, field=caption, **error.params)
        self.widget, self.caption = widget, caption


class ProductDialog(QDialog):
    def __init__(self, ctx: AppContext, product_id: uuid.UUID | None,
                 category_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductDialog")
        self.ctx, self.product_id = ctx, product_id

        def read(s: Session) -> tuple[cat.ProductInput, list[cat.CategoryNode],
                                      list[tuple[uuid.UUID, str, bool]], list[cat.WarehouseRow],
                                      Path | None]:
            data = cat.product_input(s, product_id) if product_id else cat.ProductInput(
                "", "", "шт", Decimal(0), Decimal(0), Decimal(16), category_id)
            return (data, cat.category_tree(s), cat.price_types(s), cat.warehouses(s),
                    attachment_file(s, data.image_id))

        self.data, self.categories, self.types, self.stores, photo = ctx.read(read)
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
        # amounts to edit in the interface language's decimals ("5000,00" in Russian)
        self.price = QLineEdit(editable_amount(d.recommended_price), self)
        self.price.setObjectName("productPriceEdit")
        self.minimum = QLineEdit(editable_amount(d.minimum_price), self)
        self.minimum.setObjectName("productMinimumEdit")
        self.vat = QLineEdit(editable_amount(d.vat_rate), self)
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
            quantity = d.stock.get(store.id, Decimal(0)) if store.id else Decimal(0)
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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveProductButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.choose_photo_button = choose
        self._allow_editing(ctx.can(Permission.EDIT_CATALOGUE),
                            ctx.can(Permission.EDIT_MINIMUM_PRICES))
        give_buddies(self)  # a label beside a row layout gets its first field
        remember_size(self, 560, 760)  # ui/kit/fit: within the screen, as last time

    def _allow_editing(self, catalogue: bool, minimum: bool) -> None:
        """Offer only what the service would accept: nothing but a look without catalogue
        rights, the minimum price only with the right to set it."""
        for edit in (self.code, self.name, self.unit, self.price, self.vat):
            edit.setReadOnly(not catalogue)
        self.minimum.setReadOnly(not (catalogue and minimum))
        self.description.setReadOnly(not catalogue)
        for widget in (self.category, self.active, self.choose_photo_button):
            widget.setEnabled(catalogue)
        for table in (self.prices, self.stock):
            if not catalogue:
                table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_button.setVisible(catalogue)

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

    @staticmethod
    def _decimal(text: str, what: str, widget: QWidget) -> Decimal:
        try:
            return parse_decimal(text)
        except ValidationError as exc:
            raise NotANumber(widget, what, exc) from exc

    def _cell(self, table: QTableWidget, row: int) -> str:
        item = table.item(row, 1)
        return item.text().strip() if item else ""

    def collect(self) -> cat.ProductInput:
        prices = {}
        for row, (type_id, type_name, _d) in enumerate(self.types):
            text = self._cell(self.prices, row)
            if text:
                prices[type_id] = self._decimal(text, type_name, self.prices)
        stock = {store.id: self._decimal(self._cell(self.stock, row) or "0", store.name,
                                         self.stock)
                 for row, store in enumerate(self.stores) if store.id is not None}
        return cat.ProductInput(
            self.code.text(), self.name.text(), self.unit.text(),
            self._decimal(self.price.text(), self.tr("Recommended price"), self.price),
            self._decimal(self.minimum.text(), self.tr("Minimum price"), self.minimum),
            self._decimal(self.vat.text(), self.tr("VAT %"), self.vat),
            self.category.currentData(), self.description.toPlainText(),
            self.active.isChecked(), self.data.image_id, prices, stock)

    def _write(self, s: Session) -> uuid.UUID:
        data = self.collect()  # on the GUI thread: `save` runs the operation there
        if self.photo_path is not None:
            data.image_id = store_file(s, self.photo_path).id
        return cat.save_product(s, self.product_id, data)

    def save(self) -> bool:
        for widget in (self.price, self.minimum, self.vat, self.prices, self.stock):
            widget.setStyleSheet("")
        return Operation(self, self.ctx, self._write).success(self._saved) \
            .failure(self._refused).run()

    def _saved(self, product_id: uuid.UUID) -> None:
        self.product_id = product_id
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, NotANumber):  # mark the field, say what is wrong with it
            exc.widget.setStyleSheet(ERROR_STYLE)
            show_error(self, exc, title=exc.caption)
        else:
            show_error(self, exc)
