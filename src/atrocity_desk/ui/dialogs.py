"""Dialogs: refusals and questions, editing an actor, starting a revision, the findings that use a
factor, the keyboard shortcuts and the method and caveats of the evidence.

The small ``ask_*`` and ``show_*`` functions are the only places that open modal standard dialogs,
so tests replace them (or the QMessageBox / QInputDialog / QFileDialog statics they call)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListView,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__ as APP_VERSION
from ..core.checklist import Checklist, Factor
from ..core.evidence import EvidenceBase, Finding
from ..core.models import Actor
from ..core.fit_words import factor_words
from ..core.vocabulary import pack_source_words, translate, word
from .models.factor_findings import FindingListModel
from .models.table import ROW_ROLE
from .widgets import CommitPlainTextEdit, wrapped

# -- standard questions and refusals --------------------------------------------------------------


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def offer_clean_copy(parent: QWidget | None, title: str, message: str) -> bool:
    """The refusal of a file with foreign content, with the offer of a clean copy; True to write it."""
    answer = QMessageBox.question(
        parent, title, message + "\n\n" + QCoreApplication.translate("dialogs", "Write a clean copy now?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line or paragraph of text from the planner; None when cancelled or left empty."""
    value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    value = value.strip() if ok else ""
    return value or None


def ask_new_revision(parent: QWidget | None, earliest: str = "") -> tuple[str, str] | None:
    """(assessed_on ISO date, label) for a reassessment, or None when cancelled. The date cannot be
    before ``earliest`` (the previous revision's)."""
    dialog = NewRevisionDialog(parent, earliest=earliest)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


# -- a new revision -------------------------------------------------------------------------------


class NewRevisionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: date | None = None, earliest: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new revision"))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(
            self.tr("A new revision starts as a copy of the latest assessment: its answers, actors, aim and "
            "decisions. The earlier revisions stay as they are, readable and comparable.")
        ))
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate.fromString((today or date.today()).isoformat(), Qt.DateFormat.ISODate))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the assessment"))
        if earliest:  # a reassessment is not dated before the assessment it follows
            self.date_edit.setMinimumDate(QDate.fromString(earliest, Qt.DateFormat.ISODate))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("e.g. Reassessment after the ceasefire talks"))
        self.label_edit.setAccessibleName(self.tr("Label of the revision"))
        form.addRow(self.tr("Assessed &on:"), self.date_edit)
        form.addRow(self.tr("&Label:"), self.label_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start revision"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.date_edit.date().toString(Qt.DateFormat.ISODate), self.label_edit.text().strip()


# -- an actor -------------------------------------------------------------------------------------


class ActorDialog(QDialog):
    """Add or edit one actor, group, trigger or resilience factor."""

    def __init__(self, kind: str, kind_title: str, checklist: Checklist, actor: Actor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        guide = checklist.actors
        self.kind = kind
        self.setWindowTitle((self.tr("Edit — {kind}") if actor else self.tr("Add — {kind}")).format(kind=kind_title))
        self.resize(640, 0)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(actor.name if actor else "")
        self.name_edit.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.type_combo: QComboBox | None = None
        self.motive_edit = self.means_edit = self.opportunity_edit = None
        if kind in ("perpetrator", "enabler", "protector"):
            self.type_combo = QComboBox()
            self.type_combo.setAccessibleName(self.tr("Type of actor"))
            self.type_combo.addItem(self.tr("Not stated"), "")
            for value in guide.actor_types:
                self.type_combo.addItem(value.label, value.id)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(actor.actor_type if actor else "")))
            form.addRow(self.tr("&Type:"), self.type_combo)
        if kind == "perpetrator":
            self.motive_edit = self._text_field(self.tr("Motive"), guide.motive_help, actor.motive if actor else "")
            self.means_edit = self._text_field(self.tr("Means"), guide.means_help, actor.means if actor else "")
            self.opportunity_edit = self._text_field(self.tr("Opportunity"), guide.opportunity_help, actor.opportunity if actor else "")
            form.addRow(self.tr("&Motive:"), self.motive_edit)
            form.addRow(self.tr("M&eans:"), self.means_edit)
            form.addRow(self.tr("&Opportunity:"), self.opportunity_edit)
        if kind == "enabler":
            self.means_edit = self._text_field(self.tr("What they supply"), self.tr("Arms, money, fighters, trade, cover"), actor.means if actor else "")
            form.addRow(self.tr("What they &supply:"), self.means_edit)
        self.group_edits: dict[str, QLineEdit | CommitPlainTextEdit] = {}
        if kind == "group_at_risk":
            for field, label, name, widget in (
                ("location", self.tr("W&here:"), self.tr("Where they are"), QLineEdit(actor.location if actor else "")),
                ("population", self.tr("About how man&y:"), self.tr("About how many"), QLineEdit(actor.population if actor else "")),
                ("displaced", self.tr("&Displaced:"), self.tr("Whether displaced"), QLineEdit(actor.displaced if actor else "")),
                ("women_children_risks", self.tr("&Women and children:"), self.tr("Risks to women and children"),
                 self._text_field(self.tr("Risks to women and children"), "", actor.women_children_risks if actor else "")),
            ):
                widget.setAccessibleName(name)
                form.addRow(label, widget)
                self.group_edits[field] = widget
        self.notes_edit = self._text_field(self.tr("Notes"), "", actor.notes if actor else "")
        form.addRow(self.tr("No&tes:"), self.notes_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _text_field(self, name: str, help_text: str, text: str) -> CommitPlainTextEdit:
        edit = CommitPlainTextEdit()
        edit.setPlainText(text)
        edit.setAccessibleName(name)
        edit.setToolTip(help_text)
        edit.setPlaceholderText(help_text[:140] + ("…" if len(help_text) > 140 else ""))
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
        return edit

    def _accept_if_named(self) -> None:
        if not self.name_edit.text().strip():
            self.name_edit.setFocus()
            self.name_edit.setPlaceholderText(self.tr("A name is needed"))
            return
        self.accept()

    def fields(self) -> dict[str, str]:
        fields = {"name": self.name_edit.text().strip(), "notes": self.notes_edit.toPlainText().strip()}
        if self.type_combo is not None:
            fields["actor_type"] = self.type_combo.currentData()
        for field, widget in self.group_edits.items():
            fields[field] = (widget.toPlainText() if isinstance(widget, CommitPlainTextEdit) else widget.text()).strip()
        if self.means_edit is not None:
            fields["means"] = self.means_edit.toPlainText().strip()
        if self.motive_edit is not None:
            fields["motive"] = self.motive_edit.toPlainText().strip()
            fields["opportunity"] = self.opportunity_edit.toPlainText().strip()
        return fields


def ask_actor(parent: QWidget | None, kind: str, kind_title: str, checklist: Checklist, actor: Actor | None = None) -> dict[str, str] | None:
    dialog = ActorDialog(kind, kind_title, checklist, actor, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.fields()


# -- findings that use a factor -------------------------------------------------------------------


def finding_html(finding: Finding, evidence: EvidenceBase, factor_id: str | None = None) -> str:
    esc = html.escape
    parts = [f"<p><b>{esc(finding.statement)}</b></p>"]
    if evidence.source_of(finding.id) != "base":  # added by an evidence pack: its badge and title
        parts.insert(0, f"<p><i>{esc(pack_source_words(evidence.pack_title(evidence.source_of(finding.id))))}</i></p>")
    family = evidence.family(finding.family).name if finding.family else QCoreApplication.translate("dialogs", "Cross-cutting")
    parts.append(
        f"<p>{esc(family)} · {esc(word('direction', finding.direction))} · "
        + esc(QCoreApplication.translate("dialogs", "outcome: {outcome}").format(outcome=word("outcome", finding.outcome)))
        + f" · {esc(word('evidence_kind', finding.evidence_kind))}</p>"
    )
    words = factor_words()  # labels of the planner's language, never the stored ids
    if finding.phases and factor_id in (None, "phase"):
        parts.append(f"<p><i>{esc(translate('Phases: {phases}').format(phases=words.phases(finding.phases)))}</i></p>")
    for condition in finding.conditions:
        if factor_id is None or condition.factor == factor_id:
            said = words.condition(condition.kind, condition.factor, condition.values)
            parts.append(f"<p><i>{esc(said)}</i>" + (f" — {esc(condition.why)}" if condition.why else "") + "</p>")
    if finding.caveat:
        parts.append(QCoreApplication.translate("dialogs", "<p><i>Caveat:</i> {caveat}</p>").format(caveat=esc(finding.caveat)))
    citations = "; ".join(evidence.citation(key) for key in finding.studies)
    parts.append(QCoreApplication.translate("dialogs", "<p>Studies: {studies}<br>Paper: {section}</p>").format(studies=esc(citations), section=esc(finding.section)))
    return "".join(parts)


class FindingsDialog(QDialog):
    """The findings whose conditions use one situation factor, each with why it matters."""

    def __init__(self, factor: Factor, evidence: EvidenceBase, parent: QWidget | None = None):
        super().__init__(parent)
        self.factor, self.evidence = factor, evidence
        self.setWindowTitle(self.tr("Findings that use “{factor}”").format(factor=factor.label))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        findings = evidence.findings_using_factor(factor.id)
        layout.addWidget(wrapped(
            self.tr("%n finding(s) of the evidence base depend on this factor. Each holds only under the "
                    "conditions shown; the studies are mostly correlational.", "", len(findings))
            if findings else self.tr("No finding of the evidence base depends on this factor.")
        ))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Findings that use this factor"))
        self.list_view.setWordWrap(True)
        self.list_view.setAlternatingRowColors(True)
        self.model = FindingListModel(evidence, findings, self)
        self.list_view.setModel(self.model)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The selected finding"))
        self.detail.setOpenExternalLinks(False)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 440])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list_view.selectionModel().currentChanged.connect(self._show)
        if findings:
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        self.list_view.setFocus()

    def _show(self, index) -> None:  # noqa: ANN001
        finding = index.data(ROW_ROLE) if index.isValid() else None
        self.detail.setHtml(finding_html(finding, self.evidence, self.factor.id) if finding else "")


# -- keyboard shortcuts ---------------------------------------------------------------------------


def shortcut_rows(menus: Iterable[tuple[str, Iterable[QAction]]]) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action with a shortcut, in menu order."""
    rows = []
    for menu_title, actions in menus:
        for action in actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys and not action.isSeparator():
                rows.append((menu_title.replace("&", ""), action.text().replace("&", "").rstrip("…."), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], extra: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Every command is also in the menus (F10 or Alt opens the menu bar).")))
        all_rows = rows + extra
        self.table = QTableWidget(len(all_rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Shortcut")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for r, row in enumerate(all_rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# -- the evidence: method and caveats ---------------------------------------------------------------

# The themes that say how far the evidence reaches; shown first.
CAVEAT_THEMES = ("strategy_first", "correlational_evidence", "only_visible_counted", "success_defined_differently", "beyond_killing")


def evidence_about_html(evidence: EvidenceBase) -> str:
    esc = html.escape
    themes = sorted(evidence.themes, key=lambda t: (t.id not in CAVEAT_THEMES, CAVEAT_THEMES.index(t.id) if t.id in CAVEAT_THEMES else 0))
    reviewed = sum(1 for f in evidence.families if f.reviewed)
    parts = [
        QCoreApplication.translate("dialogs", "<h2>About the evidence</h2>"),
        QCoreApplication.translate("dialogs", "<p><b>Source:</b> {source}<br><b>Evidence-base version:</b> {version}</p>").format(
            source=esc(evidence.source), version=esc(evidence.version)),
        QCoreApplication.translate("dialogs", "<p>The evidence base encodes, in this project's own words, the findings of the studies the paper "
           "reviews: {findings} findings from {studies} studies on {families} families of tools. Each finding carries the "
           "conditions under which it holds; the evidence fit matches them against the situation factors "
           "you answered, and shows why. It never scores or ranks options.</p>").format(
            findings=len(evidence.findings), studies=len(evidence.studies), families=reviewed),
        QCoreApplication.translate("dialogs", "<p><b>Read every verdict with the paper's caveats:</b> a tool works only as well as the political "
           "strategy it serves; most evidence is correlational; the data only count what is visible.</p>"),
        QCoreApplication.translate("dialogs", "<h3>Method and caveats of the paper</h3>"),
    ]
    for theme in themes:
        parts.append(f"<h4>{esc(theme.title)}</h4><p>{esc(theme.summary)}</p>")
        if theme.studies:
            studies = esc("; ".join(evidence.citation(k) for k in theme.studies))
            parts.append(QCoreApplication.translate("dialogs", "<p><i>Studies: {studies}</i></p>").format(studies=studies))
    if evidence.conclusions:
        parts.append(QCoreApplication.translate("dialogs", "<h3>Overall conclusions by kind of tool</h3>"))
        for conclusion in evidence.conclusions:
            category = esc(word("category", conclusion.category))
            parts.append(QCoreApplication.translate("dialogs", "<h4>{category} tools</h4>").format(category=category) + f"<p>{esc(conclusion.summary)}</p>")
    return "".join(parts)


class EvidenceAboutDialog(QDialog):
    def __init__(self, evidence: EvidenceBase, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the evidence"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Method and caveats of the evidence"))
        self.browser.setHtml(evidence_about_html(evidence))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def about_text(evidence: EvidenceBase) -> str:
    return (
        f"<h3>Atrocity Desk {html.escape(APP_VERSION)}</h3>"
        + QCoreApplication.translate("dialogs", "<p>Assess a mass-atrocity situation with a checklist, weigh the anti-atrocity toolbox against the "
             "research evidence, record decisions and export an options memo.</p>")
        + QCoreApplication.translate("dialogs", "<p>Evidence base: {source} (version {version}).</p>").format(
            source=html.escape(evidence.source), version=html.escape(evidence.version))
        + QCoreApplication.translate("dialogs", "<p>Works offline. Every change is saved to the case file as you make it.</p>")
    )


def show_about(parent: QWidget | None, evidence: EvidenceBase) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("dialogs", "About Atrocity Desk"), about_text(evidence))


__all__ = [
    "ActorDialog",
    "EvidenceAboutDialog",
    "FindingsDialog",
    "NewRevisionDialog",
    "ShortcutsDialog",
    "ask_actor",
    "ask_new_revision",
    "ask_text",
    "show_about",
    "show_error",
    "show_info",
]
