"""The prompt a lost deal asks: the reason from the editable list, and a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.services.sales.deals.reasons import Reason


class LostReasonDialog(QDialog):
    def __init__(self, deal_title: str, reasons: list[Reason],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostReasonDialog")
        self.setWindowTitle(self.tr("Deal lost"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("lossReasonCombo")
        self.reason.setEditable(True)  # a reason not in the list can still be typed
        for reason in reasons:
            self.reason.addItem(reason.name)
        self.reason.setCurrentIndex(-1)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("lossCommentEdit")
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setFixedHeight(80)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Why was «{0}» lost?").format(deal_title), self))
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Comment"), self.comment)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.reason.currentTextChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.currentText().strip()))

    def chosen(self) -> tuple[str, str]:
        return self.reason.currentText().strip(), self.comment.toPlainText().strip()
