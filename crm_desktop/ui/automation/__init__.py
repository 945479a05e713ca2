"""Automation rules: the editor ("If … Then …" from drop-downs, dry run) and the run log."""
