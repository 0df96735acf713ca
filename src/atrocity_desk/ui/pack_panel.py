"""The Toolbox page's "Evidence packs" panel (SPEC §5, issue 20): the case's packs, each switched on
or off, imported, removed or exported; and a form that adds a study and a finding to the case's own
pack. Every change goes through the session's undoable edit path; the core validates every pack
(a refused one is shown, and the case is unchanged)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import CaseFileError
from ..core.checklist import load_factor_vocabulary
from ..core.evidence import load_evidence
from ..core.packs import MAX_PACK_BYTES, OWN_PACK_ID, PackError, finding_count, read_pack_bytes, validated_pack, with_entries
from ..core.storage import atomic_write_bytes
from ..core.storage.outputs import refuse_unsafe_output
from ..core.vocabulary import pack_line, word, word_ids
from .pack_marks import pack_badge

PACK_ID_ROLE = Qt.ItemDataRole.UserRole


class EvidencePacksPanel(QGroupBox):
    """The packs of the open case. ``session`` is set by the page (it changes with the case)."""

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(self.tr("Evidence packs"), parent)
        self.session = session
        self.setAccessibleName(self.tr("Evidence packs"))
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr(
            "Studies and findings added to the 2016 review, per case. Tick a pack to let the fit read it; "
            "everything a pack adds is marked as such."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Evidence packs of this case"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.import_button = self._button(self.tr("&Import pack…"), self.tr("Import an evidence pack (YAML) into this case"), self.choose_import)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the selected pack from this case"), self.remove_selected)
        self.export_button = self._button(self.tr("Export…"), self.tr("Write the selected pack to a YAML file"), self.choose_export)
        self.add_button = self._button(self.tr("Add study and finding…"), self.tr("Add a study and a finding to this case's own pack"), self.open_form)
        for button in (self.import_button, self.remove_button, self.export_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # Lifting the paper's ceiling is the planner's explicit choice, per pack; the memo states it.
        self.lift_box = QCheckBox(self.tr("Let the selected pack lift the paper's ceilings (the memo says so)"), self)
        self.lift_box.setAccessibleName(self.tr("Let the selected pack lift the paper's ceilings"))
        self.lift_box.toggled.connect(self._lift_toggled)
        layout.addWidget(self.lift_box)
        self._filling = False
        self.refresh()

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- showing --

    def refresh(self) -> None:
        self._filling = True
        current = self.selected_id()
        self.list.clear()
        for stored in self.session.case.packs():
            count = finding_count(stored)
            text = pack_line(stored.id, stored.title, stored.author, stored.date, stored.enabled, stored.allow_lift, count)
            item = QListWidgetItem(text, self.list)
            item.setData(PACK_ID_ROLE, stored.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if stored.enabled else Qt.CheckState.Unchecked)
            item.setToolTip(f"{pack_badge()}: {stored.title} ({stored.hash})")
            if stored.id == current:
                self.list.setCurrentItem(item)
        self._filling = False
        self._fit_to_packs()
        self._update_buttons()

    def _fit_to_packs(self) -> None:
        # The panel takes only the room its packs need (most cases have none), so the tools and the
        # evidence card above keep the page's height on a laptop screen.
        count = self.list.count()
        self.list.setVisible(count > 0)
        self.lift_box.setVisible(count > 0)
        if count:
            rows = min(count, 4)
            row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().lineSpacing() + 8)
            scroll_bar = self.list.horizontalScrollBar().sizeHint().height()  # a long line may need it
            self.list.setFixedHeight(row * rows + 2 * self.list.frameWidth() + 4 + scroll_bar)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(PACK_ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        writable = not self.session.read_only
        chosen = self.selected_id() is not None
        self.import_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and chosen)
        self.export_button.setEnabled(chosen)
        self.lift_box.setEnabled(writable and chosen)
        filling, self._filling = self._filling, True
        self.lift_box.setChecked(chosen and self.session.case.pack(self.selected_id()).allow_lift)
        self._filling = filling

    def _lift_toggled(self, allowed: bool) -> None:
        pack_id = self.selected_id()
        if not self._filling and pack_id is not None:
            self.session.set_pack_switches(pack_id, allow_lift=allowed)
            self.refresh()

    # -- acting --

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        self.session.set_pack_switches(item.data(PACK_ID_ROLE), enabled=enabled)
        self.refresh()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import evidence pack"), "", self.tr("Evidence packs (*.yaml *.yml);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                text = read_pack_bytes(handle.read(MAX_PACK_BYTES + 1), path.name)
        except PackError as exc:
            QMessageBox.warning(self, self.tr("Evidence pack refused"), str(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Evidence pack refused"), self.tr("{name}: cannot be read ({reason}).").format(
                name=path.name, reason=exc.strerror or type(exc).__name__))
            return False
        return self.session.import_pack(text, path.name)  # a refusal is shown by the window

    def remove_selected(self) -> None:
        pack_id = self.selected_id()
        if pack_id is not None:
            self.session.remove_pack(pack_id)

    def choose_export(self) -> None:
        pack_id = self.selected_id()
        if pack_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export evidence pack"), f"{pack_id}.yaml", self.tr("Evidence packs (*.yaml)"))
        if path:
            self.export_to(pack_id, Path(path))

    def export_to(self, pack_id: str, path: Path) -> bool:
        # The save dialog has asked before replacing a file; never the case itself or a database.
        try:
            target = refuse_unsafe_output(path, self.session.case.path, overwrite=True)
            atomic_write_bytes(target, self.session.case.pack(pack_id).text.encode("utf-8"))
        except (OSError, CaseFileError) as exc:
            detail = str(exc) if isinstance(exc, CaseFileError) else f"{path.name}: {exc.strerror or type(exc).__name__}"
            QMessageBox.warning(self, self.tr("Export failed"), detail)
            return False
        return True

    def open_form(self) -> None:
        PackEntryForm(self.session, self).exec()


class PackEntryForm(QDialog):
    """A study and the finding it supports, added to the case's own pack. Add stays disabled until
    every required field is filled; the core then validates the whole pack, and a refusal is shown
    here with the form kept as typed."""

    REQUIRED = ("key", "authors", "year", "title", "id", "statement", "section")

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add a study and a finding to this case's own evidence"))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = (
            ("key", self.tr("Study key (e.g. smith_2021)")), ("authors", self.tr("Authors")),
            ("year", self.tr("Year")), ("title", self.tr("Study title")),
        )
        for name, label in labels:
            self.fields[name] = self._line(form, label)
        self.fields["id"] = self._line(form, self.tr("Finding id (e.g. smith_2021_local_presence)"))
        families = load_evidence().families
        self.family = self._combo(form, self.tr("Family"), {f.id: f.name for f in families})
        self.fields["statement"] = QPlainTextEdit(self)
        self.fields["statement"].setAccessibleName(self.tr("Finding, in your own words"))
        self.fields["statement"].setMaximumHeight(70)
        self.fields["statement"].textChanged.connect(self._update)
        form.addRow(self.tr("Finding, in your own words"), self.fields["statement"])
        self.direction = self._combo(form, self.tr("Direction"), {d: word("direction", d) for d in word_ids("direction")})
        self.outcome = self._combo(form, self.tr("Outcome measured"), {o: word("outcome", o) for o in word_ids("outcome")})
        self.kind = self._combo(form, self.tr("Kind of evidence"), {k: word("evidence_kind", k) for k in word_ids("evidence_kind")})
        self.fields["section"] = self._line(form, self.tr("Where in the study"))
        self._condition_rows(form)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Why the entry was not added"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._update()

    def _condition_rows(self, form: QFormLayout) -> None:
        """One optional condition: without it the finding counts in every situation; with it, the
        situation factor or design property, the value, how the finding depends on it, and why."""
        vocabulary = load_factor_vocabulary()
        terms = {**{k: f.label for k, f in vocabulary.factors.items()}, **{k: d.label for k, d in vocabulary.design.items()}}
        self.condition = self._combo(form, self.tr("Holds only when"), {"": self.tr("— no condition: every situation —"), **terms})
        self.condition_value = self._combo(form, self.tr("… has the value"), {})
        self.condition_kind = self._combo(
            form, self.tr("How the finding depends on it"), {k: word("condition_kind", k) for k in word_ids("condition_kind")}
        )
        self.fields["why"] = self._line(form, self.tr("Why the condition matters"))
        self.condition.currentIndexChanged.connect(self._condition_chosen)
        self._condition_chosen()

    def _condition_chosen(self) -> None:
        term = self.condition.currentData()
        found = load_factor_vocabulary().label(term) if term else None
        self.condition_value.clear()
        for value in found.value_ids() if found else []:
            self.condition_value.addItem(found.value_label(value), value)
        for widget in (self.condition_value, self.condition_kind, self.fields["why"]):
            widget.setEnabled(bool(term))
        self._update()

    def _line(self, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(label)
        edit.textChanged.connect(self._update)
        form.addRow(label, edit)
        return edit

    def _combo(self, form: QFormLayout, label: str, items: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(label)
        for value, text in items.items():
            combo.addItem(text, value)
        form.addRow(label, combo)
        return combo

    def _text(self, name: str) -> str:
        widget = self.fields[name]
        return (widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()).strip()

    def _update(self) -> None:
        if not hasattr(self, "add_button"):
            return  # still building the form
        needed = self.REQUIRED + (("why",) if self.condition.currentData() else ())
        self.add_button.setEnabled(all(self._text(n) for n in needed))

    def entries(self) -> tuple[dict[str, Any], dict[str, Any]]:
        study = {k: self._text(k) for k in ("key", "authors", "year", "title")}
        finding = {
            "id": self._text("id"), "family": self.family.currentData(), "statement": self._text("statement"),
            "direction": self.direction.currentData(), "outcome": self.outcome.currentData(),
            "evidence_kind": self.kind.currentData(), "studies": [study["key"]], "section": self._text("section"),
        }
        if self.condition.currentData():
            finding["conditions"] = [{
                "factor": self.condition.currentData(), "values": [self.condition_value.currentData()],
                "kind": self.condition_kind.currentData(), "why": self._text("why"),
            }]
        return study, finding

    def submit(self) -> None:
        if not self.add_button.isEnabled():
            return  # a required field is empty
        self.problem.setText("")
        study, finding = self.entries()
        case = self.session.case
        own = next((p for p in case.packs() if p.id == OWN_PACK_ID), None)
        text = with_entries(own.text if own else None, study, finding, case.meta().analyst)
        try:
            validated_pack(text, self.tr("The new entry"), [p for p in case.packs() if p.id != OWN_PACK_ID])
        except PackError as exc:
            self.problem.setText(str(exc))
            return
        if self.session.add_to_own_pack(study, finding):
            self.accept()
