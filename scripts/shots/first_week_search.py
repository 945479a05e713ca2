"""Screenshots for issue 12's imports and search on the small demo: the client import dialog's
report after a real-world file (UTF-16 "Unicode text" from Excel with a Moscow row, a 555
number, a skipped tax ID column and a bad row), Ctrl+K "Bereke" finding the Cyrillic twins
with tax ID and city, the "nothing found" line, and the card flagging a mixed-script name.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/shots/first_week_search.py \
        --lang ru --out /work/shots/first_week_search
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import HOME, save, save_screen, settle  # first: sets the data folder
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from crm_desktop.models import Client
from crm_desktop.services.clients import importing as ci
from crm_desktop.services.core.table_files import Table
from crm_desktop.ui.app import open_main_window
from crm_desktop.ui.clients.card import ClientCardDialog
from crm_desktop.ui.clients.import_dialog import ClientImportDialog
from crm_desktop.ui.desk.search import GlobalSearch

MIXED = "Иван\u006fв Сергей"  # a Latin "o" inside the Cyrillic surname
IMPORT_FILE = (  # as Excel saves "Unicode text": UTF-16 with BOM, tab-separated
    "Наименование\tИНН/БИН\tТелефоны\tГород\tКонтактное лицо\tE-mail\tКод ОКПО\n"
    "ООО «Ромашка»\t7707083893\t+7 495 739-22-22\tМосква\tПетрова Анна\tanna@romashka.ru"
    "\t7707083893\n"
    "Acme Trading\t\t+1 (555) 555-5555\t\tWile E.\twile@acme.example\t061211600012\n"
    "ТОО «Жақсы Сауда»\t990340001240\t8 701 123 45 67\tШымкент\tӘлия Нұрланқызы\t"
    "aliya@zhaksy.kz\t061211600012\n"
    "ТОО «Ошибка»\t123\t12\t\t\tне-адрес\t061211600012\n")




def type_into(search: GlobalSearch, text: str) -> None:
    """Typing, a letter at a time (QTest's key clicks know ASCII only)."""
    search.setFocus()
    for end in range(1, len(text) + 1):
        search.setText(text[:end])
        search.textEdited.emit(text[:end])
        QTest.qWait(60)






def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ru")
    parser.add_argument("--out", type=Path, default=Path("/work/shots/first_week_search"))
    parser.add_argument("--db", default=str(HOME / "demo.sqlite3"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    window = open_main_window(args.db, ensure_demo=True, language=args.lang)
    if window is None:
        return 1
    window.resize(1366, 740)
    window.move(0, 0)
    ctx = window.ctx
    settle(1.0)
    if window.desk.reminders.popup is not None:
        window.desk.reminders.popup.hide()

    # twins and a mixed-script name beside the demo's clients
    rows = [["ТОО «Береке Трейд»", "061211600012", "Шымкент", "+7 701 555 10 10", "1"],
            ["ТОО «Береке Трейд»", "990340001230", "Караганда", "+7 702 555 20 20", "2"],
            ["Bereke Logistics LLP", "", "Алматы", "+7 705 555 30 30", "3"],
            [MIXED, "", "Астана", "+7 707 555 40 40", "4"]]
    with ctx.database.session(ctx.user) as s:
        ci.import_clients(s, Table(["n", "t", "c", "p", "id"], rows),
                          {0: ci.NAME, 1: ci.TAX_ID, 2: ci.CITY, 3: ci.PHONES,
                           4: ci.CLIENT_ID}, policy=ci.Policy.CREATE)

    # the import report after a file from another program
    path = HOME / "клиенты.txt"
    path.write_bytes(IMPORT_FILE.encode("utf-16"))
    dialog = ClientImportDialog(ctx, window)
    dialog.resize(1100, 700)
    dialog.show()
    dialog.load(path)
    settle(1.0)
    dialog.partial.setChecked(True)
    dialog.run()
    settle(1.5)
    print("report:", dialog.result_label.text())
    save(dialog, args.out, "import_report")
    dialog.close()

    # Ctrl+K "Bereke"
    search = window.desk.search
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_into(search, "Bereke")
    settle(1.0)
    print("popup:", [search.results.item(i).text() for i in range(search.results.rowCount())])
    save_screen(args.out, "search_bereke", seconds=0.4)
    search.clear()
    type_into(search, "Иванов")
    settle(1.0)
    print("popup:", [search.results.item(i).text() for i in range(search.results.rowCount())])
    save_screen(args.out, "search_mixed_script", seconds=0.4)
    search.clear()
    type_into(search, "Zzyzx")
    settle(1.0)
    save_screen(args.out, "search_nothing_found", seconds=0.4)
    popup = search.completer_.popup()
    if popup is not None:
        popup.hide()
    search.clear()

    mixed_id = ctx.read(lambda s: s.scalar(select(Client.id).where(Client.short_name == MIXED)))
    card = ClientCardDialog(ctx, mixed_id, parent=window)
    card.show()
    save(card, args.out, "card_mixed_script")
    card.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
