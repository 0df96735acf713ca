"""Every user-visible string of the window goes through Qt's translation (issue 13 item 2).

An ast scan of ``src/atrocity_desk/ui``: a string literal (or an f-string with words in it) passed
straight to a call that shows text (setText, QLabel(...), addAction, setToolTip, message boxes,
header labels, the window's own helpers such as ``heading`` and ``show_message``...) fails, unless
it sits inside ``tr``/``translate``/``QT_TRANSLATE_NOOP``. Markup, entities, key names and ids
in links are not words a planner reads, so they pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "atrocity_desk" / "ui"

TEXT_METHODS = {
    # Qt
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "addAction", "addMenu", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setAccessibleName", "setAccessibleDescription", "showMessage", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "addItem", "addItems", "insertItem", "setItemText",
    "setLabelText", "setInformativeText", "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText",
    "addRow", "insertRow", "setButtonText", "addButton", "setHtml", "setPlainText", "setFormat",
    "getText", "getMultiLineText", "getItem",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "createUndoAction", "createRedoAction",
    # the window's own helpers that show their text argument
    "show_reason", "show_error", "show_info", "show_message", "ask_text", "ask_passphrase",
    "ask_new_passphrase", "offer_clean_copy", "set_badge", "_section", "_show_failure", "_action", "_text", "_line", "_combo",
    "add_option_tab",
    "a",  # the main window's shorthand for _action while it builds the menus
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QStandardItem", "QCommandLinkButton",
    "PassphraseDialog", "RowTableView", "ChoiceDelegate", "heading", "wrapped", "plain_tooltip",
}
# QMessageBox's static calls (not a logger's .warning).
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Words that are not language: key names and the application's own name.
NOT_WORDS = {"Ctrl", "Shift", "Alt", "PgUp", "PgDown", "Atrocity", "Desk"}


def has_words(text: str) -> bool:
    if re.fullmatch(r"[a-z_]+|\.\w+", text):  # an id ("statement") or a file suffix (".yaml")
        return False
    text = re.sub(r"<[^>]*>|&\w+;", " ", text)  # markup and entities (links carry page ids)
    return any(w not in NOT_WORDS for w in re.findall(r"[A-Za-z]{2,}", text))


def literal_words(node: ast.AST) -> bool:
    """Does this argument put English words on screen without passing translation?"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return has_words("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.BinOp):
        return literal_words(node.left) or literal_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(literal_words(e) for e in node.elts)
    if isinstance(node, ast.IfExp):
        return literal_words(node.body) or literal_words(node.orelse)
    return False


def _name(func: ast.AST) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _shows_text(func: ast.AST) -> bool:
    name = _name(func)
    if name in MESSAGE_BOX:
        return isinstance(func, ast.Attribute) and _name(func.value) == "QMessageBox"
    return name in TEXT_METHODS or name in TEXT_CLASSES


def untranslated(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, call) of every literal shown without translation."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and _shows_text(node.func):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if literal_words(arg):
                    found.append((arg.lineno, _name(node.func)))
    return found


def test_every_window_string_passes_translation():
    found = [
        f"{path.relative_to(UI)}:{line}: {call}(...)"
        for path in sorted(UI.rglob("*.py"))
        for line, call in untranslated(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not found, "Wrap these in self.tr() or QCoreApplication.translate():\n" + "\n".join(found)


def test_the_scan_sees_bare_literals_and_passes_wrapped_ones():
    bare = '''
label = QLabel("Open the case")
self.setWindowTitle(f"Findings on {name}")
menu.addAction("&Quit", self.close)
table.setHorizontalHeaderLabels(["Menu", self.tr("Command")])
self.show_message("Saved." if ok else "Not saved.")
QMessageBox.warning(self, "Not saved", text)
'''
    assert [line for line, _ in untranslated(bare)] == [2, 3, 4, 5, 6, 7]
    wrapped_ok = '''
label = QLabel(self.tr("Open the case"))
self.setWindowTitle(self.tr("Findings on {name}").format(name=name))
menu.addAction(QCoreApplication.translate("ctx", "&Quit"), self.close)
item.setToolTip(f"{title} (Ctrl+{number})")
label.setText('<a href="decisions">' + link + "</a>")
TITLE = QT_TRANSLATE_NOOP("Page", "Aim")
log.warning("No catalogue at %s", path)
'''
    assert untranslated(wrapped_ok) == []
