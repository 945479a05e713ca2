"""What every tab of the client card shares: the tab contract and the date widgets.

The tabs' texts keep the card's translation context ("ClientCardDialog", the one they had
before the card was split) through `tr.translate("ClientCardDialog", …)`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from crm_desktop.services.clients.card import ClientForm

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "border: 1px solid #b3261e;"
NO_DATE = QDate(1900, 1, 1)

Located = tuple[QWidget | None, str]  # the widget to mark (if any) and the field's caption


class CardTab(QWidget):
    """One tab: `load` shows the form's part, `store` writes it back, `locate` finds the widget
    of a problem's field path (`["contacts", "0", "phones"]`) or returns None if not ours."""

    key = ""  # how the dialog addresses the tab

    def title(self) -> str:
        raise NotImplementedError

    def load(self, form: ClientForm) -> None:
        """Show the form's part of this tab (nothing for read-only tabs)."""

    def store(self, form: ClientForm) -> None:
        """Write what is typed into the form (nothing for read-only tabs)."""

    def locate(self, path: list[str]) -> Located | None:
        return None


def date_edit(parent: QWidget, value: date | None, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum date shows as empty: "not known"
    edit.setDisplayFormat("yyyy-MM-dd")
    set_date(edit, value)
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


def check_state(value: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
