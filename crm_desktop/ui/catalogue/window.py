"""The catalogue window: category tree (drag to reorganize), products, warehouses, import."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import CategoryKind
from crm_desktop.services.core.db import Database
from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.locale.formatting import number
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.table_model import MUTED, Column, RowsModel

from ..desk.day_panel import make_table
from .import_dialog import PriceImportDialog
from .product_dialog import ProductDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class CategoryTree(QTreeWidget):
    """Categories; dropping one onto another moves it there (`moved` tells where)."""

    moved = Signal(object, object, int)  # category id, new parent id or None, position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryTree")
        self.setHeaderLabels([self.tr("Category"), self.tr("Kind")])
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        super().dropEvent(event)
        if item is None or item.data(0, ID_ROLE) is None:
            return
        parent = item.parent()
        position = (parent.indexOfChild(item) if parent else self.indexOfTopLevelItem(item))
        self.moved.emit(item.data(0, ID_ROLE), parent.data(0, ID_ROLE) if parent else None,
                        position)


class WarehousesDialog(QDialog):
    """Warehouses with their main flag and group, edited in a table."""

    def __init__(self, database: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarehousesDialog")
        self.setWindowTitle(self.tr("Warehouses"))
        self.database, self.bus = database, bus
        with database.session() as s:
            self.rows = cat.warehouses(s)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("warehousesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Main"),
                                              self.tr("Group")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for row in self.rows:
            self._append(row)
        add = QPushButton(self.tr("&Add warehouse"), self)
        add.clicked.connect(lambda: self._append(cat.WarehouseRow(None, "", False, "")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(add)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _append(self, row: cat.WarehouseRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        name = QTableWidgetItem(row.name)
        name.setData(ID_ROLE, row.id)
        main = QTableWidgetItem()
        main.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        main.setCheckState(Qt.CheckState.Checked if row.is_main else Qt.CheckState.Unchecked)
        self.table.setItem(index, 0, name)
        self.table.setItem(index, 1, main)
        self.table.setItem(index, 2, QTableWidgetItem(row.group_name))

    def save(self) -> None:
        rows = [cat.WarehouseRow(self.table.item(r, 0).data(ID_ROLE),
                                 self.table.item(r, 0).text(),
                                 self.table.item(r, 1).checkState() == Qt.CheckState.Checked,
                                 self.table.item(r, 2).text())
                for r in range(self.table.rowCount())]
        try:
            with self.database.session() as s:
                cat.save_warehouses(s, rows)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.bus.notify("catalogue", "stock")
        self.accept()


class CatalogueWindow(QMainWindow):
    def __init__(self, database: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueWindow")
        self.setWindowTitle(self.tr("Product catalogue"))
        self.database, self.bus = database, bus
        self.tree = CategoryTree(self)
        self.tree.moved.connect(self.move_category)
        self.tree.currentItemChanged.connect(lambda *_: self.load_products())
        self.search = QLineEdit(self)
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Code or name"))
        self.search.textChanged.connect(lambda _t: self.load_products())
        self.model: RowsModel[cat.ProductRow] = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name,
                   color=lambda r: None if r.active else MUTED),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Recommended price"), lambda r: number(r.recommended_price),
                   align_right=True),
            Column(self.tr("Minimum price"), lambda r: number(r.minimum_price),
                   align_right=True),
            Column(self.tr("VAT %"), lambda r: number(r.vat_rate), align_right=True),
        ], self)
        self.products = make_table("catalogueProductsView", self.model, self, stretch=1)
        self.products.doubleClicked.connect(lambda _i: self.edit_product())
        buttons = QHBoxLayout()
        for name, text, slot in (
                ("newProductButton", self.tr("&New product"), self.new_product),
                ("editProductButton", self.tr("&Edit"), self.edit_product),
                ("newCategoryButton", self.tr("New &category"), self.new_category),
                ("warehousesButton", self.tr("&Warehouses…"), self.edit_warehouses),
                ("importPricesButton", self.tr("&Import prices and stock…"),
                 self.import_prices)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.products)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([320, 880])
        self.setCentralWidget(splitter)
        self.bus.changed.connect(self._on_change)
        self.resize(1200, 720)
        self.load_tree()

    # -- loading -------------------------------------------------------------------------------
    def load_tree(self, select: uuid.UUID | None = None) -> None:
        with self.database.session() as s:
            self.nodes = cat.category_tree(s)
        self.tree.clear()
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        for node in self.nodes:
            item = QTreeWidgetItem([node.name, label(node.kind)])
            item.setData(0, ID_ROLE, node.id)
            parent = items.get(node.parent_id) if node.parent_id else None
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[node.id] = item
        self.tree.expandAll()
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        if select in items:
            self.tree.setCurrentItem(items[select])
        self.load_products()

    def current_category(self) -> uuid.UUID | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def load_products(self) -> None:
        category = self.current_category()
        scope = cat.descendants(self.nodes, category) if category else None
        with self.database.session() as s:
            self.model.set_rows(cat.products_in(s, scope, self.search.text()))
        self.products.resizeColumnsToContents()

    def _on_change(self, kinds: set[str]) -> None:
        if "catalogue" in kinds:
            self.load_products()

    # -- actions -------------------------------------------------------------------------------
    def move_category(self, category_id: uuid.UUID, parent_id: uuid.UUID | None,
                      position: int) -> None:
        try:
            with self.database.session() as s:
                cat.move_category(s, category_id, parent_id, position)
        except CrmError as exc:
            show_error(self, exc)
        self.load_tree(select=category_id)  # show what is stored, also after a refusal

    def new_product(self) -> ProductDialog:
        dialog = ProductDialog(self.database, self.bus, None, self.current_category(), self)
        dialog.open()
        return dialog

    def edit_product(self) -> ProductDialog | None:
        row = self.model.row_at(self.products.currentIndex().row())
        if row is None:
            return None
        dialog = ProductDialog(self.database, self.bus, row.id, None, self)
        dialog.open()
        return dialog

    def new_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name"))
        if not ok:
            return
        parent = self.current_category()
        kind = next((n.kind for n in self.nodes if n.id == parent), CategoryKind.PRODUCT)
        try:
            with self.database.session() as s:
                new = cat.save_category(s, None, name, kind, parent)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.load_tree(select=new)

    def edit_warehouses(self) -> WarehousesDialog:
        dialog = WarehousesDialog(self.database, self.bus, self)
        dialog.open()
        return dialog

    def import_prices(self) -> PriceImportDialog:
        dialog = PriceImportDialog(self.database, self.bus, self)
        dialog.open()
        return dialog

