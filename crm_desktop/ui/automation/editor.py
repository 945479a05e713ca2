"""The rules editor (`rulesEditor`): a rule's "If" and "Then" as plain sentences built from
drop-downs, a dry run that lists which records would match and what would happen (changing
nothing), and the way to the run log. The head of sales and the admin edit; the service
refuses anyone else, and the editor says so."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.automation import engine, rules
from crm_desktop.services.automation.rules import Choices, RuleData
from crm_desktop.services.core.changes import Change
from crm_desktop.services.core.errors import CODES, Message
from crm_desktop.services.core.identity import Permission
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.errors import attempt, message_text
from crm_desktop.ui.kit.operations import Operation, Query

from . import texts

ID_ROLE = Qt.ItemDataRole.UserRole
WARN_STYLE = "color: #b3261e;"
SENTENCE_STYLE = "background: #f3f6fb; border: 1px solid #c9d3e3; padding: 8px;"


def effect_text(effect: dict[str, Any]) -> str:
    """What a run did, in the interface language (the log stores the code and parameters)."""
    code = CODES.get(str(effect.get("code")))
    if code is None:
        return str(effect.get("text", ""))
    params = dict(effect.get("params") or {})
    if isinstance(params.get("how"), str):  # how a manager was picked: a code
        params["how"] = texts.how_names().get(params["how"], params["how"])
    if isinstance(params.get("field"), str):  # a field a rule set: its column name
        params["field"] = texts.field_name(params["field"])
    return message_text(Message(code, **params))


def _combo(parent: QWidget, name: str, items: dict[str, str] | list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for key, text in (items.items() if isinstance(items, dict) else items):
        combo.addItem(text, key)
    return combo


def _select(combo: QComboBox, key: Any) -> None:
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


class ConditionRow(QWidget):
    """One condition: field, operator, value, and a button to drop it."""

    def __init__(self, editor: RulesEditor, item: dict[str, Any] | None = None) -> None:
        super().__init__(editor)
        self.setObjectName("ruleConditionRow")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = _combo(self, "conditionField", editor.field_items())
        self.op = _combo(self, "conditionOp", texts.operator_names())
        self.value = QLineEdit(self)
        self.value.setObjectName("conditionValue")
        self.value.setPlaceholderText(self.tr("value (a list: a, b, c)"))
        remove = QPushButton("✕", self)
        remove.setObjectName("conditionRemove")
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: editor.remove_row(self))
        for widget in (self.field, self.op):
            layout.addWidget(widget)
        layout.addWidget(self.value, 1)
        layout.addWidget(remove)
        if item:
            _select(self.field, item.get("field"))
            _select(self.op, item.get("op"))
            value = item.get("value")
            self.value.setText(", ".join(map(str, value)) if isinstance(value, list)
                               else "" if value is None or value is True else str(value))
        for signal in (self.field.currentIndexChanged, self.op.currentIndexChanged,
                       self.value.textChanged):
            signal.connect(editor.changed)

    def data(self) -> dict[str, Any]:
        op = self.op.currentData()
        text = self.value.text().strip()
        value: Any = text
        if op == "in":
            value = [v.strip() for v in text.split(",") if v.strip()]
        elif op == "empty":
            value = text.lower() not in ("no", "false", "0", "нет")
        elif op == "days_since":
            value = int(text) if text.isdigit() else text
        return {"field": self.field.currentData(), "op": op, "value": value}


# The parameters each action asks for: (key, kind, label); kinds: text, int, users (a login or
# "responsible"), logins (comma-separated), or a fixed list.
_PARAMS: dict[str, list[tuple[str, str, Any]]] = {  # labels: ActionRow translates them
    "set_field": [
        ("field", "field", QT_TRANSLATE_NOOP("ActionRow", "field")),
        ("value", "text", QT_TRANSLATE_NOOP("ActionRow", "value")),
    ],
    "assign": [
        ("how", "how", QT_TRANSLATE_NOOP("ActionRow", "how")),
        ("users", "logins", QT_TRANSLATE_NOOP("ActionRow", "managers (logins, comma-separated)")),
        ("rows", "table", QT_TRANSLATE_NOOP("ActionRow", "table: match=login; match=login")),
        ("by", "by", QT_TRANSLATE_NOOP("ActionRow", "by")),
    ],
    "create_task": [
        ("subject", "text", QT_TRANSLATE_NOOP("ActionRow", "subject")),
        ("days", "int", QT_TRANSLATE_NOOP("ActionRow", "due in days")),
        ("assignee", "users", QT_TRANSLATE_NOOP("ActionRow", "for")),
    ],
    "create_event": [
        ("type", "event_type", QT_TRANSLATE_NOOP("ActionRow", "type")),
        ("subject", "text", QT_TRANSLATE_NOOP("ActionRow", "subject")),
        ("days", "int", QT_TRANSLATE_NOOP("ActionRow", "in days")),
        ("assignee", "users", QT_TRANSLATE_NOOP("ActionRow", "for")),
    ],
    "create_deal": [
        ("pipeline", "pipeline", QT_TRANSLATE_NOOP("ActionRow", "pipeline")),
        ("title", "text", QT_TRANSLATE_NOOP("ActionRow", "title")),
    ],
    "move_stage": [
        ("stage", "stage", QT_TRANSLATE_NOOP("ActionRow", "stage")),
    ],
    "add_tag": [
        ("tag", "text", QT_TRANSLATE_NOOP("ActionRow", "tag")),
    ],
    "remove_tag": [
        ("tag", "text", QT_TRANSLATE_NOOP("ActionRow", "tag")),
    ],
    "send_email": [
        ("purpose", "purpose", QT_TRANSLATE_NOOP("ActionRow", "template")),
    ],
    "notify": [
        ("user", "users", QT_TRANSLATE_NOOP("ActionRow", "whom")),
        ("text", "text", QT_TRANSLATE_NOOP("ActionRow", "text")),
    ],
    "create_document": [
        ("document", "document", QT_TRANSLATE_NOOP("ActionRow", "document")),
        ("title", "text", QT_TRANSLATE_NOOP("ActionRow", "title, e.g. Contract for {client}")),
        ("text", "text", QT_TRANSLATE_NOOP("ActionRow", "text, with {client}, {title}, {amount}…")),
    ],
    "webhook": [
        ("url", "text", QT_TRANSLATE_NOOP("ActionRow", "URL")),
        ("timeout", "int", QT_TRANSLATE_NOOP("ActionRow", "timeout, s")),
        ("retries", "int", QT_TRANSLATE_NOOP("ActionRow", "retries")),
    ],
}


class ActionRow(QWidget):
    """One action: what to do, then the few things it needs, as drop-downs and fields."""

    def __init__(self, editor: RulesEditor, action: dict[str, Any] | None = None) -> None:
        super().__init__(editor)
        self.setObjectName("ruleActionRow")
        self.editor = editor
        self.extra: dict[str, Any] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = _combo(self, "actionKind", texts.action_names())
        layout.addWidget(self.kind)
        self.params = QWidget(self)
        self.params_layout = QHBoxLayout(self.params)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.params, 1)
        remove = QPushButton("✕", self)
        remove.setObjectName("actionRemove")
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: editor.remove_row(self))
        layout.addWidget(remove)
        self.widgets: dict[str, QWidget] = {}
        if action:
            _select(self.kind, action.get("kind"))
        self.build(action or {})
        self.kind.currentIndexChanged.connect(lambda _i: self.build({}))

    def _choices(self, kind: str) -> list[tuple[str, str]]:
        choices: Choices = self.editor.choices
        users = [(login, f"{name} ({login})") for login, name in choices.users]
        if kind == "users":
            return [("responsible", self.tr("the record's manager")), *users]
        if kind == "how":
            return list(texts.assign_names().items())
        if kind == "by":
            return [(b, b) for b in rules.TABLE_BY]
        if kind == "event_type":
            return [(t, t) for t in rules.EVENT_TYPES]
        if kind == "pipeline":
            return [("", self.tr("the default pipeline")), *((p, p) for p, _s in
                                                              choices.pipelines)]
        if kind == "stage":
            names = dict.fromkeys(st for _p, stages in choices.pipelines for st in stages)
            return [(n, n) for n in names]
        if kind == "purpose":
            return [(p, p) for p in rules.MAIL_PURPOSES]
        if kind == "document":
            return [(d, d) for d in rules.DOCUMENT_KINDS]
        if kind == "field":
            return self.editor.field_items(writable=True)
        return []

    def build(self, action: dict[str, Any]) -> None:
        while self.params_layout.count():
            item = self.params_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.widgets = {}
        kind = str(self.kind.currentData())
        self.extra = {k: v for k, v in action.items()
                      if k not in {"kind", *(p[0] for p in _PARAMS.get(kind, []))}}
        for key, param, label in _PARAMS.get(kind, []):
            value = action.get(key)
            made: QWidget
            if param == "int":
                spin = QSpinBox(self.params)
                spin.setRange(0, 3650)
                spin.setValue(int(value) if isinstance(value, int) else
                              {"timeout": 5, "retries": 2}.get(key, 1))
                spin.setPrefix(f"{self.tr(label)}: ")
                spin.valueChanged.connect(self.editor.changed)
                made = spin
            elif param in ("text", "logins", "table"):
                edit = QLineEdit(self.params)
                edit.setPlaceholderText(self.tr(label))
                if param == "logins" and isinstance(value, list):
                    edit.setText(", ".join(map(str, value)))
                elif param == "table" and isinstance(value, list):
                    edit.setText("; ".join(f"{r.get('match')}={r.get('user')}" for r in value))
                elif value is not None:
                    edit.setText(str(value))
                edit.textChanged.connect(self.editor.changed)
                made = edit
            else:
                combo = _combo(self.params, f"action_{key}", self._choices(param))
                if value is not None:
                    _select(combo, value)
                combo.currentIndexChanged.connect(self.editor.changed)
                made = combo
            made.setObjectName(f"action_{key}")
            made.setToolTip(self.tr(label))
            self.widgets[key] = made
            self.params_layout.addWidget(made, 1 if param in ("text", "logins", "table")
                                         else 0)
        if kind == "create_document":  # a letter's title and text; a copied quote has none
            document = self.widgets.get("document")
            if isinstance(document, QComboBox):
                document.currentIndexChanged.connect(lambda _i: self._document_fields())
            self._document_fields()
        if kind == "assign":
            users = self.widgets.get("users")
            if action.get("user") and isinstance(users, QLineEdit):
                users.setText(str(action["user"]))
            how = self.widgets.get("how")
            if isinstance(how, QComboBox):
                how.currentIndexChanged.connect(lambda _i: self._assign_fields())
            self._assign_fields()
        self.editor.changed()

    def _document_fields(self) -> None:
        document = self.widgets.get("document")
        letter = isinstance(document, QComboBox) and document.currentData() == "letter"
        for key in ("title", "text"):
            if key in self.widgets:
                self.widgets[key].setVisible(letter)

    def _assign_fields(self) -> None:
        how_widget = self.widgets.get("how")
        how = how_widget.currentData() if isinstance(how_widget, QComboBox) else "person"
        for key in ("rows", "by"):
            if key in self.widgets:
                self.widgets[key].setVisible(how == "table")
        if "users" in self.widgets:
            self.widgets["users"].setVisible(how != "table")

    def data(self) -> dict[str, Any]:
        kind = str(self.kind.currentData())
        out: dict[str, Any] = {"kind": kind, **self.extra}
        for key, param, _label in _PARAMS.get(kind, []):
            widget = self.widgets[key]
            if isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                if param == "logins":
                    out[key] = [v.strip() for v in text.split(",") if v.strip()]
                elif param == "table":
                    rows = []
                    for part in text.split(";"):
                        match, _, user = part.partition("=")
                        if match.strip():
                            rows.append({"match": match.strip(), "user": user.strip()})
                    out[key] = rows
                else:
                    out[key] = text
        if kind == "create_document" and out.get("document") != "letter":
            out.pop("title", None)
            out.pop("text", None)
        if kind == "assign":
            how = out.get("how")
            if how == "person":
                out["user"] = (out.pop("users") or [""])[0]
                out.pop("rows", None)
                out.pop("by", None)
            elif how in ("round_robin", "least_busy"):
                out.pop("rows", None)
                out.pop("by", None)
            else:
                out.pop("users", None)
        return out


class RulesEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesEditor")
        self.setWindowTitle(self.tr("Automation rules"))
        self.ctx = ctx
        self.resize(1180, 680)
        self.choices: Choices = ctx.read(rules.editor_choices)
        self.rule_id: uuid.UUID | None = None
        self.loading = False
        self.log_window: QWidget | None = None
        self.last_dry_run: engine.DryRun | None = None

        outer = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("rulesMessage")
        self.message.setStyleSheet(WARN_STYLE)
        self.message.setWordWrap(True)
        allowed = ctx.can(Permission.EDIT_AUTOMATION)
        self.message.setText("" if allowed else self.tr(
            "Only the head of sales or the admin changes rules: you can look and try a dry run."))
        self.message.setVisible(not allowed)
        outer.addWidget(self.message)
        splitter = QSplitter(self)
        outer.addWidget(splitter, 1)

        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setObjectName("rulesList")
        self.list.currentItemChanged.connect(lambda item, _old: self.open_item(item))
        self.list.itemChanged.connect(self.toggled)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        new = QPushButton(self.tr("&New"), left)
        new.setObjectName("ruleNewButton")
        new.clicked.connect(self.new_rule)
        template = QPushButton(self.tr("From a &template"), left)
        template.setObjectName("ruleTemplateButton")
        menu = QMenu(template)
        menu.addAction(self.tr("Reactivation (no purchase for N days)"),
                       lambda: self.load(rules.reactivation_rule(
                           180, self.choices.pipelines[0][0] if self.choices.pipelines
                           else ""), None))
        menu.addAction(self.tr("Lead distribution (round-robin)"),
                       lambda: self.load(rules.distribution_rule(
                           "client", [u for u, _n in self.choices.users[:3]]), None))
        template.setMenu(menu)
        delete = QPushButton(self.tr("&Delete"), left)
        delete.setObjectName("ruleDeleteButton")
        delete.clicked.connect(self.delete_rule)
        for button in (new, template, delete):
            row.addWidget(button)
        left_layout.addLayout(row)
        files = QHBoxLayout()
        export = QPushButton(self.tr("E&xport…"), left)
        export.setObjectName("rulesExportButton")
        export.clicked.connect(self.export_rules)
        imports = QPushButton(self.tr("&Import…"), left)
        imports.setObjectName("rulesImportButton")
        imports.clicked.connect(self.import_rules)
        log = QPushButton(self.tr("Run &log…"), left)
        log.setObjectName("rulesLogButton")
        log.clicked.connect(self.open_log)
        for button in (export, imports, log):
            files.addWidget(button)
        left_layout.addLayout(files)

        right = QScrollArea(splitter)
        right.setWidgetResizable(True)
        form_host = QWidget(right)
        right.setWidget(form_host)
        form = QVBoxLayout(form_host)
        top = QFormLayout()
        self.name = QLineEdit(form_host)
        self.name.setObjectName("ruleName")
        self.name.textChanged.connect(self.changed)
        top.addRow(self.tr("Name"), self.name)
        self.enabled = QCheckBox(self.tr("Switched on (off until the dry run looks right)"),
                                 form_host)
        self.enabled.setObjectName("ruleEnabled")
        top.addRow("", self.enabled)
        form.addLayout(top)

        when = QGroupBox(self.tr("If"), form_host)
        when.setObjectName("ruleIfGroup")
        when_layout = QVBoxLayout(when)
        trigger_row = QHBoxLayout()
        trigger_row.addWidget(QLabel(self.tr("If"), when))
        self.entity = _combo(when, "ruleEntity", texts.entity_names())
        self.trigger = _combo(when, "ruleTrigger", texts.trigger_names())
        self.trigger_field = QComboBox(when)
        self.trigger_field.setObjectName("ruleTriggerField")
        self.trigger_value = QLineEdit(when)
        self.trigger_value.setObjectName("ruleTriggerValue")
        self.trigger_value.setPlaceholderText(self.tr("to (any value if empty)"))
        self.trigger_days = QSpinBox(when)
        self.trigger_days.setObjectName("ruleTriggerDays")
        self.trigger_days.setRange(-3650, 3650)
        self.trigger_days.setSuffix(self.tr(" days"))
        for widget in (self.entity, self.trigger, self.trigger_field):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            trigger_row.addWidget(widget)
        self.trigger_value.setMinimumWidth(240)
        trigger_row.addWidget(self.trigger_value)
        trigger_row.addWidget(self.trigger_days)
        trigger_row.addStretch(1)
        when_layout.addLayout(trigger_row)
        match_row = QHBoxLayout()
        match_row.addWidget(QLabel(self.tr("and"), when))
        self.match = _combo(when, "ruleMatch", {"all": self.tr("all of these hold"),
                                                "any": self.tr("any of these holds")})
        match_row.addWidget(self.match)
        match_row.addStretch(1)
        add_condition = QPushButton(self.tr("Add a &condition"), when)
        add_condition.setObjectName("ruleAddCondition")
        add_condition.clicked.connect(lambda: self.add_condition(None))
        match_row.addWidget(add_condition)
        when_layout.addLayout(match_row)
        self.condition_rows = QVBoxLayout()
        when_layout.addLayout(self.condition_rows)
        form.addWidget(when)

        then = QGroupBox(self.tr("Then"), form_host)
        then.setObjectName("ruleThenGroup")
        then_layout = QVBoxLayout(then)
        self.action_rows = QVBoxLayout()
        then_layout.addLayout(self.action_rows)
        add_action = QPushButton(self.tr("Add an &action"), then)
        add_action.setObjectName("ruleAddAction")
        add_action.clicked.connect(lambda: self.add_action(None))
        then_layout.addWidget(add_action, 0, Qt.AlignmentFlag.AlignLeft)
        form.addWidget(then)

        self.sentence = QLabel(form_host)
        self.sentence.setObjectName("ruleSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet(SENTENCE_STYLE)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.sentence)
        self.problem = QLabel(form_host)
        self.problem.setObjectName("ruleProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARN_STYLE)
        form.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.dry_button = QPushButton(self.tr("&Dry run: what would happen?"), form_host)
        self.dry_button.setObjectName("ruleDryRun")
        self.dry_button.clicked.connect(lambda: self.dry_run())
        self.save_button = QPushButton(self.tr("&Save"), form_host)
        self.save_button.setObjectName("ruleSave")
        self.save_button.setEnabled(allowed)
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons)
        form.addStretch(1)
        splitter.setSizes([300, 880])

        self.entity.currentIndexChanged.connect(lambda _i: self.entity_changed())
        self.trigger.currentIndexChanged.connect(lambda _i: self.trigger_changed())
        for signal in (self.trigger_field.currentIndexChanged, self.match.currentIndexChanged,
                       self.trigger_days.valueChanged, self.trigger_value.textChanged):
            signal.connect(self.changed)
        ctx.bus.subscribe({Change.AUTOMATION}, lambda _kinds: self.reload(), owner=self)
        self.reload()
        self.new_rule()

    # -- fields -----------------------------------------------------------------------------------
    def field_items(self, writable: bool = False) -> list[tuple[str, str]]:
        entity = str(self.entity.currentData() or "client")
        found = rules.fields_of(entity)
        items = [(name, texts.field_name(name)) for name, info in found.items()
                 if not writable or (info.writable and info.kind != "user")]
        return items

    def entity_changed(self) -> None:
        current = self.trigger_field.currentData()
        self.trigger_field.blockSignals(True)
        self.trigger_field.clear()
        for key, text in self.field_items():
            self.trigger_field.addItem(text, key)
        _select(self.trigger_field, current)
        self.trigger_field.blockSignals(False)
        for row in self._rows(self.condition_rows):
            assert isinstance(row, ConditionRow)
            keep = row.field.currentData()
            row.field.clear()
            for key, text in self.field_items():
                row.field.addItem(text, key)
            _select(row.field, keep)
        self.trigger_changed()

    def trigger_changed(self) -> None:
        kind = self.trigger.currentData()
        self.trigger_field.setVisible(kind in ("field_changed", "date"))
        self.trigger_value.setVisible(kind in ("field_changed", "stage_entered"))
        self.trigger_value.setPlaceholderText(
            self.tr("stage name") if kind == "stage_entered"
            else self.tr("to (any value if empty)"))
        self.trigger_days.setVisible(kind in ("date", "no_activity", "no_purchase"))
        self.trigger_days.setPrefix(self.tr("± ") if kind == "date" else "")
        self.changed()

    @staticmethod
    def _rows(layout: QVBoxLayout) -> list[QWidget]:
        found = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not getattr(widget, "removed", False):
                found.append(widget)
        return found

    def add_condition(self, item: dict[str, Any] | None) -> None:
        self.condition_rows.addWidget(ConditionRow(self, item))
        self.changed()

    def add_action(self, action: dict[str, Any] | None) -> None:
        self.action_rows.addWidget(ActionRow(self, action))
        self.changed()

    def remove_row(self, row: QWidget) -> None:
        row.removed = True  # type: ignore[attr-defined]
        row.hide()
        row.deleteLater()
        self.changed()

    # -- the rule as data -------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        kind = self.trigger.currentData()
        trigger: dict[str, Any] = {"kind": kind}
        if kind == "field_changed":
            trigger["field"] = self.trigger_field.currentData()
            if self.trigger_value.text().strip():
                trigger["to"] = self.trigger_value.text().strip()
        elif kind == "stage_entered":
            trigger["stage"] = self.trigger_value.text().strip()
        elif kind == "date":
            trigger["field"] = self.trigger_field.currentData()
            trigger["offset_days"] = self.trigger_days.value()
        elif kind in ("no_activity", "no_purchase"):
            trigger["days"] = self.trigger_days.value()
        out: dict[str, Any] = {
            "name": self.name.text().strip(), "entity": self.entity.currentData(),
            "enabled": self.enabled.isChecked(), "trigger": trigger,
            "conditions": {"match": self.match.currentData(), "items": [
                row.data() for row in self._rows(self.condition_rows)
                if isinstance(row, ConditionRow)]},
            "actions": [row.data() for row in self._rows(self.action_rows)
                        if isinstance(row, ActionRow)]}
        if self.rule_id is not None:
            out["id"] = str(self.rule_id)
        return out

    def load(self, data: dict[str, Any], rule_id: uuid.UUID | None) -> None:
        self.loading = True
        try:
            self.rule_id = rule_id
            for layout in (self.condition_rows, self.action_rows):
                for row in self._rows(layout):
                    self.remove_row(row)
            self.name.setText(str(data.get("name", "")))
            self.enabled.setChecked(bool(data.get("enabled")))
            _select(self.entity, data.get("entity", "client"))
            self.entity_changed()
            trigger = data.get("trigger") or {}
            _select(self.trigger, trigger.get("kind", "created"))
            _select(self.trigger_field, trigger.get("field"))
            self.trigger_value.setText(str(trigger.get("to", trigger.get("stage", "")) or ""))
            self.trigger_days.setValue(int(trigger.get("offset_days", trigger.get("days", 0))
                                           or 0))
            conditions = data.get("conditions") or {}
            _select(self.match, conditions.get("match", "all"))
            for item in conditions.get("items") or []:
                self.add_condition(item)
            for action in data.get("actions") or []:
                self.add_action(action)
            self.trigger_changed()
        finally:
            self.loading = False
        self.changed()

    def changed(self, *_args: Any) -> None:
        if self.loading:
            return
        data = self.data()
        self.sentence.setText(texts.rule_sentence(data, dict(self.choices.users)))
        if not data["name"]:
            data["name"] = "…"
        _checked, problem = attempt(lambda: rules.check_rule(data))
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        found = self.ctx.read(lambda s: rules.list_rules(s))
        self.list.blockSignals(True)
        current = self.rule_id
        self.list.clear()
        for rule in found:
            item = QListWidgetItem(rule.name, self.list)
            item.setData(ID_ROLE, rule)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled
                               else Qt.CheckState.Unchecked)
            item.setToolTip(texts.rule_sentence(rule.as_json(), dict(self.choices.users)))
            if rule.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def open_item(self, item: QListWidgetItem | None) -> None:
        rule = item.data(ID_ROLE) if item is not None else None
        if isinstance(rule, RuleData):
            self.load(rule.as_json(), rule.id)

    def toggled(self, item: QListWidgetItem) -> None:
        rule = item.data(ID_ROLE)
        if not isinstance(rule, RuleData) or rule.id is None:
            return
        on = item.checkState() == Qt.CheckState.Checked
        rule_id = rule.id
        Operation(self, self.ctx, lambda s: rules.set_enabled(s, rule_id, on)) \
            .failure(lambda _e: self.reload()).run()

    def new_rule(self) -> None:
        self.list.setCurrentRow(-1)
        self.rule_id = None
        self.load({"name": "", "entity": "deal", "trigger": {"kind": "created"},
                   "actions": [{"kind": "assign", "how": "person",
                                "user": self.choices.users[0][0] if self.choices.users
                                else ""}]}, None)

    def save(self) -> None:
        data = self.data()

        def done(rule_id: uuid.UUID) -> None:
            self.rule_id = rule_id
            self.reload()

        Operation(self, self.ctx, lambda s: rules.save_rule(s, data)).success(done).run()

    def delete_rule(self) -> None:
        rule_id = self.rule_id
        if rule_id is None:
            return
        Operation(self, self.ctx, lambda s: rules.delete_rule(s, rule_id)) \
            .success(lambda _r: self.new_rule()).run()

    def export_rules(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export rules"),
                                                    "rules.json", "JSON (*.json)")
        if name:
            self.ctx.read(lambda s: rules.export_rules(s, Path(name)))

    def import_rules(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import rules"), "",
                                                    "JSON (*.json)")
        if name:
            Operation(self, self.ctx, lambda s: rules.import_rules(s, Path(name))).run()

    # -- dry run and the log ----------------------------------------------------------------------
    def dry_run(self) -> None:
        data = self.data()
        if not data["name"]:
            data["name"] = self.tr("(new rule)")
        self.dry_button.setEnabled(False)

        def shown(result: engine.DryRun) -> None:
            self.last_dry_run = result
            DryRunDialog(result, self).show()

        Query(self, self.ctx, lambda s: engine.dry_run(s, data, limit=200)) \
            .success(shown).finally_(lambda: self.dry_button.setEnabled(True)) \
            .run_in_background()

    def open_log(self) -> QWidget:
        from .log_window import RunLogWindow

        if self.log_window is None:
            self.log_window = RunLogWindow(self.ctx, self)
        self.log_window.show()
        self.log_window.raise_()
        return self.log_window


class DryRunDialog(QDialog):
    """What the rule would do to each existing record that matches (nothing was changed)."""

    def __init__(self, result: engine.DryRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dryRunDialog")
        self.setWindowTitle(self.tr("Dry run: {rule}").format(rule=result.rule))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{matched} of the {checked} records checked would match. "
                                 "Nothing was changed.").format(matched=len(result.matches),
                                                                checked=result.checked), self)
        summary.setObjectName("dryRunSummary")
        layout.addWidget(summary)
        table = QTableWidget(len(result.matches), 2, self)
        table.setObjectName("dryRunTable")
        table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What would happen")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 240)
        for row, match in enumerate(result.matches):
            table.setItem(row, 0, QTableWidgetItem(match.label))
            what = match.error or "; ".join(effect_text(e) for e in match.details)
            cell = QTableWidgetItem(what)
            cell.setToolTip(what)
            table.setItem(row, 1, cell)
        layout.addWidget(table, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
