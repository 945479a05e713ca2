"""Counterparties: the client card, duplicates, the registration assistant, the list."""
