"""Business rules, queries, documents, mail, import/export and sync. No Qt widgets here."""
