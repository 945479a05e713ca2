"""The sales desk: the main window's working area."""
