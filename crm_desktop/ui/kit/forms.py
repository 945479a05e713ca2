"""Form rows whose field is a layout (an edit beside a button, an amount beside its currency).

`QFormLayout.addRow(text, layout)` makes a label without a buddy: its "&" then prints literally
and Alt+letter goes nowhere. `give_buddies(root)` gives each such label the first field of its
row's layout; `labels_without_buddy(root)` lists what is still missing (the GUI test uses it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def first_field(layout: QLayout | None) -> QWidget | None:
    """The first widget of `layout` (nested layouts included) that takes the keyboard."""
    if layout is None:
        return None
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None and not isinstance(widget, QLabel) \
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        found = first_field(item.layout()) if item is not None else None
        if found is not None:
            return found
    return None


def _rows(root: QWidget) -> list[tuple[QLabel, QWidget | None]]:
    rows = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if not isinstance(label, QLabel) or field_item is None:
                continue
            field = field_item.widget() or first_field(field_item.layout())
            rows.append((label, field))
    return rows


def give_buddies(root: QWidget) -> int:
    """Give every form label without a buddy the first field of its row; returns how many."""
    given = 0
    for label, field in _rows(root):
        if label.buddy() is None and field is not None:
            label.setBuddy(field)
            given += 1
    return given


def has_shortcut(text: str) -> bool:
    """"&Amount" has one; "R&&D" and "Amount" do not."""
    return "&" in text.replace("&&", "")


def labels_without_buddy(root: QWidget) -> list[str]:
    """Form labels that have a field to point at but no buddy, and form labels whose text
    has a shortcut but no buddy (they would print the "&")."""
    missing = [label.text() for label, field in _rows(root)
               if label.buddy() is None and field is not None]
    missing += [label.text() for label, _field in _rows(root)
                if label.buddy() is None and has_shortcut(label.text())]
    return sorted(set(missing))
