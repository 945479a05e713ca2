"""Build CRM Desktop for installation: a self-contained one-folder bundle (PyInstaller), then
the platform's package around it.

    python build_installer.py [--dist DIR]

- every platform: DIST/crm-desktop/ (the program, Qt plugins, translations, images,
  migrations), run as DIST/crm-desktop/crm-desktop[.exe];
- Linux: DIST/crm-desktop-VERSION-linux-x86_64.tar.gz with a .desktop file and the icon;
- Windows: DIST/crm-desktop.iss (Inno Setup: per-user install, Start-menu and desktop
  shortcuts, an uninstaller that keeps the user's data) and, where the Inno Setup compiler
  `iscc` is on PATH, DIST/CRM-Desktop-Setup-VERSION.exe;
- macOS: DIST/CRM Desktop.app.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from crm_desktop import __version__  # noqa: E402

NAME = "crm-desktop"
SEP = ";" if os.name == "nt" else ":"
# Modules a frozen program cannot find by itself: data files loaded by name at run time.
COLLECT_ALL = ("phonenumbers", "babel", "stdnum")
HIDDEN = ("sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg",
          "psycopg", "psycopg_binary", "alembic.ddl.sqlite", "alembic.ddl.postgresql",
          "logging.config")
# Qt parts the program does not use (smaller bundle).
EXCLUDE = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore",
           "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtMultimedia", "PySide6.QtPdf",
           "tkinter", "pytest", "mypy", "ruff")


def compile_translations() -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or \
        "pyside6-lrelease"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)


def pyinstaller(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    args = ["--noconfirm", "--clean", "--onedir", "--name", NAME,
            "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
            "--icon", str(ROOT / "resources" / "images" / "crm-desktop.png"),
            "--add-data", f"{ROOT / 'resources'}{SEP}resources",
            "--add-data", f"{ROOT / 'crm_desktop' / 'migrations'}{SEP}crm_desktop/migrations"]
    if platform.system() in ("Windows", "Darwin"):
        args.append("--windowed")  # no console window behind the desk
    for package in COLLECT_ALL:
        args += ["--collect-all", package]
    for module in HIDDEN:
        args += ["--hidden-import", module]
    for module in EXCLUDE:
        args += ["--exclude-module", module]
    PyInstaller.__main__.run([*args, str(ROOT / "crm_desktop" / "__main__.py")])
    return dist / NAME


def linux_package(bundle: Path, dist: Path) -> Path:
    desktop = bundle / f"{NAME}.desktop"
    desktop.write_text("[Desktop Entry]\nType=Application\nName=CRM Desktop\n"
                       "Comment=The sales desk\nExec=crm-desktop\nIcon=crm-desktop\n"
                       "Categories=Office;\nTerminal=false\n", encoding="utf-8")
    shutil.copy(ROOT / "resources" / "images" / "crm-desktop.png", bundle / "crm-desktop.png")
    archive = dist / f"{NAME}-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=NAME)
    return archive


def inno_setup(bundle: Path, dist: Path) -> Path:
    script = dist / f"{NAME}.iss"
    script.write_text(f"""; Inno Setup script written by build_installer.py
[Setup]
AppName=CRM Desktop
AppVersion={__version__}
AppPublisher=CRM Desktop
DefaultDirName={{localappdata}}\\Programs\\CRM Desktop
DefaultGroupName=CRM Desktop
PrivilegesRequired=lowest
OutputDir={dist}
OutputBaseFilename=CRM-Desktop-Setup-{__version__}
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={{app}}\\{NAME}.exe

[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{{group}}\\CRM Desktop"; Filename: "{{app}}\\{NAME}.exe"
Name: "{{userdesktop}}\\CRM Desktop"; Filename: "{{app}}\\{NAME}.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "Create a desktop shortcut"

; The user's database, backups and attachments live in %LOCALAPPDATA%\\crm-desktop and are
; not touched by the uninstaller.
""", encoding="utf-8")
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc:
        subprocess.run([iscc, str(script)], check=True)
    return script


def folder_size(path: Path) -> int:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    compile_translations()
    dist = args.dist.resolve()
    bundle = pyinstaller(dist, dist.parent / "build" / NAME)
    outputs = [bundle]
    system = platform.system()
    if system == "Linux":
        outputs.append(linux_package(bundle, dist))
    elif system == "Windows":
        outputs.append(inno_setup(bundle, dist))
    print(f"built in {time.perf_counter() - started:.0f} s; bundle "
          f"{folder_size(bundle) / 1e6:.0f} MB")
    for output in outputs:
        print(f"  {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
