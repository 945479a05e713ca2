"""What every import dialog shows and saves of its report: the first rows not imported, and
the whole report as a CSV or XLSX file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.services.core.errors import CrmError
from crm_desktop.services.core.table_files import ImportReport

from .errors import reason_text, show_error

SHOWN_ROWS = 8


def report_text(headline: str, rows: list[tuple[int, str]]) -> str:
    """The headline and the first rows (file row number and why), then how many more."""
    tr = QCoreApplication  # lupdate reads tr.translate("context", "literal")
    lines = [headline] + [tr.translate("imports", "Row {0}: {1}").format(n, reason_text(why))
                          for n, why in rows[:SHOWN_ROWS]]
    if len(rows) > SHOWN_ROWS:
        lines.append(tr.translate("imports", "… and {0} more in the report").format(
            len(rows) - SHOWN_ROWS))
    return "\n".join(lines)


def ask_save_report(parent: QWidget, report: ImportReport) -> None:
    tr = QCoreApplication
    name, _ = QFileDialog.getSaveFileName(parent, tr.translate("imports", "Save the report"),
                                          "import-report.xlsx",
                                          tr.translate("imports", "Excel (*.xlsx);;CSV (*.csv)"))
    if name:
        try:
            report.save(Path(name), reason_text, (tr.translate("imports", "Row"),
                                                  tr.translate("imports", "Problem")))
        except CrmError as exc:
            show_error(parent, exc)
