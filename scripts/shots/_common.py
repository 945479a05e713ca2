"""What the screenshot scripts share: a throw-away data folder (set before the program is
imported, so a script never touches the person's own data), waiting until the program has
settled, and saving a widget or the whole screen. A script imports this module first."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="crm-shots-"))
os.environ["CRM_DESKTOP_DATA_DIR"] = str(HOME / "data")  # never the person's own data
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from crm_desktop.ui.kit.tasks import wait_for_tasks  # noqa: E402


def settle(seconds: float = 0.6, tasks_ms: int = 10_000, after_ms: int = 50) -> None:
    """Let background work finish and the window repaint. QTest.qWait, not a busy
    processEvents loop (that one trips a PySide refcount bug)."""
    QTest.qWait(int(seconds * 1000))
    wait_for_tasks(tasks_ms)
    QTest.qWait(after_ms)


def save(widget: QWidget, out: Path, name: str, seconds: float = 0.6, tasks_ms: int = 10_000,
         after_ms: int = 50) -> Path:
    settle(seconds, tasks_ms, after_ms)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def save_screen(out: Path, name: str, seconds: float = 0.6) -> Path:
    """The whole screen (a tooltip or a completer's popup is a window of its own, not part of
    a widget's grab), printed with the screen's available size (what a window must fit)."""
    settle(seconds)
    screen = QApplication.primaryScreen()
    path = out / f"{name}.png"
    screen.grabWindow(0).save(str(path))
    print(path, screen.availableGeometry())
    return path
