"""Extract every tr() string of the UI into resources/translations/*.ts (pyside6-lupdate).

Run with `make translations`, then translate the new entries (Qt Linguist or an editor);
`make` compiles the .ts files into .qm with pyside6-lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# interface languages besides English (the source); the locale names the .ts file's plural rules
LANGUAGES = {"ru": "ru_RU", "uk": "uk_UA", "kk": "kk_KZ", "az": "az_AZ", "mn": "mn_MN"}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crm_desktop" / "ui").rglob("*.py"))


def lupdate(target: Path, extra: tuple[str, ...] = ()) -> None:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or \
        "pyside6-lupdate"
    # `_t(context, text)` (ui/automation/texts.py) is QCoreApplication.translate by a short name
    subprocess.run([tool, *sources(), "-tr-function-alias", "translate+=_t", *extra,
                    "-ts", str(target)], cwd=ROOT, check=True,
                   capture_output=True)


def main() -> int:
    for lang, locale in LANGUAGES.items():
        target = ROOT / "resources" / "translations" / f"crm_desktop_{lang}.ts"
        lupdate(target, ("-no-obsolete", "-source-language", "en_US",
                         "-target-language", locale))
        print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
