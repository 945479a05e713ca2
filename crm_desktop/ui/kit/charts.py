"""The one adapter from a report's chart description (`ChartSpec`) to pixels.

`ChartView(spec)` is a widget; `render_image(spec, size)` / `save_png(spec, path, size)` draw the
same chart into an image. This is the only module that imports Qt Charts (deprecated in favour
of Qt Graphs, which needs Qt Quick): another renderer replaces this file and nothing else.

Readable in print: axis titles and labels, numbers grouped and money formatted in the
interface language (`services.locale.formatting`), a legend, fills whose lightness differs and
which carry a hatch each, so series stay apart on a grey printout. A click on a bar, a point or
a slice emits `clicked(category index, series key)` for drill-down (the series' `key` when it
has one, else its name: the texts a spec carries are already in the interface language).
A long category label (a person's full name under a bar) stands up, a word a line, instead of
being elided; hovering a bar shows its whole category, series and value as a tooltip.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QPieSlice,
    QStackedBarSeries,
)
from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsScene, QToolTip, QWidget

from crm_desktop.services.locale import formatting


class SeriesLike(Protocol):
    name: str
    values: Sequence[Any]


class ChartLike(Protocol):
    """What the adapter reads of `services.reports.result.ChartSpec`."""

    kind: str
    title: str
    categories: Sequence[str]
    series: Sequence[Any]
    value_kind: str
    # optional: `value_title` (the value axis' title) and, on a series, `key` (for clicks)


# Fill colours ordered so that neighbours differ in lightness (dark, light, middle, …): they
# stay apart when printed grey. Each also gets its own hatch (PATTERNS) drawn in INK.
FILLS = ("#1f4e79", "#f2b134", "#5b9bd5", "#7f3f00", "#a9d18e", "#6b6b6b", "#f4cccc",
         "#2e7d32")
INK = ("#ffffff", "#5a3d00", "#0b2740", "#ffd9b3", "#1e4d14", "#ffffff", "#7a1f1f", "#e8f5e9")
PATTERNS = (Qt.BrushStyle.NoBrush, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.Dense6Pattern,
            Qt.BrushStyle.FDiagPattern, Qt.BrushStyle.CrossPattern,
            Qt.BrushStyle.HorPattern, Qt.BrushStyle.DiagCrossPattern,
            Qt.BrushStyle.VerPattern)
LONG_LABEL = 10  # characters: longer category labels stand up under their bars
PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
              Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)


def fill_brush(index: int) -> QBrush:
    """A solid colour with a hatch of its own on top (a texture), for series `index`."""
    i = index % len(FILLS)
    tile = QPixmap(12, 12)
    tile.fill(QColor(FILLS[i]))
    if PATTERNS[i] != Qt.BrushStyle.NoBrush:
        painter = QPainter(tile)
        painter.fillRect(0, 0, 12, 12, QBrush(QColor(INK[i]), PATTERNS[i]))
        painter.end()
    return QBrush(tile)


def fill_color(index: int) -> QColor:
    return QColor(FILLS[index % len(FILLS)])


def _float(value: Any) -> float:
    if value is None:
        return 0.0
    return float(value)


def value_text(value: Any, value_kind: str, currency: str | None = None) -> str:
    """A value as the chart labels it: grouped in the interface language; money with its
    currency when known; percent with a percent sign."""
    number = Decimal(str(value if value is not None else 0))
    if value_kind == "money":
        # whole units, grouped; the currency is named once, in the axis title or the legend
        return formatting.amount(number.quantize(Decimal(1)))
    if value_kind == "percent":
        shown = number.quantize(Decimal(1)) if abs(number) >= 10 else number.quantize(
            Decimal("0.1"))
        return f"{formatting.number(shown)} %"
    if number == number.to_integral_value():
        return formatting.number(int(number))
    return formatting.number(number.quantize(Decimal("0.1")))


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round tick values covering [low, high] (0 always included), about `count` of them;
    `whole`: steps of at least 1 (counts and money are labelled in whole units)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1.0, float(math.ceil(step)))
    start = math.floor(low / step) * step
    ticks, value = [], start
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def series_key(serie: Any) -> str:
    """What a click on the series reports: its key, else its name."""
    return str(getattr(serie, "key", "") or serie.name)


def wrapped(label: str) -> str:
    """A label a word a line (Qt's axis draws it as rich text)."""
    if " " not in label.strip():
        return label
    return "<br>".join(html.escape(word) for word in label.split())


def hover_text(category: str, series: str, value: Any, value_kind: str,
               currency: str | None = None) -> str:
    """The tooltip of a bar, a point or a slice: its whole category, series and value."""
    return f"{category}\n{series}: {value_text(value, value_kind, currency)}"


def value_axis_title(value_kind: str, currency: str | None) -> str:
    if value_kind == "money":
        return (QCoreApplication.translate("charts", "Amount, {0}").format(currency)
                if currency else QCoreApplication.translate("charts", "Amount"))
    if value_kind == "percent":
        return QCoreApplication.translate("charts", "Percent")
    return QCoreApplication.translate("charts", "Count")


class ChartView(QChartView):
    """A `ChartSpec` shown as a Qt chart; `clicked(category index, series name)`."""

    clicked = Signal(int, str)

    def __init__(self, spec: ChartLike | None = None, parent: QWidget | None = None,
                 currency: str | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(240, 180)
        self.compact = compact
        self.spec: ChartLike | None = None
        self.pending = False  # a chart asked for by `show_later`, not drawn yet
        self._asked = 0  # the latest request: a pending one that is not is dropped
        self.set_spec(spec, currency)

    def set_spec(self, spec: ChartLike | None, currency: str | None = None) -> None:
        self._asked += 1
        self.pending = False
        self.spec = spec
        self.hovered = ""
        previous = self.chart()
        self.setChart(build_chart(spec, currency, self.compact, self._emit_click, self._hover))
        if previous is not None:  # released by the view, owned by nobody: it would leak
            previous.deleteLater()

    def show_later(self, spec: ChartLike | None, currency: str | None = None,
                   turns: int = 2) -> None:
        """`set_spec` a few event-loop turns later, so that building a chart (series, axes,
        labels: up to ~10 ms for 40 standing names) and then its first layout and paint
        (~17 ms) each get a turn of their own instead of adding to the turn that showed the
        table (together they kept the GUI thread ~45 ms). The hops are posted calls: Qt
        paints at a lower priority, so the first hop runs before the caller's paint and the
        build after it. Until then `pending`; a newer request or `set_spec` replaces it."""
        self._asked += 1
        self.pending = True
        asked = self._asked

        def hop(left: int) -> None:
            if asked != self._asked:
                return
            if left > 1:
                QTimer.singleShot(0, self, lambda: hop(left - 1))
            else:
                self.set_spec(spec, currency)

        QTimer.singleShot(0, self, lambda: hop(turns - 1))

    def _emit_click(self, index: int, name: str) -> None:
        self.clicked.emit(index, name)

    def _hover(self, text: str) -> None:
        """A bar hovered (text) or left (empty): its whole category as a tooltip."""
        self.hovered = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    # -- what tests and exports read back ----------------------------------------------------
    def categories(self) -> list[str]:
        return list(self.spec.categories) if self.spec else []

    def series_values(self) -> dict[str, list[float]]:
        return chart_values(self.chart())


def chart_values(chart: QChart) -> dict[str, list[float]]:
    """What the chart draws, by series name (bars in category order as given in the spec)."""
    out: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QPieSeries):
            out[series.name()] = [s.value() for s in series.slices()]
        elif isinstance(series, QLineSeries):
            out[series.name()] = [p.y() for p in series.points()]
        elif isinstance(series, QHorizontalBarSeries):  # the funnel: drawn bottom-up
            for bar_set in series.barSets():
                values = [bar_set.at(i) for i in range(bar_set.count())]
                out[bar_set.label()] = values[::-1]
        else:
            for bar_set in series.barSets():  # type: ignore[attr-defined]
                out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return out


def build_chart(spec: ChartLike | None, currency: str | None = None, compact: bool = False,
                on_click: Any = None, on_hover: Any = None) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 24, 4))  # room for the last value label on the right
    title_font = QFont()
    title_font.setPointSize(10 if compact else 12)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if spec is None:
        chart.legend().hide()
        return chart
    chart.setTitle(spec.title)
    click = on_click or (lambda index, name: None)
    hover = on_hover or (lambda text: None)
    categories = [str(c) for c in spec.categories]
    if spec.kind == "pie":
        _pie(chart, spec, categories, currency, click)
    elif spec.kind == "line":
        _line(chart, spec, categories, currency, compact, click)
    elif spec.kind == "funnel":
        _funnel(chart, spec, categories, currency, compact, click, hover)
    else:
        _bars(chart, spec, categories, currency, compact, click, hover)
    legend = chart.legend()
    legend.setVisible(spec.kind == "pie" or len(spec.series) > 1 or not compact)
    legend_font = QFont()
    legend_font.setPointSize(8 if compact else 9)
    legend.setFont(legend_font)
    return chart


def _label_font(compact: bool) -> QFont:
    font = QFont()
    font.setPointSize(7 if compact else 9)
    return font


def _value_axis(spec: ChartLike, currency: str | None, compact: bool,
                low: float, high: float) -> QCategoryAxis:
    """A value axis whose labels are formatted by us (QValueAxis knows only printf formats:
    no grouping in the interface language)."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    ticks = nice_ticks(low, high, 4 if compact else 6, whole=spec.value_kind != "percent")
    shown: set[str] = set()
    for tick in ticks:
        text = value_text(tick, spec.value_kind, currency)
        if text not in shown:  # the axis refuses a label twice
            shown.add(text)
            axis.append(text, tick)
    axis.setRange(ticks[0], ticks[-1])
    axis.setStartValue(ticks[0])
    axis.setLabelsFont(_label_font(compact))
    axis.setGridLineVisible(True)
    if not compact:
        axis.setTitleText(getattr(spec, "value_title", "") or
                          value_axis_title(spec.value_kind, currency))
    return axis


def _category_axis(categories: list[str], compact: bool, vertical: bool) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    labels = categories or [""]
    long = max(len(c) for c in labels) > LONG_LABEL
    # a long label (a full name) reads whole standing up, a word a line; Qt elides what
    # does not fit under its bar
    axis.append([wrapped(c) for c in labels] if long and not vertical else labels)
    axis.setLabelsFont(_label_font(compact))
    if not vertical and long:
        axis.setLabelsAngle(-90)
    elif not vertical and len(categories) > (6 if compact else 8):
        axis.setLabelsAngle(-45)
    axis.setGridLineVisible(False)
    return axis


def _range(spec: ChartLike, stacked: bool) -> tuple[float, float]:
    if stacked:
        columns = list(zip(*[[_float(v) for v in s.values] for s in spec.series], strict=False))
        positives = [sum(v for v in col if v > 0) for col in columns] or [0.0]
        negatives = [sum(v for v in col if v < 0) for col in columns] or [0.0]
        return min(negatives), max(positives)
    values = [_float(v) for s in spec.series for v in s.values] or [0.0]
    return min(values), max(values)


def _attach(chart: QChart, series: Any, x: QAbstractAxis, y: QAbstractAxis) -> None:
    chart.addSeries(series)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def _bar_sets(spec: ChartLike, reverse: bool, click: Any, count: int,
              hover: Any = None, currency: str | None = None) -> list[QBarSet]:
    sets = []
    categories = [str(c) for c in spec.categories]
    for i, serie in enumerate(spec.series):
        bar_set = QBarSet(str(serie.name))
        values = [_float(v) for v in serie.values]
        bar_set.append(values[::-1] if reverse else values)
        bar_set.setBrush(fill_brush(i))
        bar_set.setPen(QPen(QColor("#202020"), 0.6))
        key, name = series_key(serie), str(serie.name)

        def at(index: int) -> int:
            return count - 1 - index if reverse else index

        bar_set.clicked.connect(lambda index, k=key: click(at(index), k))
        if hover is not None:
            bar_set.hovered.connect(
                lambda status, index, n=name, v=list(serie.values): hover(
                    hover_text(categories[at(index)], n, v[at(index)], spec.value_kind,
                               currency)
                    if status and 0 <= at(index) < len(v) and at(index) < len(categories)
                    else ""))
        sets.append(bar_set)
    return sets


def _bars(chart: QChart, spec: ChartLike, categories: list[str], currency: str | None,
          compact: bool, click: Any, hover: Any = None) -> None:
    stacked = spec.kind == "stacked_bar"
    series = QStackedBarSeries() if stacked else QBarSeries()
    for bar_set in _bar_sets(spec, False, click, len(categories), hover, currency):
        series.append(bar_set)
    low, high = _range(spec, stacked)
    _attach(chart, series, _category_axis(categories, compact, False),
            _value_axis(spec, currency, compact, low, high))


def _funnel(chart: QChart, spec: ChartLike, categories: list[str], currency: str | None,
            compact: bool, click: Any, hover: Any = None) -> None:
    """Stages top to bottom as horizontal bars (Qt draws the first category at the bottom:
    the order is turned over, and a click turned back)."""
    series = QHorizontalBarSeries()
    for bar_set in _bar_sets(spec, True, click, len(categories), hover, currency):
        series.append(bar_set)
    low, high = _range(spec, False)
    if len(spec.series) == 1 and not compact:  # the figure beside the stage, formatted by us
        values = spec.series[0].values
        categories = [f"{c} — {value_text(v, spec.value_kind)}"
                      for c, v in zip(categories, values, strict=False)]
    y = _category_axis(categories[::-1], compact, True)
    x = _value_axis(spec, currency, compact, low, high)
    chart.addSeries(series)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def _line(chart: QChart, spec: ChartLike, categories: list[str], currency: str | None,
          compact: bool, click: Any) -> None:
    x = _category_axis(categories, compact, False)
    low, high = _range(spec, False)
    y = _value_axis(spec, currency, compact, low, high)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for i, serie in enumerate(spec.series):
        line = QLineSeries()
        line.setName(str(serie.name))
        for position, value in enumerate(serie.values):
            line.append(QPointF(position, _float(value)))
        pen = QPen(fill_color(i), 2.5)
        pen.setStyle(PEN_STYLES[i % len(PEN_STYLES)])
        line.setPen(pen)
        line.setPointsVisible(True)
        key = series_key(serie)
        line.clicked.connect(lambda point, k=key: click(round(point.x()), k))
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)


def _pie(chart: QChart, spec: ChartLike, categories: list[str], currency: str | None,
         click: Any) -> None:
    pie = QPieSeries()
    serie = spec.series[0] if spec.series else None
    pie.setName(str(serie.name) if serie else "")
    values = [_float(v) for v in serie.values] if serie else []
    total = sum(values) or 1.0
    name = series_key(serie) if serie else ""
    for i, (category, value) in enumerate(zip(categories, values, strict=False)):
        piece = QPieSlice(f"{category}: {value_text(value, spec.value_kind, currency)} "
                          f"({value / total:.0%})", value)
        piece.setBrush(fill_brush(i))
        piece.setPen(QPen(QColor("#202020"), 0.6))
        piece.clicked.connect(lambda index=i: click(index, name))
        pie.append(piece)
    pie.setPieSize(0.62)
    chart.addSeries(pie)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)


def render_image(spec: ChartLike, size: QSize, currency: str | None = None) -> QImage:
    """The chart drawn into a white image of exactly `size` pixels (for PNG and print)."""
    chart = build_chart(spec, currency)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()),
                 QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    return image


def save_png(spec: ChartLike, path: str, size: QSize = QSize(1600, 1000),  # noqa: B008
             currency: str | None = None) -> bool:
    return render_image(spec, size, currency).save(path, "PNG")  # type: ignore[call-overload]
