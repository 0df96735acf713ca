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
from ..core.evidence import load_evidence
from ..core.packs import MAX_PACK_BYTES, OWN_PACK_ID, PackError, finding_count, read_pack_bytes, validated_pack, with_entries
from ..core.storage import atomic_write_bytes
from ..core.vocabulary import PACK_BADGE, PACK_PANEL_TITLE, PACK_REFUSED, pack_line, word, word_ids

PACK_ID_ROLE = Qt.ItemDataRole.UserRole


class EvidencePacksPanel(QGroupBox):
    """The packs of the open case. ``session`` is set by the page (it changes with the case)."""

    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(PACK_PANEL_TITLE, parent)
        self.session = session
        self.setAccessibleName(PACK_PANEL_TITLE)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            "Studies and findings added to the 2016 review, per case. Tick a pack to let the fit read it; "
            "everything a pack adds is marked as such.", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Evidence packs of this case")
        self.list.setMaximumHeight(110)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.import_button = self._button("&Import pack…", "Import an evidence pack (YAML) into this case", self.choose_import)
        self.remove_button = self._button("Remove", "Remove the selected pack from this case", self.remove_selected)
        self.export_button = self._button("Export…", "Write the selected pack to a YAML file", self.choose_export)
        self.add_button = self._button("Add study and finding…", "Add a study and a finding to this case's own pack", self.open_form)
        for button in (self.import_button, self.remove_button, self.export_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # Lifting the paper's ceiling is the planner's explicit choice, per pack; the memo states it.
        self.lift_box = QCheckBox("Let the selected pack lift the paper's ceilings (the memo says so)", self)
        self.lift_box.setAccessibleName("Let the selected pack lift the paper's ceilings")
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
            item.setToolTip(f"{PACK_BADGE}: {stored.title} ({stored.hash})")
            if stored.id == current:
                self.list.setCurrentItem(item)
        self._filling = False
        self._update_buttons()

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
        path, _ = QFileDialog.getOpenFileName(self, "Import evidence pack", "", "Evidence packs (*.yaml *.yml);;All files (*)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            with path.open("rb") as handle:
                text = read_pack_bytes(handle.read(MAX_PACK_BYTES + 1), path.name)
        except PackError as exc:
            QMessageBox.warning(self, PACK_REFUSED, str(exc))
            return False
        except OSError as exc:
            QMessageBox.warning(self, PACK_REFUSED, f"{path.name}: cannot be read ({exc.strerror or exc}).")
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
        path, _ = QFileDialog.getSaveFileName(self, "Export evidence pack", f"{pack_id}.yaml", "Evidence packs (*.yaml)")
        if path:
            self.export_to(pack_id, Path(path))

    def export_to(self, pack_id: str, path: Path) -> bool:
        try:
            atomic_write_bytes(path, self.session.case.pack(pack_id).text.encode("utf-8"))
        except (OSError, CaseFileError) as exc:
            QMessageBox.warning(self, "Export failed", f"{path.name}: {getattr(exc, 'strerror', None) or exc}")
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
        self.setWindowTitle("Add a study and a finding to this case's own evidence")
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in (("key", "Study key (e.g. smith_2021)"), ("authors", "Authors"), ("year", "Year"), ("title", "Study title")):
            self.fields[name] = self._line(form, label)
        self.fields["id"] = self._line(form, "Finding id (e.g. smith_2021_local_presence)")
        families = load_evidence().families
        self.family = self._combo(form, "Family", {f.id: f.name for f in families})
        self.fields["statement"] = QPlainTextEdit(self)
        self.fields["statement"].setAccessibleName("Finding, in your own words")
        self.fields["statement"].setMaximumHeight(70)
        self.fields["statement"].textChanged.connect(self._update)
        form.addRow("Finding, in your own words", self.fields["statement"])
        self.direction = self._combo(form, "Direction", {d: word("direction", d) for d in word_ids("direction")})
        self.outcome = self._combo(form, "Outcome measured", {o: word("outcome", o) for o in word_ids("outcome")})
        self.kind = self._combo(form, "Kind of evidence", {k: word("evidence_kind", k) for k in word_ids("evidence_kind")})
        self.fields["section"] = self._line(form, "Where in the study")
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Why the entry was not added")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton("Add", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
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
        self.add_button.setEnabled(all(self._text(n) for n in self.REQUIRED))

    def entries(self) -> tuple[dict[str, Any], dict[str, Any]]:
        study = {k: self._text(k) for k in ("key", "authors", "year", "title")}
        finding = {
            "id": self._text("id"), "family": self.family.currentData(), "statement": self._text("statement"),
            "direction": self.direction.currentData(), "outcome": self.outcome.currentData(),
            "evidence_kind": self.kind.currentData(), "studies": [study["key"]], "section": self._text("section"),
        }
        return study, finding

    def submit(self) -> None:
        if not self.add_button.isEnabled():
            return  # a required field is empty
        study, finding = self.entries()
        case = self.session.case
        own = next((p for p in case.packs() if p.id == OWN_PACK_ID), None)
        text = with_entries(own.text if own else None, study, finding, case.meta().analyst)
        try:
            validated_pack(text, PACK_BADGE, case.packs())
        except PackError as exc:
            self.problem.setText(str(exc))
            return
        if self.session.add_to_own_pack(study, finding):
            self.accept()
