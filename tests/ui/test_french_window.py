"""The window in French says everything in French (issue 21): every page of the example case, each
tab, the risk offer and the revision comparison, read as a planner sees them (labels, buttons,
tooltips, tabs, combo items, item-view cells and headers), hold no English of the core.

The English looked for is the core's: every sentence of three words or more of the vocabulary and
the phrases the code translates (``tests/core/test_memo_french.py``), and every string the core's
code spells (not docstrings) — a cell or label that *is* one of them, or holds one of three words
or more, is English left in the French window. The example's own text is the planner's, typed in
English, and stays English. Lists the window shows (a phase's options) are joined the French way,
with a narrow no-break space before ";" (``core.language.join_list``).
"""

from __future__ import annotations

import ast
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabWidget,
    QWidget,
)

from atrocity_desk.core.datafiles import load_yaml, resource_root
from atrocity_desk.core.language import language as core_language
from atrocity_desk.core.vocabulary import WORD_FAMILIES
from atrocity_desk.ui import language
from atrocity_desk.ui.language import ENDONYMS
from atrocity_desk.ui.main_window import MainWindow, app_settings
from tests.conftest import REPO
from tests.core.test_memo_french import _plain, english_sentences
from tests.ui.test_risk_offer import set_country

CORE = REPO / "src" / "atrocity_desk" / "core"
# Words French writes as English does, which the window's own (Qt) catalogue gives ("Memo": "Note"),
# and language names, each shown in itself in a language choice (the memo's language: "English").
SAME_IN_FRENCH = {"Note", *ENDONYMS.values()}
# The audit log names each edit's action in words (tests/ui/test_revisions.py checks the French),
# but its targets and changed fields are the stored ids, as recorded when the edit was made.
NOT_CORE_WORDS = {"audit_table", "audit_detail"}
LABEL = re.compile(r"^[A-Z][a-z]+(?:[ -][a-z]+)*$")  # "Unknown", "Situation factor", "Risk-factor indicator"


def _core_strings() -> set[str]:
    """Every string literal of the core's code that reads as English words (docstrings left out)."""
    found: set[str] = set()
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                found.add(node.value)
            elif isinstance(node, ast.JoinedStr):  # an f-string: its fixed runs
                found.update(v.value for v in node.values if isinstance(v, ast.Constant))
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def _vocabulary_texts() -> list[str]:
    """Every English word of the vocabulary's table (short ones too: "Unknown")."""
    table = load_yaml(resource_root() / "vocabulary" / "words.yaml")
    texts: list[str] = []
    for family in (*WORD_FAMILIES, "phrase"):
        for entry in table[family].values():
            texts += [entry] if isinstance(entry, str) else [v for v in entry.values() if isinstance(v, str)]
    return texts


def english_of_the_core() -> tuple[set[str], set[str]]:
    """(sentences of three words or more, whole labels) the French window must not show."""
    french = core_language("fr")
    french_too = set(french.phrases.values())  # a word both languages write alike ("Absent")
    french_too |= {t for entries in french.words.values() for entry in entries.values()
                   for t in ([entry] if isinstance(entry, str) else entry.values())}
    strings = _core_strings()
    sentences = english_sentences() | {
        run for run in (_plain(s) for s in strings) if len(run.split()) >= 3 and re.search(r"[a-z]{3} [a-z]{2,}", run)
    }
    words = strings | {_flat(t) for t in _vocabulary_texts()}
    labels = {s for s in words if LABEL.match(s) and s not in french_too | SAME_IN_FRENCH}
    return sentences, labels


def visible_texts(root: QWidget) -> set[str]:
    """What a planner reads in the window now: every shown widget's words."""
    texts: set[str] = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _within(widget, NOT_CORE_WORDS):
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
            texts.add(widget.placeholderText())
        # A header view shares its table's model: the table reads the headers and the cells.
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
            texts.update(_model_texts(widget.model()))
    # Tags out, runs of plain white space made one space (no-break spaces kept: they are checked).
    return {re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", t)).strip() for t in texts if t}


def _within(widget: QWidget, names: set[str]) -> bool:
    while widget is not None:
        if widget.objectName() in names:
            return True
        widget = widget.parentWidget()
    return False


def _model_texts(model, parent=None) -> set[str]:  # noqa: ANN001
    from PySide6.QtCore import QModelIndex

    parent = QModelIndex() if parent is None else parent
    texts: set[str] = set()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps it private: one column
        columns = 1
    texts.update(str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "") for c in range(columns))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.add(value)
            if column == 0 and _has_children(model, index):
                texts |= _model_texts(model, index)
    return texts


def _has_children(model, index) -> bool:  # noqa: ANN001
    try:
        return model.hasChildren(index)
    except TypeError:  # a list or table model keeps it private: flat
        return False


def english_shown(texts: set[str]) -> list[str]:
    sentences, labels = english_of_the_core()
    planner = _plain((resource_root() / "example" / "example_case.yaml").read_text(encoding="utf-8"))
    found = set()
    for text in texts:
        plain = _plain(text)
        if text in labels and text not in planner:
            found.add(f"{text!r}")
        found |= {
            f"{s!r} in {text[:70]!r}" for s in sentences
            if s in plain and s not in planner and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", plain)
        }
    return sorted(found)


def every_view(window: MainWindow) -> set[str]:
    """Every page, each tab of each page, and each option of the Decisions page, as shown."""
    texts: set[str] = set()
    for page in window.pages:
        window.show_page(page.page_id)
        QApplication.processEvents()
        texts |= visible_texts(window)
        for tab_widget in page.findChildren(QTabWidget):
            for i in range(tab_widget.count()):
                tab_widget.setCurrentIndex(i)
                QApplication.processEvents()
                texts |= visible_texts(page)
        if page.page_id == "decisions":  # each option, with its own tabs
            page.tabs.setCurrentIndex(0)
            for row in range(page.list_model.rowCount()):
                page.table.selectRow(row)
                for i in range(page.option_tabs.count()):
                    page.option_tabs.setCurrentIndex(i)
                    QApplication.processEvents()
                    texts |= visible_texts(page.option_tabs)
    return texts


@pytest.fixture(params=["fr", "en"])
def window_in(request, qtbot, case_path):  # noqa: ANN001
    language.apply(request.param)
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_case(case_path)
    yield request.param, window
    window.close()
    language.apply("en")


def the_risk_offer_and_its_record(window: MainWindow, qtbot) -> set[str]:  # noqa: ANN001
    """The Early Warning Project's offer for a country its table has, then recorded: the figure, its
    scope, both buttons, and the comparison with the estimate changed."""
    page = window.show_page("overview")
    set_country(qtbot, page, "Myanmar")
    QApplication.processEvents()
    texts = visible_texts(page)
    assert page.risk_offer.record()
    QApplication.processEvents()
    texts |= visible_texts(page)
    window.show_page("revisions")
    QApplication.processEvents()
    return texts | visible_texts(window)


def _title_pairs(window: MainWindow) -> list[tuple[str, str]]:
    titles = [d.title for d in window.session.case.decisions(window.session.revision().id) if d.title]
    return [(a, b) for a in titles for b in titles if a != b]


def bare_list_joins(window: MainWindow, texts: set[str]) -> list[str]:
    """Texts that join two of the example's option titles with English's bare "; "."""
    return sorted(t for t in texts for a, b in _title_pairs(window) if f"{a}; {b}" in t)


def french_list_joins(window: MainWindow, texts: set[str]) -> list[str]:
    """Texts that join two option titles with French's narrow no-break space before ";"."""
    return sorted(t for t in texts for a, b in _title_pairs(window) if f"{a}\u202f; {b}" in t)


def test_the_french_window_shows_no_english_of_the_core(window_in, qtbot) -> None:  # noqa: ANN001
    lang, window = window_in
    texts = every_view(window) | the_risk_offer_and_its_record(window, qtbot)
    left = english_shown(texts)
    if lang == "fr":
        assert left == [], "\n".join(left)
        assert bare_list_joins(window, texts) == [] and french_list_joins(window, texts)
    else:  # the same reading of the English window finds plenty: the check is not blind
        assert len(left) > 40
        assert "'Situation factor'" in left and "'Unknown'" in left and "'Unrecognised'" in left
        assert "'Import a newer edition…' in 'Import a newer edition…'" in left
        assert any("estimated risk of a new state-led mass killing" in s for s in left)
