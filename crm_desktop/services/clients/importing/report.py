"""What an import of clients tells the person: counts, problems per row and duplicate notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.services.core.errors import CrmError, error_code
from crm_desktop.services.core.table_files import ImportReport as BaseReport

CANCELLED = error_code("import.cancelled", "The import was cancelled; nothing was imported")


@dataclass
class ImportReport(BaseReport):
    created: int = 0
    updated: int = 0
    skipped: int = 0
    contacts: int = 0
    notes: list[tuple[int, str]] = field(default_factory=list)  # duplicates kept or skipped
    # What was imported but deserves a look (a phone kept as typed, a skipped column that
    # looks like data); row 1 is the header row.
    warnings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def not_imported(self) -> list[tuple[int, str]]:
        return sorted(self.problems + [n for n in self.notes if n[1].startswith("skipped")])

    @property
    def to_read(self) -> list[tuple[int, str]]:
        """What the dialog shows under its headline: the rows not imported and the warnings."""
        return sorted(self.not_imported + self.warnings)

    def lines(self) -> list[tuple[int, str]]:
        return sorted(self.problems + self.notes + self.warnings)


class ImportCancelled(CrmError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)
