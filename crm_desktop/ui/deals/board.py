"""The kanban board (`dealsBoard`): one column per stage with its count and sum in the company
currency, the cards of each column fetched a page at a time as the column scrolls (a QListView
per column over a small model paints only the visible cards).

A card moves by drag and drop, by keyboard (Ctrl+Right / Ctrl+Left: next / previous stage;
Enter: the deal card; the context-menu key: every move) and from the context menu; each card
has an accessible text for screen readers. A lost stage asks for the reason first. A move the
pipeline refuses, or a manual pipeline's warning, shows in the message line above the columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import DealStatus, utcnow
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import money, number
from crm_desktop.services.sales.deals import board as boards
from crm_desktop.services.sales.deals import moves, pipelines, reasons
from crm_desktop.services.sales.deals.board import Card, DealFilter, Heat
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation, Query

from .lost_dialog import LostReasonDialog
from .texts import error_message, rule_text

MIME = "application/x-crm-deal"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_HEIGHT = 98
COLUMN_WIDTH = 210  # the least; columns share the rest of the width
Index = QModelIndex | QPersistentModelIndex


def _amount(value: Decimal, currency: str) -> str:
    return money(value, currency)


class ColumnModel(QAbstractListModel):
    """The cards of one stage: the first page (`boards.FIRST_PAGE`) comes with the board, the
    next ones (`boards.PAGE`) off the GUI thread when the view scrolls to the end
    (`fetchMore`). The column's count comes after its first page (None until then)."""

    def __init__(self, board: DealsBoard, stage: pipelines.StageInfo) -> None:
        super().__init__(board)
        self.board, self.stage = board, stage
        self.cards: list[Card] = []
        self.count: int | None = 0  # None: not counted yet (the counts come after the cards)
        self.complete = True  # every card of the column is read
        self.fetching = False
        self.generation = 0  # a reset makes a next page still on its way stale

    def reset(self, cards: list[Card], count: int | None, complete: bool) -> None:
        self.beginResetModel()
        self.cards, self.count, self.complete = list(cards), count, complete
        self.generation += 1
        self.fetching = False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def canFetchMore(self, parent: Index) -> bool:
        counted = self.count is None or len(self.cards) < self.count
        return not parent.isValid() and not self.fetching and not self.complete and counted

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or not self.cards:
            return
        last = self.cards[-1]
        # the filter the shown cards were read with (its client text already looked up), not
        # the text being typed, whose reload may still be on its way
        where = self.board.loaded_filter or self.board.current_filter()
        generation, now = self.generation, self.board.now
        self.fetching = True
        Query(self, self.board.ctx, lambda s: boards.column_page(
            s, where, self.stage.id, after=(last.stage_entered_at, last.id), now=now)) \
            .success(lambda more: self._append(generation, more)) \
            .finally_(lambda: self._fetched(generation)).run_in_background()

    def _fetched(self, generation: int) -> None:
        if generation == self.generation:
            self.fetching = False

    def _append(self, generation: int, more: list[Card]) -> None:
        if generation != self.generation:
            return  # the board reloaded meanwhile
        if more:
            self.beginInsertRows(QModelIndex(), len(self.cards), len(self.cards) + len(more) - 1)
            self.cards.extend(more)
            self.endInsertRows()
        if len(more) < boards.PAGE:
            self.complete = True

    def card(self, row: int) -> Card | None:
        return self.cards[row] if 0 <= row < len(self.cards) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.board.card_text(card, self.stage)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        cards = [self.card(i.row()) for i in indexes]
        data.setData(MIME, QByteArray(",".join(c.id.hex for c in cards if c).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not data.hasFormat(MIME):
            return False
        for text in bytes(data.data(MIME).data()).decode().split(","):
            if text:
                self.board.request_move(uuid.UUID(hex=text), self.stage.id)
        return False  # the board reloads; the source column keeps its rows until then


class CardDelegate(QStyledItemDelegate):
    """Paints a card: client in bold, title, amount, responsible and days in stage, the next
    planned event; a red edge when the deal is overdue."""

    def __init__(self, board: DealsBoard) -> None:
        super().__init__(board)
        self.board = board

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(COLUMN_WIDTH - 30, CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if selected
                            else QColor("#c9ccd1"), 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        if card.overdue:
            painter.fillRect(QRect(rect.left(), rect.top() + 3, 4, rect.height() - 6),
                             QColor("#c62828"))
        text = rect.adjusted(10, 4, -6, -4)
        line = painter.fontMetrics().height()
        bold = QFont(painter.font())
        bold.setBold(True)
        now = self.board.now
        rows: list[tuple[str, QFont | None, QColor | None]] = [
            (card.client_name, bold, None),
            (card.title, None, None),
            (f"{_amount(card.amount, card.currency)} · {card.probability} %", bold, None),
            (card.responsible or "—", None, QColor("#5f6368")),
            (QCoreApplication.translate("DealsBoard", "{0} d in stage").format(
                card.days_in_stage(now)), None, QColor("#5f6368")),
        ]
        if card.next_event_at is not None:
            late = card.next_event_at < now
            rows[-1] = (rows[-1][0] + " · " + QCoreApplication.translate(
                "DealsBoard", "next: {0}").format(
                card.next_event_at.astimezone().strftime("%d.%m")),
                None, QColor("#c62828") if late else QColor("#5f6368"))
        elif card.overdue:
            rows[-1] = (rows[-1][0] + " · " + QCoreApplication.translate(
                "DealsBoard", "close date passed"), None, QColor("#c62828"))
        y = text.top()
        for value, font, color in rows:
            painter.setFont(font or option.font)
            painter.setPen(color or palette.color(QPalette.ColorRole.Text))
            elided = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight,
                                                      text.width())
            painter.drawText(QRect(text.left(), y, text.width(), line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             elided)
            y += line + 1
        painter.restore()


class ColumnView(QListView):
    def __init__(self, board: DealsBoard, model: ColumnModel) -> None:
        super().__init__(board)
        self.board, self.column_model = board, model
        self.setModel(model)
        self.setObjectName(f"boardColumn_{model.stage.position}")
        self.setAccessibleName(model.stage.name)
        self.setItemDelegate(board.delegate)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.setSpacing(1)
        self.doubleClicked.connect(lambda index: board.open_card(self.current_card()))

    def current_card(self) -> Card | None:
        index = self.currentIndex()
        return self.column_model.card(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card = self.current_card()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if card is not None and ctrl and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.board.move_by(card, 1 if event.key() == Qt.Key.Key_Right else -1)
            return
        if card is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board.open_card(card)
            return
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left) and not ctrl:
            self.board.focus_neighbour(self, 1 if event.key() == Qt.Key.Key_Right else -1)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        card = self.current_card()
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
            card = self.column_model.card(index.row())
        if card is not None:
            self.board.card_menu(card).exec(event.globalPos())


@dataclass
class _Loaded:
    pages: boards.FirstPages  # each column's first page, not yet counted
    generation: int
    where: DealFilter  # with its client text looked up (the counts and next pages use it)
    now: datetime


class DealsBoard(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsBoard")
        self.setWindowTitle(self.tr("Deals"))
        self.ctx = ctx
        self.now = utcnow()
        self.info: pipelines.PipelineInfo | None = None
        self.models: dict[uuid.UUID, ColumnModel] = {}
        self.views: list[ColumnView] = []
        self.headers: dict[uuid.UUID, QLabel] = {}
        self.generation = 0
        self.loaded_generation = -1  # the generation whose cards are shown
        self.loaded_filter: DealFilter | None = None
        self.started_generation = -1
        self.loading = False
        self.counted_generation = -1  # the generation whose counts and sums are shown
        self.counting: _Loaded | None = None  # the cards whose counts are being read
        self.to_count: _Loaded | None = None  # the latest cards waiting for their counts
        self.delegate = CardDelegate(self)
        self.lost_dialog: LostReasonDialog | None = None
        self.open_cards: list[QWidget] = []
        self._make_filters()
        self.message = QLabel(self)
        self.message.setObjectName("boardMessageLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        self.columns_host = QWidget(self)
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(4, 4, 4, 4)
        self.columns_layout.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.columns_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(150)
        self.typing.timeout.connect(self.reload)
        ctx.bus.subscribe({Change.DEALS, Change.PIPELINES, Change.EVENTS}, self._changed,
                          owner=self)
        self._load_choices()

    # -- filters ------------------------------------------------------------------------------
    def _make_filters(self) -> None:
        bar = self.filter_bar = QHBoxLayout()
        self.pipeline_combo = QComboBox(self)
        self.pipeline_combo.setObjectName("boardPipelineCombo")
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("boardResponsibleCombo")
        self.responsible_combo.setAccessibleName(self.tr("Responsible"))
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("boardSourceCombo")
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.heat_combo = QComboBox(self)
        self.heat_combo.setObjectName("boardHeatCombo")
        self.heat_combo.setAccessibleName(self.tr("Hot or cold"))
        self.heat_combo.addItem(self.tr("Hot and cold"), None)
        self.heat_combo.addItem(self.tr("Hot (≥ {0} %)").format(boards.HOT), Heat.HOT)
        self.heat_combo.addItem(self.tr("Cold (< {0} %)").format(boards.COLD), Heat.COLD)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("boardPeriodCombo")
        self.period_combo.setAccessibleName(self.tr("Won and lost in"))
        for days, text in ((7, self.tr("Closed: 7 days")), (30, self.tr("Closed: 30 days")),
                           (90, self.tr("Closed: 90 days")), (365, self.tr("Closed: a year"))):
            self.period_combo.addItem(text, days)
        self.period_combo.setCurrentIndex(1)
        self.min_amount = QLineEdit(self)
        self.min_amount.setObjectName("boardMinAmountEdit")
        self.min_amount.setPlaceholderText(self.tr("Amount from"))
        self.min_amount.setAccessibleName(self.tr("Amount from"))
        self.min_amount.setMaximumWidth(110)
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearchEdit")
        self.search.setPlaceholderText(self.tr("Client…"))
        self.search.setAccessibleName(self.tr("Client"))
        self.search.setClearButtonEnabled(True)
        self.list_button = QPushButton(self.tr("&List"), self)
        self.list_button.setObjectName("boardListButton")
        self.list_button.clicked.connect(lambda: self.open_list())
        self.stages_button = QPushButton(self.tr("&Stages…"), self)
        self.stages_button.setObjectName("boardStagesButton")
        self.stages_button.clicked.connect(lambda: self.edit_stages())
        self.stages_button.setVisible(self.ctx.can(Permission.EDIT_PIPELINES))
        for widget in (self.pipeline_combo, self.responsible_combo, self.source_combo,
                       self.heat_combo, self.period_combo, self.min_amount, self.search):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.stages_button)
        for combo in (self.pipeline_combo, self.responsible_combo, self.source_combo,
                      self.heat_combo, self.period_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.min_amount.textEdited.connect(lambda _t: self.typing.start())
        self.search.textEdited.connect(lambda _t: self.typing.start())

    def _load_choices(self) -> None:
        def read(s: Session) -> tuple[list[pipelines.PipelineInfo], list[tuple[Any, str]]]:
            from sqlalchemy import select

            from crm_desktop.models import User

            users = [(u.id, u.full_name) for u in s.scalars(
                select(User).where(User.deleted_at.is_(None)).order_by(User.full_name))]
            return pipelines.pipelines(s), users

        found, users = self.ctx.read(read)
        current, who = self.pipeline_combo.currentData(), self.responsible_combo.currentData()
        for combo in (self.pipeline_combo, self.responsible_combo):
            combo.blockSignals(True)
        self.pipeline_combo.clear()
        for info in found:
            self.pipeline_combo.addItem(info.name, info.id)
        default = next((p for p in found if p.is_default), found[0] if found else None)
        if not (current is not None and select_data(self.pipeline_combo, current)) \
                and default is not None:
            select_data(self.pipeline_combo, default.id)
        self.info = None  # the stages may have changed: columns are rebuilt
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("Everyone"), None)
        self.responsible_combo.addItem(self.tr("Mine"), self.ctx.user.id)
        for user_id, name in users:
            if user_id != self.ctx.user.id:
                self.responsible_combo.addItem(name, user_id)
        select_data(self.responsible_combo, who)
        for combo in (self.pipeline_combo, self.responsible_combo):
            combo.blockSignals(False)
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("Any source"), None)
        self.source_combo.blockSignals(False)
        # the sources are a DISTINCT over every deal: read off the GUI thread
        Query(self, self.ctx, boards.sources).success(self._sources).run_in_background()
        self.reload()

    def _sources(self, found: list[str]) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        for value in found:
            self.source_combo.addItem(value, value)
        select_data(self.source_combo, current)
        self.source_combo.blockSignals(False)

    def current_filter(self) -> DealFilter:
        try:
            minimum = Decimal(self.min_amount.text().replace(" ", "").replace(",", ".")) \
                if self.min_amount.text().strip() else None
        except InvalidOperation:
            minimum = None
        days = int(self.period_combo.currentData() or 30)
        return DealFilter(
            pipeline_id=self.pipeline_combo.currentData(),
            responsible_id=self.responsible_combo.currentData(),
            source=self.source_combo.currentData(), heat=self.heat_combo.currentData(),
            min_amount=minimum, closed_since=self.now - timedelta(days=days),
            client_text=self.search.text())

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Each column's first page, then the columns' counts and sums, both off the GUI
        thread; a newer reload wins over an older one still running. Typing never waits on the
        database: the search box restarts a short timer (`typing`), and while one load runs the
        next waits for it (one load at a time, then the latest filter), so fast typing does not
        queue stale loads. A keystroke's cards never wait for the counts (which read every
        matching deal): the headers show "…" until the counts of that filter arrive, and the
        counts of an older filter are dropped."""
        if self.pipeline_combo.currentData() is None:
            return
        self.generation += 1
        if not self.loading:  # else `_loaded` starts the latest filter when the load ends
            self._start()

    def _start(self) -> None:
        self.loading = True
        self.now = utcnow()
        generation, where, now = self.generation, self.current_filter(), self.now
        self.started_generation = generation

        def load(s: Session) -> _Loaded:
            resolved = boards.with_clients(s, where)  # the client text looked up once
            found = boards.first_pages(s, resolved, now, cards=boards.FIRST_PAGE)
            return _Loaded(found, generation, resolved, now)

        Query(self, self.ctx, load).success(self._apply).finally_(self._loaded) \
            .run_in_background()

    def _loaded(self) -> None:
        self.loading = False
        if self.started_generation != self.generation:  # the filter changed meanwhile
            self._start()

    def cards_loaded(self) -> bool:
        """The cards of the current filter are shown (their counts may still be on the way)."""
        return self.loaded_generation == self.generation

    def is_loaded(self) -> bool:
        """The cards and the columns' counts and sums of the current filter are shown."""
        return self.cards_loaded() and self.counted_generation == self.generation

    def _apply(self, loaded: _Loaded) -> None:
        if loaded.generation != self.generation:
            return  # a newer filter is on its way
        info = loaded.pages.pipeline
        if self.info is None or [s.id for s in self.info.stages] != [s.id for s in info.stages] \
                or self.info.stages != info.stages:
            self._build_columns(info)
        self.info = info
        for stage in info.stages:
            cards = loaded.pages.cards[stage.id]
            self.models[stage.id].reset(list(cards), None, len(cards) < boards.FIRST_PAGE)
            self._header(stage, "…", "…")  # never the figures of the previous filter
        self.loaded_generation = loaded.generation
        self.loaded_filter = loaded.where
        self.to_count = loaded
        if self.counting is None:
            self._count()

    def _count(self) -> None:
        """The counts and sums of the latest cards shown, off the GUI thread; one read at a
        time (typing fast skips the counts of the filters passed meanwhile)."""
        loaded, self.to_count = self.to_count, None
        if loaded is None or loaded.generation != self.generation:
            return
        self.counting = loaded
        Query(self, self.ctx, lambda s: boards.totals(s, loaded.where, loaded.now)) \
            .success(lambda found: self._counted(loaded, found)) \
            .finally_(self._counts_done).run_in_background()

    def _counts_done(self) -> None:
        self.counting = None
        self._count()

    def _counted(self, loaded: _Loaded, found: dict[uuid.UUID, boards.Totals]) -> None:
        if loaded.generation != self.generation or loaded.generation != self.loaded_generation:
            return  # counts of a filter no longer shown
        currency = loaded.pages.currency
        for stage in loaded.pages.pipeline.stages:
            totals = found.get(stage.id)
            if totals is None:  # the stage went meanwhile: the reload that follows shows it
                continue
            self.models[stage.id].count = totals.count
            extra = " " + self.tr("(+{0} without rate)").format(totals.unconverted) \
                if totals.unconverted else ""
            self._header(stage, number(totals.count), _amount(totals.total, currency) + extra)
        self.counted_generation = loaded.generation

    def _header(self, stage: pipelines.StageInfo, count: str, total: str) -> None:
        header = self.tr("{0}\n{1} · {2}").format(stage.name, count, total)
        self.headers[stage.id].setText(header)
        self.headers[stage.id].setAccessibleName(header.replace("\n", ", "))

    def _build_columns(self, info: pipelines.PipelineInfo) -> None:
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.models, self.views, self.headers = {}, [], {}
        for stage in info.stages:
            frame = QFrame(self.columns_host)
            frame.setObjectName(f"boardStage_{stage.position}")
            box = QVBoxLayout(frame)
            box.setContentsMargins(0, 0, 0, 0)
            header = QLabel(stage.name, frame)
            header.setObjectName(f"boardHeader_{stage.position}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            color = {DealStatus.WON: "#e6f4ea", DealStatus.LOST: "#fce8e6"}.get(
                stage.outcome, "#e8eaed")
            header.setStyleSheet(f"background: {color}; padding: 4px; font-weight: bold;")
            model = ColumnModel(self, stage)
            view = ColumnView(self, model)
            box.addWidget(header)
            box.addWidget(view, 1)
            self.columns_layout.addWidget(frame)
            self.models[stage.id], self.headers[stage.id] = model, header
            self.views.append(view)

    def _changed(self, _kinds: frozenset[Change]) -> None:
        if Change.PIPELINES in _kinds or Change.ALL in _kinds:
            self._load_choices()
        else:
            self.reload()

    # -- cards --------------------------------------------------------------------------------
    def card_text(self, card: Card, stage: pipelines.StageInfo) -> str:
        """What a screen reader says for a card (also its tooltip)."""
        parts = [self.tr("{0}: {1}").format(card.client_name, card.title),
                 _amount(card.amount, card.currency),
                 self.tr("{0} %").format(card.probability),
                 self.tr("stage {0}, {1} days").format(stage.name,
                                                        card.days_in_stage(self.now)),
                 self.tr("responsible {0}").format(card.responsible or "—")]
        if card.next_event:
            parts.append(self.tr("next: {0} on {1}").format(
                card.next_event, card.next_event_at.astimezone().strftime("%d.%m.%Y")
                if card.next_event_at else ""))
        if card.overdue:
            parts.append(self.tr("overdue"))
        return ", ".join(parts)

    def view_of(self, stage_id: uuid.UUID) -> ColumnView:
        return next(v for v in self.views if v.column_model.stage.id == stage_id)

    def focus_neighbour(self, view: ColumnView, step: int) -> None:
        index = self.views.index(view) + step
        if 0 <= index < len(self.views):
            target = self.views[index]
            target.setFocus()
            if not target.currentIndex().isValid() and target.model().rowCount():
                target.setCurrentIndex(target.model().index(0, 0))

    def move_by(self, card: Card, step: int) -> None:
        """The keyboard move: to the next (+1) or previous (-1) column."""
        if self.info is None:
            return
        stages = list(self.info.stages)
        index = next(i for i, st in enumerate(stages) if st.id == card.stage_id) + step
        if 0 <= index < len(stages):
            self.request_move(card.id, stages[index].id)

    def card_menu(self, card: Card) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("boardCardMenu")
        menu.addAction(self.tr("Open the deal card"), lambda: self.open_card(card))
        menu.addAction(self.tr("Next stage\tCtrl+Right"), lambda: self.move_by(card, 1))
        menu.addAction(self.tr("Previous stage\tCtrl+Left"), lambda: self.move_by(card, -1))
        move_to = menu.addMenu(self.tr("Move to"))
        for stage in self.info.stages if self.info else ():
            action = move_to.addAction(stage.name, self._mover(card.id, stage.id))
            action.setEnabled(stage.id != card.stage_id)
        return menu

    def _mover(self, deal_id: uuid.UUID, stage_id: uuid.UUID) -> Callable[[], None]:
        return lambda: self.request_move(deal_id, stage_id)

    def request_move(self, deal_id: uuid.UUID, stage_id: uuid.UUID) -> None:
        """Move a deal (from a drop, a key or the menu); a lost stage asks for the reason."""
        if self.info is None:
            return
        stage = self.info.stage(stage_id)
        if stage.outcome == DealStatus.LOST:
            title = next((c.title for m in self.models.values() for c in m.cards
                          if c.id == deal_id), "")
            dialog = LostReasonDialog(title, self.ctx.read(reasons.loss_reasons), self)
            dialog.accepted.connect(lambda: self._move(deal_id, stage_id, *dialog.chosen()))
            self.lost_dialog = dialog
            dialog.open()
            return
        self._move(deal_id, stage_id)

    def _move(self, deal_id: uuid.UUID, stage_id: uuid.UUID, reason: str | None = None,
              comment: str | None = None) -> None:
        Operation(self, self.ctx, lambda s: moves.move_deal(
            s, deal_id, stage_id, loss_reason=reason, loss_comment=comment)) \
            .success(self._moved).failure(self._refused).run()

    def _moved(self, result: moves.MoveResult) -> None:
        if result.warnings:
            texts = [rule_text(w.code, w.params) for w in result.warnings]
            self._say(self.tr("Moved to {0}, but: {1}").format(result.to_stage,
                                                                 "; ".join(texts)), warn=True)
        else:
            self.message.hide()

    def _refused(self, exc: Exception) -> None:
        self._say(error_message(exc), warn=False)

    def _say(self, text: str, warn: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #8a5300;" if warn else "color: #b3261e;")
        self.message.show()

    def open_card(self, card: Card | None) -> QWidget | None:
        if card is None:
            return None
        from .card import DealCardDialog

        dialog = DealCardDialog(self.ctx, card.id, self)
        self.open_cards.append(dialog)
        dialog.open()
        return dialog

    def open_list(self) -> QWidget:
        from .list_window import DealsListWindow

        window = DealsListWindow(self.ctx, self.current_filter(), self)
        window.setWindowFlag(Qt.WindowType.Window)
        window.show()
        self.list_window = window
        return window

    def edit_stages(self) -> QWidget:
        from .stage_editor import StageEditorDialog

        dialog = StageEditorDialog(self.ctx, self.pipeline_combo.currentData(), self)
        dialog.open()
        self.stage_editor = dialog
        return dialog

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.views and self.focusWidget() is None:
            self.views[0].setFocus()
