"""Revisions: the dated assessments of the case, starting a reassessment, what changed between two
revisions, and the audit log of every edit."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import QModelIndex, Qt

from .. import dialogs
from ...core.revision_diff import Change, compare_revisions
from ..locale_format import shown_date
from ..models.revisions import AuditTableModel, ChangeTableModel, RevisionTableModel, change_detail
from ..session import REVISIONS
from ..item_views import RowTableView
from ..widgets import heading, wrapped
from . import PAGE_TITLES
from .base import Page


class RevisionsPage(Page):
    page_id = "revisions"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self._stale = True  # the comparison and the audit log need reloading
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading(self.tr("Assessment revisions"), 1.2))
        top_layout.addWidget(wrapped(
            self.tr("Reassess the case later in a new revision: it starts as a copy of the latest one. Only the latest "
            "revision can be edited; earlier ones stay as they were, readable and comparable.")
        ))
        self.revision_model = RevisionTableModel(self)
        self.revision_view = RowTableView(self.tr("Revisions"))
        self.revision_view.setObjectName("revision_table")
        self.revision_view.setModel(self.revision_model)
        self.revision_view.edit_requested.connect(self._compare_with_latest)
        self.revision_view.horizontalHeader().setStretchLastSection(False)
        top_layout.addWidget(self.revision_view, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Start new revision…"))
        self.new_button.setAccessibleName(self.tr("Start new revision"))
        self.new_button.clicked.connect(self.start_new_revision)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Comparison and audit log"))
        self.tabs.addTab(self._build_compare(), self.tr("&Compare revisions"))
        self.tabs.addTab(self._build_audit(), self.tr("Audit &log"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([260, 440])
        self.refresh(None)

    def _build_compare(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        row = QHBoxLayout()
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("compare_from")
        self.from_combo.setAccessibleName(self.tr("Compare from revision"))
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("compare_to")
        self.to_combo.setAccessibleName(self.tr("Compare to revision"))
        from_label = QLabel(self.tr("Fro&m:"))
        from_label.setBuddy(self.from_combo)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_combo)
        for widget in (from_label, self.from_combo, to_label, self.to_combo):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.compare_summary = wrapped()
        self.compare_summary.setObjectName("compare_summary")
        self.compare_summary.setAccessibleName(self.tr("Summary of the changes"))
        layout.addWidget(self.compare_summary)
        self.change_model = ChangeTableModel((), self)
        self.change_view = RowTableView(self.tr("Changes between the revisions"))
        self.change_view.setObjectName("change_table")
        self.change_view.setModel(self.change_model)
        self.change_view.sortable()  # by area, item, before or after
        # Items (indicator wordings) and values (a strategy's texts) can be long: they share the width
        # and wrap; sized to their contents, one long value pushed "After" out of sight.
        self.change_view.setWordWrap(True)
        header = self.change_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.change_view.resizeRowsToContents())
        layout.addWidget(self.change_view, 1)
        self.from_combo.currentIndexChanged.connect(self._update_comparison)
        self.to_combo.currentIndexChanged.connect(self._update_comparison)
        return panel

    def _build_audit(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(wrapped(self.tr("Every change to the case, newest first: when (UTC), who, what, and the values before and after.")))
        self.audit_model = AuditTableModel(self)
        self.audit_view = RowTableView(self.tr("Audit log"))
        self.audit_view.setObjectName("audit_table")
        self.audit_view.setModel(self.audit_model)
        self.audit_view.sortable()  # newest first until the planner sorts by who, what or target
        self.audit_view.wrap_rows()
        layout.addWidget(self.audit_view, 1)
        self.audit_detail = wrapped(self.tr("Select an entry to read its values before and after."))
        self.audit_detail.setObjectName("audit_detail")
        self.audit_detail.setAccessibleName(self.tr("Values before and after the selected change"))
        self.audit_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QScrollArea()
        detail.setWidgetResizable(True)
        detail.setWidget(self.audit_detail)
        detail.setMaximumHeight(self.audit_detail.fontMetrics().lineSpacing() * 8)
        layout.addWidget(detail)
        self.audit_view.selectionModel().currentRowChanged.connect(self._audit_row_changed)
        return panel

    def _audit_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.audit_model.row_object(self.audit_view.source_row(current.row())) if current.isValid() else None
        self.audit_detail.setText(change_detail(entry) if entry else self.tr("Select an entry to read its values before and after."))

    # -- showing --

    def refresh(self, topic: str | None = None) -> None:
        if topic in (None, REVISIONS):
            self._show_revisions()
        # Every edit adds an audit row and may change the comparison: reload now if shown, else later.
        self._stale = True
        if self.isVisible():
            self._reload_details()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload_details()

    def _show_revisions(self) -> None:
        revisions = self.session.case.revisions()
        self.revision_model.set_revisions(revisions)
        self.revision_view.resizeColumnsToContents()
        self.revision_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the label
        self.new_button.setEnabled(not self.read_only)
        for combo in (self.from_combo, self.to_combo):
            combo.blockSignals(True)
            combo.clear()
            for revision in revisions:
                combo.addItem(f"{revision.number}. {shown_date(revision.assessed_on)} — {revision.label}", revision.id)
            combo.blockSignals(False)
        self.from_combo.setCurrentIndex(max(0, len(revisions) - 2))
        self.to_combo.setCurrentIndex(len(revisions) - 1)
        self.revision_view.select_row(len(revisions) - 1)

    def _reload_details(self) -> None:
        self._stale = False
        self._update_comparison()
        numbers = {r.id: r.number for r in self.revision_model.rows()}
        self.audit_model.set_entries(self.session.case.audit(), numbers)
        self.audit_view.resizeColumnsToContents()
        self.audit_view.resizeRowsToContents()

    def _update_comparison(self) -> None:
        old_id, new_id = self.from_combo.currentData(), self.to_combo.currentData()
        if old_id is None or new_id is None:
            return
        changes = self.compare(old_id, new_id)
        self.change_model.set_rows(changes)
        self.change_view.resizeRowsToContents()
        self.compare_summary.setText(self._summary(old_id, new_id, changes))

    def compare(self, old_id: int, new_id: int) -> list[Change]:
        return compare_revisions(self.session.case, self.session.checklist, self.session.evidence, old_id, new_id)

    def _summary(self, old_id: int, new_id: int, changes: list[Change]) -> str:
        if old_id == new_id:
            return self.tr("Choose two different revisions to see what changed.")
        judgments = sum(1 for c in changes if c.is_judgment)
        decisions = sum(1 for c in changes if c.is_decision)
        other = len(changes) - judgments - decisions
        if not changes:
            return self.tr("No differences: the two revisions hold the same judgments, decisions, actors and aim.")
        return ", ".join((self.tr("%n judgment(s) changed", "", judgments), self.tr("%n decision(s) changed", "", decisions),
                          self.tr("%n other change(s)", "", other))) + "."

    def _compare_with_latest(self, row: int) -> None:
        revision = self.revision_model.row_object(row)
        if revision is not None:
            self.from_combo.setCurrentIndex(self.from_combo.findData(revision.id))
            self.to_combo.setCurrentIndex(self.to_combo.count() - 1)
            self.tabs.setCurrentIndex(0)

    # -- editing --

    def start_new_revision(self) -> bool:
        if self.read_only:
            dialogs.show_error(self, self.tr("Case is open read-only"), self.session.case.read_only_reason)
            return False
        self.window_.commit_edits()  # text still being typed belongs to the revision it was typed in
        answer = dialogs.ask_new_revision(self, earliest=self.session.revision().assessed_on)
        if answer is None:
            return False
        assessed_on, label = answer
        started = self.session.new_revision(assessed_on, label)
        if started:
            self.window_.show_message(self.tr("Started revision {number}. Earlier revisions are kept as they were.").format(
                number=self.session.revision().number))
        return started
