"""Windows that fit a laptop screen and remember their size; tables whose meaning gets the room.

`remember_size(window, w, h)` is the one way a window or dialog gets its size: the size saved
under its objectName (QSettings `windows/<objectName>/size`), else the default, clamped to the
screen's available area — and the size is saved again when the window is hidden or closed.

`readable_table(view, stretch)` sets up a table once: the column that carries the meaning
(`stretch`, else the last) takes the spare width, and a cell whose text does not fit shows it
whole in a tooltip. `fit_columns(view)` replaces `resizeColumnsToContents()`: the other columns
are sized to their contents but never narrower than their header text nor wider than
`MAX_CHARS` characters, and the widest of them give way (never a short one: a date, a status)
so the meaning column keeps `MEANING_CHARS`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolTip,
    QWidget,
)

MAX_CHARS = 28  # a column that is not the meaning column never takes more than this
SHORT_CHARS = 20  # a column whose values are this short is never cut
MEANING_CHARS = 32  # the meaning column keeps at least this many characters when it can
HEADER_PADDING = 24  # the header's margins and sort arrow around its text
CELL_PADDING = 10  # a cell's margins around its text
# the window frame and title bar the available area must also hold
FRAME = QSize(16, 40)


# -- windows ----------------------------------------------------------------------------------
def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry (without task bars) of the widget's screen, else the primary."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fitting(size: QSize, area: QRect) -> QSize:
    """`size` made no larger than `area` leaves for a window inside its frame."""
    return QSize(max(200, min(size.width(), area.width() - FRAME.width())),
                 max(150, min(size.height(), area.height() - FRAME.height())))


def size_key(window: QWidget) -> str:
    name = window.objectName()
    if not name:
        raise ValueError("remember_size needs a window with an objectName")
    return f"windows/{name}/size"


class _SizeKeeper(QObject):
    """Saves its window's size when the window is hidden or closed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            save_size(watched)  # type: ignore[arg-type]
        return False


def save_size(window: QWidget) -> None:
    size = window.normalGeometry().size() if window.isMaximized() else window.size()
    if size.isValid() and size.width() > 0:
        QSettings().setValue(size_key(window), size)


def remember_size(window: QWidget, width: int, height: int) -> QSize:
    """Size `window` as it was last time (else `width` × `height`), within the screen; keep
    the size it is given from now on. Returns the size set."""
    saved = QSettings().value(size_key(window))
    size = saved if isinstance(saved, QSize) and saved.isValid() else QSize(width, height)
    size = fitting(size, available_area(window))
    window.resize(size)
    if window.findChild(_SizeKeeper, "sizeKeeper") is None:
        keeper = _SizeKeeper(window)
        keeper.setObjectName("sizeKeeper")
        window.installEventFilter(keeper)
    return size


# -- tables -----------------------------------------------------------------------------------
def header_width(view: QTableView, column: int) -> int:
    """The width the header text of `column` needs, in the header's font."""
    model = view.model()
    text = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
    metrics = view.horizontalHeader().fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in str(text or "").split("\n")) \
        + HEADER_PADDING


def cell_text_fits(view: QTableView, index: QModelIndex) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return True
    text = str(text)
    if "\n" in text:
        return False
    width = view.fontMetrics().horizontalAdvance(text) + CELL_PADDING
    return width <= view.visualRect(index).width()


def cell_tooltip(view: QTableView, index: QModelIndex) -> str | None:
    """What hovering the cell shows: the model's own tooltip, else the whole text when the
    cell cuts it, else nothing."""
    if not index.isValid():
        return None
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    if cell_text_fits(view, index):
        return None
    return str(index.data(Qt.ItemDataRole.DisplayRole))


class _ElidedTips(QObject):
    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        pos: QPoint = event.pos()
        index = self.view.indexAt(pos)
        text = cell_tooltip(self.view, index)
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport(),
                              self.view.visualRect(index))
        else:
            QToolTip.hideText()
        return True


def readable_table(view: QTableView, stretch: int | None = None) -> QTableView:
    """Set `view` up once: interactive columns, `stretch` (else the last) takes the spare
    width, cut cells show their whole text on hover."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(25)  # size columns from the first rows, not all of them
    header.setTextElideMode(Qt.TextElideMode.ElideNone)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setProperty("stretchColumn", -1 if stretch is None else stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    if view.viewport().findChild(_ElidedTips) is None:
        view.viewport().installEventFilter(_ElidedTips(view))
    return view


def stretch_column(view: QTableView) -> int:
    value = view.property("stretchColumn")
    model = view.model()
    last = (model.columnCount() - 1) if model is not None else -1
    return last if value is None or int(value) < 0 else int(value)


def fit_columns(view: QTableView) -> None:
    """Size the columns for reading: see the module's text."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    stretch = stretch_column(view)
    metrics = view.fontMetrics()
    cap = metrics.averageCharWidth() * MAX_CHARS
    short = metrics.averageCharWidth() * SHORT_CHARS
    widths: dict[int, tuple[int, int]] = {}
    for column in range(model.columnCount()):
        if column == stretch or header.isSectionHidden(column):
            continue
        hint = view.sizeHintForColumn(column)
        # a short value (a date, a status) keeps its width; a long one may give way
        least = max(header_width(view, column), hint if hint <= short else 0)
        widths[column] = (max(least, min(hint, cap)), least)
    room = view.viewport().width() - max(metrics.averageCharWidth() * MEANING_CHARS,
                                         header_width(view, stretch) if stretch >= 0 else 0) \
        - view.verticalScrollBar().sizeHint().width()
    total = sum(width for width, _ in widths.values())
    if view.isVisible() and 0 < room < total:
        # the widest give way first (one common limit), never below their header's text:
        # a date or a status keeps its width, a long subject is cut and shows in a tooltip
        low, high = 0, max(width for width, _ in widths.values())
        while low < high:
            limit = (low + high + 1) // 2
            if sum(max(least, min(w, limit)) for w, least in widths.values()) <= room:
                low = limit
            else:
                high = limit - 1
        widths = {c: (max(least, min(w, low)), least) for c, (w, least) in widths.items()}
    for column, (width, _) in widths.items():
        header.resizeSection(column, width)
    if 0 <= stretch < model.columnCount() and \
            header.sectionResizeMode(stretch) != QHeaderView.ResizeMode.Stretch:
        header.resizeSection(stretch, max(header_width(view, stretch),
                                          min(view.sizeHintForColumn(stretch), cap * 2)))


def tabs_fit(tabs: QTabWidget) -> int:
    """Every tab's title visible without scroll arrows: the tab widget is at least as wide as
    its titles need (within the screen), so its window is too. Returns that width."""
    bar = tabs.tabBar()
    need = sum(bar.tabSizeHint(i).width() for i in range(bar.count())) + 12
    width = min(need, available_area(tabs).width() - 4 * FRAME.width())
    tabs.setMinimumWidth(width)
    return width


def placeholder_fits(edit: QLineEdit) -> int:
    """A line edit at least as wide as its placeholder (within the screen), the placeholder
    also as its tooltip; returns the width."""
    text = edit.placeholderText()
    width = min(edit.fontMetrics().horizontalAdvance(text) + 24,
                available_area(edit).width() // 2)
    edit.setMinimumWidth(max(edit.minimumWidth(), width))
    if not edit.toolTip():
        edit.setToolTip(text)
    return width
