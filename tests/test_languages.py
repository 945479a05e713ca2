"""The program in each interface language shows no English: the main window's menus and the
main windows and dialogs are walked (menus, buttons, labels, tabs, group boxes, check boxes,
column headers, placeholders) and every text is compared against the English source strings
of the .ts files. In Cyrillic languages, a text of Latin words that is not a code (KZT, PDF,
Ctrl+K…) or data is flagged too. Documents and e-mails are written in every language with no
fallback to another language's words."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_desktop.resources import resource_path
from crm_desktop.services.core import db as dbs
from crm_desktop.ui.i18n import LANGUAGES as LANGUAGE_NAMES
from crm_desktop.ui.i18n import install_translators
from crm_desktop.ui.kit.bus import DataBus
from crm_desktop.ui.kit.context import AppContext

from .actors import person
from .helpers import raw

LANGUAGES = ("ru", "uk", "kk", "az", "mn")
CYRILLIC = {"ru", "uk", "kk", "mn"}
# Latin words a Cyrillic interface keeps: codes, formats, units, names of programs
KEPT = {"kzt", "rub", "uah", "azn", "mnt", "usd", "eur", "vat", "pdf", "csv", "xlsx", "png",
        "json", "smtp", "ssl", "tls", "starttls", "iban", "bic", "swift", "ctrl", "shift", "alt",
        "crm", "desktop", "id", "uuid", "url", "e", "mail", "excel", "vcard", "vcf", "sms",
        "http", "https", "www", "ok", "kpp", "inn", "bin", "iin", "edrpou", "voen", "tin",
        "utf", "cp", "to", "cc", "bcc", "html", "eml", "x", "esc", "del", "enter", "tab", "f"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _sources(lang: str) -> dict[str, set[str]]:
    """English source text (without & and surrounding space) -> the contexts it is in; less
    the words the language writes the same way (Azerbaijani "Status", "Region", "Bank")."""
    found: dict[str, set[str]] = {}
    same: set[str] = set()
    root = ET.parse(resource_path("translations", f"crm_desktop_{lang}.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            text = _plain(message.findtext("source") or "")
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and \
                    _plain(translation.text or "") == text:
                same.add(text)
            if text and LATIN_WORD.search(text):
                found.setdefault(text, set()).add(context.findtext("name") or "")
    return {text: where for text, where in found.items() if text not in same}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":…")


@pytest.fixture(scope="module")
def compiled() -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or "pyside6-lrelease"
    for lang in LANGUAGES:
        ts = resource_path("translations", f"crm_desktop_{lang}.ts")
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person reads in `widget` and its children."""
    for child in [widget, *widget.findChildren(QWidget)]:
        name = f"{type(child).__name__}#{child.objectName()}"
        if isinstance(child, QAbstractButton) or (
                isinstance(child, QLabel) and child.textFormat() != Qt.TextFormat.RichText):
            yield name, child.text()
        elif isinstance(child, QGroupBox):
            yield name, child.title()
        elif isinstance(child, QLineEdit):
            yield name + ".placeholder", child.placeholderText()
        elif isinstance(child, QTabWidget):
            for i in range(child.count()):
                yield f"{name}.tab{i}", child.tabText(i)
        elif isinstance(child, QTableView | QTreeView):
            model = child.model()
            header_view = child.horizontalHeader() if isinstance(child, QTableView) \
                else child.header()
            if isinstance(model, QAbstractItemModel):
                for column in range(header_view.count()):
                    header = model.headerData(column, Qt.Orientation.Horizontal)
                    if isinstance(header, str):
                        yield f"{name}.header{column}", header
        elif isinstance(child, QMenu):
            yield from _menu(child, name)


def _menu(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield f"{where}>{action.text()}", action.text()
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu(sub, f"{where}>{action.text()}")


def _english(lang: str, texts: list[tuple[str, str]], sources: dict[str, set[str]],
             data: set[str]) -> list[str]:
    found = []
    for where, text in texts:
        plain = _plain(text)
        if not plain or plain in data:
            continue
        if plain in sources:
            found.append(f"{where}: {text!r}")
        elif lang in CYRILLIC:
            words = [w.casefold() for w in LATIN_WORD.findall(plain)]
            if words and not re.search("[\u0400-\u04ff]", plain) and \
                    any(w not in KEPT for w in words):
                found.append(f"{where}: {text!r} (Latin words)")
    return sorted(set(found))


def _windows(ctx: AppContext, client_id: uuid.UUID) -> list[Callable[[], QWidget]]:
    from crm_desktop.ui.catalogue.window import CatalogueWindow
    from crm_desktop.ui.claims.list_window import ClaimsWindow
    from crm_desktop.ui.clients.card import ClientCardDialog
    from crm_desktop.ui.clients.list_window import ClientsWindow
    from crm_desktop.ui.company_dialog import CompanyDialog
    from crm_desktop.ui.deals.board import DealsBoard
    from crm_desktop.ui.mail.outbox_window import OutboxWindow
    from crm_desktop.ui.mail.smtp_dialog import SmtpSettingsDialog
    from crm_desktop.ui.orders.list_window import OrdersWindow
    from crm_desktop.ui.quote.quick_quote import QuickQuoteDialog
    from crm_desktop.ui.reports.window import ReportsWindow

    return [lambda: ClientCardDialog(ctx, client_id), lambda: ClientsWindow(ctx),
            lambda: DealsBoard(ctx), lambda: OrdersWindow(ctx), lambda: ClaimsWindow(ctx),
            lambda: CatalogueWindow(ctx), lambda: OutboxWindow(ctx),
            lambda: CompanyDialog(ctx), lambda: SmtpSettingsDialog(ctx),
            lambda: ReportsWindow(ctx), lambda: QuickQuoteDialog(ctx, client_id)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_in_the_main_windows(lang: str, qtbot: QtBot, qapp: Any,
                                        demo_db: dbs.Database, demo_path: Path,
                                        compiled: None) -> None:
    from crm_desktop.ui.main_window import MainWindow

    sources = _sources(lang)
    # what the demo data says is data, not interface (a product called "Router")
    data = {_plain(str(v)) for (v,) in raw(demo_path, "SELECT short_name FROM clients UNION "
                                                     "SELECT name FROM products UNION SELECT "
                                                     "name FROM pipeline_stages")}
    data |= {_plain(name) for name in LANGUAGE_NAMES.values()}  # each in its own language
    data.add("VÖEN")  # Azerbaijan's tax ID is called so in any language
    client_id = uuid.UUID(bytes=raw(demo_path, "SELECT id FROM clients WHERE deleted_at IS "
                                               "NULL ORDER BY short_name LIMIT 1")[0][0])
    assert install_translators(qapp, lang) == lang
    try:
        head = person(demo_db, "d.seitkali")
        window = MainWindow(demo_db, head, lang)
        qtbot.addWidget(window)
        texts = list(_texts(window))
        for action in window.menuBar().actions():
            texts.append((f"menubar>{action.text()}", action.text()))
            if isinstance(action.menu(), QMenu):
                texts += list(_menu(action.menu(), f"menubar>{action.text()}"))
        ctx = AppContext(demo_db, head, DataBus())
        for make in _windows(ctx, client_id):
            shown = make()
            qtbot.addWidget(shown)
            texts += list(_texts(shown))
        english = _english(lang, texts, sources, data)
    finally:
        install_translators(qapp, "en")
    assert len(texts) > 300
    assert english == [], f"{len(english)} English texts in {lang}:\n" + "\n".join(english[:60])


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_documents_and_mails_are_written_in_every_language(lang: str) -> None:
    """Printed words and default e-mail texts exist for every language and are its own (no
    fallback to Russian or English words)."""
    from crm_desktop.services.documents.texts import texts as printed
    from crm_desktop.services.mail import wording

    words = printed(lang)
    module = wording.module(lang)
    assert module is not None, f"no e-mail texts in {lang}"
    if lang != "en":
        english = printed("en")
        same = [k for k, v in words.items() if v == english[k] and v not in ("№", "Банк", "Bank")
                and not v.isupper() and len(v) > 3]
        assert same == [], same
        assert module.TEMPLATES != wording.module("en").TEMPLATES  # type: ignore[union-attr]
    if lang not in ("ru", "en"):
        assert module.TEMPLATES != wording.module("ru").TEMPLATES  # type: ignore[union-attr]
    assert set(module.ORDER_STATUS) == set(wording.module("en").ORDER_STATUS)  # type: ignore[union-attr]
