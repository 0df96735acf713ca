"""An option's own verdict (situation + its design), what would change it and what was left out,
in planner words. Give it the session and an option id with ``set_option``; the page that holds it
passes each changed topic to ``on_topic`` and a new case's session to ``set_session``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..core.fit_words import change_sentence, left_out_sentence, lift_sentence, summary
from ..core.option_fit import OptionFit
from ..core.vocabulary import verdict_label
from .badges import Badge
from .session import DECISIONS, DESIGN, JUDGMENTS, PACKS, REVISIONS, CaseSession
from .widgets import wrapped


class OptionVerdictView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.decision_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.badge = Badge(self)
        self.summary = wrapped("", self)
        top.addWidget(self.badge)
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        self.changes = wrapped("", self)
        self.changes.setAccessibleName(self.tr("What would change the verdict"))
        self.left_out = wrapped("", self)
        self.left_out.setAccessibleName(self.tr("What was left out"))
        layout.addWidget(self.changes)
        layout.addWidget(self.left_out)

    def set_session(self, session: CaseSession) -> None:
        """Another case is open (the page passes it on; this view does not listen to the session)."""
        self.session = session
        self.set_option(None)

    def set_option(self, decision_id: int | None) -> None:
        self.decision_id = decision_id
        self.refresh()

    def option(self) -> OptionFit | None:
        if self.decision_id is None:
            return None
        return next((o for o in self.session.case_fit().options if o.id == self.decision_id), None)

    def on_topic(self, topic: str) -> None:
        if topic in (JUDGMENTS, DECISIONS, DESIGN, REVISIONS, PACKS):
            self.refresh()

    def refresh(self) -> None:
        option = self.option()
        reading = option.reading if option else None
        if reading is None:
            self.badge.set_verdict("not_reviewed")
            self.summary.setText(self.tr("This option's tool family is not one the evidence base knows.") if option else "")
            self.changes.setText("")
            self.left_out.setText("")
            return
        self.badge.set_verdict(reading.verdict)
        self.badge.setAccessibleName(self.tr("This option's verdict: {verdict}").format(verdict=verdict_label(reading.verdict)))
        self.summary.setText(summary(reading.fit))
        changes = " ".join(s for s in (change_sentence(reading), lift_sentence(reading)) if s)
        self.changes.setText(changes or self.tr("No single answer still open would change this verdict."))
        self.left_out.setText(left_out_sentence(reading.fit) or self.tr("Every finding on this family counts here."))
