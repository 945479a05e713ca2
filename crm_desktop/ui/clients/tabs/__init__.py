"""The tabs of the client card, one class each; `ClientCardDialog` composes them.

Every tab is a `CardTab`: it loads its part of the `ClientForm`, writes it back in `store`, and
`locate`s the widget a validation problem points at (by the problem's field path), so the
dialog addresses its tabs by name, never by position.
"""

from .base import CardTab
from .contacts import ContactsTab
from .custom import CustomTab
from .history import HistoryTab
from .main import MainTab, fill_countries
from .notes import NotesTab
from .relations import RelationsTab
from .requisites import RequisitesTab

__all__ = ["CardTab", "ContactsTab", "CustomTab", "HistoryTab", "MainTab", "NotesTab",
           "RelationsTab", "RequisitesTab", "fill_countries"]
