"""The reports as a user sees them, on a real demo file: the chart adapter (a chart description
becomes a Qt chart with its categories, series and values, and a PNG of the size asked; labels
grouped in the interface language); the reports window runs each report and shows the service's
rows, drops a cancelled run, drills into exactly the service's ids, exports files that open;
the plan editor's plan shows in the sales report; the dashboard shows tiles and refreshes."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QHorizontalBarSeries
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from crm_desktop.services.locale import formatting
from crm_desktop.ui.kit import charts


@dataclass
class _Series:
    name: str
    values: list[Any]


@dataclass
class _Spec:
    kind: str
    title: str
    categories: list[str]
    series: list[_Series] = field(default_factory=list)
    value_kind: str = "money"


def _spec(kind: str) -> _Spec:
    return _Spec(kind, "Sales", ["Jan", "Feb", "Mar"],
                 [_Series("Actual", [Decimal("1234567.50"), Decimal(200), Decimal(0)]),
                  _Series("Plan", [Decimal(1000000), Decimal(500), Decimal(300)])])


@pytest.fixture
def english() -> Any:
    formatting.set_locale("en")
    yield
    formatting.set_locale("en")


@pytest.mark.parametrize("kind", ["bar", "stacked_bar", "line", "funnel"])
def test_a_chart_description_becomes_a_chart_with_its_categories_and_values(
        qtbot: QtBot, kind: str, english: None) -> None:
    view = charts.ChartView(_spec(kind), currency="KZT")
    qtbot.addWidget(view)
    assert view.chart().title() == "Sales"
    assert view.series_values() == {"Actual": [1234567.5, 200.0, 0.0],
                                    "Plan": [1000000.0, 500.0, 300.0]}
    axes = view.chart().axes()
    categories = next(a for a in axes if isinstance(a, QBarCategoryAxis)).categories()
    if kind == "funnel":  # stages top down: Qt draws the first category at the bottom
        assert isinstance(view.chart().series()[0], QHorizontalBarSeries)
        assert categories == ["Mar", "Feb", "Jan"]
    else:
        assert categories == ["Jan", "Feb", "Mar"]
    values = next(a for a in axes if isinstance(a, QCategoryAxis))
    assert values.titleText() == "Amount, KZT"
    assert "1,000,000" in values.categoriesLabels()
    assert view.chart().legend().isVisible()


def test_a_pie_has_a_slice_per_category(qtbot: QtBot, english: None) -> None:
    spec = _Spec("pie", "Sources", ["Web", "Calls"], [_Series("Leads", [30, 10])], "int")
    view = charts.ChartView(spec)
    qtbot.addWidget(view)
    assert view.series_values() == {"Leads": [30.0, 10.0]}
    labels = [s.label() for s in view.chart().series()[0].slices()]
    assert labels == ["Web: 30 (75%)", "Calls: 10 (25%)"]


def test_a_click_on_a_bar_names_its_category_and_series(qtbot: QtBot) -> None:
    clicked: list[tuple[int, str]] = []
    view = charts.ChartView(_spec("funnel"))
    view.clicked.connect(lambda i, name: clicked.append((i, name)))
    qtbot.addWidget(view)
    bars = view.chart().series()[0].barSets()
    bars[1].clicked.emit(0)  # the bottom bar of the funnel is its last stage
    assert clicked == [(2, "Plan")]


def test_a_replaced_chart_is_deleted(qtbot: QtBot) -> None:
    """The view releases its previous chart without deleting it: each refresh (the dashboard
    every few minutes) would leave one behind, with its series, axes and callbacks."""
    import shiboken6

    view = charts.ChartView(_spec("bar"))
    qtbot.addWidget(view)
    first = view.chart()
    view.set_spec(_spec("line"))
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=2_000)
    assert shiboken6.isValid(view.chart()) and view.series_values()


def test_thousands_separators_follow_the_language(qtbot: QtBot) -> None:
    try:
        formatting.set_locale("ru")
        ru = charts.value_text(Decimal("1250000"), "money")
        view = charts.ChartView(_spec("bar"))
        qtbot.addWidget(view)
        labels = next(a for a in view.chart().axes()
                      if isinstance(a, QCategoryAxis)).categoriesLabels()
    finally:
        formatting.set_locale("en")
    assert ru == "1\u00a0250\u00a0000"
    assert "1\u00a0250\u00a0000" in labels
    assert charts.value_text(Decimal("1250000"), "money") == "1,250,000"
    assert charts.value_text(Decimal("41.26"), "percent") == "41 %"


def test_a_chart_renders_to_a_png_of_the_size_asked(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    assert charts.save_png(_spec("bar"), str(path), QSize(900, 500))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 500)
    fill = QColor(charts.FILLS[0]).rgb()
    colours = {image.pixel(x, y) for x in range(0, 900, 3) for y in range(0, 500, 3)}
    assert fill in colours  # the first series' bars are drawn, not an empty frame
    assert len(colours) > 20


# -- the reports window on a demo file -----------------------------------------------------------
def _ctx(db: Any, login: str = "d.seitkali") -> Any:
    pytest.importorskip("crm_desktop.services.reports")  # the service lands separately
    from crm_desktop.ui.kit.bus import DataBus
    from crm_desktop.ui.kit.context import AppContext

    from .actors import person

    return AppContext(db, person(db, login), DataBus())


def _window(qtbot: QtBot, db: Any, login: str = "d.seitkali") -> Any:
    pytest.importorskip("crm_desktop.services.reports")
    from crm_desktop.ui.reports.window import ReportsWindow

    window = ReportsWindow(_ctx(db, login))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.choices_loaded, timeout=15_000)
    return window


def _run(qtbot: QtBot, window: Any, name: str) -> Any:
    from datetime import date

    window.select_report(name)
    today = date.today()
    window.set_period(date(today.year - 1, 1, 1), today)
    window.run_report()
    qtbot.waitUntil(lambda: not window.running and not window.chart.pending, timeout=30_000)
    assert window.result is not None and window.result.name == name
    return window.result


def _service(db: Any, name: str, params: Any) -> Any:
    from crm_desktop.services import reports

    with db.session() as s:
        return reports.run(s, name, params)


NAMES = ["funnel", "sales", "benchmark", "won_lost", "sources", "claims", "overdue",
         "reactivation"]


@pytest.mark.parametrize("name", NAMES)
def test_the_window_runs_each_report_and_shows_the_services_rows(
        qtbot: QtBot, demo_db: Any, name: str) -> None:
    window = _window(qtbot, demo_db)
    from crm_desktop.ui.reports.texts import result_shown
    from crm_desktop.ui.reports.window import cell_text

    shown = _run(qtbot, window, name)
    service = _service(demo_db, name, window.shown_params)
    expected = result_shown(service)  # the service's rows, its words in the interface language
    assert window.model.rowCount() == len(service.rows)
    assert [c.key for c in shown.columns] == [c.key for c in service.columns]
    model = window.model
    for row, data in enumerate(expected.rows):
        for column, spec in enumerate(expected.columns):
            assert model.data(model.index(row, column)) == cell_text(data.get(spec.key),
                                                                       spec.kind)
    assert window.chart.categories() == list(expected.chart.categories)
    codes = {"cold_call", "advertising", "exhibition", "website", "referral", "partner"}
    shown_text = {str(model.data(model.index(r, c))) for r in range(model.rowCount())
                  for c in range(model.columnCount())}
    assert not codes & shown_text, "a lead source shown as its stored code"
    assert not codes & set(window.chart.categories())
    assert window.definitions.text().count("•") == len(expected.definitions)


def test_the_chart_follows_the_table_with_the_answers_series(qtbot: QtBot,
                                                              demo_db: Any) -> None:
    """The answer's table shows at once; its chart a few event-loop turns later (so that the
    table's paint and the chart's build do not block the GUI thread in one turn), with the
    answer's title, categories and values; a chart still on its way when the report changes
    is dropped."""
    from crm_desktop.ui.reports.window import prepared

    window = _window(qtbot, demo_db)
    _run(qtbot, window, "sales")
    params = window.shown_params
    answer = prepared(_service(demo_db, "won_lost", params), params)
    window._show(answer, params)
    assert window.model.rowCount() == len(answer.texts)
    assert window.chart.pending  # the previous answer's chart until the next turns
    assert window.chart.chart().title() != answer.shown.chart.title
    qtbot.waitUntil(lambda: not window.chart.pending, timeout=5_000)
    spec = answer.shown.chart
    assert window.chart.chart().title() == spec.title
    assert window.chart.categories() == list(spec.categories)
    assert window.chart.series_values() == {
        s.name: [float(v) for v in s.values] for s in spec.series}

    window._show(answer, params)
    window.select_report("funnel")  # cleared before the chart came
    qtbot.wait(100)
    assert not window.chart.pending and window.chart.series_values() == {}


def test_a_cancelled_run_shows_nothing(qtbot: QtBot, demo_db: Any) -> None:
    from crm_desktop.ui.kit.tasks import wait_for_tasks

    window = _window(qtbot, demo_db)
    window.select_report("sales")
    window.run_report()
    assert window.progress.isVisible() and window.cancel_button.isEnabled()
    window.cancel_button.click()
    assert wait_for_tasks(30_000)
    qtbot.wait(200)  # the answer arrives on the GUI thread, and is dropped
    assert window.result is None and window.model.rowCount() == 0
    assert not window.progress.isVisible() and window.cancelled == 1


def test_the_answer_is_put_into_words_off_the_gui_thread(qtbot: QtBot, demo_db: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cell's text and the translated copy are made in the background with the report
    (a thousand rows formatted on the GUI thread blocked it for ~200 ms on the large demo);
    the window only hands the texts to the table."""
    import threading

    from crm_desktop.ui.reports import window as module

    gui = threading.get_ident()
    threads: set[int] = set()
    real_cell, real_shown = module.cell_text, module.result_shown

    def cell(value: Any, kind: str) -> str:
        threads.add(threading.get_ident())
        return real_cell(value, kind)

    def shown(*args: Any) -> Any:
        threads.add(threading.get_ident())
        return real_shown(*args)

    monkeypatch.setattr(module, "cell_text", cell)
    monkeypatch.setattr(module, "result_shown", shown)
    window = _window(qtbot, demo_db)
    result = _run(qtbot, window, "reactivation")
    model = window.model
    texts = [model.data(model.index(r, c)) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert result.rows and all(isinstance(text, str) for text in texts)
    assert threads and gui not in threads
    width = window.table.horizontalHeader().sectionSize(1)
    longest = max((model.data(model.index(r, 1)) for r in range(model.rowCount())), key=len)
    assert width >= window.table.fontMetrics().horizontalAdvance(longest)


def test_double_clicking_a_row_opens_exactly_the_services_drill_down(
        qtbot: QtBot, demo_db: Any) -> None:
    window = _window(qtbot, demo_db)
    from PySide6.QtCore import Qt

    from crm_desktop.services import reports
    from crm_desktop.ui.reports.drill import DrillWindow

    result = _run(qtbot, window, "funnel")
    row = next(i for i, r in enumerate(result.rows) if i < len(result.row_keys))
    with demo_db.session() as s:
        target = reports.drill(s, "funnel", window.shown_params, result.row_keys[row], None)
    assert target.ids, "the demo has deals behind the first stage"
    table = window.table
    rect = table.visualRect(window.model.index(row, 0))
    # a person's double-click is a press, then the double-click (Qt's view ignores a
    # double-click on an index it did not see pressed)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(window.findChildren(DrillWindow)), timeout=15_000)
    drill = window.findChildren(DrillWindow)[-1]
    qtbot.waitUntil(lambda: not drill.loading, timeout=15_000)
    assert drill.entity == target.entity
    assert sorted(drill.shown_ids()) == sorted(target.ids)
    card = drill.open_row(drill.model.index(0, 0))
    assert card is not None
    card.close()


@pytest.mark.parametrize("kind", ["xlsx", "pdf", "png"])
def test_the_export_buttons_write_files_that_open(qtbot: QtBot, demo_db: Any, tmp_path: Path,
                                                  kind: str) -> None:
    window = _window(qtbot, demo_db)
    result = _run(qtbot, window, "sales")
    assert window.export_buttons[kind].isEnabled()
    path = tmp_path / f"sales.{kind}"
    written: list[Path] = []
    window.export(kind, path, written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    if kind == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None and sheet.max_row >= len(result.rows)
    elif kind == "pdf":
        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(path).pages)
        assert text.strip()
    else:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1600, 1000)


def test_the_dashboard_shows_tiles_and_refreshes_on_a_change(qtbot: QtBot,
                                                             demo_db: Any) -> None:
    ctx = _ctx(demo_db)
    from crm_desktop.services.core.changes import Change
    from crm_desktop.ui.reports.dashboard import DashboardView

    view = DashboardView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.refreshes == 1 and not view.loading, timeout=30_000)
    assert view.tiles and all(t.value.text() for t in view.tiles.values())
    assert view.charts
    qtbot.waitUntil(lambda: not view.charts_pending, timeout=5_000)  # one a turn
    assert all(chart.series_values() for chart in view.charts)
    ctx.bus.notify(Change.DEALS)
    qtbot.waitUntil(lambda: view.refreshes == 2 and not view.loading, timeout=30_000)
    ctx.bus.notify(Change.OUTBOX)  # not a figure of the dashboard
    qtbot.wait(300)
    assert view.refreshes == 2


def test_the_menus_open_the_reports_and_the_dashboard(qtbot: QtBot, demo_db: Any) -> None:
    from PySide6.QtGui import QAction

    from .helpers import open_desk

    pytest.importorskip("crm_desktop.services.reports")

    main = open_desk(qtbot, demo_db, "d.seitkali")
    main.findChild(QAction, "report_benchmarkAction").trigger()
    assert main.reports_window.objectName() == "reportsWindow"
    assert main.reports_window.report == "benchmark"
    main.findChild(QAction, "dashboardAction").trigger()
    assert main.dashboard.objectName() == "dashboardView"
    qtbot.waitUntil(lambda: main.dashboard.refreshes > 0, timeout=30_000)


def test_small_counts_get_whole_unique_labels_covering_the_top(qtbot: QtBot) -> None:
    spec = _Spec("bar", "Won", ["Jan", "Feb"], [_Series("Won", [1, 2])], "money")
    view = charts.ChartView(spec, compact=True)
    qtbot.addWidget(view)
    axis = next(a for a in view.chart().axes() if isinstance(a, QCategoryAxis))
    labels = axis.categoriesLabels()
    assert labels[-1] == "2" and axis.max() >= 2
    assert all(axis.endValue(label) == float(label) for label in labels)  # where it says


def test_a_plan_saved_in_the_editor_shows_in_the_sales_report(qtbot: QtBot,
                                                               demo_db: Any) -> None:
    from datetime import date

    window = _window(qtbot, demo_db)
    window.select_report("sales")
    dialog = window.edit_plan()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=15_000)
    manager_id = next(uid for uid, login, _ in window.choices.users if login == "a.nurlanova")
    month = date.today().month
    dialog.set_amount(manager_id, month, "1 234 567,50")
    dialog.set_amount(manager_id, 12 if month != 12 else 1, "abc")
    dialog.save()
    assert dialog.isVisible() and "abc" in dialog.error.text()  # nothing saved yet
    dialog.set_amount(manager_id, 12 if month != 12 else 1, "")
    dialog.save()
    assert not dialog.isVisible()
    window.group_by.setCurrentIndex(window.group_by.findData("manager"))
    today = date.today()
    window.set_period(date(today.year, month, 1), today)
    window.run_report()
    qtbot.waitUntil(lambda: not window.running, timeout=30_000)
    result = window.result
    assert result is not None and "plan" in [c.key for c in result.columns]
    row = result.rows[list(result.row_keys).index(manager_id)]
    assert Decimal(str(row["plan"])) == Decimal("1234567.50")


# -- every text a person reads comes through the translation table -------------------------------
MARK = "ру·"  # what the test's translator puts before every reports sentence


def _ts(path: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """A tiny .ts (source → translation per context) compiled to a .qm with lrelease."""
    import shutil
    import subprocess
    import sys
    from xml.sax.saxutils import escape

    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
             '<TS version="2.1" language="ru_RU">']
    for context, messages in contexts.items():
        parts.append(f"<context><name>{context}</name>")
        for source, translation in messages.items():
            parts.append(f"<message><source>{escape(source)}</source>"
                         f"<translation>{escape(translation)}</translation></message>")
        parts.append("</context>")
    parts.append("</TS>")
    path.write_text("\n".join(parts), encoding="utf-8")
    qm = path.with_suffix(".qm")
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    subprocess.run([tool or "pyside6-lrelease", "-silent", str(path), "-qm", str(qm)],
                   check=True)
    return qm


@pytest.fixture
def marked(qapp: Any, tmp_path: Path) -> Any:
    """A translator that translates every reports sentence (services/reports/words.py) as
    MARK + its English, the won/lost title and one definition into Russian, and the section
    word 'Manager' (a column's key): whatever the window shows without MARK did not come
    through the table."""
    pytest.importorskip("crm_desktop.services.reports")
    from PySide6.QtCore import QTranslator

    from crm_desktop.services.core.errors import CODES
    from crm_desktop.services.reports import words

    errors = {e.english: MARK + e.english for code, e in CODES.items()
              if code.split(".")[:2][-1] in {"title", "chart", "series", "axis", "def",
                                              "metric", "term", "tile"}
              and code.startswith("reports.")}
    errors[words.TITLE_WON_LOST.english] = "Выигранные и проигранные"
    errors[words.DEF_WIN_RATE.english] = ("Доля выигранных = выигранные / (выигранные + "
                                          "проигранные) сделки, закрытые в периоде.")
    qm = _ts(tmp_path / "marked.ts", {"errors": errors, "reports": {"Manager": "Менеджер"}})
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield errors
    qapp.removeTranslator(translator)


def _read_chart(view: Any) -> tuple[str, list[str], str]:
    axis = next(a for a in view.chart().axes() if isinstance(a, QCategoryAxis))
    return view.chart().title(), list(view.series_values()), axis.titleText()


@pytest.mark.parametrize("name", NAMES)
def test_every_title_series_and_definition_the_window_shows_is_translated(
        qtbot: QtBot, demo_db: Any, marked: dict[str, str], name: str) -> None:
    window = _window(qtbot, demo_db)
    result = _run(qtbot, window, name)
    title, series, axis = _read_chart(window.chart)
    assert title.startswith(MARK) or title == "Выигранные и проигранные", title
    assert series and all(s.startswith(MARK) for s in series), series
    assert axis.startswith(MARK), axis
    lines = window.definitions.text().split("\n")
    assert len(lines) == len(result.definitions)
    assert all(line.startswith(f"• {MARK}") or line.startswith("• Доля") for line in lines), \
        lines
    heading = window.title.text()
    assert heading.startswith(MARK) or heading == "Выигранные и проигранные"


def test_the_exports_from_the_window_carry_the_interface_language(
        qtbot: QtBot, demo_db: Any, marked: dict[str, str], tmp_path: Path) -> None:
    import openpyxl
    from pypdf import PdfReader

    window = _window(qtbot, demo_db)
    result = _run(qtbot, window, "won_lost")
    written: list[Path] = []
    window.export("xlsx", tmp_path / "wl.xlsx", written.append)
    window.export("pdf", tmp_path / "wl.pdf", written.append)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=30_000)
    sheet = openpyxl.load_workbook(tmp_path / "wl.xlsx").active
    assert sheet is not None
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert cells[0] == "Выигранные и проигранные"
    assert "Менеджер" in cells  # a section word in a label column, by its key
    assert "Доля выигранных = выигранные / (выигранные + проигранные) сделки, закрытые в " \
           "периоде." in cells
    english = [str(d) for d in result.definitions]
    assert not set(english) & set(map(str, cells))  # no definition left in English
    pdf = " ".join(page.extract_text() for page in PdfReader(tmp_path / "wl.pdf").pages)
    words = " ".join(pdf.split())
    assert "Выигранные и проигранные" in words
    assert "Доля выигранных" in words
    assert MARK + "Won and lost by manager" in words  # the chart's title
    assert "Won and lost" not in words.replace(MARK + "Won and lost", "")  # none untranslated


def test_a_click_on_a_translated_bar_drills_by_the_series_key(
        qtbot: QtBot, demo_db: Any, marked: dict[str, str]) -> None:
    from crm_desktop.services import reports
    from crm_desktop.ui.reports.drill import DrillWindow

    window = _window(qtbot, demo_db)
    result = _run(qtbot, window, "won_lost")
    bars = window.chart.chart().series()[0].barSets()
    assert [b.label() for b in bars] == [MARK + "Won", MARK + "Lost"]
    bars[1].clicked.emit(0)  # the busiest manager's lost deals
    qtbot.waitUntil(lambda: bool(window.findChildren(DrillWindow)), timeout=15_000)
    drill = window.findChildren(DrillWindow)[-1]
    qtbot.waitUntil(lambda: not drill.loading, timeout=15_000)
    with demo_db.session() as s:
        lost = reports.drill(s, "won_lost", window.shown_params, result.row_keys[0], "lost")
    assert sorted(drill.shown_ids()) == sorted(lost.ids)
    assert drill.windowTitle().endswith(MARK + "Lost")


def test_the_dashboard_tiles_and_charts_are_translated(qtbot: QtBot, demo_db: Any,
                                                      marked: dict[str, str]) -> None:
    from crm_desktop.ui.reports.dashboard import DashboardView

    view = DashboardView(_ctx(demo_db))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.refreshes == 1 and not view.loading
                    and not view.charts_pending, timeout=30_000)
    assert view.tiles
    assert all(t.title.text().startswith(MARK) for t in view.tiles.values())
    for chart in view.charts:
        assert chart.chart().title().startswith(MARK)
        assert all(s.startswith(MARK) for s in chart.series_values())


def test_a_long_name_under_a_bar_is_read_whole(qtbot: QtBot) -> None:
    spec = _Spec("stacked_bar", "Won", ["Александра Константиновна", "Ли"],
                 [_Series("Won", [3, 1])], "int")
    view = charts.ChartView(spec)
    qtbot.addWidget(view)
    axis = next(a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert axis.categories() == ["Александра<br>Константиновна", "Ли"]  # a word a line
    assert axis.labelsAngle() == -90  # standing up: not elided to "Алекса…"
    assert view.categories() == ["Александра Константиновна", "Ли"]
    view.chart().series()[0].barSets()[0].hovered.emit(True, 0)
    assert view.hovered.startswith("Александра Константиновна\nWon: 3")
