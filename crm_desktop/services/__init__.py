"""Business rules, queries, documents, mail, import/export and sync. No Qt here.

Packages by subject: `core` (database, sessions, identity, changes, errors, settings, files),
`locale` (formats, regions, phones, tax IDs, amounts in words), `clients`, `activities`,
`sales`, `documents`, `mail`, `company`, `desk` (read models for the sales desk), `claims`,
`reports`, `mailing`, `automation`, `sync`, `team`. See
docs/ARCHITECTURE.md for who may import whom (checked by import-linter).
"""

# Loading the services installs the session hooks that every write relies on: client name keys
# (clients.duplicates) and the automation (automation.hook: rules run at the commit of the saves
# that fire them, inside the same transaction). Imported here, not from core, because the core
# imports no feature.
from crm_desktop.services.automation import hook as _automation  # noqa: F401
from crm_desktop.services.clients import duplicates as _duplicates  # noqa: F401
