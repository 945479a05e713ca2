"""The stage editor (head of sales, admin): a pipeline's name and mode, its stages in order
with probability, outcome and required fields, new pipelines, and the loss reasons."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models import DealStatus, PipelineMode
from crm_desktop.services.sales.deals import pipelines, reasons
from crm_desktop.services.sales.deals.rules import REQUIRED_FIELDS
from crm_desktop.ui.kit.combo import select_data
from crm_desktop.ui.kit.context import AppContext
from crm_desktop.ui.kit.fit import remember_size
from crm_desktop.ui.kit.labels import label
from crm_desktop.ui.kit.operations import Operation

from .texts import error_message, field_name, mode_name

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StageEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, pipeline_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageEditorDialog")
        self.setWindowTitle(self.tr("Pipelines and stages"))
        self.ctx = ctx
        found = ctx.read(pipelines.pipelines)
        info = next((p for p in found if p.id == pipeline_id), None)
        self.form = pipelines.pipeline_form(info) if info else pipelines.PipelineForm(
            self.tr("New pipeline"), PipelineMode.MANUAL, [
                pipelines.StageForm(self.tr("New"), 10),
                pipelines.StageForm(self.tr("Won"), 100, DealStatus.WON),
                pipelines.StageForm(self.tr("Lost"), 0, DealStatus.LOST)])
        self.name = QLineEdit(self.form.name, self)
        self.name.setObjectName("pipelineNameEdit")
        self.mode = QComboBox(self)
        self.mode.setObjectName("pipelineModeCombo")
        for mode in PipelineMode:
            self.mode.addItem(mode_name(mode.value), mode)
        select_data(self.mode, self.form.mode)
        self.names = {st.id: st.name for st in self.form.stages if st.id is not None}
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("stagesTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Stage"), self.tr("Probability, %"), self.tr("Outcome"),
            self.tr("Required to enter (comma-separated)"),
            self.tr("Allowed next stages (comma-separated)")])
        header_item = self.table.horizontalHeaderItem(4)
        if header_item is not None:
            header_item.setToolTip(self.tr(
                "Stage names a deal may move to from this one. Empty: a strict pipeline allows "
                "the next stage and the outcomes, a manual one any stage."))
        for stage in self.form.stages:
            self._add_row(stage)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("&Add stage"), self)
        add.clicked.connect(lambda: self._add_row(pipelines.StageForm(self.tr("Stage"), 50)))
        remove = QPushButton(self.tr("&Remove stage"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        up = QPushButton(self.tr("Move &up"), self)
        up.clicked.connect(lambda: self._shift(-1))
        down = QPushButton(self.tr("Move &down"), self)
        down.clicked.connect(lambda: self._shift(1))
        new = QPushButton(self.tr("&New pipeline…"), self)
        new.setObjectName("newPipelineButton")
        new.clicked.connect(lambda: self._new_pipeline())
        row = QHBoxLayout()
        for button in (add, remove, up, down, new):
            row.addWidget(button)
        row.addStretch(1)
        known = ", ".join(f"{key} ({field_name(key)})" for key in REQUIRED_FIELDS)
        self.reasons_edit = QPlainTextEdit(self)
        self.reasons_edit.setObjectName("lossReasonsEdit")
        self.reasons = ctx.read(reasons.loss_reasons)
        self.reasons_edit.setPlainText("\n".join(r.name for r in self.reasons))
        self.reasons_edit.setFixedHeight(100)
        self.message = QLabel(self)
        self.message.setObjectName("stageEditorMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Mode"), self.mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Fields a stage can require: {0}").format(known), self))
        layout.addWidget(QLabel(self.tr("Loss reasons, one a line:"), self))
        layout.addWidget(self.reasons_edit)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        remember_size(self, 820, 560)  # ui/kit/fit: within the screen, as last time

    def _add_row(self, stage: pipelines.StageForm) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(stage.name)
        name.setData(ID_ROLE, (stage.id, stage.key, stage.next_stages))
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(str(stage.probability)))
        outcome = QComboBox(self.table)
        for value in DealStatus:
            outcome.addItem(label(value), value)
        select_data(outcome, stage.outcome)
        self.table.setCellWidget(row, 2, outcome)
        self.table.setItem(row, 3, QTableWidgetItem(", ".join(stage.required_fields)))
        next_names = stage.next_names if stage.next_names is not None else [
            self.names[i] for i in stage.next_stages if i in self.names]
        self.table.setItem(row, 4, QTableWidgetItem(", ".join(next_names)))

    def _shift(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        stages = self.stages()
        stages[row], stages[target] = stages[target], stages[row]
        self.table.setRowCount(0)
        for stage in stages:
            self._add_row(stage)
        self.table.setCurrentCell(target, 0)

    def _new_pipeline(self) -> None:
        self.form = pipelines.PipelineForm(self.tr("New pipeline"), PipelineMode.MANUAL, [])
        self.name.setText(self.form.name)
        self.table.setRowCount(0)
        for stage in (pipelines.StageForm(self.tr("New"), 10),
                      pipelines.StageForm(self.tr("Won"), 100, DealStatus.WON),
                      pipelines.StageForm(self.tr("Lost"), 0, DealStatus.LOST)):
            self._add_row(stage)

    def stages(self) -> list[pipelines.StageForm]:
        out = []
        for row in range(self.table.rowCount()):
            name, chance, needs, after = (self.table.item(row, 0), self.table.item(row, 1),
                                          self.table.item(row, 3), self.table.item(row, 4))
            assert name is not None and chance is not None and needs is not None
            assert after is not None
            stage_id, key, next_stages = name.data(ID_ROLE) or (None, None, [])
            try:
                probability = int(chance.text())
            except ValueError:
                probability = -1
            outcome = self.table.cellWidget(row, 2).currentData()  # type: ignore[attr-defined]
            required = [k.strip() for k in needs.text().split(",")
                        if k.strip()]
            next_names = [n.strip() for n in after.text().split(",") if n.strip()]
            out.append(pipelines.StageForm(name.text(), probability, outcome, required,
                                           list(next_stages), key, stage_id, next_names))
        return out

    def save(self) -> bool:
        form = pipelines.PipelineForm(self.name.text(), self.mode.currentData(), self.stages(),
                                      self.form.is_default, self.form.id)
        by_name = {r.name: r.id for r in self.reasons}
        names = [(by_name.get(line.strip()), line.strip())
                 for line in self.reasons_edit.toPlainText().splitlines() if line.strip()]

        def work(s: object) -> uuid.UUID:
            saved = pipelines.save_pipeline(s, form)  # type: ignore[arg-type]
            reasons.save_loss_reasons(s, names)  # type: ignore[arg-type]
            return saved

        return Operation(self, self.ctx, work).success(lambda _: self.accept()) \
            .failure(lambda e: self.message.setText(error_message(e))).run()
