"""Errors the user can act on. Their message is shown as is, in one line."""


class CrmError(Exception):
    """A failure with a message meant for the user (CLI line or UI message box)."""


class DatabaseError(CrmError):
    """The database cannot be opened, created, migrated or checked."""


class ValidationError(CrmError):
    """User input that cannot be saved; `field` names the offending field where known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
