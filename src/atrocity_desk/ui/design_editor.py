"""The option-design editor (SPEC §4 "Option design"): how one option's tool is used.

Give it the session and an option with ``set_option``; it shows only the design
properties read for the option's family (resources/checklist/design.yaml), each with unknown or a
value, the confidence and a note, and writes every change through ``CaseSession.set_design`` (one
undo entry, one audit row). Like a page, it does not listen to the session: the page that holds it
passes each changed topic to ``on_topic`` and a new case's session to ``set_session``, so a closed
case never reaches it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.language import current_language
from ..core.option_fit import design_terms
from ..core.vocabulary import is_unrecognised, unrecognised, word
from .session import DECISIONS, DESIGN, REVISIONS, CaseSession
from .widgets import wrapped

CONFIDENCES = ("low", "medium", "high")


class DesignEditor(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.decision_id: int | None = None
        self.family: str | None = None
        self.values: dict[str, QComboBox] = {}
        self.confidences: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = wrapped("", self)
        layout.addWidget(self.intro)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid_host)

    def set_session(self, session: CaseSession) -> None:
        """Another case is open: forget the old one's option."""
        self.session = session
        self.set_option(None, None)

    def set_option(self, decision_id: int | None, family: str | None) -> None:
        """Show the design of this option (None: no option)."""
        if (decision_id, family) != (self.decision_id, self.family):
            self.decision_id, self.family = decision_id, family
            self._rebuild()
        self._fill()

    def on_topic(self, topic: str) -> None:
        if topic in (DESIGN, DECISIONS, REVISIONS) and self.decision_id is not None:
            self._fill()

    def _rebuild(self) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.values, self.confidences, self.notes = {}, {}, {}
        terms = design_terms(self.family) if self.family else []
        self.intro.setText(
            self.tr("How this option is used changes what the evidence says about it. Answer what you know; "
            "leave the rest unknown.") if terms else self.tr("The evidence reads nothing about how this kind of tool is designed.")
        )
        vocabulary = current_language().factor_vocabulary()
        for row, prop_id in enumerate(terms):
            prop = vocabulary.design[prop_id]
            label = QLabel(prop.label, self.grid_host)
            label.setToolTip(f"{prop.question}\n\n{prop.help}")
            value = QComboBox(self.grid_host)
            value.setAccessibleName(prop.label)
            value.addItem(self.tr("Unknown"), None)
            for v in prop.values:
                value.addItem(v.label, v.id)
            value.setPlaceholderText(unrecognised(None))
            value.activated.connect(lambda _i, p=prop_id: self._commit(p, value=self.values[p].currentData()))
            confidence = QComboBox(self.grid_host)
            confidence.setAccessibleName(self.tr("Confidence in: {property}").format(property=prop.label))
            confidence.addItem(self.tr("Confidence not given"), None)
            for c in CONFIDENCES:
                confidence.addItem(word("confidence", c), c)
            confidence.activated.connect(lambda _i, p=prop_id: self._commit(p, confidence=self.confidences[p].currentData()))
            note = QLineEdit(self.grid_host)
            note.setAccessibleName(self.tr("Note on: {property}").format(property=prop.label))
            note.setPlaceholderText(self.tr("Note (source, reasoning)"))
            note.editingFinished.connect(lambda p=prop_id: self._commit(p, note=self.notes[p].text().strip()))
            for column, widget in enumerate((label, value, confidence, note)):
                self.grid.addWidget(widget, row, column)
            self.values[prop_id], self.confidences[prop_id], self.notes[prop_id] = value, confidence, note

    def _fill(self) -> None:
        if self.decision_id is None:
            return
        answers = self.session.case.design_answers(self.decision_id)
        self._loading = True
        try:
            for prop_id, combo in self.values.items():
                answer = answers.get(prop_id)
                value = answer.value if answer else None
                # An unrecognised stored value selects nothing: the combo shows the placeholder.
                combo.setCurrentIndex(-1 if is_unrecognised(value) else combo.findData(value))
                confidence = answer.confidence if answer else None
                box = self.confidences[prop_id]
                box.setCurrentIndex(-1 if is_unrecognised(confidence) else box.findData(confidence))
                if not self.notes[prop_id].hasFocus():
                    self.notes[prop_id].setText(answer.note if answer else "")
                for widget in (combo, box, self.notes[prop_id]):
                    widget.setEnabled(not self.session.read_only)
        finally:
            self._loading = False

    def _commit(self, prop_id: str, **fields: object) -> None:
        if self._loading or self.decision_id is None:
            return
        if not self.session.set_design(self.decision_id, prop_id, **fields):
            self._fill()
