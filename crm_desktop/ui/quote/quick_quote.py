"""The quick-quote form: products with stock and prices, the quote, the client's past prices,
and one button that makes the numbered invoice or offer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import DocumentKind
from crm_desktop.services.core.attachments import attachment_file
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.errors import ValidationError
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.core.settings import get_setting
from crm_desktop.services.locale.formatting import money, number, short_date
from crm_desktop.services.mail import document_mail
from crm_desktop.services.sales import catalogue as cat
from crm_desktop.services.sales import quotes
from crm_desktop.services.sales.pricing import line_amounts, totals
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import error_text
from crm_desktop.ui.kit.fit import fit_columns, readable_table, remember_size
from crm_desktop.ui.kit.operations import Operation, Query
from crm_desktop.ui.kit.table_model import Column, RowsModel

from ..desk.day_panel import make_table
from ..mail.composer import EmailComposerDialog
from .lines_model import QTY, QuoteLinesModel
from .price_cache import PriceListCache
from .terms_dialog import TermsDialog

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class QuoteStart:
    """What the form opens on: the client's terms, the category tree, the past lines."""

    ctx: quotes.QuoteContext
    categories: list[cat.CategoryNode]
    past: list[quotes.PastLine]


def load_quote_start(s: Session, client_id: uuid.UUID) -> QuoteStart:
    """Raises CrmError when the client cannot be quoted (e.g. no exchange rate)."""
    return QuoteStart(quotes.quote_context(s, client_id), cat.category_tree(s),
                      quotes.past_lines(s, client_id))


def _stock_text(column: int) -> Callable[[cat.PriceListItem], str]:
    return lambda item: number(item.stock[column])


class QuickQuoteDialog(QDialog):
    """`app` is the program's context (database, user, bus); `ctx` the client's quote context
    (terms, currency, rate) as the pricing services name it."""

    def __init__(self, app: AppContext, client_id: uuid.UUID, parent: QWidget | None = None,
                 prices: PriceListCache | None = None, start: QuoteStart | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickQuoteDialog")
        self.app, self.user = app, app.user
        self.created: quotes.CreatedDocument | None = None
        self.composer: EmailComposerDialog | None = None
        self._auto_selecting = False
        self.prices = prices or PriceListCache(app, self)
        # without `start`, a CrmError (e.g. no exchange rate) goes to the caller
        start = start or app.read(lambda s: load_quote_start(s, client_id))
        self.ctx, self.categories, self.past = start.ctx, start.categories, start.past
        cached = self.prices.get(self.ctx.price_type_id)
        self.price_list = cached or self.prices.load_now(self.ctx.price_type_id)
        if cached is not None:  # show it now, and fresh stock and prices a moment later
            self.prices.refreshed.connect(self._prices_refreshed)
            self.prices.refresh(self.ctx.price_type_id)
        self.setWindowTitle(self.tr("Quick quote — {0}").format(self.ctx.client_name))
        self._build()
        app.bus.subscribe({Change.TERMS}, lambda _kinds: self._terms_changed(), owner=self)
        self.filter_products()
        fit_columns(self.products_view)  # once: the name column takes the rest
        remember_size(self, 1300, 860)  # ui/kit/fit: within the screen, as last time
        self.search.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        header_row = self._build_header()
        self._build_search()
        self._build_category_tree()
        self._build_product_list()
        self._build_image()
        self._build_selected_items()
        self._build_past_deals()
        totals_row = self._build_totals()
        buttons = self._build_buttons()

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.tree)
        top.addWidget(self.products_view)
        top.setSizes([260, 1040])
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.image)
        bottom.addWidget(self._boxed(QLabel(self.tr("Quote"), self), self.lines_view))
        bottom.addWidget(self._boxed(self.past_label, self.past_view))
        bottom.setSizes([180, 600, 540])  # the past deals show their products
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(top)
        middle.addWidget(bottom)
        middle.setSizes([480, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(header_row)
        layout.addWidget(self.search)
        layout.addWidget(middle, 1)
        layout.addLayout(totals_row)
        layout.addLayout(buttons)
        self._build_keyboard()
        self.update_totals()

    def _boxed(self, title: QLabel, view: QWidget) -> QWidget:
        """A title above a view, without margins (a pane of a splitter)."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(view)
        return box

    def _build_header(self) -> QHBoxLayout:
        """The client's terms, and the button that changes them."""
        self.header = QLabel(self._terms_text())
        self.header.setObjectName("quoteTermsLabel")
        terms_button = QPushButton(self.tr("&Terms…"), self)
        terms_button.setObjectName("termsButton")
        terms_button.setAutoDefault(False)
        terms_button.clicked.connect(self.edit_terms)
        row = QHBoxLayout()
        row.addWidget(self.header, 1)
        row.addWidget(terms_button)
        return row

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Code or name; Enter adds, ↓ goes to the list"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_products)

    def _build_category_tree(self) -> None:
        """The left tree: all products, then the categories nested as in the catalogue."""
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("productTree")
        self.tree.setHeaderHidden(True)
        everything = QTreeWidgetItem([self.tr("All products")])
        self.tree.addTopLevelItem(everything)
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        for node in self.categories:
            item = QTreeWidgetItem([node.name])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            item.setToolTip(0, node.kind.value)
            parent = items.get(node.parent_id) if node.parent_id else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[node.id] = item
        self.tree.expandAll()
        self.tree.setCurrentItem(everything)
        self.tree.currentItemChanged.connect(lambda *_: self.filter_products())

    def _build_product_list(self) -> None:
        """Products with stock per warehouse column, price and minimum in the client's
        currency."""
        columns: list[Column[cat.PriceListItem]] = [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Unit"), lambda r: r.unit)]
        for index, stock_column in enumerate(self.price_list.columns):
            columns.append(Column(stock_column.label, _stock_text(index), align_right=True))
        if self.price_list.others:  # the total is the sum of what the row shows: name the rest
            columns.append(Column(", ".join(self.price_list.others),
                                  lambda r: number(r.other_stock), align_right=True))
        columns += [
            Column(self.tr("Total stock"), lambda r: number(r.total_stock), align_right=True),
            Column(self.tr("Price"), lambda r: money(self.ctx.to_client_currency(r.price),
                                                     self.ctx.currency), align_right=True),
            Column(self.tr("Minimum"), lambda r: money(
                self.ctx.to_client_currency(r.minimum_price), self.ctx.currency),
                align_right=True)]
        self.products_model: RowsModel[cat.PriceListItem] = RowsModel(columns, self)
        self.products_view = make_table("productsView", self.products_model, self, stretch=1)
        self.products_view.setTabKeyNavigation(False)
        self.products_view.selectionModel().currentRowChanged.connect(self.product_chosen)
        self.products_view.doubleClicked.connect(lambda _i: self.add_current_product())

    def _build_image(self) -> None:
        self.image = QLabel(self.tr("No photo"), self)
        self.image.setObjectName("productImage")
        self.image.setFixedSize(180, 180)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setWordWrap(True)
        self.image.setStyleSheet("border: 1px solid #ccc; color: #888; background: #fafafa;")

    def _build_selected_items(self) -> None:
        """The quote's lines, edited in place (quantity, price, discount)."""
        self.lines = QuoteLinesModel(self.ctx, self.user.role, self)
        self.lines.changed.connect(self.update_totals)
        self.lines.refused.connect(self.refuse)
        self.lines.warned.connect(self.warn)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("selectedItemsView")
        self.lines_view.setModel(self.lines)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                        | QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.lines_view.verticalHeader().hide()
        readable_table(self.lines_view, stretch=0)  # the product's name takes the room

    def _build_past_deals(self) -> None:
        """What the client bought before and at what price; a double click adds the line."""
        self.past_model: RowsModel[quotes.PastLine] = RowsModel([
            Column(self.tr("Date"), lambda r: short_date(r.day)),
            Column(self.tr("Document"), lambda r: r.document),
            Column(self.tr("Product"), lambda r: r.description),
            Column(self.tr("Qty"), lambda r: number(r.quantity), align_right=True),
            Column(self.tr("Price paid"), lambda r: money(r.price, r.currency),
                   align_right=True)], self)
        self.past_view = make_table("pastDealsView", self.past_model, self, stretch=2)
        self.past_view.setTabKeyNavigation(False)
        self.past_view.doubleClicked.connect(
            lambda index: self.add_past_line(self.past_model.row_at(index.row())))
        self.past_label = QLabel(self)

    def _build_totals(self) -> QHBoxLayout:
        """The message line (refusals, warnings) and net, VAT and total."""
        self.net_label = QLabel(self)
        self.net_label.setObjectName("quoteNetLabel")
        self.vat_label = QLabel(self)
        self.vat_label.setObjectName("quoteVatLabel")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("quoteTotalLabel")
        self.total_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.message = QLabel(self)
        self.message.setObjectName("quoteMessageLabel")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        for widget in (self.net_label, self.vat_label, self.total_label):
            row.addWidget(widget)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        """Draft, quote, invoice: none is the default, Enter belongs to the search."""
        self.draft_button = QPushButton(self.tr("Save &draft"), self)
        self.draft_button.setObjectName("saveDraftButton")
        self.quote_button = QPushButton(self.tr("Send &quote"), self)
        self.quote_button.setObjectName("sendQuoteButton")
        self.invoice_button = QPushButton(self.tr("&Sell: send invoice"), self)
        self.invoice_button.setObjectName("sendInvoiceButton")
        self.invoice_button.setDefault(False)
        for button in (self.draft_button, self.quote_button, self.invoice_button):
            button.setAutoDefault(False)
        self.draft_button.clicked.connect(
            lambda: self.create_document(DocumentKind.INVOICE, draft=True))
        self.quote_button.clicked.connect(lambda: self.create_document(DocumentKind.QUOTE))
        self.invoice_button.clicked.connect(lambda: self.create_document(DocumentKind.INVOICE))
        row = QHBoxLayout()
        row.addStretch()
        for button in (self.draft_button, self.quote_button, self.invoice_button):
            row.addWidget(button)
        return row

    def _build_keyboard(self) -> None:
        for widget in (self.search, self.products_view, self.lines_view):
            widget.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+Return"), self,
                  lambda: self.create_document(DocumentKind.INVOICE))
        QShortcut(QKeySequence("Ctrl+Shift+Return"), self,
                  lambda: self.create_document(DocumentKind.QUOTE))
        QShortcut(QKeySequence("Ctrl+S"), self,
                  lambda: self.create_document(DocumentKind.INVOICE, draft=True))

    # -- terms ---------------------------------------------------------------------------------
    def edit_terms(self) -> TermsDialog:
        dialog = TermsDialog(self.app, self.ctx, self)
        dialog.open()
        return dialog

    def _terms_changed(self) -> None:
        """Terms were saved (here or elsewhere): this client's new ones apply to an empty
        quote; lines already priced keep their prices."""
        Query(self, self.app, lambda s: quotes.quote_context(s, self.ctx.client_id)) \
            .success(self._new_terms).run()

    def _new_terms(self, fresh: quotes.QuoteContext) -> None:
        if fresh == self.ctx:
            return  # another client's terms
        if self.lines.lines:
            self.warn(self.tr("The new terms apply from the next quote; this one keeps its "
                              "prices."))
            return
        self.ctx = fresh
        self.price_list = self.prices.get(self.ctx.price_type_id) or \
            self.prices.load_now(self.ctx.price_type_id)
        self.lines.ctx = self.ctx
        self.header.setText(self._terms_text())
        self.filter_products()

    def _terms_text(self) -> str:
        ctx = self.ctx
        return f"<b>{ctx.client_name}</b> — " + self.tr(
            "Price type: {0} · discount {1} % · {2} · payment in {3} days").format(
            ctx.price_type_name or "—", number(ctx.discount_pct), ctx.currency,
            ctx.payment_days)

    # -- keyboard ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down:
            self.products_view.setFocus()
            if not self.products_view.currentIndex().isValid():
                self.products_view.selectRow(0)
            return True
        if watched in (self.search, self.products_view) and key in ENTER_KEYS \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.add_current_product()
            return True
        if watched is self.lines_view and self.lines_view.state() != \
                QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Delete:
                self.lines.remove(self.lines_view.currentIndex().row())
                return True
            if key in ENTER_KEYS and not event.modifiers():
                self.focus_search()
                return True
        return False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- products ------------------------------------------------------------------------------
    def filter_products(self) -> None:
        item = self.tree.currentItem()
        category = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        categories = cat.descendants(self.categories, category) if category else None
        found = cat.filter_products(self.price_list.items, self.search.text(), categories)
        self.products_model.set_rows(found)
        self._show_past(None)
        if found:  # highlighted for Enter, not "chosen": the past deals stay unfiltered
            self._auto_selecting = True
            self.products_view.selectRow(0)
            self._auto_selecting = False

    def _prices_refreshed(self, price_type_id: uuid.UUID | None) -> None:
        fresh = self.prices.get(price_type_id)
        if price_type_id != self.ctx.price_type_id or fresh is None or fresh is self.price_list:
            return
        if ([c.label for c in fresh.columns] != [c.label for c in self.price_list.columns]
                or fresh.others != self.price_list.others):
            return  # warehouses changed: the next opening shows the new columns
        chosen = self.current_product()
        self.price_list = fresh
        self.filter_products()
        if chosen is not None:
            for row, item in enumerate(self.products_model.rows):
                if item.id == chosen.id:
                    self._auto_selecting = True
                    self.products_view.selectRow(row)
                    self._auto_selecting = False
                    break

    def current_product(self) -> cat.PriceListItem | None:
        index = self.products_view.currentIndex()
        return self.products_model.row_at(index.row() if index.isValid() else 0)

    def product_chosen(self) -> None:
        product = self.current_product()
        if product is None:
            return
        self.show_image(product)
        if not self._auto_selecting:
            self._show_past(product)

    def show_image(self, product: cat.PriceListItem) -> None:
        """The product's photo, or its name where it has none."""
        path = None
        image_id = product.image_id
        if image_id is not None:
            path = self.app.read(lambda s: attachment_file(s, image_id))
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("No photo") + f"\n\n{product.name}")
            return
        self.image.setPixmap(pixmap.scaled(self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
        self.image.setToolTip(product.name)

    def _show_past(self, product: cat.PriceListItem | None) -> None:
        """All the client's past lines, or those of the chosen product."""
        if product is None:
            self.past_model.set_rows(self.past)
            fit_columns(self.past_view)
            self.past_label.setText(self.tr("Past deals of the client ({0})").format(
                len(self.past)))
            return
        mine = [p for p in self.past if p.product_id == product.id]
        self.past_model.set_rows(mine)
        fit_columns(self.past_view)
        self.past_label.setText(self.tr("Past deals of the client: {0} ({1})").format(
            product.name, len(mine)) if mine else self.tr("No past deals for {0}").format(
            product.name))

    def add_current_product(self) -> None:
        product = self.current_product()
        if product is None:
            return
        line = quotes.quote_line_for(self.ctx, product.id, product.code, product.name,
                                     product.unit, product.price, product.minimum_price,
                                     product.vat_rate, product.total_stock)
        self._added(self.lines.add(line))

    def add_past_line(self, past: quotes.PastLine | None) -> None:
        if past is None:
            return
        if past.currency != self.ctx.currency:
            self.refuse(self.tr("That deal was in {0}; this quote is in {1}.").format(
                past.currency, self.ctx.currency))
            return
        product = next((p for p in self.price_list.items if p.id == past.product_id), None)
        if product is None:
            self.refuse(self.tr("{0} is no longer in the catalogue.").format(past.description))
            return
        line = quotes.quote_line_for(self.ctx, product.id, product.code, product.name,
                                     product.unit, product.price, product.minimum_price,
                                     product.vat_rate, product.total_stock, price=past.price)
        try:  # the live price check, as when a price is typed into a line
            quotes.check_price(self.user.role, line, self.ctx.currency)
        except ValidationError as exc:
            self.refuse(error_text(exc))
            return
        self._added(self.lines.add(line))

    def _added(self, row: int) -> None:
        self.lines_view.setFocus()
        self.lines_view.setCurrentIndex(self.lines.index(row, QTY))
        if self.lines.lines[row].above_stock:
            line = self.lines.lines[row]
            self.warn(self.tr("{0}: only {1} in stock.").format(line.description,
                                                                number(line.stock)))

    # -- totals and messages -------------------------------------------------------------------
    def update_totals(self) -> None:
        ctx = self.ctx
        sums = totals((line_amounts(ln.quantity, ln.price, ln.discount_pct, ln.vat_rate,
                                    ctx.vat_included, ctx.currency), ln.vat_rate)
                      for ln in self.lines.lines)
        self.net_label.setText(self.tr("Net: {0}").format(money(sums.net, ctx.currency)))
        rates = ", ".join(f"{number(rate)} %: {money(vat, ctx.currency)}"
                          for rate, vat in sorted(sums.vat_by_rate.items()))
        self.vat_label.setText(self.tr("VAT: {0}").format(money(sums.vat, ctx.currency))
                               + (f" ({rates})" if len(sums.vat_by_rate) > 1 else ""))
        self.total_label.setText(self.tr("Total: {0}").format(money(sums.gross, ctx.currency)))
        fit_columns(self.lines_view)

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("Quick quote"), text)

    def warn(self, text: str) -> None:
        self.message.setText(text)

    # -- the one button ------------------------------------------------------------------------
    def ask_approval_reason(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Price below the minimum"),
            self.tr("Some prices are below the minimum. Your reason for approving them:"))
        return text if ok and text.strip() else None

    def create_document(self, kind: DocumentKind,
                        draft: bool = False) -> quotes.CreatedDocument | None:
        """The numbered invoice or offer (or a draft invoice), then the e-mail for it."""
        lines = list(self.lines.lines)
        reason = ""
        if any(line.below_minimum for line in lines) and \
                self.app.can(Permission.SELL_BELOW_MINIMUM):
            answer = self.ask_approval_reason()
            if answer is None:
                return None
            reason = answer
        self.created = None
        Operation(self, self.app, lambda s: quotes.create_document(
            s, self.user, self.ctx, kind, lines, draft=draft, approval_reason=reason)) \
            .success(lambda created: self._created(created, draft)).run()
        return self.created

    def _created(self, created: quotes.CreatedDocument, draft: bool) -> None:
        self.created = created
        self.accept()
        if not draft:
            self.open_composer(created.id)

    def open_composer(self, document_id: uuid.UUID) -> None:
        """The one click goes on: the PDF (rendered off the GUI thread) and the e-mail,
        pre-filled, for a last look; `composer` is set when it opens."""
        def prepare(s: Session) -> tuple[document_mail.Draft, bool]:
            draft = document_mail.prepare(s, document_id)
            return draft, bool(get_setting(s, "send_without_review", False)) and bool(draft.to)

        Query(self.parentWidget(), self.app, prepare).success(self._compose).run_in_background()

    def _compose(self, prepared: tuple[document_mail.Draft, bool]) -> None:
        draft, straight = prepared
        self.composer = EmailComposerDialog(self.app, draft, self.parentWidget())
        if straight:  # the company chose no last look: straight to the outbox
            self.composer.send()
        else:
            self.composer.open()
