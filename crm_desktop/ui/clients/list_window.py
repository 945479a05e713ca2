"""The clients list: filters, saved segments, sorting, pages fetched off the GUI thread as the
view scrolls, and the actions around it (new, open, merge, import, export)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import ClientStatus
from crm_desktop.services.clients import card as client_service
from crm_desktop.services.clients import listing as cl
from crm_desktop.services.clients.exporting import export_clients
from crm_desktop.services.clients.listing import ClientFilter, ListRow
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import number, short_date
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import show_error
from crm_desktop.ui.kit.fit import header_width, readable_table, remember_size
from crm_desktop.ui.kit.labels import export_words, label
from crm_desktop.ui.kit.operations import Job, Operation, Query

from .texts import warn

if TYPE_CHECKING:
    from .import_dialog import ClientImportDialog

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "status", "tax_id", "city", "region", None, "created")
# What the list shows or filters by: a change to any of these reloads it.
LISTED = frozenset({Change.CLIENTS, Change.CUSTOM_FIELDS, Change.SEGMENTS, Change.USERS})


class ClientsModel(QAbstractTableModel):
    """Rows arrive a page at a time from a worker; the view asks for more as it scrolls."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = ClientFilter()
        self.rows: list[ListRow] = []
        self.total = 0
        self.loading = False
        self.generation = 0  # answers for an older filter are dropped
        self.titles = [self.tr("Name"), self.tr("Status"), self.tr("Tax ID"), self.tr("City"),
                       self.tr("Region"), self.tr("Responsible"), self.tr("Since")]
        self.on_loaded: list[Any] = []

    def reload(self, f: ClientFilter) -> None:
        self.generation += 1
        self.beginResetModel()
        self.filter, self.rows, self.total, self.loading = f, [], 0, False
        self.endResetModel()
        generation = self.generation
        self.loading = True
        Query(self, self.ctx, lambda s: (cl.count(s, f), cl.page(s, f, None, PAGE))) \
            .success(lambda result: self._first(generation, result)) \
            .failure(self._failed).run_in_background()

    def _first(self, generation: int, result: tuple[int, list[ListRow]]) -> None:
        if generation != self.generation:
            return
        self.total, rows = result
        self.loading = False
        self._append(rows)

    def _failed(self, exc: Exception) -> None:
        self.loading = False
        show_error(None, exc)

    def _append(self, rows: list[ListRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        for callback in self.on_loaded:
            callback()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        last = self.rows[-1]
        f, generation = self.filter, self.generation

        def done(rows: list[ListRow]) -> None:
            if generation == self.generation:
                self.loading = False
                self._append(rows)

        self.loading = True
        Query(self, self.ctx, lambda s: cl.page(s, f, (last.sort_value, last.id), PAGE)) \
            .success(done).failure(self._failed).run_in_background()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, label(row.status), row.tax_id, row.city, row.region,
                row.responsible, short_date(row.created_at.astimezone().date()))[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column]
        if key is None:
            return
        f = ClientFilter.from_dict({**self.filter.to_dict(), "sort": key,
                                    "descending": order == Qt.SortOrder.DescendingOrder})
        self.reload(f)


class ClientsWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClientsWindow")
        self.setWindowTitle(self.tr("Clients"))
        self.ctx = ctx
        self.choices_loaded = False

        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("clientsFilterText")
        self.text_edit.setPlaceholderText(self.tr("Name, tax ID, phone, e-mail…"))
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("clientsFilterStatus")
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("clientsFilterTag")
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("clientsFilterResponsible")
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("clientsFilterRegion")
        self.custom_combo = QComboBox(self)
        self.custom_combo.setObjectName("clientsFilterCustom")
        for combo, tip in ((self.status_combo, self.tr("Status")),
                           (self.tag_combo, self.tr("Tag")),
                           (self.responsible_combo, self.tr("Responsible")),
                           (self.region_combo, self.tr("Region")),
                           (self.custom_combo, self.tr("Custom field"))):
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.custom_value = QLineEdit(self)
        self.custom_value.setObjectName("clientsFilterCustomValue")
        self.custom_value.setPlaceholderText(self.tr("value"))
        self.segment_combo = QComboBox(self)
        self.segment_combo.setObjectName("clientsSegments")
        save_segment = QPushButton(self.tr("Save as segment…"), self)
        save_segment.setObjectName("saveSegmentButton")
        save_segment.clicked.connect(self.save_segment)
        save_segment.setVisible(ctx.can(Permission.EDIT_SEGMENTS))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("clientsCount")

        self.model = ClientsModel(ctx, self)
        self.model.on_loaded.append(self._show_count)
        self.view = QTableView(self)
        self.view.setObjectName("clientsView")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        readable_table(self.view, stretch=0)  # the name takes the room; cut cells' tooltips
        for column, width in ((1, 110), (2, 120), (3, 130), (4, 150), (5, 170), (6, 100)):
            self.view.setColumnWidth(column, max(width, header_width(self.view, column)))
        self.view.doubleClicked.connect(lambda index: self.open_client(self._id_at(index.row())))

        buttons = QHBoxLayout()
        for text, name, slot, allowed in (
                (self.tr("&New partner…"), "newClientButton", self.new_client,
                 ctx.can(Permission.EDIT_CLIENTS)),
                (self.tr("&Open"), "openClientButton", self.open_selected, True),
                (self.tr("&Merge two…"), "mergeClientsButton", self.merge_selected,
                 ctx.can(Permission.MERGE_CLIENTS)),
                (self.tr("&Import…"), "importClientsButton", self.import_clients,
                 ctx.can(Permission.IMPORT_CLIENTS)),
                (self.tr("&Export…"), "exportClientsButton", self.export_clients, True)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            button.setVisible(allowed)  # what the service would refuse is not offered
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        filters = QHBoxLayout()
        filters.addWidget(self.text_edit, 2)
        for widget in (self.status_combo, self.tag_combo, self.responsible_combo,
                       self.region_combo, self.custom_combo):
            filters.addWidget(widget, 1)
        filters.addWidget(self.custom_value, 1)
        segments = QHBoxLayout()
        segments.addWidget(QLabel(self.tr("Segment"), self))
        segments.addWidget(self.segment_combo, 1)
        segments.addWidget(save_segment)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(segments)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        remember_size(self, 1100, 680)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.apply)
        self.fill_choices()
        self.text_edit.textChanged.connect(self.timer.start)
        self.custom_value.textChanged.connect(self.timer.start)
        for combo in (self.status_combo, self.tag_combo, self.responsible_combo,
                      self.region_combo, self.custom_combo):
            combo.currentIndexChanged.connect(self.timer.start)
        self.segment_combo.activated.connect(self.apply_segment)
        ctx.bus.subscribe(LISTED, self.on_data_changed, owner=self)
        self.apply()

    # -- filters -------------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """The filter choices: statuses now, the ones read from the database (tags, people,
        regions, custom fields, segments) from a worker — a DISTINCT over 100 000 clients."""
        self._fill_combo(self.status_combo, [(label(v), v.value) for v in ClientStatus],
                         self.tr("Status: all"))
        user_id = self.ctx.user.id

        def work(s: Session) -> tuple[list[str], list[tuple[uuid.UUID, str]], list[str],
                                      list[tuple[str, str]], list[tuple[uuid.UUID, str, Any]]]:
            return (client_service.tag_names(s), client_service.users(s), cl.regions(s),
                    [(d.label, d.key) for d in client_service.custom_fields(s)],
                    [(x.id, x.name, x.filters) for x in cl.segments(s, user_id)])

        Query(self, self.ctx, work).success(self._choices_loaded).run_in_background()

    def _choices_loaded(self, loaded: tuple[Any, ...]) -> None:
        tags, users, regions, fields, segments = loaded
        # each box says what it filters while nothing is chosen (four "(all)" read alike)
        self._fill_combo(self.tag_combo, [(t, t) for t in tags], self.tr("Tag: all"))
        self._fill_combo(self.responsible_combo, [(name, str(uid)) for uid, name in users],
                         self.tr("Responsible: all"))
        self._fill_combo(self.region_combo, [(r, r) for r in regions], self.tr("Region: all"))
        self._fill_combo(self.custom_combo, fields, self.tr("(custom field)"))
        self.custom_value.setVisible(bool(fields))
        self.custom_combo.setVisible(bool(fields))
        current = self.segment_combo.currentText()
        self.segment_combo.clear()
        self.segment_combo.addItem(self.tr("(no segment)"), None)
        for segment_id, name, filters in segments:
            self.segment_combo.addItem(name, (segment_id, filters))
        if current and self.segment_combo.findText(current) >= 0:
            self.segment_combo.setCurrentIndex(self.segment_combo.findText(current))
        self.choices_loaded = True

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, str]],
                    first: str | None = None) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(first or self.tr("(all)"), "")
        for text, value in items:
            combo.addItem(text, value)
        select_data(combo, current)
        combo.blockSignals(False)

    def current_filter(self) -> ClientFilter:
        f = self.model.filter
        return ClientFilter(
            text=self.text_edit.text(), status=self.status_combo.currentData() or "",
            tag=self.tag_combo.currentData() or "",
            responsible_id=self.responsible_combo.currentData() or "",
            region=self.region_combo.currentData() or "",
            custom_key=self.custom_combo.currentData() or "",
            custom_value=self.custom_value.text() if self.custom_combo.currentData() else "",
            sort=f.sort, descending=f.descending)

    def apply(self) -> None:
        self.timer.stop()
        self.count_label.setText(self.tr("Loading…"))
        self.model.reload(self.current_filter())

    def apply_segment(self, index: int) -> None:
        data = self.segment_combo.itemData(index)
        if data is None:
            return
        f = ClientFilter.from_dict(data[1])
        widgets = [self.status_combo, self.tag_combo, self.responsible_combo, self.region_combo,
                   self.custom_combo, self.text_edit, self.custom_value]
        for widget in widgets:
            widget.blockSignals(True)
        self.text_edit.setText(f.text)
        select_data(self.status_combo, f.status)
        select_data(self.tag_combo, f.tag)
        select_data(self.responsible_combo, f.responsible_id)
        select_data(self.region_combo, f.region)
        select_data(self.custom_combo, f.custom_key)
        self.custom_value.setText(f.custom_value)
        for widget in widgets:
            widget.blockSignals(False)
        self.model.filter = f
        self.apply()

    def save_segment(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as segment"), self.tr("Name"))
        if not ok or not name.strip():
            return
        f, owner = self.current_filter(), self.ctx.user.id
        Operation(self, self.ctx, lambda s: cl.save_segment(s, name, f, owner)) \
            .success(lambda _: self._segment_saved(name.strip())).run()

    def _segment_saved(self, name: str) -> None:
        # Shown at once; the reload the bus brings (segments changed) keeps it chosen.
        self.segment_combo.addItem(name)
        self.segment_combo.setCurrentIndex(self.segment_combo.count() - 1)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{0} clients").format(number(self.model.total)))

    def on_data_changed(self, changed: frozenset[Change]) -> None:
        self.fill_choices()
        if changed & {Change.CLIENTS, Change.ALL}:
            self.apply()

    # -- actions -------------------------------------------------------------------------------
    def _id_at(self, row: int) -> uuid.UUID | None:
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [i for i in (self._id_at(r) for r in rows) if i is not None]

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_client(ids[0])

    def open_client(self, client_id: uuid.UUID | None, form: Any = None) -> QWidget | None:
        from .card import ClientCardDialog

        if client_id is None and form is None:
            return None
        opened: list[ClientCardDialog] = []
        # A client merged or deleted meanwhile cannot be read: the job shows why.
        if not Job(self, self.ctx, lambda: opened.append(
                ClientCardDialog(self.ctx, client_id, form, self))).run():
            return None
        dialog = opened[0]
        dialog.open_client.connect(self.open_client)
        dialog.open()
        return dialog

    def new_client(self) -> QWidget:
        from .assistant import RegistrationAssistant

        assistant = RegistrationAssistant(self.ctx, self)
        assistant.open_client.connect(self.open_client)
        assistant.full_card.connect(lambda form: self.open_client(None, form))
        assistant.open()
        return assistant

    def merge_selected(self) -> QWidget | None:
        from .merge_dialog import open_merge

        ids = self.selected_ids()
        if len(ids) != 2:
            warn(self, self.tr("Select exactly two clients to merge"))
            return None
        return open_merge(self.ctx, ids[0], ids[1], self)

    def import_clients(self) -> ClientImportDialog:
        from .import_dialog import ClientImportDialog

        dialog = ClientImportDialog(self.ctx, self)
        dialog.open()
        return dialog

    def export_clients(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export clients"), "clients.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)"))
            if not name:
                return
            path = Path(name)
        f, target, words = self.current_filter(), path, export_words()  # interface language
        self.count_label.setText(self.tr("Exporting…"))
        Query(self, self.ctx, lambda s: export_clients(s, target, query=cl.ids_query(s, f),
                                                       words=words)) \
            .success(lambda rows: self.count_label.setText(
                self.tr("{0} rows written to {1}").format(number(rows), target.name))) \
            .run_in_background()
