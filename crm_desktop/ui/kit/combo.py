"""Choosing a combo box item by its data.

QComboBox.findData compares Python objects by identity: an equal UUID loaded by another
query is not found. Every combo that holds ids selects through here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def index_of_data(combo: QComboBox, value: Any) -> int:
    """The index of the first item whose data equals `value`, else -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def select_data(combo: QComboBox, value: Any) -> bool:
    """Select the item whose data equals `value`; False (selection unchanged) if none."""
    index = index_of_data(combo, value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0
