"""Step 7: the options memo (SPEC §2, §7).

What the memo includes (which options by status, the marking to print), its bottom line up front
(stored with the revision, editable, with a draft from the recorded options), and the export: the
PDF is built in a worker thread from a read-only connection of its own, so the window never
freezes, then shown here for a last look before the meeting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPointF, QRunnable, QThreadPool, QUrl, Qt, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import CaseFileError
from ...core.filenames import memo_file_path
from ...core.storage import CaseFile
from ...core.vocabulary import DECISION_STATUSES, status_label
from .. import language as window_language
from ..session import DECISIONS, META, PACKS, REVISION, REVISIONS
from ..widgets import CommitPlainTextEdit, heading, wrap_to_width, wrapped
from . import PAGE_TITLES
from .base import Page

# Marked for translation in the MemoPage context, translated where shown.
PDF_FILTER = QT_TRANSLATE_NOOP("MemoPage", "PDF documents (*.pdf)")
WORD_FILTER = QT_TRANSLATE_NOOP("MemoPage", "Word documents (*.docx)")
# The decision box's fields (SPEC §2 step 2), stored with the revision: (field, label, multi-line).
DECISION_FIELDS = (
    ("situation_now", QT_TRANSLATE_NOOP("MemoPage", "Situation &now"), True),
    ("decision_requested", QT_TRANSLATE_NOOP("MemoPage", "Decision re&quested"), True),
    ("meeting", QT_TRANSLATE_NOOP("MemoPage", "Mee&ting"), False),
    ("meeting_date", QT_TRANSLATE_NOOP("MemoPage", "Meeting &date"), False),
)
DRAFT_NOTE = QT_TRANSLATE_NOOP("MemoPage", "A draft made from the recorded options: the memo prints it and says it is a draft. Edit it to "
              "make it yours; empty it to get the draft back.")
WRITTEN_NOTE = QT_TRANSLATE_NOOP("MemoPage", "Your bottom line, printed at the top of the memo. Empty it to print a draft made from the options.")


def memo_api():  # noqa: ANN201 - the memo module, imported when first needed (it pulls in reportlab)
    from ...core import memo

    return memo


class _ExportSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(str)  # the path written
    rendered = Signal(bytes)  # a preview: the memo's bytes, written nowhere
    failed = Signal(str, str)  # title, message


class _ExportJob(QRunnable):
    """Builds the memo in a worker thread, from an in-memory snapshot of the case.

    Never from the file by path: opening and closing it again would drop this process's POSIX
    locks on the case the editor holds. The job owns the snapshot and closes it."""

    def __init__(self, snapshot: CaseFile, out: Path | None, settings: object):
        super().__init__()
        self.snapshot, self.out, self.settings = snapshot, out, settings
        self.signals = _ExportSignals()

    def run(self) -> None:
        try:
            memo = memo_api()
            with self.snapshot as case:
                if self.out is None:
                    self.signals.rendered.emit(memo.memo_pdf(case, self.settings, progress=self._progress))
                    return
                written = memo.export_memo(case, self.out, self.settings, progress=self._progress)
        except CaseFileError as exc:
            self.signals.failed.emit(exc.title, str(exc))
        except OSError as exc:
            self.signals.failed.emit(QCoreApplication.translate("MemoPage", "The memo could not be written"), f"{self.out}: {exc.strerror or exc}.")
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.signals.failed.emit(QCoreApplication.translate("MemoPage", "The memo could not be made"), f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(written))

    def _progress(self, percent: float, message: str = "") -> None:
        self.signals.progress.emit(int(percent), message)


class MemoPage(Page):
    page_id = "memo"
    title = PAGE_TITLES[page_id]

    def __init__(self, session, window):  # noqa: ANN001 - see Page
        super().__init__(session, window)
        self._job: _ExportJob | None = None
        self._job_case: Path | None = None
        self._signals: _ExportSignals | None = None
        self._case_marking = ""
        self._draft_stale = True
        self._draft = ""
        self.last_export: Path | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading(self.tr("Options memo"), 1.4, self))
        layout.addWidget(wrap_to_width(wrapped(
            self.tr("The memo a planner takes into the meeting: marking on every page, the bottom line up front, the "
            "situation, the aim, the options with what the evidence says about each, what to monitor, and "
            "the caveats of the evidence. It is built from the latest revision."), self)))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_settings())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 620])
        layout.addWidget(splitter, 1)
        self.refresh(None)

    # -- building --

    def _build_settings(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)

        contents = QGroupBox(self.tr("What to include"), panel)
        form = QFormLayout(contents)
        statuses = QVBoxLayout()
        self.status_checks: dict[str, QCheckBox] = {}
        for status in DECISION_STATUSES:
            check = QCheckBox(status_label(status), contents)
            check.setChecked(True)
            check.setAccessibleName(self.tr("Include {status} options").format(status=status_label(status).lower()))
            statuses.addWidget(check)
            self.status_checks[status] = check
        form.addRow(self.tr("Options:"), statuses)
        marking_row = QHBoxLayout()
        self.marking_edit = QLineEdit(contents)
        self.marking_edit.setAccessibleName(self.tr("Marking printed at the top and bottom of every page"))
        self.marking_edit.setToolTip(self.tr("Printed at the top and bottom of every page. Defaults to the case's marking."))
        self.reset_marking = QPushButton(self.tr("Case marking"), contents)
        self.reset_marking.setAccessibleName(self.tr("Use the case's marking"))
        self.reset_marking.clicked.connect(self._use_case_marking)
        marking_row.addWidget(self.marking_edit, 1)
        marking_row.addWidget(self.reset_marking)
        marking_label = QLabel(self.tr("&Marking:"), contents)
        marking_label.setBuddy(self.marking_edit)
        form.addRow(marking_label, marking_row)
        self.annex_check = QCheckBox(self.tr("Include the annex (evidence and full tables)"), contents)
        self.annex_check.setChecked(True)
        self.annex_check.setAccessibleName(self.tr("Include the annex after the body"))
        form.addRow(self.tr("Annex:"), self.annex_check)
        # The memo's language is chosen per export: a French memo for a meeting in Bamako can come
        # from a window in English, and the reverse (issue 21).
        self.language_combo = QComboBox(contents)
        self.language_combo.setAccessibleName(self.tr("Language of the memo"))
        self.language_combo.addItem(self.tr("The window's language"), None)
        for code in window_language.LANGUAGES:
            self.language_combo.addItem(window_language.ENDONYMS[code], code)
        language_label = QLabel(self.tr("&Language:"), contents)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        layout.addWidget(contents)
        layout.addWidget(self._build_decision_box(panel))

        blu = QGroupBox(self.tr("Bottom line up front"), panel)
        blu_layout = QVBoxLayout(blu)
        self.bottom_line_edit = CommitPlainTextEdit(blu)
        self.bottom_line_edit.setAccessibleName(self.tr("Bottom line up front"))
        self.bottom_line_edit.committed.connect(self._bottom_line_committed)
        blu_layout.addWidget(self.bottom_line_edit, 1)
        self.draft_note = wrap_to_width(wrapped(self.tr(DRAFT_NOTE), blu))
        blu_layout.addWidget(self.draft_note)
        self.draft_button = QPushButton(self.tr("&Draft from recommended options"), blu)
        self.draft_button.setAccessibleName(self.tr("Draft the bottom line from the recommended options"))
        self.draft_button.setToolTip(self.tr("Replace the text with a draft made from the recorded options (Edit > Undo restores it)"))
        self.draft_button.clicked.connect(self.draft_bottom_line)
        row = QHBoxLayout()
        row.addWidget(self.draft_button)
        row.addStretch(1)
        blu_layout.addLayout(row)
        layout.addWidget(blu, 1)

        export_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport memo…"), panel)
        self.export_button.setAccessibleName(self.tr("Export the memo as PDF"))
        self.export_button.clicked.connect(self.export)
        self.progress = QProgressBar(panel)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.preview_button = QPushButton(self.tr("&Preview"), panel)
        self.preview_button.setAccessibleName(self.tr("Preview the memo without saving it"))
        self.preview_button.clicked.connect(self.start_preview)
        export_row.addWidget(self.preview_button)
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.progress, 1)
        export_row.addStretch(0)
        layout.addLayout(export_row)
        self.status_label = wrap_to_width(wrapped("", panel))
        self.status_label.setAccessibleName(self.tr("Export status"))
        layout.addWidget(self.status_label)
        result_row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open with system viewer"), panel)
        self.open_button.setAccessibleName(self.tr("Open the exported memo with the system's PDF viewer"))
        self.open_button.clicked.connect(self.open_external)
        self.open_button.setEnabled(False)
        result_row.addWidget(self.open_button)
        result_row.addStretch(1)
        layout.addLayout(result_row)
        return panel

    def _build_decision_box(self, panel: QWidget) -> QWidget:
        """Page 1 of the memo: the situation now, the decision requested and the meeting."""
        box = QGroupBox(self.tr("Decision box (page 1 of the memo)"), panel)
        form = QFormLayout(box)
        self.decision_edits: dict[str, QWidget] = {}
        for field, english_label, multiline in DECISION_FIELDS:
            label = self.tr(english_label)
            if multiline:
                edit = CommitPlainTextEdit(box)
                edit.setMaximumHeight(70)
                edit.committed.connect(lambda f=field: self._decision_field_committed(f))
            else:
                edit = QLineEdit(box)
                edit.editingFinished.connect(lambda f=field: self._decision_field_committed(f))
            edit.setAccessibleName(label.replace("&", ""))
            self.decision_edits[field] = edit
            caption = QLabel(self.tr("{field}:").format(field=label), box)
            caption.setBuddy(edit)
            form.addRow(caption, edit)
        self.decision_edits["meeting_date"].setPlaceholderText("2026-12-03")
        self.decision_edits["meeting_date"].setToolTip(self.tr("The date of the meeting, written year-month-day"))
        return box

    def _decision_text(self, field: str) -> str:
        edit = self.decision_edits[field]
        return (edit.toPlainText() if isinstance(edit, CommitPlainTextEdit) else edit.text()).strip()

    def _decision_field_committed(self, field: str) -> None:
        if self.read_only:
            return
        if not self.session.update_revision(**{field: self._decision_text(field)}):
            self._load_decision_fields()  # refused (a date that is not one): show what is stored

    def _load_decision_fields(self) -> None:
        revision = self.session.revision()
        for field, edit in self.decision_edits.items():
            value = str(getattr(revision, field))
            if isinstance(edit, CommitPlainTextEdit):
                edit.set_text_quietly(value)
            elif edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("Preview of the memo"), self)
        layout = QVBoxLayout(box)
        self.preview_stack = QStackedWidget(box)
        self.preview_empty = QLabel(self.tr("Preview the memo (nothing is saved) or export it to see it here."), box)
        self.preview_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_empty.setWordWrap(True)
        self.preview_empty.setFrameShape(QFrame.Shape.StyledPanel)
        # Qt PDF is loaded with the page, not before the window's first paint (issue 8).
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(box)
        self.pdf_view.setAccessibleName(self.tr("Preview of the exported memo"))
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll it
        self.preview_stack.addWidget(self.preview_empty)
        self.preview_stack.addWidget(self.pdf_view)
        layout.addWidget(self.preview_stack, 1)
        return box

    # -- refreshing --

    def refresh(self, topic: str | None = None) -> None:
        if topic in (None, META):
            marking = self.session.case.meta().marking
            if topic is None or self.marking_edit.text() == self._case_marking:
                self.marking_edit.setText(marking)  # follow the case unless the planner overrode it
                self.marking_edit.setCursorPosition(0)
            self._case_marking = marking
            self.marking_edit.setPlaceholderText(marking)
        if topic in (None, REVISION, REVISIONS, DECISIONS, PACKS):  # packs: the drafted bottom line reads the fit
            self._load_bottom_line()
            self._load_decision_fields()
            self._count_options()
        if topic is None:
            self._clear_preview()
        editable = not self.read_only
        self.bottom_line_edit.setReadOnly(not editable)
        for edit in self.decision_edits.values():
            edit.setReadOnly(not editable)
        self.draft_button.setEnabled(editable)

    def _use_case_marking(self) -> None:
        self.marking_edit.setText(self._case_marking)
        self.marking_edit.setCursorPosition(0)

    def _load_bottom_line(self) -> None:
        stored = self.session.revision().bottom_line
        self._draft = ""
        self.bottom_line_edit.set_text_quietly(stored)
        self.draft_note.setText(self.tr(DRAFT_NOTE) if not stored.strip() else self.tr(WRITTEN_NOTE))
        # Without a bottom line of the planner's, the field shows the draft the memo would print,
        # whole and editable. Drafting loads the memo builder (reportlab), so it waits until the
        # page is shown rather than slowing the window's start.
        self._draft_stale = not stored.strip()
        if self._draft_stale and self.isVisible():
            self._show_draft()

    def _show_draft(self) -> None:
        self._draft_stale = False
        self._draft = self._draft_text()
        self.bottom_line_edit.setPlaceholderText(self.tr("The bottom line up front: what you recommend, and why."))
        self.bottom_line_edit.set_text_quietly(self._draft)

    def showing_draft(self) -> bool:
        """The field shows the memo's draft, not a bottom line the planner wrote."""
        return bool(self._draft) and self.bottom_line_edit.toPlainText() == self._draft

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._draft_stale:
            self._show_draft()

    def _count_options(self) -> None:
        decisions = self.session.case.decisions(self.session.revision().id)
        for status, check in self.status_checks.items():
            count = sum(1 for d in decisions if d.status == status)
            check.setText(f"{status_label(status)} ({count})")

    def _clear_preview(self) -> None:
        self.pdf_document.close()
        self.preview_stack.setCurrentWidget(self.preview_empty)
        self.last_export = None
        self.open_button.setEnabled(False)
        self.status_label.setText("")
        self.progress.hide()

    # -- the bottom line --

    def _bottom_line_committed(self) -> None:
        if self.read_only or self.showing_draft():  # the draft untouched: it stays a draft
            return
        self.session.update_revision(bottom_line=self.bottom_line_edit.toPlainText().strip())

    def _draft_function(self):  # noqa: ANN202 - core.memo.draft_bottom_line, once the memo module has it
        try:
            return getattr(memo_api(), "draft_bottom_line", None)
        except ImportError:
            return None

    def _draft_text(self) -> str:
        draft = self._draft_function()
        if draft is None:
            return ""
        session = self.session
        return draft(session.case, session.revision(), session.case_fit())

    def draft_bottom_line(self) -> None:
        """Replace the bottom line with a draft from the recorded options (undoable)."""
        text = self._draft_text()
        if text and not self.read_only:
            self.session.update_revision(bottom_line=text)

    def commit_edits(self) -> None:
        self.bottom_line_edit.commit()
        for edit in self.decision_edits.values():
            if isinstance(edit, CommitPlainTextEdit):
                edit.commit()

    # -- export --

    def settings(self) -> object:
        """The memo settings chosen on this page."""
        memo = memo_api()
        statuses = tuple(s for s, check in self.status_checks.items() if check.isChecked())
        marking = self.marking_edit.text().strip()
        return memo.MemoSettings(
            statuses=statuses,
            marking=marking if marking != self._case_marking else None,
            revision_id=self.session.revision().id,
            annex=self.annex_check.isChecked(),
            lang=self.language_combo.currentData() or window_language.current(),
        )

    def exporting(self) -> bool:
        return self._job is not None

    def export(self) -> None:
        """Ask where to save the memo, then build it in the background."""
        if self.exporting():
            return
        self.commit_edits()
        path = self._ask_path()
        if path is None:
            return
        self.start_export(path)

    def _ask_path(self) -> Path | None:
        case_path = self.session.case.path
        folder = case_path.parent
        settings = getattr(self.window_, "settings", None)
        if settings is not None and settings.value("memo/folder"):
            folder = Path(str(settings.value("memo/folder")))
        suggestion = folder / self.tr("{case} - decision memo.pdf").format(case=case_path.stem)
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the decision memo"), str(suggestion), f"{self.tr(PDF_FILTER)};;{self.tr(WORD_FILTER)}"
        )
        if not name:
            return None
        if chosen == self.tr(WORD_FILTER) and not name.lower().endswith(".docx"):
            name = str(Path(name).with_suffix(".docx")) if name.lower().endswith(".pdf") else name + ".docx"
        try:
            path = memo_file_path(name)  # .pdf added unless .docx, as on the command line
        except CaseFileError as exc:
            self._show_failure(exc.title, str(exc))
            return None
        if settings is not None:
            settings.setValue("memo/folder", str(path.parent))
        return path

    def start_preview(self) -> None:
        """Build the memo in the background and show it here, without writing a file."""
        self.commit_edits()
        self.start_export(None)

    def start_export(self, out: Path | None) -> None:
        """Build the memo in the background: into ``out``, or (None) for the preview only."""
        if self.exporting():
            return
        try:
            settings = self.settings()
        except ImportError:
            self._show_failure(self.tr("The memo builder is missing"), self.tr("This copy of Atrocity Desk cannot build memos."))
            return
        self.pdf_document.close()  # the preview may hold the file we are about to replace
        self._job = _ExportJob(self.session.case.snapshot(), Path(out) if out is not None else None, settings)
        self._job_case = self.session.case.path  # the preview shows it only if this case is still open
        self._signals = self._job.signals
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.rendered.connect(self._on_rendered)
        self._signals.failed.connect(self._on_failed)
        self.export_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Exporting the memo to {path}…").format(path=out) if out else self.tr("Making the preview…"))
        self.pool.start(self._job)

    @Slot(int, str)
    def _on_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(max(0, min(100, percent)))
        if message:
            self.progress.setFormat(f"%p% — {message}")

    @Slot(str)
    def _on_finished(self, path: str) -> None:
        self._job_done()
        if self._job_case != self.session.case.path:  # another case was opened meanwhile
            self.status_label.setText(self.tr("The memo of {case} was saved to {path}.").format(case=self._job_case.name, path=path))
            return
        self.last_export = Path(path)
        self.progress.setValue(100)
        self.progress.setFormat("%p%")
        self.progress.hide()
        protected = self.session.case.protected
        self.status_label.setText(self.tr("Memo saved to {path}").format(path=path) + (f". {memo_api().PROTECTED_MEMO_WARNING}" if protected else ""))
        self.open_button.setEnabled(True)
        from PySide6.QtPdf import QPdfDocument  # loaded already: the page built its preview

        if not path.lower().endswith(".pdf"):
            self.preview_empty.setText(self.tr("The Word memo was saved. Open it with the system's word processor to see it."))
            self.preview_stack.setCurrentWidget(self.preview_empty)
        elif self.pdf_document.load(path) == QPdfDocument.Error.None_:
            self.preview_stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.pageNavigator().jump(0, QPointF(), self.pdf_view.pageNavigator().currentZoom())
        else:
            self.preview_empty.setText(self.tr("The memo was saved, but it cannot be previewed here. Open it with the system viewer."))
            self.preview_stack.setCurrentWidget(self.preview_empty)

    @Slot(bytes)
    def _on_rendered(self, data: bytes) -> None:
        self._job_done()
        self.progress.hide()
        if self._job_case != self.session.case.path:  # another case was opened meanwhile
            self.status_label.setText("")
            return
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        self.pdf_document.close()
        self._preview_buffer = QBuffer(self)  # kept: the document reads its pages from it
        self._preview_buffer.setData(QByteArray(data))
        self._preview_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._preview_buffer)
        if self.pdf_document.status() == QPdfDocument.Status.Ready:
            self.preview_stack.setCurrentWidget(self.pdf_view)
            self.pdf_view.pageNavigator().jump(0, QPointF(), self.pdf_view.pageNavigator().currentZoom())
            self.status_label.setText(self.tr("Preview of the memo as it would be exported now (not saved)."))
        else:
            self.status_label.setText(self.tr("The preview could not be shown. Export the memo and open it with the system viewer."))

    @Slot(str, str)
    def _on_failed(self, title: str, message: str) -> None:
        self._job_done()
        self._show_failure(title, message)

    def _show_failure(self, title: str, message: str) -> None:
        self.progress.hide()
        self.status_label.setText(f"{title}. {message}")

    def _job_done(self) -> None:
        self._job = None
        self.export_button.setEnabled(True)
        self.preview_button.setEnabled(True)

    def open_external(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def wait_for_export(self, msecs: int = 30000) -> bool:
        """Block until a running export ends (closing the window, tests)."""
        return self.pool.waitForDone(msecs)
