"""Every user-visible string goes through tr() and has a Russian translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from crm_desktop.resources import resource_path
from crm_desktop.services.company.first_run import current_user
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.i18n import install_translators
from crm_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TS = resource_path("translations", "crm_desktop_ru.ts")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_russian_string_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 150
    unfinished = [key for key, m in messages.items()
                  if m.find("translation") is None or
                  m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_the_ts_file_knows_every_string_in_the_code(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from update_translations import lupdate
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "fresh.ts"
    lupdate(fresh)
    assert set(_messages(fresh)) == set(_messages(TS)), "run `make translations` and translate"


@pytest.fixture
def russian_qm() -> Path:
    qm = TS.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
        subprocess.run([tool or "pyside6-lrelease", "-silent", str(TS), "-qm", str(qm)],
                       check=True)
    return qm


def test_the_desk_speaks_russian(qtbot: QtBot, demo_db: dbs.Database, russian_qm: Path,
                                 qapp) -> None:
    assert install_translators(qapp, "ru") == "ru"
    try:
        user = current_user(demo_db)
        assert user is not None
        window = MainWindow(demo_db, user, "ru")
        qtbot.addWidget(window)
        assert window.findChild(QPushButton, "callButton").text() == "&Позвонить"
        assert window.findChild(QLabel, "eventsOverdueLabel").text().startswith("Просрочено:")
        assert window.menuBar().actions()[0].text() == "&Файл"
        window.close()
    finally:
        install_translators(qapp, "en")
