"""The claims window (`claimsList`): filters (status, reason, department, responsible, period,
client, overdue, text), sorting by column in SQL, pages fetched as the view scrolls, counts by
SQL, overdue rows highlighted (an overdue task of the plan or past the deadline); Enter or a
double click opens the claim card; the filtered list exports to CSV or XLSX."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crm_desktop.models import ClaimStatus
from crm_desktop.services.claims import listing, lists
from crm_desktop.services.claims.listing import ClaimFilter, ClaimPage
from crm_desktop.services.claims.statuses import ALL
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.exporting import write_table
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale.formatting import number
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import fit_columns, readable_table, remember_size
from crm_desktop.ui.kit.operations import Query

from .model import ClaimsModel, claim_columns
from .texts import claim_label

NO_DATE = QDate(2000, 1, 1)
OPEN = "open"
PAGE = 200
# the view's column → the service's sort key (None: not sortable)
SORT_KEYS = ("number", "claim_date", "client", "status", None, None, None, "responsible",
             "due_date", None, None, None)


class ClaimsWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimsList")
        self.setWindowTitle(self.tr("Claims"))
        self.ctx = ctx
        self.sort, self.descending = "claim_date", True
        self.next: listing.Cursor | None = None
        self.loading = False
        self.generation = 0  # answers of an older filter are dropped
        self.dialogs: list[QWidget] = []
        remember_size(self, 1280, 720)
        layout = QVBoxLayout(self)
        bar = QGridLayout()
        self.status = self._combo("claimsStatusCombo", self.tr("All statuses"))
        self.status.addItem(self.tr("Open (not resolved or rejected)"), OPEN)
        for status in ALL:
            self.status.addItem(claim_label(status), status)
        self.reason = self._combo("claimsReasonCombo", self.tr("All reasons"))
        self.department = self._combo("claimsDepartmentCombo", self.tr("All departments"))
        self.responsible = self._combo("claimsResponsibleCombo", self.tr("Anyone responsible"))
        self.client = self._combo("claimsClientCombo", self.tr("All clients"))
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("claimsOverdueCheck")
        self.date_from = self._date_edit("claimsFromEdit")
        self.date_to = self._date_edit("claimsToEdit")
        self.text = QLineEdit(self)
        self.text.setObjectName("claimsSearchEdit")
        self.text.setPlaceholderText(self.tr("Number, client or essence…"))
        self.text.setClearButtonEnabled(True)
        new = QPushButton(self.tr("&New claim…"), self)
        new.setObjectName("newClaimButton")
        new.setEnabled(ctx.can(Permission.EDIT_CLAIMS))
        new.clicked.connect(lambda: self.new_claim())
        export = QPushButton(self.tr("&Export…"), self)
        export.setObjectName("exportClaimsButton")
        export.clicked.connect(lambda: self.export())
        reasons = QPushButton(self.tr("&Reasons…"), self)
        reasons.setObjectName("claimReasonsListButton")
        reasons.setVisible(ctx.can(Permission.EDIT_CLAIM_LISTS))
        reasons.clicked.connect(lambda: self.edit_reasons())
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From"), self))
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.date_to)
        for column, widget in enumerate((self.status, self.reason, self.department,
                                         self.responsible, self.client)):
            bar.addWidget(widget, 0, column)
        bar.addLayout(period, 1, 0, 1, 2)
        bar.addWidget(self.overdue, 1, 2)
        bar.addWidget(self.text, 1, 3, 1, 2)
        actions = QVBoxLayout()
        actions.addWidget(new)
        export_row = QHBoxLayout()
        export_row.addWidget(reasons)
        export_row.addWidget(export)
        actions.addLayout(export_row)
        bar.addLayout(actions, 0, 5, 2, 1)
        layout.addLayout(bar)
        self.model = ClaimsModel(claim_columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("claimsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setAlternatingRowColors(False)  # the overdue background must stand out
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sorted)
        readable_table(self.view)  # the essence (last) takes the room; cut cells' tooltips
        self.fitted = False  # columns are fitted to the first page (never below their header)
        self.view.doubleClicked.connect(lambda index: self.open_claim(index.row()))
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view,
                  lambda: self.open_claim(self.view.currentIndex().row()))
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout.addWidget(self.view, 1)
        self.counts = QLabel(self)
        self.counts.setObjectName("claimsCountLabel")
        layout.addWidget(self.counts)
        self.debounce = QTimer(self, singleShot=True, interval=250)
        self.debounce.timeout.connect(self.reload)
        self.text.textChanged.connect(lambda _t: self.debounce.start())
        for combo in (self.status, self.reason, self.department, self.responsible, self.client):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.debounce.start())
        ctx.bus.subscribe({Change.CLAIMS, Change.EVENTS, Change.CLIENTS},
                          lambda _kinds: self.reload(), owner=self)
        self.load_choices()
        self.reload()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.addItem(everything, None)
        return combo

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("(any)"))
        edit.setDate(NO_DATE)
        return edit

    def load_choices(self) -> None:
        """The reasons, departments, people and clients the filters offer (in the background)."""
        def show(choices: lists.FilterChoices) -> None:
            for combo in (self.reason, self.department, self.responsible, self.client):
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
            department = None
            for row in choices.reasons:
                if row.department != department:
                    department = row.department
                    self.reason.insertSeparator(self.reason.count())
                self.reason.addItem(f"{row.name} ({row.department})", row.id)
            for name in choices.departments:
                self.department.addItem(name, name)
            for user_id, name in choices.responsible:
                self.responsible.addItem(name, user_id)
            for client_id, name in choices.clients:
                self.client.addItem(name, client_id)
            for combo in (self.reason, self.department, self.responsible, self.client):
                combo.blockSignals(False)

        Query(self, self.ctx, lists.filter_choices).success(show).run_in_background()

    # -- what to show --------------------------------------------------------------------------
    def current_filter(self) -> ClaimFilter:
        chosen = self.status.currentData()
        start, end = self.date_from.date(), self.date_to.date()
        return ClaimFilter(
            statuses=(ClaimStatus(chosen),) if chosen not in (None, OPEN) else (),
            open_only=chosen == OPEN, overdue=self.overdue.isChecked(),
            reason_id=self.reason.currentData(), department=self.department.currentData(),
            responsible_id=self.responsible.currentData(), client_id=self.client.currentData(),
            date_from=start.toPython() if start != NO_DATE else None,  # type: ignore[arg-type]
            date_to=end.toPython() if end != NO_DATE else None,  # type: ignore[arg-type]
            text=self.text.text())

    def reload(self) -> None:
        """The first page and the counts for the current filter and sort (in the background)."""
        self.generation += 1
        generation, where = self.generation, self.current_filter()
        sort, descending, today = self.sort, self.descending, date.today()
        self.loading = True

        def work(s: Session) -> tuple[ClaimPage, listing.ClaimCounts]:
            return (listing.claim_page(s, where, sort=sort, descending=descending, limit=PAGE,
                                       today=today),
                    listing.claim_counts(s, where, today))

        def show(result: tuple[ClaimPage, listing.ClaimCounts]) -> None:
            if generation != self.generation:
                return
            page, counts = result
            self.model.set_rows(page.rows)
            if not self.fitted and page.rows:
                fit_columns(self.view)
                self.fitted = True
            self.next = page.next
            self.counts.setText(self.tr("{0} claims, {1} open, {2} overdue").format(
                number(counts.total), number(counts.open), number(counts.overdue)))
            self.loading = False

        Query(self, self.ctx, work).success(show).finally_(self._loaded).run_in_background()

    def _loaded(self) -> None:
        self.loading = False

    def _scrolled(self, value: int) -> None:
        bar = self.view.verticalScrollBar()
        if value >= bar.maximum() - 5 and self.next is not None and not self.loading:
            self.fetch_more()

    def fetch_more(self) -> None:
        """The next page, appended (keyset: as fast deep down as at the top)."""
        if self.next is None:
            return
        generation, where, after = self.generation, self.current_filter(), self.next
        sort, descending, today = self.sort, self.descending, date.today()
        self.loading = True

        def show(page: ClaimPage) -> None:
            if generation == self.generation:
                self.model.append_rows(page.rows)
                self.next = page.next

        Query(self, self.ctx, lambda s: listing.claim_page(
            s, where, sort=sort, descending=descending, after=after, limit=PAGE, today=today)) \
            .success(show).finally_(self._loaded).run_in_background()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        key = SORT_KEYS[column] if column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- actions -------------------------------------------------------------------------------
    def claim_id_at(self, row: int) -> uuid.UUID | None:
        found = self.model.row_at(row)
        return found.id if found is not None else None

    def open_claim(self, row: int) -> QWidget | None:
        claim_id = self.claim_id_at(row)
        if claim_id is None:
            return None
        from .card import ClaimCardDialog

        dialog = ClaimCardDialog(self.ctx, claim_id, parent=self)
        dialog.show()
        return dialog

    def new_claim(self) -> QWidget:
        from .card import ClaimCardDialog

        dialog = ClaimCardDialog(self.ctx, client_id=self.client.currentData(), parent=self)
        dialog.show()
        return dialog

    def edit_reasons(self) -> QWidget:
        from .reasons_dialog import ReasonsDialog

        dialog = ReasonsDialog(self.ctx, self)
        dialog.accepted.connect(self.load_choices)
        dialog.open()
        return dialog

    def export(self, path: Path | None = None) -> None:
        """The claims the filter lets through, every page, to a CSV or XLSX file."""
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export claims"), "claims.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"))
            if not name:
                return
            path = Path(name)
        target, where, today = path, self.current_filter(), date.today()
        self.counts.setText(self.tr("Exporting…"))

        def work(s: Session) -> int:
            rows = [list(listing.as_record(r).values())
                    for r in listing.iter_claims(s, where, today=today)]
            return write_table(target, listing.COLUMNS, rows)

        def done(count: int) -> None:
            self.counts.setText(self.tr("{0} claims exported to {1}").format(
                number(count), str(target)))

        Query(self, self.ctx, work).success(done).run_in_background()
