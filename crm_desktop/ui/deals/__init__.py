"""Deals: the kanban board, the deal card, the list, the stage editor, the lost-reason prompt."""
