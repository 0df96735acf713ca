"""Actors and groups: key actors (motive, means, opportunity), groups at risk, protective actors,
triggers and resilience factors, one table each; and the optional outside risk estimate."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.actor_checks import actor_contradictions
from ...core.language import join_list
from ...core.models import Actor
from ...core.vocabulary import actor_contradiction_words
from .. import dialogs, plan_dialog
from ..models.actors import ActorTableModel
from ..session import ACTORS, JUDGMENTS, REVISION, REVISIONS, is_iso_date
from ..item_views import RowTableView
from ..widgets import Banner, wrapped
from . import PAGE_TITLES
from .base import Page

# (kind, tab title, help attribute of checklist.actors when not a kind of its own)
# Marked for translation in the ActorsPage context, translated where shown.
TRIGGER_TITLE = QT_TRANSLATE_NOOP("ActorsPage", "Triggers and accelerants")
RESILIENCE_TITLE = QT_TRANSLATE_NOOP("ActorsPage", "Resilience factors")
SHORT_TITLES = {
    "perpetrator": QT_TRANSLATE_NOOP("ActorsPage", "Key actors"),
    "enabler": QT_TRANSLATE_NOOP("ActorsPage", "Enablers"),
    "group_at_risk": QT_TRANSLATE_NOOP("ActorsPage", "Groups at risk"),
    "protector": QT_TRANSLATE_NOOP("ActorsPage", "Protective actors"),
    "trigger": QT_TRANSLATE_NOOP("ActorsPage", "Triggers"),
    "resilience": QT_TRANSLATE_NOOP("ActorsPage", "Resilience"),
}


class ActorKindPanel(QWidget):
    """One kind: its help text, its table and the Add / Edit / Delete buttons."""

    def __init__(self, page: ActorsPage, kind: str, title: str, help_text: str):
        super().__init__()
        self.page, self.kind, self.kind_title = page, kind, title
        layout = QVBoxLayout(self)
        help_label = wrapped(help_text)
        help_label.setAccessibleName(self.tr("About {kind}").format(kind=title))
        layout.addWidget(help_label)
        self.model = ActorTableModel(kind, self)
        self.table = RowTableView(title)
        self.table.setObjectName(f"actors_{kind}")
        self.table.setModel(self.model)
        self.table.sortable()  # recorded order means nothing: sort by name, type, target...
        self.table.setWordWrap(True)  # motive, means and opportunity are read in full, not elided
        header = self.table.horizontalHeader()
        for column, col in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.ResizeToContents if col.header == "Type" else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.edit_requested.connect(self.edit_row)
        self.table.delete_requested.connect(self.delete_row)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        for button, name in ((self.add_button, self.tr("Add")), (self.edit_button, self.tr("Edit")), (self.delete_button, self.tr("Delete"))):
            button.setAccessibleName(f"{name} — {title}")
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons = buttons
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(lambda: self.edit_row(self.table.current_row()))
        self.delete_button.clicked.connect(lambda: self.delete_row(self.table.current_row()))

    def show_actors(self, actors: list[Actor], read_only: bool, targets: dict[int, str] | None = None) -> None:
        self.model.set_actors(actors, targets or {})
        self.table.resizeRowsToContents()
        for index in range(self.buttons.count()):
            button = self.buttons.itemAt(index).widget()
            if button is not None:
                button.setEnabled(not read_only)

    def add(self) -> bool:
        fields = dialogs.ask_actor(self, self.kind, self.kind_title, self.page.session.checklist)
        if not fields:
            return False
        added = self.page.session.add_actor(Actor(kind=self.kind, **fields))
        if added:
            self.table.select_source_row(self.model.rowCount() - 1)
        return added

    def actor_at(self, row: int) -> Actor | None:
        """The actor the table shows in ``row`` (a row of the view, which may be sorted)."""
        return self.model.row_object(self.table.source_row(row))

    def edit_row(self, row: int) -> bool:
        actor = self.actor_at(row)
        if actor is None or self.page.read_only:
            return False
        fields = dialogs.ask_actor(self, self.kind, self.kind_title, self.page.session.checklist, actor)
        if not fields or actor.id is None:
            return False
        return self.page.session.update_actor(actor.id, **fields)

    def delete_row(self, row: int) -> bool:
        actor = self.actor_at(row)
        if actor is None or actor.id is None or self.page.read_only:
            return False
        deleted = self.page.session.delete_actor(actor.id)
        if deleted:
            self.page.window_.show_message(self.tr("Deleted “{name}”. Edit > Undo brings it back.").format(name=actor.name))
            self.table.select_row(min(row, self.model.rowCount() - 1))
        return deleted


class ActorsPage(Page):
    page_id = "actors"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        guide = session.checklist.actors
        layout = QVBoxLayout(self)
        # Non-blocking: where the key actors listed contradict an answered factor (SPEC §4).
        self.warning = Banner()  # the window's warning bar: plain text, wrapped, legible in dark mode
        self.warning.setObjectName("actorsWarning")
        self.warning.setAccessibleName(self.tr("Warning about the actors listed"))
        layout.addWidget(self.warning)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Kinds of actors"))
        self.panels: dict[str, ActorKindPanel] = {}
        kinds = [(k.id, k.title, k.help) for k in guide.kinds]
        kinds += [("trigger", self.tr(TRIGGER_TITLE), guide.triggers_help), ("resilience", self.tr(RESILIENCE_TITLE), guide.resilience_help)]
        for kind, title, help_text in kinds:
            panel = ActorKindPanel(self, kind, title, help_text)
            self.panels[kind] = panel
            self.tabs.addTab(panel, self.tr(SHORT_TITLES[kind]))
            self.tabs.setTabToolTip(self.tabs.count() - 1, title)
        targets_button = QPushButton(self.tr("&Groups targeted…"))
        targets_button.setAccessibleName(self.tr("Groups the selected key actor targets"))
        targets_button.clicked.connect(lambda: self.edit_targets(self.panels["perpetrator"].table.current_row()))
        self.panels["perpetrator"].buttons.insertWidget(3, targets_button)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._build_estimate_box())
        self.refresh(None)

    def _build_estimate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Outside statistical risk estimate (optional)"))
        box_layout = QVBoxLayout(box)
        help_label = wrapped(self.session.checklist.actors.risk_estimate_help)
        box_layout.addWidget(help_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.estimate_edits: dict[str, QLineEdit] = {}
        self._refused_date = ""
        for field, label, name, placeholder in (
            ("risk_estimate", self.tr("E&stimate:"), self.tr("Outside risk estimate"),
             self.tr("e.g. 6.1% two-year probability (rank 14 of 162)")),
            ("risk_estimate_source", self.tr("So&urce:"), self.tr("Source of the risk estimate"), self.tr("Who published the estimate")),
            ("risk_estimate_date", self.tr("Da&te:"), self.tr("Date of the risk estimate"), self.tr("YYYY-MM-DD")),
        ):
            edit = QLineEdit()
            edit.setObjectName(field)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edit.editingFinished.connect(lambda f=field: self._commit_estimate(f))
            form.addRow(label, edit)
            self.estimate_edits[field] = edit
        box_layout.addLayout(form)
        return box

    def refresh(self, topic: str | None = None) -> None:
        revision = self.session.revision()
        if topic in (None, ACTORS, REVISIONS):
            actors = self.session.case.actors(revision.id)
            names = {a.id: a.name for a in actors}
            targets: dict[int, list[str]] = {}
            for link in self.session.case.actor_targets(revision.id):
                targets.setdefault(link.actor_id, []).append(names.get(link.group_id, ""))
            for index, (kind, panel) in enumerate(self.panels.items()):
                panel.show_actors(actors, self.read_only, {k: join_list(v) for k, v in targets.items()})
                self.tabs.setTabText(index, f"{self.tr(SHORT_TITLES[kind])} ({panel.model.rowCount()})")
        if topic in (None, ACTORS, JUDGMENTS, REVISIONS):
            self._show_warning(revision.id)
        if topic in (None, REVISION, REVISIONS):
            for field, edit in self.estimate_edits.items():
                stored = getattr(revision, field)
                if edit.text() != stored and not edit.isModified():
                    edit.setText(stored)
                edit.setReadOnly(self.read_only)

    def _show_warning(self, revision_id: int) -> None:
        found = actor_contradictions(self.session.case.actors(revision_id), self.session.case.factor_answers(revision_id))
        factors = self.session.checklist.vocabulary().factors
        text = "\n".join(
            actor_contradiction_words(factors[c.factor].label, factors[c.factor].value_label(c.answered), c.missing_types, c.listed_types)
            for c in found
        )
        self.warning.show_reason(text)

    def edit_targets(self, row: int) -> bool:
        """Choose the groups at risk the selected key actor targets (one undo entry)."""
        actor = self.panels["perpetrator"].actor_at(row)
        if actor is None or actor.id is None or self.read_only:
            return False
        revision_id = self.session.revision().id
        groups = [a for a in self.session.case.actors(revision_id) if a.kind == "group_at_risk"]
        linked = {t.group_id for t in self.session.case.actor_targets(revision_id) if t.actor_id == actor.id}
        values = plan_dialog.ask_fields(self, self.tr("Groups targeted by {0}").format(actor.name), [
            plan_dialog.Field("groups", self.tr("&Groups at risk:"), "checks", tuple((g.id, g.name) for g in groups))],
            {"groups": sorted(linked)})
        if values is None:
            return False
        chosen = set(values["groups"])
        if chosen == linked:
            return True
        with self.session.macro(self.tr("Change the groups an actor targets")):
            return all([self.session.set_actor_target(actor.id, g.id, g.id in chosen) for g in groups if (g.id in chosen) != (g.id in linked)])

    def _commit_estimate(self, field: str) -> None:
        edit = self.estimate_edits[field]
        if not edit.isModified() or self.read_only:
            return
        text = edit.text().strip()
        if field == "risk_estimate_date" and text and not is_iso_date(text):
            # Kept in the field, unsaved, until it is a date (or emptied). Said once per text: the
            # message box takes the focus, which would finish the editing again.
            if self._refused_date != text:
                self._refused_date = text
                dialogs.show_error(self, self.tr("Date not accepted"), self.tr("“{text}” is not a date. Write the estimate's date as YYYY-MM-DD, e.g. 2026-03-31.").format(text=text))
            return
        self._refused_date = ""
        edit.setModified(False)
        self.session.update_revision(**{field: text})

    def commit_edits(self) -> None:
        for field in self.estimate_edits:
            self._commit_estimate(field)
