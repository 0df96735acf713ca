"""Situation: the situation factors by group. For the selected factor: its question and why it
matters, the answer (with "Unknown" as a visible choice), the confidence, a source and a note, and
the findings of the evidence base that depend on it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.checklist import Factor
from .. import dialogs
from ...core.vocabulary import confidence_label
from ..models.factors import FactorTreeModel
from ..session import JUDGMENTS, REVISIONS
from ..locale_format import shown_date
from ..widgets import CommitPlainTextEdit, heading, relative_font, wrapped
from . import PAGE_TITLES
from .base import Page

UNKNOWN_LABEL = QT_TRANSLATE_NOOP("SituationPage", "Unknown — not yet judged")


class FactorTreeView(QTreeView):
    """The factor names get the width they need, but never more than 3/5 of the view: the answers
    (elided, full text in the tooltip) stay in sight with large system fonts too. When names and
    answers do not both fit (French runs longer), they share the room: the answers never take more
    than the half the names leave them, so neither column is cut to a word or two."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.header()
        room = self.viewport().width() - header.sectionSize(2)
        names = self.sizeHintForColumn(0) + self.indentation()
        answers = max(self.sizeHintForColumn(1), 60)
        if names + answers > room:  # both cannot be whole: the answers get at most half
            answers = max(room - names, room // 2, 60)
        header.resizeSection(1, answers)
        header.resizeSection(0, max(80, min(names, self.viewport().width() * 3 // 5)))


class SituationPage(Page):
    page_id = "situation"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self.factor: Factor | None = None
        self.model = FactorTreeModel(session.checklist, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        self.tree = FactorTreeView()
        self.tree.setObjectName("factor_tree")
        self.tree.setAccessibleName(self.tr("Situation factors"))
        self.tree.setAccessibleDescription(self.tr("Factors by group with their answers; choose one to answer it"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # one line a row: measuring wrapped rows costs each edit
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        # The answers take the width they need, whole (a planner scans them down the tree); the
        # factor names take the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # fit_columns sizes it
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 460])
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.refresh(None)
        first_group = self.model.index(0, 0)
        self.tree.setCurrentIndex(self.model.index(0, 0, first_group))

    # -- building --

    def _build_details(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: its contents are
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Scroll down, never sideways: the pane claims the width its answers need from the splitter.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll = scroll
        panel = QWidget()
        self.details_panel = panel
        scroll.setWidget(panel)
        layout = QVBoxLayout(panel)
        self.group_label = QLabel()
        self.group_label.setFont(relative_font(self.group_label, 0.95))
        self.group_label.setWordWrap(True)
        self.factor_heading = heading("", 1.3)
        self.question_label = wrapped()
        self.question_label.setFont(relative_font(self.question_label, 1.05, bold=True))
        self.question_label.setAccessibleName(self.tr("Question"))
        self.help_label = wrapped()
        self.help_label.setAccessibleName(self.tr("Why this factor matters"))
        for widget in (self.group_label, self.factor_heading, self.question_label, self.help_label):
            layout.addWidget(widget)

        self.answer_box = QGroupBox(self.tr("&Answer"))
        self.answer_layout = QVBoxLayout(self.answer_box)
        self.answer_group = QButtonGroup(self)
        self.answer_group.setExclusive(True)
        self.answer_group.buttonClicked.connect(self._on_answer)
        self.radios: list[QRadioButton] = []
        layout.addWidget(self.answer_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.confidence_combo = QComboBox()
        self.confidence_combo.setObjectName("confidence")
        self.confidence_combo.setAccessibleName(self.tr("Confidence in this answer"))
        for value in (None, "low", "medium", "high"):
            self.confidence_combo.addItem(confidence_label(value), value)
        self.confidence_combo.activated.connect(self._on_confidence)
        form.addRow(self.tr("&Confidence:"), self.confidence_combo)
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("source")
        self.source_edit.setAccessibleName(self.tr("Source of this answer"))
        self.source_edit.setPlaceholderText(self.tr("Where the judgment comes from: report, dataset, contact"))
        self.source_edit.editingFinished.connect(self._on_source)
        form.addRow(self.tr("&Source:"), self.source_edit)
        self.note_edit = CommitPlainTextEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setAccessibleName(self.tr("Note on this answer"))
        self.note_edit.setPlaceholderText(self.tr("Your reasoning, doubts, what would change the answer"))
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 6)
        self.note_edit.committed.connect(self._on_note)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        layout.addLayout(form)
        self.updated_label = QLabel()
        self.updated_label.setAccessibleName(self.tr("When the answer was last changed"))
        layout.addWidget(self.updated_label)

        self.findings_button = QPushButton()
        self.findings_button.setObjectName("findings_button")
        self.findings_button.setAccessibleName(self.tr("Findings that use this factor"))
        self.findings_button.clicked.connect(self.show_findings)
        layout.addWidget(self.findings_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return scroll

    # -- navigation --

    def select_factor(self, factor_id: str) -> bool:
        """Select a factor and put the keyboard focus on its answer."""
        index = self.model.index_of_factor(factor_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        checked = self.answer_group.checkedButton()
        (checked or self.answer_box).setFocus()
        return True

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.commit_edits()
        factor = self.model.factor_at(current)
        if factor is None:
            group = self.model.group_at(current)
            if group is not None and group.factors:
                # A group row: show its first factor, keep the selection on the group.
                factor = group.factors[0]
        if factor is not None and factor is not self.factor:
            self._show_factor(factor)

    # -- showing --

    def refresh(self, topic: str | None = None) -> None:
        if topic not in (None, JUDGMENTS, REVISIONS):
            return
        self.model.set_judgments(self.session.case.judgments(self.session.revision().id, "factor"))
        if self.factor is not None:
            self._show_answer()

    def _show_factor(self, factor: Factor) -> None:
        self.factor = factor
        group = next(g for g in self.session.checklist.factor_groups if any(f.id == factor.id for f in g.factors))
        self.group_label.setText(group.title)
        self.factor_heading.setText(factor.label or factor.id)
        self.question_label.setText(factor.question)
        self.help_label.setText(factor.help)
        for radio in self.radios:
            self.answer_group.removeButton(radio)
            self.answer_layout.removeWidget(radio)
            radio.hide()
            radio.deleteLater()
        self.radios = []
        for value in [*factor.values, None]:
            radio = QRadioButton(self.tr(UNKNOWN_LABEL) if value is None else value.label)
            radio.setProperty("value", None if value is None else value.id)
            radio.setObjectName(f"answer_{'unknown' if value is None else value.id}")
            radio.setAccessibleName(f"{factor.label}: {radio.text()}")
            self.answer_group.addButton(radio)
            self.answer_layout.addWidget(radio)
            radio.setVisible(True)  # at once, not after the next event loop turn
            self.radios.append(radio)
        # New radios join the end of the Tab chain; put them where they sit, between the factor
        # list and Confidence.
        previous = self.tree
        for radio in self.radios:
            QWidget.setTabOrder(previous, radio)
            previous = radio
        QWidget.setTabOrder(previous, self.confidence_combo)
        count = len(self.session.evidence.findings_using_factor(factor.id))
        self.findings_button.setText(self.tr("F&indings that use this factor ({count})…").format(count=count))
        self.findings_button.setEnabled(count > 0)
        self._show_answer()
        self._fit_details_width()

    def _fit_details_width(self) -> None:
        """The details pane asks the splitter for the width its widest answer needs."""
        self.details_panel.layout().activate()
        scrollbar = self.details_scroll.verticalScrollBar().sizeHint().width()
        self.details_scroll.setMinimumWidth(self.details_panel.minimumSizeHint().width() + scrollbar)

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        self._fit_details_width()  # fonts are final once the page is shown

    def _show_answer(self) -> None:
        factor = self.factor
        judgment = self.session.case.judgment(self.session.revision().id, "factor", factor.id)
        value = judgment.value if judgment else None
        for radio in self.radios:
            radio.blockSignals(True)
            radio.setChecked(radio.property("value") == value)
            radio.setEnabled(not self.read_only)
            radio.blockSignals(False)
        confidence = judgment.confidence if judgment else None
        self.confidence_combo.setCurrentIndex(max(0, self.confidence_combo.findData(confidence)))
        self.confidence_combo.setEnabled(not self.read_only)
        source = judgment.source if judgment else ""
        if self.source_edit.text() != source and not self.source_edit.isModified():
            self.source_edit.setText(source)
        self.source_edit.setReadOnly(self.read_only)
        self.note_edit.set_text_quietly(judgment.note if judgment else "")
        self.note_edit.setReadOnly(self.read_only)
        if judgment is None:
            self.updated_label.setText(self.tr("Not answered yet: unknown."))
        else:
            self.updated_label.setText(self.tr("Last changed {when} (UTC).").format(when=shown_date(judgment.updated_at.replace("T", " ")[:16])))

    def show_findings(self) -> None:
        if self.factor is not None:
            dialogs.FindingsDialog(self.factor, self.session.evidence, self).exec()

    # -- editing --

    def current_value(self) -> str | None:
        checked = self.answer_group.checkedButton()
        return checked.property("value") if checked else None

    def _set(self, **fields) -> bool:  # noqa: ANN003
        if self.factor is None or self.read_only:
            return False
        return self.session.set_judgment("factor", self.factor.id, **fields)

    def _on_answer(self, button: QRadioButton) -> None:
        # Back to Unknown stores None: unknown is an answer, never "no".
        self._set(value=button.property("value"))

    def _on_confidence(self, row: int) -> None:
        self._set(confidence=self.confidence_combo.itemData(row))

    def _on_source(self) -> None:
        if self.source_edit.isModified():
            self.source_edit.setModified(False)
            self._set(source=self.source_edit.text().strip())

    def _on_note(self) -> None:
        self._set(note=self.note_edit.toPlainText().strip())

    def commit_edits(self) -> None:
        if self.factor is not None:
            self._on_source()
            self.note_edit.commit()
