"""A card's Automation button (`automationButton`): "Why did this happen?" opens the run log
on this record (every run on it and every run that wrote it), and the switched-on manual rules
of this kind of record run on it now, one click each (the run is logged like any other)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from crm_desktop.services.automation import engine
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.operations import Operation

from .log_window import RunLogWindow, run_text


class AutomationButton(QPushButton):
    def __init__(self, ctx: AppContext, entity: str,
                 record: Callable[[], tuple[uuid.UUID | None, str]],
                 parent: QWidget | None = None) -> None:
        """`record()` gives the card's record id (None while it is unsaved) and its name."""
        super().__init__(self.tr("A&utomation"), parent)
        self.setObjectName("automationButton")
        self.setToolTip(self.tr("Why did something happen to this record, and the rules you "
                                "can run on it by hand"))
        self.ctx, self.entity, self.record = ctx, entity, record
        self.log_window: RunLogWindow | None = None
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("automationMenu")
        self.menu_.aboutToShow.connect(self.fill)
        self.setMenu(self.menu_)

    def fill(self) -> None:
        self.menu_.clear()
        record_id, _name = self.record()
        why = self.menu_.addAction(self.tr("Why did this happen?"))
        why.setObjectName("automationWhyAction")
        why.setEnabled(record_id is not None)
        why.triggered.connect(self.why)
        self.menu_.addSeparator()
        found = self.ctx.read(lambda s: engine.manual_rules(s, self.entity))  # a few rows
        if not found:
            none = self.menu_.addAction(self.tr("No rules to run by hand"))
            none.setEnabled(False)
        for rule_id, name in found:
            action = self.menu_.addAction(self.tr("Run: {rule}").format(rule=name))
            action.setObjectName(f"automationRun_{rule_id.hex}")
            action.setEnabled(record_id is not None)
            action.triggered.connect(lambda _=False, r=rule_id: self.run_rule(r))

    def why(self) -> RunLogWindow | None:
        record_id, name = self.record()
        if record_id is None:
            return None
        if self.log_window is None:
            self.log_window = RunLogWindow(self.ctx, self.window())
        self.log_window.show_why(record_id, name)
        self.log_window.show()
        self.log_window.raise_()
        return self.log_window

    def run_rule(self, rule_id: uuid.UUID) -> None:
        record_id, _name = self.record()
        if record_id is None:
            return
        Operation(self, self.ctx,
                  lambda s: engine.run_view(s, engine.run_manual(s, rule_id, record_id).id)) \
            .success(self.ran).run_in_background()

    def ran(self, view: engine.RunView) -> None:
        text = run_text(view) or self.tr("nothing to do")
        box = QMessageBox(QMessageBox.Icon.Warning if view.status == "error"
                          else QMessageBox.Icon.Information, view.rule,
                          self.tr("Done: {what}").format(what=text) if view.status != "error"
                          else self.tr("The rule failed: {what}").format(what=text),
                          QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("automationRunMessage")
        box.open()
        self.message = box

