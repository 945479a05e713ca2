"""A team on a server: accounts and sign-in, who sees what, the audit trail, and the desktop's
side of the conversation (`client`). Everything here but `client` runs on the server (or in the
admin's `crm-desktop users …` commands next to it)."""
