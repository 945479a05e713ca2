"""Business rules, queries, documents, mail, import/export and sync. No Qt here.

Packages by subject: `core` (database, sessions, identity, changes, errors, settings, files),
`locale` (formats, regions, phones, tax IDs, amounts in words), `clients`, `activities`,
`sales`, `documents`, `mail`, `company`, `desk` (read models for the sales desk). See
docs/ARCHITECTURE.md for who may import whom (checked by import-linter).
"""

# Loading the services installs the flush hooks that every write relies on: client name keys
# (clients.duplicates). Imported here, not from core, because the core imports no feature.
from crm_desktop.services.clients import duplicates as _duplicates  # noqa: F401
