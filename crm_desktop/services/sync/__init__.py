"""Offline sync between desktops (SQLite) and the team server (PostgreSQL): change capture,
push and pull, conflicts (see docs/SYNC.md in the shared docs and README "Field laptops")."""
