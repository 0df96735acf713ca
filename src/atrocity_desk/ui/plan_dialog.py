"""One form dialog for the planning items (phase, decision point, assumption, scenario, dated
trigger, an objective's success measure, an option's legal basis and consent).

The page describes the fields (``Field``); the dialog builds a labelled, keyboard-reachable
widget for each and returns the values, checked: required fields filled, dates real dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .session import is_iso_date
from .widgets import CommitPlainTextEdit


@dataclass(frozen=True)
class Field:
    name: str  # the model's field
    label: str  # with its & mnemonic
    kind: str = "line"  # line, text, choice, date, checks
    choices: tuple[tuple[Any, str], ...] = ()  # (value, words) for choice and checks
    required: bool = False


class PlanDialog(QDialog):
    def __init__(self, title: str, fields: list[Field], values: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 0)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for field in fields:
            widget = self._widget(field, values.get(field.name))
            widget.setAccessibleName(field.label.replace("&", "").rstrip(":"))
            widget.setObjectName(f"field_{field.name}")
            label = QLabel(field.label)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.widgets[field.name] = widget
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(QCoreApplication.translate("PlanDialog", "Problem with this entry"))
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _widget(self, field: Field, value: Any) -> QWidget:
        if field.kind == "text":
            edit = CommitPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlainText(value or "")
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6)
            return edit
        if field.kind == "choice":
            combo = QComboBox()
            for choice, words in field.choices:
                combo.addItem(words, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if field.kind == "checks":
            checks = QListWidget()
            for choice, words in field.choices:
                item = QListWidgetItem(words)
                item.setData(Qt.ItemDataRole.UserRole, choice)
                item.setCheckState(Qt.CheckState.Checked if choice in (value or []) else Qt.CheckState.Unchecked)
                checks.addItem(item)
            checks.setMaximumHeight(checks.fontMetrics().lineSpacing() * 8)
            return checks
        edit = QLineEdit(value or "")
        if field.kind == "date":
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        return edit

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field in self.fields:
            widget = self.widgets[field.name]
            if isinstance(widget, CommitPlainTextEdit):
                values[field.name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                values[field.name] = widget.currentData()
            elif isinstance(widget, QListWidget):
                items = [widget.item(i) for i in range(widget.count())]
                values[field.name] = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
            else:
                values[field.name] = widget.text().strip()
        return values

    def problem_text(self) -> str:
        values = self.values()
        for field in self.fields:
            words = field.label.replace("&", "").rstrip(":")
            if field.required and not values[field.name]:
                return QCoreApplication.translate("PlanDialog", "“{0}” is needed.").format(words)
            if field.kind == "date" and values[field.name] and not is_iso_date(values[field.name]):
                return QCoreApplication.translate("PlanDialog", "“{0}” is not a date: write it as YYYY-MM-DD, e.g. 2027-02-14.").format(values[field.name])
        return ""

    def _accept_if_complete(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()


def ask_fields(parent: QWidget | None, title: str, fields: list[Field], values: dict[str, Any]) -> dict[str, Any] | None:
    """The values entered, or None when the planner cancelled."""
    dialog = PlanDialog(title, fields, values, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
