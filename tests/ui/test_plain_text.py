"""Case text is shown as text, never rendered as markup (issue 18).

A title holding ``<img src=...>`` once made the window load that file (on Windows, from a network
share). Markup goes into every free-text field of a case; every page is visited; no label, text
box, tooltip or item view renders it.
"""

from __future__ import annotations

import inspect
import json
import sqlite3

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextEdit, QWidget

from atrocity_desk.ui.main_window import MainWindow, app_settings
from atrocity_desk.ui.pages import page_classes

MARKUP = '<b>MARK</b><img src="file:///nonexistent/leak.png">'
_SKIP = {"id", "revision_id", "position", "number", "kind", "assessed_on", "created_at", "updated_at", "at",
         "objectives", "findings_weighed", "etd", "baseline_etd", "options", "phase_id", "decision_id",
         "actor_id", "group_id", "confidence", "meeting_date", "risk_estimate_date", "on_date", "item"}


def _mark_every_text_field(path) -> None:
    raw = sqlite3.connect(path)
    for (table,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        if table in ("case_meta", "audit"):
            continue
        columns = [c[1] for c in raw.execute(f"PRAGMA table_info({table})") if c[2] == "TEXT" and c[1] not in _SKIP]
        for column in columns:
            raw.execute(f'UPDATE "{table}" SET "{column}" = coalesce("{column}", \'\') || ?', (MARKUP,))
    for key, value in raw.execute("SELECT key, value FROM case_meta").fetchall():
        if isinstance(json.loads(value), str) and key not in ("created_at", "evidence_version"):
            raw.execute("UPDATE case_meta SET value = ? WHERE key = ?", (json.dumps(json.loads(value) + MARKUP), key))
    raw.commit()
    raw.close()


def _renders_markup(text: str, text_format: Qt.TextFormat) -> bool:
    if "MARK" not in text:
        return False
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text))
    return rich and "<b>MARK" in text


def _model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()):
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model: one column, and no children
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield index, tip
            if column == 0 and columns > 1 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)


def _problems(root: QWidget) -> list[str]:
    problems = []
    for label in root.findChildren(QLabel):
        if _renders_markup(label.text(), label.textFormat()):
            problems.append(f"label {label.objectName() or label.accessibleName() or label.text()[:40]!r}")
    for edit in root.findChildren(QTextEdit):
        if "nonexistent/leak.png" in edit.toHtml() and "<img" in edit.toHtml().split("nonexistent")[0][-30:]:
            problems.append(f"text box {edit.accessibleName()!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        if _renders_markup(widget.toolTip(), Qt.TextFormat.AutoText):
            problems.append(f"tooltip of {type(widget).__name__} {widget.accessibleName()!r}")
    for view in root.findChildren(QAbstractItemView):
        delegate = view.itemDelegate()
        ours = delegate is not None and type(delegate).__module__.startswith("atrocity_desk")
        if ours and "setHtml" in inspect.getsource(type(delegate)):
            problems.append(f"delegate {type(delegate).__name__}")
        if view.model() is not None:
            for index, tip in _model_texts(view.model()):
                if _renders_markup(tip, Qt.TextFormat.AutoText):
                    problems.append(f"item tooltip in {view.accessibleName() or type(view).__name__} row {index.row()}")
    return problems


def test_markup_in_every_case_field_is_shown_as_text_on_every_page(qtbot, case_path):
    _mark_every_text_field(case_path)
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_case(case_path)
    assert "MARK" in window.session.case.meta().title
    problems = []
    for page_class in page_classes():
        page = window.show_page(page_class.page_id)
        qtbot.wait(1)
        problems += [f"{page_class.page_id}: {p}" for p in _problems(page)]
    problems += [f"window: {p}" for p in _problems(window)]
    problems = sorted({p.split(" row ")[0] for p in problems})
    assert not problems, "\n".join(problems)
    window.close()
