"""The CSV delimiter choice the import dialogs offer when a file's delimiter cannot be told
(the service refuses with files.delimiter_unknown and reads with the chosen one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget


def delimiter_combo(parent: QWidget, object_name: str) -> QComboBox:
    """Automatic, ; , | or tab; the item's data is the delimiter ("" for automatic)."""
    tr = QCoreApplication
    combo = QComboBox(parent)
    combo.setObjectName(object_name)
    combo.setToolTip(tr.translate("delimiter", "How the columns of a CSV file are separated"))
    combo.addItem(tr.translate("delimiter", "Delimiter: automatic"), "")
    combo.addItem(tr.translate("delimiter", "Delimiter: semicolon ;"), ";")
    combo.addItem(tr.translate("delimiter", "Delimiter: comma ,"), ",")
    combo.addItem(tr.translate("delimiter", "Delimiter: vertical bar |"), "|")
    combo.addItem(tr.translate("delimiter", "Delimiter: tab"), "\t")
    return combo
