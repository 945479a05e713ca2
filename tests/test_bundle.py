"""The installable bundle: built with PyInstaller, then used as an office PC would use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_built_bundle_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--dist",
                            str(dist)], capture_output=True, text=True, timeout=1500)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    exe = dist / "crm-desktop" / ("crm-desktop.exe" if os.name == "nt" else "crm-desktop")
    assert exe.exists()
    env = {**os.environ, "CRM_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    db = tmp_path / "bundle.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300,
                              env=env, cwd=tmp_path)  # not the source tree: only the bundle

    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("crm-desktop ")
    demo = run("demo", "--scale", "small", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    check = run("db", "check", "--db", str(db))
    assert check.returncode == 0 and "Integrity:    ok" in check.stdout, check.stderr
    window = run("--db", str(db), "--lang", "ru", "--quit-after", "2500")
    assert window.returncode == 0, window.stderr
    assert "Traceback" not in window.stderr
    if sys.platform.startswith("linux"):
        assert list(dist.glob("crm-desktop-*-linux-*.tar.gz"))
