"""Aim: the desired end state and the objectives the options must serve (MAPRO practice: define
the end state early, then objectives, options, monitoring and adjustment)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from ...core.models import Objective
from .. import dialogs
from ..models.objectives import ObjectiveListModel
from ..session import OBJECTIVES, REVISION, REVISIONS
from ..widgets import CommitPlainTextEdit, wrapped
from . import PAGE_TITLES
from .base import Page


class ObjectiveListView(QListView):
    """Enter edits, Delete deletes, Ctrl+Up / Ctrl+Down move the selected objective."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # row, step

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if row >= 0 and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_requested.emit(row)
        elif row >= 0 and key == Qt.Key.Key_Delete:
            self.delete_requested.emit(row)
        elif row >= 0 and ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(row, -1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class AimPage(Page):
    page_id = "aim"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        layout = QVBoxLayout(self)

        end_box = QGroupBox(self.tr("Desired end &state"))
        end_layout = QVBoxLayout(end_box)
        end_layout.addWidget(wrapped(
            self.tr("What the situation should look like when the response has succeeded: for the people at risk, "
            "for the perpetrators, for the political process. Define it early; the objectives and options follow from it.")
        ))
        self.end_state_edit = CommitPlainTextEdit()
        self.end_state_edit.setObjectName("end_state")
        self.end_state_edit.setAccessibleName(self.tr("Desired end state"))
        self.end_state_edit.setPlaceholderText(self.tr("e.g. Attacks on civilians in the province have stopped and displaced families can return in safety."))
        self.end_state_edit.committed.connect(self._commit_end_state)
        end_box.setFocusProxy(self.end_state_edit)
        end_layout.addWidget(self.end_state_edit)
        layout.addWidget(end_box, 2)

        objectives_box = QGroupBox(self.tr("&Objectives"))
        objectives_layout = QVBoxLayout(objectives_box)
        objectives_layout.addWidget(wrapped(
            self.tr("The objectives every option must serve. Decisions name the objectives they serve; the memo lists them in this order.")
        ))
        self.model = ObjectiveListModel(self)
        self.list_view = ObjectiveListView()
        self.list_view.setObjectName("objectives")
        self.list_view.setAccessibleName(self.tr("Objectives"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(2)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.doubleClicked.connect(lambda index: self.edit_objective(index.row()))
        self.list_view.edit_requested.connect(self.edit_objective)
        self.list_view.delete_requested.connect(self.delete_objective)
        self.list_view.move_requested.connect(self.move_objective)
        objectives_box.setFocusProxy(self.list_view)
        objectives_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        for button, name in ((self.add_button, self.tr("Add objective")), (self.edit_button, self.tr("Edit objective")),
                             (self.delete_button, self.tr("Delete objective")), (self.up_button, self.tr("Move objective up")),
                             (self.down_button, self.tr("Move objective down"))):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        objectives_layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_objective)
        self.edit_button.clicked.connect(lambda: self.edit_objective(self._row()))
        self.delete_button.clicked.connect(lambda: self.delete_objective(self._row()))
        self.up_button.clicked.connect(lambda: self.move_objective(self._row(), -1))
        self.down_button.clicked.connect(lambda: self.move_objective(self._row(), 1))
        layout.addWidget(objectives_box, 3)
        self.refresh(None)

    def _row(self) -> int:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else -1

    # -- showing --

    def refresh(self, topic: str | None = None) -> None:
        revision = self.session.revision()
        if topic in (None, REVISION, REVISIONS):
            self.end_state_edit.set_text_quietly(revision.end_state)
            self.end_state_edit.setReadOnly(self.read_only)
        if topic in (None, OBJECTIVES, REVISIONS):
            self.model.set_objectives(self.session.case.objectives(revision.id))
            for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
                button.setEnabled(not self.read_only)

    # -- editing --

    def _commit_end_state(self) -> None:
        if not self.read_only:
            self.session.update_revision(end_state=self.end_state_edit.toPlainText().strip())

    def commit_edits(self) -> None:
        self.end_state_edit.commit()

    def add_objective(self) -> bool:
        text = dialogs.ask_text(self, self.tr("Add objective"), self.tr("Objective the options must serve:"))
        if not text:
            return False
        added = self.session.add_objective(Objective(text=text))
        if added:
            self._select(self.model.rowCount() - 1)
        return added

    def edit_objective(self, row: int) -> bool:
        objective = self.model.objective_at(row)
        if objective is None or objective.id is None or self.read_only:
            return False
        text = dialogs.ask_text(self, self.tr("Edit objective"), self.tr("Objective the options must serve:"), objective.text)
        if not text:
            return False
        return self.session.update_objective(objective.id, text=text)

    def delete_objective(self, row: int) -> bool:
        objective = self.model.objective_at(row)
        if objective is None or objective.id is None or self.read_only:
            return False
        deleted = self.session.delete_objective(objective.id)
        if deleted:
            self.window_.show_message(self.tr("Deleted the objective. Edit > Undo brings it back."))
            self._select(min(row, self.model.rowCount() - 1))
        return deleted

    def move_objective(self, row: int, step: int) -> bool:
        objectives = self.model.objectives()
        target = row + step
        if self.read_only or not (0 <= row < len(objectives)) or not (0 <= target < len(objectives)):
            return False
        moved_id = objectives[row].id
        objectives[row], objectives[target] = objectives[target], objectives[row]
        done = self.session.reorder_objectives([o.id for o in objectives])
        self._select(self.model.row_of(moved_id))
        return done

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(row, 0))
