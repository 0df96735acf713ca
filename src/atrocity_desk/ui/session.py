"""The open case in the UI, and the one path every edit takes.

core call -> commit (inside the core call) -> undo entry -> change notification. Pages never write
to the case themselves: they call a method here, which pushes an ``EditCommand`` on the undo stack.
Pages refresh when ``changed`` names a topic they show, not by poking each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.checklist import Checklist
from ..core.errors import CaseFileError, CaseWriteError
from ..core.evidence import EvidenceBase
from ..core.language import current_language
from ..core.fit import FitResult, evidence_fit
from ..core.fit_words import factor_words
from ..core.models import Actor, Decision, DesignAnswer, EtdJudgment, Judgment, JudgmentKind, Objective, Revision
from ..core.option_fit import CaseFit, case_fit
from ..core.packs import OWN_PACK_ID, PackError, case_evidence, with_entries
from ..core.storage import CaseFile
from ..core.storage.planning import TABLES, PlanItem
from ..core.strategy import Phase

# Topics of ``CaseSession.changed``.
META, REVISION, JUDGMENTS, ACTORS, OBJECTIVES, DECISIONS, REVISIONS, DESIGN, STRATEGY = (
    "meta", "revision", "judgments", "actors", "objectives", "decisions", "revisions", "design", "strategy",
)
PACKS = "packs"  # the case's evidence packs (added, switched, removed): the evidence itself changed

def is_iso_date(text: str) -> bool:
    """True for a real calendar date written YYYY-MM-DD."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# Said after a change could not be written: the window keeps the typed text, and a copy elsewhere
# lets the planner carry on (the open file may be gone, or its folder read-only).
SAVE_A_COPY_HINT = QT_TRANSLATE_NOOP(
    "CaseSession",
    "What you typed is still in its field. To keep working, use File > Save a Copy to write the "
    "case to a folder you can write to, then make the change there."
)


class EditCommand(QUndoCommand):
    """One edit: ``do`` and ``undo`` are core calls; the session announces ``topic`` after each."""

    def __init__(self, session: CaseSession, text: str, topic: str, do: Callable[[], Any], undo: Callable[[], Any]):
        super().__init__(text)
        self._session, self._topic, self._do, self._undo = session, topic, do, undo
        self.failed = False

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except CaseFileError as exc:
            self.failed = True
            self.setObsolete(True)  # a failed edit leaves nothing to undo
            rescue = " " + QCoreApplication.translate("CaseSession", SAVE_A_COPY_HINT) if isinstance(exc, CaseWriteError) else ""
            self._session.error.emit(exc.title, f"{exc}{rescue}")
        self._session.changed.emit(self._topic)


class CaseSession(QObject):
    """The case open in a window: file, evidence, checklist, undo stack and change notifications."""

    changed = Signal(str)  # a topic above
    error = Signal(str, str)  # title, message for the planner
    case_replaced = Signal()  # a different file (or revision) is now open

    def __init__(self, case: CaseFile, parent: QObject | None = None):
        super().__init__(parent)
        self.case = case
        self._evidence: EvidenceBase | None = None
        self.use_language()
        self.undo_stack = QUndoStack(self)
        self._fit: FitResult | None = None
        self._case_fit: CaseFit | None = None
        self.changed.connect(self._forget_fit)

    def use_language(self) -> None:
        """Read the content (evidence base, checklist) in the core's current language: the window's.
        Ids, values and conditions are the same in every language, so the fit reads the same."""
        self.checklist: Checklist = current_language().checklist()
        self._evidence, self._fit, self._case_fit = None, None, None  # read again, in the language

    # -- reading --

    @property
    def read_only(self) -> bool:
        return self.case.read_only

    def revision(self) -> Revision:
        return self.case.latest_revision()

    @property
    def evidence(self) -> EvidenceBase:
        """The base plus the case's enabled evidence packs, re-read after the packs change."""
        if self._evidence is None:
            try:
                self._evidence = case_evidence(self.case, current_language().evidence())
            except PackError as exc:  # a stored pack that no longer validates: the base alone, and say so
                self._evidence = current_language().evidence()
                self.error.emit(exc.title, f"{exc} " + self.tr("The evidence base is shown without the case's packs."))
        return self._evidence

    def fit(self) -> FitResult:
        """The evidence fit of the latest revision, recomputed after the factors or the packs change."""
        if self._fit is None:
            self._fit = evidence_fit(self.case.factor_answers(self.revision().id), self.evidence)
        return self._fit

    def case_fit(self) -> CaseFit:
        """Every family and every option of the latest revision, with what would change each verdict."""
        if self._case_fit is None:
            self._case_fit = case_fit(self.case, self.revision().id, self.evidence)
        return self._case_fit

    def _forget_fit(self, topic: str) -> None:
        if topic == PACKS:
            self._evidence = None
        if topic in (JUDGMENTS, REVISIONS, PACKS):
            self._fit = None
        if topic in (JUDGMENTS, REVISIONS, DECISIONS, DESIGN, PACKS):
            self._case_fit = None

    # -- evidence packs --

    def import_pack(self, text: str, file_name: str) -> bool:
        """Add a pack to the case (validated whole by the core; a refusal is shown and changes nothing)."""
        state: dict[str, str] = {}

        def do() -> None:
            state["id"] = self.case.add_pack(text, file_name).id

        return self.push(self.tr("Import evidence pack"), PACKS, do, lambda: self.case.remove_pack(state["id"]))

    def set_pack_switches(self, pack_id: str, **switches: bool) -> bool:
        before = {k: getattr(self.case.pack(pack_id), k) for k in switches}
        if before == switches:
            return True
        return self.push(
            self.tr("Switch evidence pack"), PACKS,
            lambda: self.case.set_pack_switches(pack_id, **switches),
            lambda: self.case.set_pack_switches(pack_id, **before),
        )

    def remove_pack(self, pack_id: str) -> bool:
        stored = self.case.pack(pack_id)
        return self.push(self.tr("Remove evidence pack"), PACKS, lambda: self.case.remove_pack(pack_id), lambda: self.case.restore_pack(stored))

    def add_to_own_pack(self, study: dict[str, Any], finding: dict[str, Any]) -> bool:
        """Add a study and a finding to the case's own pack (made on first use), validated like an import."""
        own = next((p for p in self.case.packs() if p.id == OWN_PACK_ID), None)
        text = with_entries(own.text if own else None, study, finding, self.case.meta().analyst)
        if own is None:
            return self.import_pack(text, OWN_PACK_ID)
        return self.push(
            self.tr("Add to the case's own evidence"), PACKS,
            lambda: self.case.replace_pack(OWN_PACK_ID, text),
            lambda: self.case.replace_pack(OWN_PACK_ID, own.text),
        )

    # -- the edit path --

    def push(self, text: str, topic: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool:
        """Run an edit through the undo stack; False when it failed (the planner was told why)."""
        if self.read_only:
            self.error.emit(self.tr("Case is open read-only"), self.tr("{name} is open read-only: {reason}.").format(
                name=self.case.path.name, reason=self.case.read_only_reason))
            return False
        command = EditCommand(self, text, topic, do, undo)
        self.undo_stack.push(command)
        return not command.failed

    def set_meta(self, **fields: Any) -> bool:
        before = {k: getattr(self.case.meta(), k) for k in fields}
        if before == fields:
            return True
        return self.push(self.tr("Edit case details"), META, lambda: self.case.set_meta(**fields), lambda: self.case.set_meta(**before))

    def update_revision(self, **fields: Any) -> bool:
        revision = self.revision()
        before = {k: getattr(revision, k) for k in fields}
        if before == fields:
            return True
        return self.push(
            self.tr("Edit assessment"), REVISION,
            lambda: self.case.update_revision(revision.id, **fields),
            lambda: self.case.update_revision(revision.id, **before),
        )

    def set_judgment(self, kind: JudgmentKind, item: str, **fields: Any) -> bool:
        """Change an answer's value (None = unknown), confidence, note or source."""
        revision_id = self.revision().id
        previous = self.case.judgment(revision_id, kind, item)
        base = previous or Judgment(kind=kind, item=item)
        updated = base.model_copy(update=fields)
        if previous is not None and updated.model_dump(exclude={"updated_at"}) == previous.model_dump(exclude={"updated_at"}):
            return True
        return self.push(
            self._judgment_text(kind, item), JUDGMENTS,
            lambda: self.case.set_judgment(revision_id, updated),
            lambda: self.case.restore_judgment(revision_id, kind, item, previous),
        )

    def add_actor(self, actor: Actor) -> bool:
        return self._add(self.tr("Add actor"), ACTORS, self.case.add_actor, self.case.delete_actor, actor)

    def update_actor(self, actor_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit actor"), ACTORS, self.case.update_actor, actor_id, fields, self._actor(actor_id))

    def delete_actor(self, actor_id: int) -> bool:
        """Delete an actor and its links to groups as one undo entry, so undo brings the links back."""
        revision_id = self.revision().id
        links = [t for t in self.case.actor_targets(revision_id) if actor_id in (t.actor_id, t.group_id)]
        with self.macro(self.tr("Delete actor")):
            unlinked = all([self.set_actor_target(t.actor_id, t.group_id, False) for t in links])
            return unlinked and self._delete(self.tr("Delete actor"), ACTORS, self.case.delete_actor, self.case.add_actor, self._actor(actor_id))

    def set_actor_target(self, actor_id: int, group_id: int, targets: bool) -> bool:
        """Record (or remove) that an actor targets a group at risk."""
        linked = any(t.actor_id == actor_id and t.group_id == group_id for t in self.case.actor_targets(self.revision().id))
        if linked == targets:
            return True
        return self.push(
            self.tr("Link actor to group") if targets else self.tr("Unlink actor from group"), ACTORS,
            lambda: self.case.set_actor_target(actor_id, group_id, targets),
            lambda: self.case.set_actor_target(actor_id, group_id, not targets),
        )

    # -- the strategy (phases, decision points, assumptions, scenarios, dated triggers) --

    def add_plan_item(self, item: PlanItem) -> int | None:
        """Add a planning item; returns its id (kept across undo and redo)."""
        table = TABLES[type(item)].name
        added = self._add(
            self.tr("Add {item}").format(item=TABLES[type(item)].noun), STRATEGY, self.case.add_plan_item,
            lambda item_id: self.case.delete_plan_item(table, item_id), item,
        )
        return self._last_added_id if added else None

    def update_plan_item(self, item: PlanItem, **fields: Any) -> bool:
        noun = TABLES[type(item)].noun
        update = lambda row_id, **f: self.case.update_plan_item(TABLES[type(item)].name, row_id, **f)  # noqa: E731
        return self._update(self.tr("Edit {item}").format(item=noun), STRATEGY, update, item.id, fields, item)

    def delete_plan_item(self, item: PlanItem) -> bool:
        """Delete a planning item; a phase goes with its decision points, as one undo entry."""
        table = TABLES[type(item)].name
        delete = lambda item_id: self.case.delete_plan_item(table, item_id)  # noqa: E731
        with self.macro(self.tr("Delete {item}").format(item=TABLES[type(item)].noun)):
            if isinstance(item, Phase):
                points = [p for p in self.case.decision_points(self.revision().id) if p.phase_id == item.id]
                if not all([self.delete_plan_item(p) for p in points]):
                    return False
            return self._delete(self.tr("Delete {item}").format(item=TABLES[type(item)].noun), STRATEGY, delete, self.case.add_plan_item, item)

    def set_baseline_etd(self, criterion: str, judgment: EtdJudgment) -> bool:
        """One evidence-to-decision judgment of the no-new-action baseline."""
        return self.update_revision(baseline_etd={**self.revision().baseline_etd, criterion: judgment})

    def add_objective(self, objective: Objective) -> bool:
        return self._add(self.tr("Add objective"), OBJECTIVES, self.case.add_objective, self.case.delete_objective, objective)

    def update_objective(self, objective_id: int, **fields: Any) -> bool:
        current = next(o for o in self.case.objectives(self.revision().id) if o.id == objective_id)
        return self._update(self.tr("Edit objective"), OBJECTIVES, self.case.update_objective, objective_id, fields, current)

    def delete_objective(self, objective_id: int) -> bool:
        """Delete an objective and unlink the options that served it, as one undo entry: a later
        objective may get the freed id, and an option must not silently serve that one."""
        current = next(o for o in self.case.objectives(self.revision().id) if o.id == objective_id)
        linked = [d for d in self.case.decisions(self.revision().id) if objective_id in d.objectives]
        with self.macro(self.tr("Delete objective")):
            unlinked = all([
                self.update_decision(d.id, objectives=[o for o in d.objectives if o != objective_id]) for d in linked
            ])
            return unlinked and self._delete(self.tr("Delete objective"), OBJECTIVES, self.case.delete_objective, self.case.add_objective, current)

    def reorder_objectives(self, objective_ids: list[int]) -> bool:
        """Put the objectives in this order: one undo entry, however many rows move."""
        positions = {o.id: o.position for o in self.case.objectives(self.revision().id)}
        moves = [(oid, index) for index, oid in enumerate(objective_ids) if positions.get(oid) != index]
        if not moves:
            return True
        with self.macro(self.tr("Reorder objectives")):
            return all([self.update_objective(oid, position=index) for oid, index in moves])

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several edits that undo and redo as one."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def add_decision(self, decision: Decision) -> int | None:
        """Add an option to the decisions; returns its id (kept across undo and redo)."""
        added = self._add(self.tr("Add option"), DECISIONS, self.case.add_decision, self.case.delete_decision, decision)
        return self._last_added_id if added else None

    def update_decision(self, decision_id: int, **fields: Any) -> bool:
        return self._update(self.tr("Edit option"), DECISIONS, self.case.update_decision, decision_id, fields, self.case.decision(decision_id))

    def set_etd(self, decision_id: int, criterion: str, judgment: EtdJudgment) -> bool:
        etd = {**self.case.decision(decision_id).etd, criterion: judgment}
        return self.update_decision(decision_id, etd=etd)

    def delete_decision(self, decision_id: int) -> bool:
        """Delete an option and take it out of the phases that use it, as one undo entry: a later
        option may get the freed id, and a phase must not silently use that one. The option's design
        goes with it (the file cascades); undo puts both back."""
        design = list(self.case.design_answers(decision_id).values())

        def restore(revision_id: int, decision: Decision) -> int:
            restored = self.case.add_decision(revision_id, decision)
            for answer in design:
                self.case.set_design_answer(restored, answer)
            return restored

        phases = [p for p in self.case.phases(self.revision().id) if decision_id in p.options]
        with self.macro(self.tr("Delete option")):
            unlinked = all([self.update_plan_item(p, options=[o for o in p.options if o != decision_id]) for p in phases])
            return unlinked and self._delete(
                self.tr("Delete option"), DECISIONS, self.case.delete_decision, restore, self.case.decision(decision_id)
            )

    def set_design(self, decision_id: int, prop: str, **fields: Any) -> bool:
        """Change how an option is designed: a design property's value (None = unknown), confidence or note."""
        previous = self.case.design_answer(decision_id, prop)
        updated = (previous or DesignAnswer(property=prop)).model_copy(update=fields)
        if previous is not None and updated.model_dump(exclude={"updated_at"}) == previous.model_dump(exclude={"updated_at"}):
            return True
        return self.push(
            self.tr("Design “{property}”").format(property=factor_words().factor(prop)), DESIGN,
            lambda: self.case.set_design_answer(decision_id, updated),
            lambda: self.case.restore_design_answer(decision_id, prop, previous),
        )

    def new_revision(self, assessed_on: str, label: str = "") -> bool:
        """Start a reassessment. Not undoable: a revision is a dated record, kept once made."""
        if self.read_only:
            self.error.emit(self.tr("Case is open read-only"), self.case.read_only_reason)
            return False
        previous = self.revision().assessed_on
        if not is_iso_date(assessed_on) or assessed_on < previous:
            self.error.emit(self.tr("Date not accepted"), self.tr(
                "A new revision is dated on or after the previous one ({previous}), as YYYY-MM-DD.").format(previous=previous))
            return False
        try:
            self.case.new_revision(assessed_on, label, self.case.editor)
        except CaseFileError as exc:
            self.error.emit(exc.title, str(exc))
            return False
        self.undo_stack.clear()  # edits of the previous revision can no longer be undone
        self.changed.emit(REVISIONS)
        return True

    # -- internals --

    def _judgment_text(self, kind: JudgmentKind, item: str) -> str:
        """The undo entry's words: the factor's label or the indicator's framework number, never an id."""
        if kind == "factor":
            factor = next((f for g in self.checklist.factor_groups for f in g.factors if f.id == item), None)
            return self.tr("Answer “{factor}”").format(factor=factor.label) if factor is not None and factor.label else self.tr("Answer a factor")
        indicator = next((i for rf in self.checklist.risk_factors for i in rf.indicators if i.id == item), None)
        return self.tr("Judge indicator {number}").format(number=indicator.number_label) if indicator is not None else self.tr("Judge an indicator")

    def _actor(self, actor_id: int) -> Actor:
        return next(a for a in self.case.actors(self.revision().id) if a.id == actor_id)

    def _add(self, text: str, topic: str, add: Callable, delete: Callable, item: Any) -> bool:
        revision_id = self.revision().id
        state: dict[str, Any] = {"item": item}

        def do() -> None:
            # Redo puts the row back under the id it had, so later commands still find it.
            self._last_added_id = add(revision_id, state["item"])
            state["item"] = state["item"].model_copy(update={"id": self._last_added_id})

        return self.push(text, topic, do, lambda: delete(state["item"].id))

    def _update(self, text: str, topic: str, update: Callable, row_id: int, fields: dict[str, Any], current: Any) -> bool:
        before = {k: getattr(current, k) for k in fields}
        if before == fields:
            return True
        return self.push(text, topic, lambda: update(row_id, **fields), lambda: update(row_id, **before))

    def _delete(self, text: str, topic: str, delete: Callable, add: Callable, current: Any) -> bool:
        revision_id = self.revision().id
        return self.push(text, topic, lambda: delete(current.id), lambda: add(revision_id, current))
