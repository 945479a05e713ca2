"""The sync on screen: its state in the status bar, Sync now, the conflict inbox."""
