"""A report's table to a file: XLSX (openpyxl; numbers stay numbers), PDF (ReportLab in the
documents' bundled font, the chart drawn with reportlab.graphics, then the table and the
definitions), CSV (UTF-8 with BOM, semicolons, as every export of the program) and JSON (the
table's rows, for programs).

Texts come from the result as given: the reports window, and the CLI for a PDF or an XLSX, hand
in the translated copy (`ui/reports/texts.result_shown`: titles, column titles, chart texts and
definitions in the interface language); the CLI's CSV and JSON, for programs, keep the
service's English (its `Message`s read as English). Numbers and dates in the PDF are formatted
for `language`.
"""

from __future__ import annotations

import csv
import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.exporting import WRITE_FAILED, safe_cell
from crm_desktop.services.documents.pdf import FONT, NumberedCanvas, make_styles, paragraph
from crm_desktop.services.locale import formatting

from .result import ChartSpec, ReportResult

FORMATS = ("csv", "xlsx", "pdf", "json")
UNKNOWN_FORMAT = error_code("reports.unknown_format", "No export format {format}; use one of "
                            "{formats}")
# the chart adapter's fills (ui/kit/charts.py): neighbours differ in lightness for grey print
FILLS = ("#1f4e79", "#f2b134", "#5b9bd5", "#7f3f00", "#a9d18e", "#6b6b6b", "#f4cccc",
         "#2e7d32")
NUMERIC = {"int", "money", "percent", "days"}


def plain(value: Any) -> Any:
    """A value as JSON carries it: money and percents as strings (exact), dates ISO."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    return value


def text_of(value: Any, kind: str, language: str | None = None) -> str:
    """A cell as printed, for `language`."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return formatting.amount(Decimal(value).quantize(Decimal("0.01")), language)
    if kind == "percent":
        return f"{formatting.number(Decimal(value).quantize(Decimal('0.1')), language)} %"
    if kind in ("int", "days"):
        number = Decimal(value)
        return formatting.number(int(number) if number == number.to_integral_value()
                                 else number, language)
    if kind == "date" and isinstance(value, date):
        return formatting.short_date(value, language)
    return str(value)


def _write(path: Path, write: Any) -> Path:
    try:
        write()
    except OSError as exc:
        raise CrmError(WRITE_FAILED, path=path, reason=exc.strerror or str(exc)) from exc
    return path


def to_xlsx(result: ReportResult, path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = result.name[:31]
    sheet.append([safe_cell(result.title)])
    sheet["A1"].font = Font(bold=True, size=13)
    if result.period:
        sheet.append([safe_cell(result.period)])
    sheet.append([])
    sheet.append([safe_cell(c.title) for c in result.columns])
    header = sheet.max_row
    for cell in sheet[header]:
        cell.font = Font(bold=True)
    for row in result.rows:
        sheet.append([_xlsx_value(row.get(c.key), c.kind) for c in result.columns])
    for index, column in enumerate(result.columns, start=1):
        if column.kind == "money":
            for (cell,) in sheet.iter_rows(min_row=header + 1, min_col=index, max_col=index):
                cell.number_format = "#,##0.00"
    sheet.append([])
    for line in result.definitions:
        sheet.append([safe_cell(line)])
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    return _write(path, lambda: book.save(path))


def _xlsx_value(value: Any, kind: str) -> Any:
    if isinstance(value, Decimal):
        return float(value) if kind == "percent" else value
    if isinstance(value, uuid.UUID):
        return str(value)
    return safe_cell(value)


def to_csv(result: ReportResult, path: Path) -> Path:
    def write() -> None:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow([c.title for c in result.columns])
            for row in result.rows:
                writer.writerow([safe_cell(plain(row.get(c.key))) for c in result.columns])

    return _write(path, write)


def as_json(result: ReportResult) -> dict[str, Any]:
    return {"report": result.name, "title": result.title, "period": result.period,
            "currency": result.currency,
            "columns": [{"key": c.key, "title": c.title, "kind": c.kind}
                        for c in result.columns],
            "rows": [{c.key: plain(row.get(c.key)) for c in result.columns}
                     for row in result.rows],
            "definitions": list(result.definitions),
            "chart": {"kind": result.chart.kind, "title": result.chart.title,
                      "categories": list(result.chart.categories),
                      "series": [{"name": x.name, "values": plain(list(x.values))}
                                 for x in result.chart.series]}}


def to_json(result: ReportResult, path: Path) -> Path:
    text = json.dumps(as_json(result), ensure_ascii=False, indent=1)
    return _write(path, lambda: path.write_text(text, encoding="utf-8"))


# -- PDF -------------------------------------------------------------------------------------
def _values(spec: ChartSpec) -> list[list[float]]:
    return [[float(v or 0) for v in x.values] for x in spec.series] or [[0.0]]


def _label(text: str, limit: int = 18) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def chart_drawing(spec: ChartSpec, width: float, height: float,
                  language: str | None = None) -> Drawing:
    """The chart as ReportLab graphics: bars (grouped or stacked), a line, a funnel as
    horizontal bars top down, or a pie; a legend beneath."""
    drawing = Drawing(width, height)
    drawing.add(String(width / 2, height - 12, spec.title, fontName=FONT, fontSize=10,
                       textAnchor="middle"))
    data = _values(spec)
    slanted = spec.kind != "funnel" and (len(spec.categories) > 6 or any(
        len(c) > 18 for c in spec.categories))
    # a slanted label has room for a full name
    categories = [_label(c, 30 if slanted else 18) for c in spec.categories] or [""]
    chart: Any
    if spec.kind == "pie":
        chart = Pie()
        chart.x, chart.y, chart.width = width / 2 - 80, 30, 160
        chart.height = 160
        chart.data = data[0] or [1]
        chart.labels = categories
        chart.slices.fontName = FONT
        for i in range(len(chart.data)):
            chart.slices[i].fillColor = colors.HexColor(FILLS[i % len(FILLS)])
        drawing.add(chart)
        return drawing
    if spec.kind == "funnel":
        chart = HorizontalBarChart()
        data = [list(reversed(row)) for row in data]
        categories = list(reversed(categories))
    elif spec.kind == "line":
        chart = HorizontalLineChart()
    else:
        chart = VerticalBarChart()
        if spec.kind == "stacked_bar":
            chart.categoryAxis.style = "stacked"
    chart.x, chart.y = 70 if spec.kind == "funnel" else 60, 80 if slanted else 60
    chart.width, chart.height = width - chart.x - 20, height - chart.y - 40
    chart.data = data
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    if spec.kind != "funnel":
        chart.categoryAxis.labels.angle = 30 if slanted else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if slanted else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: text_of(
        Decimal(str(round(v))), "int", language)
    if spec.kind == "line":
        for i in range(len(data)):
            chart.lines[i].strokeColor = colors.HexColor(FILLS[i % len(FILLS)])
            chart.lines[i].strokeWidth = 1.5
    else:
        for i in range(len(data)):
            chart.bars[i].fillColor = colors.HexColor(FILLS[i % len(FILLS)])
            chart.bars[i].strokeColor = colors.black
            chart.bars[i].strokeWidth = 0.3
    drawing.add(chart)
    title = getattr(spec, "value_title", "")
    if title:  # the value axis' title, along the axis (bottom for the funnel's bars)
        if spec.kind == "funnel":
            drawing.add(String(chart.x + chart.width / 2, chart.y - 22, title, fontName=FONT,
                               fontSize=7, textAnchor="middle"))
        else:
            axis_title = Group(String(0, 0, title, fontName=FONT, fontSize=7,
                                      textAnchor="middle"))
            axis_title.rotate(90)
            axis_title.translate(chart.y + chart.height / 2, -(chart.x - 34))
            drawing.add(axis_title)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 7
    legend.x, legend.y = 60, 12
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(colors.HexColor(FILLS[i % len(FILLS)]), x.name)
                             for i, x in enumerate(spec.series)]
    drawing.add(legend)
    return drawing


def to_pdf(result: ReportResult, path: Path, language: str | None = None) -> Path:
    styles = make_styles()
    page = landscape(A4)
    width = page[0] - 30 * mm
    story: list[Any] = [paragraph(result.title, styles.title, "title")]
    if result.period:
        story.append(paragraph(result.period, styles.base, "period"))
    story.append(Spacer(1, 4 * mm))
    if result.chart.categories:
        story.append(chart_drawing(result.chart, width, 80 * mm, language))
        story.append(Spacer(1, 4 * mm))
    texts = [[text_of(row.get(c.key), c.kind, language) for c in result.columns]
             for row in result.rows]
    # each column as wide as its longest cell (or its title's longest word) asks, in shares
    wants = [max([len(w) for w in c.title.split()] + [len(r[i]) for r in texts[:500]] + [8])
             for i, c in enumerate(result.columns)]
    widths = [width * w / sum(wants) for w in wants]
    head = [paragraph(c.title, styles.head, "column") for c in result.columns]
    body = [[paragraph(text, styles.right if c.kind in NUMERIC else styles.small, c.key)
             for text, c in zip(row, result.columns, strict=True)] for row in texts]
    table = LongTable([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    story += [table, Spacer(1, 4 * mm)]
    story += [paragraph(f"• {line}", styles.small, "definition") for line in result.definitions]

    def write() -> None:
        SimpleDocTemplate(str(path), pagesize=page, leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=12 * mm, bottomMargin=15 * mm, title=result.title,
                          author="CRM Desktop").build(story, canvasmaker=NumberedCanvas)

    return _write(path, write)


def write(result: ReportResult, path: Path, kind: str, language: str | None = None) -> Path:
    """The result to `path` as csv, xlsx, pdf or json."""
    if kind == "csv":
        return to_csv(result, path)
    if kind == "xlsx":
        return to_xlsx(result, path)
    if kind == "pdf":
        return to_pdf(result, path, language)
    if kind == "json":
        return to_json(result, path)
    raise CrmError(UNKNOWN_FORMAT, format=kind, formats=", ".join(FORMATS))
