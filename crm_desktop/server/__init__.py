"""The team server: `crm-desktop server`, a small stateless HTTPS service over the team's
PostgreSQL, the only database client the salespeople's desktops talk to (see docs/TEAM.md)."""
