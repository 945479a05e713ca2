"""The UI toolkit every feature shares: operations, the change bus, tasks, table model, widgets.

Imports no feature package (checked by import-linter)."""
