"""Thin PySide6 views and dialogs over crm_desktop.services."""
