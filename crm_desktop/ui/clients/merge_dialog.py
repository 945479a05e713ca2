"""Merging two clients: pick the survivor and, per field, the winning value."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, User
from crm_desktop.services.clients.merge import (
    MERGE_FIELDS,
    MergePreview,
    merge_clients,
    merge_preview,
)
from crm_desktop.services.locale.formatting import number
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.labels import value_label
from crm_desktop.ui.kit.operations import Operation

from .texts import warn

# per client: field → shown value; the names; tax IDs, legal forms and what each brings
Shown = tuple[list[dict[str, str]], list[str], MergePreview]


def _shown(client: Client, name: str, users: dict[uuid.UUID, str]) -> str:
    value = getattr(client, name)
    if name == "responsible_id":
        return users.get(value, "") if value else ""
    return value_label(name, value)  # enums, source, country, language by name


def read_pair(s: Session, ids: tuple[uuid.UUID, uuid.UUID]) -> Shown | None:
    """What the dialog shows of both clients; None if one of them is gone."""
    clients = [s.get(Client, i) for i in ids]
    present = [c for c in clients if c is not None and c.deleted_at is None]
    if len(present) != 2:
        return None
    users = {u.id: u.full_name for u in s.scalars(select(User))}
    return ([{n: _shown(c, n, users) for n in MERGE_FIELDS} for c in present],
            [c.short_name for c in present], merge_preview(s, ids[0], ids[1]))


def open_merge(ctx: AppContext, first_id: uuid.UUID, second_id: uuid.UUID,
               parent: QWidget | None = None) -> MergeDialog | None:
    """The merge dialog for two clients, opened; a message instead if one is gone."""
    ids = (first_id, second_id)
    shown = ctx.read(lambda s: read_pair(s, ids))
    if shown is None:
        warn(parent, QCoreApplication.translate("MergeDialog",
                                                "One of the clients no longer exists"))
        return None
    dialog = MergeDialog(ctx, ids, shown, parent)
    dialog.open()
    return dialog


class MergeDialog(QDialog):
    def __init__(self, ctx: AppContext, ids: tuple[uuid.UUID, uuid.UUID], shown: Shown,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two clients"))
        self.ctx = ctx
        self.ids = ids
        values, self.names, self.preview = shown
        captions = {
            "kind": self.tr("Kind"), "short_name": self.tr("Name"),
            "full_name": self.tr("Full name"), "status": self.tr("Status"),
            "source": self.tr("Source"), "responsible_id": self.tr("Responsible"),
            "country": self.tr("Country"), "region": self.tr("Region"), "city": self.tr("City"),
            "address": self.tr("Address"), "legal_address": self.tr("Legal address"),
            "currency": self.tr("Currency"), "language": self.tr("Language"),
            "tax_id": self.tr("Tax ID"), "tax_id_2": self.tr("KPP (Russia)"),
            "website": self.tr("Website"), "notes": self.tr("Notes")}

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Keep</b>"), self), 0, 0)
        self.survivor = QButtonGroup(self)
        for column in (0, 1):
            radio = QRadioButton(self.names[column], self)
            radio.setObjectName(f"survivor{column}")
            radio.setChecked(column == 0)
            self.survivor.addButton(radio, column)
            grid.addWidget(radio, 0, column + 1)
        self.survivor.idClicked.connect(self._survivor_changed)
        self.choices: dict[str, QButtonGroup] = {}
        row = 1
        for name in MERGE_FIELDS:
            if values[0][name] == values[1][name]:
                continue  # nothing to choose
            grid.addWidget(QLabel(captions[name], self), row, 0)
            group = QButtonGroup(self)
            for column in (0, 1):
                radio = QRadioButton(values[column][name] or self.tr("(empty)"), self)
                radio.setObjectName(f"choice_{name}_{column}")
                radio.setChecked(column == 0 if values[0][name] else column == 1)
                group.addButton(radio, column)
                grid.addWidget(radio, row, column + 1)
            self.choices[name] = group
            row += 1
        note = QLabel(self.tr(
            "Contacts, events, deals, documents, payments and attachments of both move to the "
            "client you keep. The other is kept as merged, so later imports meet the survivor."),
            self)
        note.setWordWrap(True)
        self.warning = QLabel(self.warning_text(), self)
        self.warning.setObjectName("mergeWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        if self.preview.doubtful:
            self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setObjectName("mergeButton")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.warning)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def warning_text(self) -> str:
        """Different tax IDs or legal forms first (two companies, not one typed twice), then
        what each record brings: its deals, documents and events."""
        lines = []
        first, second = self.preview.sides
        if self.preview.different_tax_ids:
            lines.append(self.tr("Different tax IDs: {0} and {1}. These may be two different "
                                 "companies.").format(first.tax_id, second.tax_id))
        if self.preview.different_legal_forms:
            lines.append(self.tr("Different legal forms: {0} and {1}.").format(
                first.legal_form or "—", second.legal_form or "—"))
        for side in (first, second):
            lines.append(self.tr("{0} brings {1} deals, {2} documents, {3} events.").format(
                side.name, number(side.deals), number(side.documents), number(side.events)))
        return "\n".join(lines)

    def _survivor_changed(self, column: int) -> None:
        """Keeping the other record preselects its values (the person can still pick)."""
        for group in self.choices.values():
            button = group.button(column)
            if button.text() != self.tr("(empty)"):
                button.setChecked(True)

    def merge(self) -> None:
        keep = self.survivor.checkedId()
        survivor, other = self.ids[keep], self.ids[1 - keep]
        take = {name for name, group in self.choices.items() if group.checkedId() != keep}
        question = self.tr("Merge {0} into {1}? This cannot be undone from here.").format(
            self.names[1 - keep], self.names[keep])
        if self.preview.doubtful:
            question = self.warning_text() + "\n\n" + question
        if not self.confirm(question):
            return
        self.merge_button.setEnabled(False)  # moving every row of a big client takes a while
        Operation(self, self.ctx, lambda s: merge_clients(s, survivor, other, take)) \
            .success(lambda _: self.accept()) \
            .finally_(lambda: self.merge_button.setEnabled(True)).run_in_background()

    def confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Merge two clients"), question) \
            == QMessageBox.StandardButton.Yes
