"""The reports window: the eight reports on the left; the parameters that apply to the chosen
one; its table and chart side by side; the definitions beneath; export to XLSX, PDF and PNG.

A report runs off the GUI thread (`kit.operations.Query`) with a busy bar and Cancel: every
run carries a number, and an answer whose number is no longer the latest (cancelled, or run
again) is dropped. The same background call also puts the answer into words (the translated
copy, every cell's text): a thousand rows formatted on the GUI thread blocked it for ~200 ms
(`bench/reports_gui.py`); the GUI thread only hands the texts to the table, sizing the columns
from a sample of rows and each column's longest text, and builds the chart a couple of
event-loop turns later (`ChartView.show_later`: the table painted first, each step short).
Double-clicking a row or clicking a bar opens the rows behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import reports
from crm_desktop.services.core.identity import Permission
from crm_desktop.services.locale import formatting
from crm_desktop.services.reports import export
from crm_desktop.services.reports.params import ReportParams
from crm_desktop.services.reports.result import ReportResult
from crm_desktop.ui.kit.charts import ChartView, render_image
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Job, Query
from crm_desktop.ui.kit.table_model import Column, RowsModel

from .choices import Choices, read_choices
from .drill import DrillWindow
from .texts import (
    REPORT_ORDER,
    all_text,
    column_title,
    group_name,
    parameter_label,
    preset_name,
    report_name,
    result_shown,
)

# Which parameters each report reads (the others are hidden while it is chosen).
APPLIES: dict[str, tuple[str, ...]] = {
    "funnel": ("period", "pipeline", "manager", "region", "source"),
    "sales": ("period", "manager", "region", "product", "source", "currency", "group_by"),
    "benchmark": ("period", "pipeline", "manager", "currency"),
    "won_lost": ("period", "pipeline", "manager", "region", "source", "currency"),
    "sources": ("period", "manager", "region", "source", "currency"),
    "claims": ("period", "manager", "region", "product"),
    "overdue": ("manager",),
    "reactivation": ("manager", "region", "currency", "days"),
}
GROUPS = ("month", "day", "week", "quarter", "manager", "product", "category", "region",
          "client")
PRESETS = ("month", "quarter", "year", "last12", "custom")
NUMERIC = {"int", "money", "percent", "days"}


def preset_period(key: str, today: date) -> tuple[date, date]:
    if key == "month":
        return today.replace(day=1), today
    if key == "quarter":
        return date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today
    if key == "year":
        return date(today.year, 1, 1), today
    start = date(today.year - 1, today.month, 1)  # the last 12 months, this one included
    start = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, today


def cell_text(value: Any, kind: str) -> str:
    """A table cell in the interface language."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return formatting.amount(Decimal(str(value)).quantize(Decimal("0.01")))
    if kind == "percent":
        return f"{formatting.number(Decimal(str(value)).quantize(Decimal('0.1')))} %"
    if kind in ("int", "days"):
        number = Decimal(str(value))
        return formatting.number(number if number != number.to_integral_value()
                                 else int(number))
    if kind == "date" and isinstance(value, date):
        return formatting.short_date(value)
    if kind == "label":  # a word of the service's, by key (a section: manager, source…)
        return column_title(str(value))
    return str(value)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _save_image(image: QImage, path: Path) -> Path:
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


def _cell(index: int) -> Callable[[list[str]], str]:
    return lambda texts: texts[index]


CELL_PADDING = 12  # pixels beside a cell's text (Qt's margins and focus frame, rounded up)
SIZED_ROWS = 30  # the table sizes its columns from this many rows (and each longest text)


@dataclass(frozen=True)
class Prepared:
    """A report's answer with its words: the result as the service gave it, its copy in the
    interface language (what the window shows and exports) and each cell's text."""

    result: ReportResult
    shown: ReportResult
    texts: list[list[str]]


def prepared(result: ReportResult, params: ReportParams) -> Prepared:
    """Put `result` into words (run off the GUI thread: Qt's translate and Babel's formatting
    are thread-safe; nothing here touches a widget)."""
    period = f"{formatting.short_date(params.date_from)} — " \
             f"{formatting.short_date(params.date_to)}" if result.period else ""
    shown = result_shown(result, period)
    texts = [[cell_text(row.get(c.key), c.kind) for c in shown.columns] for row in shown.rows]
    return Prepared(result, shown, texts)


class ReportsWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Reports"))
        self.ctx, self.language = ctx, language
        self.choices = Choices()
        self.result: ReportResult | None = None
        self.shown_result: ReportResult | None = None  # in the interface language
        self.shown_params: ReportParams | None = None
        self.generation = 0
        self.running = False
        self.cancelled = 0
        self.drill_windows: list[DrillWindow] = []

        central = QWidget()
        outer = QHBoxLayout(central)
        self.report_list = QListWidget()
        self.report_list.setObjectName("reportList")
        self.report_list.setMaximumWidth(230)
        for name in REPORT_ORDER:
            item = QListWidgetItem(report_name(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.report_list.addItem(item)
        self.report_list.currentRowChanged.connect(self._report_chosen)
        outer.addWidget(self.report_list)

        right = QVBoxLayout()
        outer.addLayout(right, 1)
        self.title = QLabel()
        self.title.setObjectName("reportTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.title.setFont(font)
        right.addWidget(self.title)
        right.addLayout(self._make_parameters())
        right.addLayout(self._make_buttons())

        self.model: RowsModel[list[str]] = RowsModel([], self)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(self._row_double_clicked)
        self.chart = ChartView()
        self.chart.setObjectName("reportChart")
        self.chart.clicked.connect(self._chart_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setSizes([600, 600])
        right.addWidget(self.splitter, 1)
        self.definitions = QLabel()
        self.definitions.setObjectName("reportDefinitions")
        self.definitions.setWordWrap(True)
        self.definitions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.definitions)
        self.setCentralWidget(central)
        self.resize(1400, 860)

        self.choices_loaded = False
        Query(self, ctx, read_choices).success(self._fill_choices).run_in_background()
        self.report_list.setCurrentRow(0)

    # -- building ------------------------------------------------------------------------------
    def _make_parameters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        left, middle, right = QFormLayout(), QFormLayout(), QFormLayout()
        for form in (left, middle, right):
            row.addLayout(form, 1)
        self.fields: dict[str, tuple[QFormLayout, QWidget]] = {}

        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        for key in PRESETS:
            self.preset.addItem(preset_name(key), key)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._dates_edited)
        period_row.addWidget(self.preset)
        period_row.addWidget(self.date_from)
        period_row.addWidget(QLabel("—"))
        period_row.addWidget(self.date_to)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self._add(left, "period", period)

        self.pipeline = self._combo("pipelineCombo")
        self._add(left, "pipeline", self.pipeline)
        self.manager = self._combo("managerCombo")
        self._add(left, "manager", self.manager)
        self.region = self._combo("regionCombo")
        self._add(middle, "region", self.region)
        self.product = self._combo("productCombo")
        self._add(middle, "product", self.product)
        self.source = self._combo("sourceCombo")
        self._add(middle, "source", self.source)
        self.currency = QComboBox()
        self.currency.setObjectName("currencyCombo")
        self.currency.setEditable(False)
        self._add(right, "currency", self.currency)
        self.group_by = QComboBox()
        self.group_by.setObjectName("groupByCombo")
        for key in GROUPS:
            self.group_by.addItem(group_name(key), key)
        self._add(right, "group_by", self.group_by)
        self.days = QSpinBox()
        self.days.setObjectName("daysSpin")
        self.days.setRange(1, 3650)
        self.days.setValue(180)
        self._add(right, "days", self.days)
        self._setting_preset = False
        self._preset_chosen()
        return row

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(all_text(), None)
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _add(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        form.addRow(parameter_label(key), widget)
        self.fields[key] = (form, widget)

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Run"))
        self.run_button.setObjectName("runReportButton")
        self.run_button.clicked.connect(self.run_report)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelReportButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 0)  # busy: the service does not tell how far it got
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress)
        row.addWidget(self.status, 1)
        self.plan_button = QPushButton(self.tr("Sales &plan…"))
        self.plan_button.setObjectName("planButton")
        self.plan_button.clicked.connect(self.edit_plan)
        row.addWidget(self.plan_button)
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text in (("xlsx", self.tr("Export &XLSX…")), ("pdf", self.tr("Export &PDF…")),
                           ("png", self.tr("Chart as P&NG…"))):
            button = QPushButton(text)
            button.setObjectName(f"export{kind.upper()}Button")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            row.addWidget(button)
            self.export_buttons[kind] = button
        return row

    def _fill_choices(self, choices: Choices) -> None:
        self.choices = choices
        for uid, name in choices.pipelines:
            self.pipeline.addItem(name, uid)
        for name, members in choices.teams:
            self.manager.addItem(self.tr("Team: {0}").format(name), members)
        for uid, _login, name in choices.users:
            self.manager.addItem(name, (uid,))
        for region in choices.regions:
            self.region.addItem(region, region)
        for uid, name in choices.categories:
            self.product.addItem(self.tr("Category: {0}").format(name), ("category", uid))
        for uid, name in choices.products:
            self.product.addItem(name, ("product", uid))
        for source in choices.sources:
            self.source.addItem(source, source)
        currencies = sorted({choices.currency, "USD", "EUR", "RUB", "KZT"})
        for code in currencies:
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(currencies.index(choices.currency))
        self.choices_loaded = True

    # -- state ---------------------------------------------------------------------------------
    @property
    def report(self) -> str:
        item = self.report_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else REPORT_ORDER[0]

    def select_report(self, name: str) -> None:
        self.report_list.setCurrentRow(REPORT_ORDER.index(name))

    def _report_chosen(self, _row: int) -> None:
        name = self.report
        self.title.setText(report_name(name))
        applies = APPLIES.get(name, ())
        for key, (form, widget) in self.fields.items():
            form.setRowVisible(widget, key in applies)
        self.plan_button.setVisible(name == "sales")
        # the service's rule (services.reports.plans): who steers others' deals sets plans
        self.plan_button.setEnabled(self.ctx.can(Permission.EDIT_ANY_DEAL))
        self._clear()

    def _clear(self) -> None:
        self.generation += 1  # an answer still on its way belongs to another report
        self._running(False)
        self.result = self.shown_result = None
        self.model.set_rows([])
        self.chart.set_spec(None)
        self.definitions.clear()
        self.status.clear()
        for button in self.export_buttons.values():
            button.setEnabled(False)

    def _preset_chosen(self, _index: int = 0) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        start, end = preset_period(key, date.today())
        self._setting_preset = True
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        self._setting_preset = False

    def _dates_edited(self) -> None:
        if not getattr(self, "_setting_preset", True):
            self.preset.setCurrentIndex(PRESETS.index("custom"))

    def set_period(self, start: date, end: date) -> None:
        self.preset.setCurrentIndex(PRESETS.index("custom"))
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))

    def params(self) -> ReportParams:
        applies = APPLIES.get(self.report, ())

        def wanted(key: str, value: Any) -> Any:
            return value if key in applies else None

        product = self.product.currentData() if "product" in applies else None
        managers = self.manager.currentData() if "manager" in applies else None
        return ReportParams(
            date_from=_day(self.date_from.date()),
            date_to=_day(self.date_to.date()),
            pipeline_id=wanted("pipeline", self.pipeline.currentData()),
            manager_ids=tuple(managers or ()),
            region=wanted("region", self.region.currentData()),
            product_id=product[1] if product and product[0] == "product" else None,
            category_id=product[1] if product and product[0] == "category" else None,
            source=wanted("source", self.source.currentData()),
            currency=self.currency.currentData() or self.choices.currency,
            group_by=self.group_by.currentData() if "group_by" in applies else "month",
            days=self.days.value(),
            viewer=self.ctx.user,  # the service reads in the signed-in person's scope
        )

    # -- running -------------------------------------------------------------------------------
    def _running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.run_button.setEnabled(not running)

    def run_report(self) -> None:
        self.generation += 1
        generation, name, params = self.generation, self.report, self.params()
        self._running(True)
        self.status.setText(self.tr("Running…"))

        def done(answer: Prepared) -> None:
            if generation == self.generation:
                self._show(answer, params)

        def failed(exc: Exception) -> None:
            if generation == self.generation:
                from crm_desktop.ui.kit.errors import show_error

                self._running(False)
                self.status.clear()
                show_error(self, exc)

        Query(self, self.ctx, lambda s: prepared(reports.run(s, name, params), params)) \
            .success(done).failure(failed).run_in_background()

    def cancel(self) -> None:
        """The run goes on in its thread, but its answer is dropped."""
        if self.running:
            self.generation += 1
            self.cancelled += 1
            self._running(False)
            self.status.setText(self.tr("Cancelled"))

    def _show(self, answer: Prepared, params: ReportParams) -> None:
        self._running(False)
        result, shown = answer.result, answer.shown
        self.result, self.shown_params, self.shown_result = result, params, shown
        self.model.columns = [Column(c.title, _cell(i), align_right=c.kind in NUMERIC)
                              for i, c in enumerate(shown.columns)]
        self.model.set_rows(answer.texts)  # its words (labels, lead sources) in the language
        self._size_columns(answer.texts)
        self.title.setText(shown.title)
        self.chart.show_later(shown.chart, params.currency)  # after the table's paint
        self.definitions.setText("\n".join(f"• {d}" for d in shown.definitions))
        self.status.setText(self.tr("{0} rows").format(len(result.rows)))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _size_columns(self, texts: list[list[str]]) -> None:
        """Columns as wide as their contents, measured here: the title, the first rows'
        texts (SIZED_ROWS) and each column's longest text further down. Qt's own
        `resizeColumnsToContents` asks the model every role of each measured cell through
        Python: ~12 ms of the GUI thread for 30 rows of the benchmark report."""
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            cells = [row[column] for row in texts[:SIZED_ROWS]]
            if len(texts) > SIZED_ROWS:
                cells.append(max((row[column] for row in texts[SIZED_ROWS:]), key=len))
            wanted = max((metrics.horizontalAdvance(text) for text in cells), default=0)
            header.resizeSection(column, max(wanted + CELL_PADDING,
                                             header.sectionSizeHint(column)))

    # -- drill-down ----------------------------------------------------------------------------
    def _row_double_clicked(self, index: QModelIndex) -> None:
        self.drill_row(index.row())

    def drill_row(self, row: int, series: str | None = None) -> None:
        if self.result is None or not 0 <= row < len(self.result.row_keys):
            return
        self._drill(self.result.row_keys[row], series, self._row_title(row))

    def _chart_clicked(self, index: int, series: str) -> None:
        if not self.chart.pending:  # else the bar is of the previous answer's chart
            self.drill_category(index, series)

    def drill_category(self, index: int, series: str) -> None:
        """A bar: its category is the report's row of the same index; `series` is the key of
        the bar's series (its name in the interface language goes into the title)."""
        if self.result is None or not 0 <= index < len(self.result.row_keys):
            return
        assert self.shown_result is not None
        categories = self.result.chart.categories
        title = categories[index] if index < len(categories) else ""
        name = next((x.name for x in self.shown_result.chart.series if x.key == series), series)
        self._drill(self.result.row_keys[index], series, f"{title} — {name}")

    def _row_title(self, row: int) -> str:
        assert self.result is not None
        first = self.result.columns[0] if self.result.columns else None
        return cell_text(self.result.rows[row].get(first.key), first.kind) if first else ""

    def _drill(self, key: Any, series: str | None, title: str) -> None:
        """The ids are read off the GUI thread; the list opens when they are here."""
        assert self.result is not None and self.shown_params is not None
        name, params = self.result.name, self.shown_params

        def show(target: Any) -> None:
            window = DrillWindow(self.ctx, target.entity, list(target.ids), title, self)
            self.drill_windows.append(window)
            window.show()

        Query(self, self.ctx, lambda s: reports.drill(s, name, params, key, series)) \
            .success(show).run_in_background()

    # -- exports -------------------------------------------------------------------------------
    def export(self, kind: str, path: Path | None = None,
               done: Callable[[Path], Any] | None = None) -> None:
        if self.result is None or self.shown_result is None:
            return
        if path is None:
            filters = {"xlsx": self.tr("Excel workbooks (*.xlsx)"),
                       "pdf": self.tr("PDF files (*.pdf)"), "png": self.tr("Images (*.png)")}
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export"), f"{self.result.name}.{kind}", filters[kind])
            if not name:
                return
            path = Path(name)
        # the texts in the interface language (titles, columns, chart, definitions)
        result, target = self.shown_result, path
        if kind == "png":  # drawn on the GUI thread (~20 ms), compressed in the background
            currency = self.shown_params.currency if self.shown_params else None
            image = render_image(result.chart, QSize(1600, 1000), currency)
            Job(self, self.ctx, lambda: _save_image(image, target)) \
                .success(lambda p: self._exported(p, done)).run_in_background()
            return
        language = self.language

        def write() -> Path:
            if kind == "xlsx":
                export.to_xlsx(result, target)
            else:
                export.to_pdf(result, target, language)
            return target

        Job(self, self.ctx, write).success(lambda p: self._exported(p, done)) \
            .run_in_background()

    def _exported(self, path: Path, done: Callable[[Path], Any] | None) -> None:
        self.status.setText(self.tr("Saved to {0}").format(path))
        if done is not None:
            done(path)

    # -- the plan ------------------------------------------------------------------------------
    def edit_plan(self) -> QWidget:
        from .plan_dialog import PlanDialog

        dialog = PlanDialog(self.ctx, self.date_from.date().year(), self.choices, self)
        dialog.open()
        return dialog

