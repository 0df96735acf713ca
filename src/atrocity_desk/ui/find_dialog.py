"""Find across the case (Ctrl+F): type, see what matches, press Enter or double-click to go there.

The search is the core's (``core.find``); the dialog shows its hits and asks the window to show
the chosen one. It stays open (non-modal) so a planner can step through the results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.find import Hit

# Marked for translation here, translated where shown (FindDialog's context).
KIND_WORDS = {
    "factor": QT_TRANSLATE_NOOP("FindDialog", "Situation factor"),
    "risk_factor": QT_TRANSLATE_NOOP("FindDialog", "Risk factor"),
    "indicator": QT_TRANSLATE_NOOP("FindDialog", "Risk indicator"),
    "actor": QT_TRANSLATE_NOOP("FindDialog", "Actor or group"),
    "objective": QT_TRANSLATE_NOOP("FindDialog", "Objective"),
    "option": QT_TRANSLATE_NOOP("FindDialog", "Option"),
    "finding": QT_TRANSLATE_NOOP("FindDialog", "Finding"),
}
_HIT_ROLE = Qt.ItemDataRole.UserRole + 50


class FindDialog(QDialog):
    def __init__(self, search: Callable[[str], list[Hit]], go: Callable[[Hit], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._search, self._go = search, go
        self.setWindowTitle(self.tr("Find in the case"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Find in the case"))
        self.query.setPlaceholderText(self.tr("Factors, indicators, actors, options, findings, notes…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self._go_first)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("What was found"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(lambda item: self._go(item.data(_HIT_ROLE)))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of results"))
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)

    def run(self, text: str) -> None:
        hits = self._search(text) if text.strip() else []
        self.results.clear()
        for hit in hits:
            kind = self.tr(KIND_WORDS[hit.kind]) if hit.kind in KIND_WORDS else hit.kind
            shown = f"{kind}: {hit.label}"
            if hit.matched != hit.label:
                shown += f"\n    “{hit.matched}”"
            item = QListWidgetItem(shown)
            item.setData(_HIT_ROLE, hit)
            self.results.addItem(item)
        self.count.setText("" if not text.strip() else (self.tr("%n found", "", len(hits)) if hits else self.tr("Nothing found.")))
        if hits:
            self.results.setCurrentRow(0)

    def _go_first(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._go(item.data(_HIT_ROLE))

    def open_with(self, text: str = "") -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
        if text:
            self.query.setText(text)
