"""The catalogue window: category tree (drag to reorganize), products, warehouses, import.

Whoever may not edit the catalogue (a salesperson) sees it read-only: products open for a look,
nothing to create, move or import. Every view of it follows the bus (products, prices, stock,
categories), so an edit anywhere shows in every open catalogue window."""

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
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import number
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import fit_columns, remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation
from crm_desktop.ui.kit.table_model import MUTED, Column, RowsModel

from ..desk.day_panel import make_table
from .import_dialog import PriceImportDialog
from .product_dialog import ProductDialog

ID_ROLE = Qt.ItemDataRole.UserRole
PRODUCT_CHANGES = frozenset({Change.PRODUCTS, Change.PRICES, Change.STOCK})


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

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WarehousesDialog")
        self.setWindowTitle(self.tr("Warehouses"))
        self.ctx = ctx
        self.rows = ctx.read(cat.warehouses)
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
        remember_size(self, 520, 360)  # ui/kit/fit: within the screen, as last time

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

    def _row(self, row: int) -> cat.WarehouseRow:
        name, main, group = (self.table.item(row, c) for c in range(3))
        return cat.WarehouseRow(name.data(ID_ROLE) if name else None, name.text() if name else "",
                                main is not None and main.checkState() == Qt.CheckState.Checked,
                                group.text() if group else "")

    def save(self) -> None:
        rows = [self._row(r) for r in range(self.table.rowCount())]
        Operation(self, self.ctx, lambda s: cat.save_warehouses(s, rows)) \
            .success(lambda _: self.accept()).run()


class CatalogueWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CatalogueWindow")
        self.setWindowTitle(self.tr("Product catalogue"))
        self.ctx = ctx
        self.nodes: list[cat.CategoryNode] = []
        self.items: dict[uuid.UUID, QTreeWidgetItem] = {}
        editor = ctx.can(Permission.EDIT_CATALOGUE)
        self.tree = CategoryTree(self)
        if not editor:  # moving a category is an edit
            self.tree.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
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
        for name, text, slot, allowed in (
                ("newProductButton", self.tr("&New product"), self.new_product, editor),
                ("editProductButton", self.tr("&Edit"), self.edit_product, True),
                ("newCategoryButton", self.tr("New &category"), self.new_category, editor),
                ("warehousesButton", self.tr("&Warehouses…"), self.edit_warehouses, editor),
                ("importPricesButton", self.tr("&Import prices and stock…"),
                 self.import_prices, ctx.can(Permission.IMPORT_PRICES))):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            button.setVisible(allowed)  # what the service would refuse is not offered
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
        ctx.bus.subscribe({Change.CATEGORIES}, lambda _: self.load_tree(self.current_category()),
                          owner=self)
        ctx.bus.subscribe(PRODUCT_CHANGES, self._products_changed, owner=self)
        remember_size(self, 1200, 720)  # ui/kit/fit: within the screen, as last time
        self.load_tree()

    # -- loading -------------------------------------------------------------------------------
    def load_tree(self, select: uuid.UUID | None = None) -> None:
        self.nodes = self.ctx.read(cat.category_tree)
        self.tree.blockSignals(True)  # one product load below, not one per cleared item
        self.tree.clear()
        self.tree.blockSignals(False)
        items = self.items = {}
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
        text = self.search.text()
        self.model.set_rows(self.ctx.read(lambda s: cat.products_in(s, scope, text)))
        fit_columns(self.products)

    def _products_changed(self, changed: frozenset[Change]) -> None:
        if Change.CATEGORIES not in changed and Change.ALL not in changed:  # else the tree does
            self.load_products()

    def select_category(self, category_id: uuid.UUID) -> None:
        item = self.items.get(category_id)
        if item is not None:
            self.tree.setCurrentItem(item)

    # -- actions -------------------------------------------------------------------------------
    def move_category(self, category_id: uuid.UUID, parent_id: uuid.UUID | None,
                      position: int) -> None:
        Operation(self, self.ctx, lambda s: cat.move_category(s, category_id, parent_id,
                                                              position)) \
            .success(lambda _: self.select_category(category_id)) \
            .failure(lambda exc: self._move_refused(exc, category_id)).run()

    def _move_refused(self, exc: Exception, category_id: uuid.UUID) -> None:
        show_error(self, exc)
        self.load_tree(select=category_id)  # the drop moved the item: show what is stored

    def new_product(self) -> ProductDialog:
        dialog = ProductDialog(self.ctx, None, self.current_category(), self)
        dialog.open()
        return dialog

    def edit_product(self) -> ProductDialog | None:
        row = self.model.row_at(self.products.currentIndex().row())
        if row is None:
            return None
        dialog = ProductDialog(self.ctx, row.id, None, self)
        dialog.open()
        return dialog

    def new_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name"))
        if not ok:
            return
        parent = self.current_category()
        kind = next((n.kind for n in self.nodes if n.id == parent), CategoryKind.PRODUCT)
        Operation(self, self.ctx, lambda s: cat.save_category(s, None, name, kind, parent)) \
            .success(self.select_category).run()  # the bus reloads the tree first

    def edit_warehouses(self) -> WarehousesDialog:
        dialog = WarehousesDialog(self.ctx, self)
        dialog.open()
        return dialog

    def import_prices(self) -> PriceImportDialog:
        dialog = PriceImportDialog(self.ctx, self)
        dialog.open()
        return dialog

