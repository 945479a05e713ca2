"""Every user-visible string goes through tr() and has a Russian translation."""

from __future__ import annotations

import re
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


LANGUAGES = ("ru", "uk", "kk", "az", "mn")
GLOSSARY_LANGUAGES = ("uk", "kk", "az", "mn")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def _placeholders(text: str) -> list[str]:
    """The placeholders by name: {value!r} in the source may be «{value}» in a translation."""
    return sorted(re.sub(r"[!:][^{}]*\}$", "}", p) for p in PLACEHOLDER.findall(text))


def _ts(lang: str) -> Path:
    return resource_path("translations", f"crm_desktop_{lang}.ts")


def _texts(message: ET.Element) -> list[str]:
    """The translation's forms (one, or one per plural form)."""
    found = message.find("translation")
    if found is None:
        return []
    forms = [f.text or "" for f in found.findall("numerusform")]
    return forms if message.get("numerus") == "yes" else [found.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    messages = _messages(_ts(lang))
    assert len(messages) > 150
    problems = []
    for (context, source), message in messages.items():
        found = message.find("translation")
        forms = _texts(message)
        if found is None or found.get("type") in ("unfinished", "vanished", "obsolete") or \
                not forms or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = _placeholders(source)
        for form in forms:
            got = _placeholders(form)
            if message.get("numerus") == "yes":  # a plural form may leave %n out ("one")
                got, want = sorted(set(got) - {"%n"}), sorted(set(wanted) - {"%n"})
            else:
                want = wanted
            if got != want:
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders {got} "
                                f"instead of {want}")
    assert problems == [], "\n".join(problems[:40])


def _glossary(lang: str) -> list[tuple[str, str, str]]:
    """(English term, translation, the stem every translation of the term contains)."""
    path = resource_path("translations", f"glossary_{lang}.tsv")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, translation, stem = line.split("\t")
        rows.append((term.strip(), translation.strip(), stem.strip()))
    return rows


@pytest.mark.parametrize("lang", GLOSSARY_LANGUAGES)
def test_glossary_terms_are_translated_one_way(lang: str) -> None:
    """Each glossary term has one translation, and every message that uses the term (as a
    whole word in the English source) carries that translation's stem."""
    glossary = _glossary(lang)
    assert len(glossary) >= 15
    terms = [term.casefold() for term, _, _ in glossary]
    assert len(terms) == len(set(terms)), "a term is in the glossary twice"
    problems = []
    messages = _messages(_ts(lang))
    for term, translation, stem in glossary:
        assert stem.casefold() in translation.casefold(), (term, translation, stem)
        pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE)
        for (context, source), message in messages.items():
            # a placeholder's name ("{rule}") is not a word of the text
            if not pattern.search(re.sub(r"\{\w*\}", "", source.replace("&", ""))):
                continue
            for form in _texts(message):
                if stem.casefold() not in form.replace("&", "").casefold():
                    problems.append(f"{context}: {source!r} -> {form!r} lacks {stem!r} "
                                    f"({term} = {translation})")
    assert problems == [], "\n".join(problems[:40])


def test_every_russian_string_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 150
    unfinished = [key for key, m in messages.items()
                  if m.find("translation") is None or
                  m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
                  or not all(form.strip() for form in _texts(m)) or not _texts(m)]
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
