"""The main window: navigation on the left, the pages on the right, the menus, and the case files.

The window owns the open ``CaseSession``. It routes the session's ``changed`` notifications to every
page (each decides whether the topic concerns it) and shows the session's errors in a message box.
Without an open case it shows a start panel (New, Open, the example, recent files).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

# Only Qt, the standard library and small Qt-free modules here: this module is imported before the
# window's first paint. The rest of the core, the session, the pages and the dialogs that use them
# are imported where they are used, after that paint (issue 22; app.start_window loads them ahead).
from ..core.case_title import peek_title
from ..core.errors import CaseFileError, ForeignSchema, PassphraseNeeded
from ..core.paths import APPLICATION, DATA_DIR_ENV, ORGANIZATION, SETTINGS_DIR_ENV, data_dir, settings_dir  # noqa: F401 (app.py imports them from here)
from . import language
from .pages import PAGE_IDS, page_classes, shown_title
from .plain import plain_tooltip
from .widgets import Banner, heading, relative_font, wrapped

if TYPE_CHECKING:
    from ..core.evidence import EvidenceBase
    from ..core.find import Hit
    from ..core.storage import CaseFile
    from .find_dialog import FindDialog
    from .pages.base import Page
    from .session import CaseSession

EXAMPLE_NAME = "Example case - Kessara.atrocase"  # SUFFIX spelled out: core.storage is not loaded yet
MAX_RECENT = 8
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Atrocity Desk cases (*{suffix});;All files (*)")


# The edit history (the audit log, with the earlier wording of every edited field) is in the case
# file and in every copy but one made for sharing; the window says so where copies are made.
HISTORY_TRAVELS = QT_TRANSLATE_NOOP("MainWindow", "The edit history, with the earlier wording of edited fields, travels with the file.")


# -- settings and the app-data folder --------------------------------------------------------------


def app_settings() -> QSettings:
    """The application's settings (the recent-file list among them): an ini file in the private
    settings folder of core/paths.py, on every platform (not the Windows registry)."""
    return QSettings(str(settings_dir() / "settings.ini"), QSettings.Format.IniFormat)


def app_data_dir() -> Path:
    """The private data folder the command line uses too (core/paths.py)."""
    return data_dir()


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recent_files", [])
    if isinstance(value, str):  # an ini file gives a single entry back as a string
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_recent(settings: QSettings, path: Path) -> None:
    entry = str(Path(path).absolute())
    files = [entry] + [f for f in recent_files(settings) if f != entry]
    settings.setValue("recent_files", files[:MAX_RECENT])


def example_case_path() -> Path:
    """The example case in the app-data folder, written there the first time it is asked for."""
    from ..core.example import write_example_case

    path = app_data_dir() / EXAMPLE_NAME
    if not path.exists():
        write_example_case(path).close()
    return path


def editor_name(case: CaseFile) -> str:
    """Who the audit log names for edits made in this window: the analyst the planner named, or
    nobody. Never the computer's login name, which would travel with a shared case."""
    return case.meta().analyst


# -- the window -----------------------------------------------------------------------------------


class MainWindow(QMainWindow):
    def __init__(self, session: CaseSession | None = None, settings: QSettings | None = None,
                 opening: str | os.PathLike | None = None):
        """The window on ``session``; or, at start-up, on the case file ``opening`` (its title and
        the navigation, until ``open_case`` brings the case: see ``show_opening``); else the start
        panel."""
        super().__init__()
        self.settings = settings or app_settings()
        self.session: CaseSession | None = None
        self.find_dialog: FindDialog | None = None
        self._shown_language = language.current()
        # Pages are built when first shown, or one by one after the first paint (issue 8): a page
        # costs 10-70 ms to build and the planner sees one at a time. ``pages`` builds the rest.
        self._built: dict[int, Page] = {}  # row in the navigation -> its page
        self._build_rest_after_paint = False
        # Topics that changed while a built page was hidden (row -> topics, in order): a hidden
        # page refreshes when it is next shown or asked for, not at every edit (issue 17: an edit
        # refreshed all ten pages, ~90 ms on the example).
        self._stale: dict[int, list[str]] = {}
        self.undo_group = QUndoGroup(self)
        self.setWindowTitle(APPLICATION)
        self.resize(1280, 800)
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._restore_geometry()
        if session is not None:
            self.set_session(session)
        elif opening is not None:
            self.show_opening(opening)
        else:
            self._show_start()

    # -- layout --

    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = Banner()
        outer.addWidget(self.banner)
        self.outer_stack = QStackedWidget()
        outer.addWidget(self.outer_stack, 1)

        # Built when first shown (_show_start): a window started on a case paints without it (its
        # selectable labels cost some 30 ms of Qt's enum set-up before the first paint, issue 22).
        self.start_panel: QWidget | None = None
        self.recent_list: QListWidget | None = None

        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Choose a page of the case; Ctrl+1 to Ctrl+9 jump to a page"))
        self.nav.setFont(relative_font(self.nav, 1.1))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.workspace = workspace
        self.outer_stack.addWidget(workspace)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        self.setCentralWidget(central)
        self.saved_label = QLabel(self.tr("Every change is saved to the case file as you make it."))
        self.statusBar().addPermanentWidget(self.saved_label)

    def _build_start_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("startPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(heading(self.tr("Atrocity Desk"), 1.8))
        layout.addWidget(wrapped(
            self.tr("Assess a situation at risk of mass atrocities, weigh the international toolbox against the "
            "research evidence, record decisions and export an options memo. No case is open.")
        ))
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("&New case…"), self.new_case, self.tr("New case")),
            (self.tr("&Open case…"), self.open_dialog, self.tr("Open case")),
            (self.tr("Open the e&xample case"), self.open_example, self.tr("Open the example case")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Recent cases"), 1.1))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent cases"))
        self.recent_list.itemActivated.connect(lambda item: self.open_case(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent_list, 1)
        return panel

    # -- actions and menus --

    def _action(self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("&New Case…"), self.new_case, "Ctrl+N", self.tr("Create a new, empty case file"))
        self.open_action = a(self.tr("&Open…"), self.open_dialog, "Ctrl+O", self.tr("Open a case file"))
        self.example_action = a(self.tr("Open &Example Case"), self.open_example, None, self.tr("Open the bundled fictional example case"))
        self.save_copy_action = a(self.tr("Save a &Copy…"), lambda: self.save_copy(history=True), "Ctrl+Shift+S",
                                  self.tr("Write a complete copy of this case to another file.") + " " + self.tr(HISTORY_TRAVELS))
        self.share_copy_action = a(self.tr("Save a Copy for S&haring…"), lambda: self.save_copy_for_sharing(), None,
                                   self.tr("Write a copy without the edit history, for sending to others"))
        self.export_action = a(self.tr("&Export Memo…"), self.export_memo, "Ctrl+E", self.tr("Export the options memo as PDF"))
        self.protect_action = a(self.tr("&Protect with Passphrase…"), self.protect_case, None, self.tr("Encrypt this case file with a passphrase"))
        self.change_passphrase_action = a(self.tr("C&hange Passphrase…"), self.change_passphrase, None, self.tr("Choose a new passphrase for this case"))
        self.unprotect_action = a(self.tr("&Remove Protection…"), self.unprotect_case, None, self.tr("Store this case unencrypted again"))
        self.close_action = a(self.tr("&Close Case"), self.close_case, "Ctrl+W", self.tr("Close this case"))
        self.quit_action = a(self.tr("&Quit"), self.close, "Ctrl+Q", self.tr("Quit Atrocity Desk"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.page_actions: list[QAction] = []
        for number, page_id in enumerate(PAGE_IDS, start=1):
            title = shown_title(page_id)
            action = a(title, lambda checked=False, pid=page_id: self.show_page(pid), f"Ctrl+{number}",
                       self.tr("Show the {page} page").format(page=title))
            self.page_actions.append(action)
        self.next_page_action = a(self.tr("Next Page"), lambda: self._step_page(1), "Ctrl+PgDown")
        self.previous_page_action = a(self.tr("Previous Page"), lambda: self._step_page(-1), "Ctrl+PgUp")
        self.evidence_action = a(self.tr("About the &Evidence…"), self.show_evidence_about, None, self.tr("Method and caveats of the research evidence"))
        self.shortcuts_action = a(self.tr("&Keyboard Shortcuts…"), self.show_shortcuts, "F1", self.tr("List every keyboard shortcut"))
        self.about_action = a(self.tr("&About Atrocity Desk…"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.find_action = a(self.tr("&Find…"), self.show_find, QKeySequence.StandardKey.Find,
                             self.tr("Find in the case: factors, indicators, actors, options, findings, notes"))
        self.case_actions = [self.save_copy_action, self.share_copy_action, self.export_action, self.close_action, self.find_action, *self.page_actions,
                             self.next_page_action, self.previous_page_action]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.example_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_copy_action, self.share_copy_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.protect_action, self.change_passphrase_action, self.unprotect_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.close_action, self.quit_action])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.next_page_action, self.previous_page_action])
        self.view_menu.addSeparator()
        self._build_language_menu()
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.evidence_action, self.shortcuts_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _build_language_menu(self) -> None:
        """View > Language: the system's, or one the window speaks (each named in itself)."""
        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self.language_menu)
        chosen = language.chosen(self.settings)
        self.language_actions: dict[str, QAction] = {}
        for choice in (language.SYSTEM, *language.LANGUAGES):
            text = self.tr("&System language") if choice == language.SYSTEM else language.ENDONYMS[choice]
            action = self.language_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.triggered.connect(lambda checked=False, c=choice: self.choose_language(c))
            group.addAction(action)
            self.language_actions[choice] = action

    def choose_language(self, choice: str) -> None:
        """Remember the choice and show the window in that language, on the same case."""
        language.remember(self.settings, choice)
        if language.apply(choice) != self._shown_language:
            self.rebuild_in_language()

    def rebuild_in_language(self) -> None:
        """Build the menus, the start panel and the pages again in the language now installed.

        The open case, its undo history and the page shown stay: pages are rebuilt on the same
        session (text still being typed is saved first)."""
        self.commit_edits()
        page = self.current_page()
        page_id = page.page_id if page is not None else None
        self._shown_language = language.current()
        if self.session is not None:
            self.session.use_language()
        if self.find_dialog is not None:
            self.find_dialog.close()
            self.find_dialog.deleteLater()
            self.find_dialog = None
        self.menuBar().clear()
        for action in [*self.actions(), self.undo_action, self.redo_action]:
            self.removeAction(action)
            action.deleteLater()
        self._build_actions()
        self._build_menus()
        old_start = self.start_panel
        if old_start is not None:
            self.start_panel = self._build_start_panel()
            self.outer_stack.insertWidget(0, self.start_panel)
            self.outer_stack.removeWidget(old_start)
            old_start.deleteLater()
        self.saved_label.setText(self.tr("Every change is saved to the case file as you make it."))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Choose a page of the case; Ctrl+1 to Ctrl+9 jump to a page"))
        opening = self.session is None and self.outer_stack.currentWidget() is self.workspace
        row_chosen = self.nav.currentRow()
        self._drop_pages()
        if self.session is None:
            if opening:  # start-up, before the case has arrived: the navigation in the new language
                self._build_page_slots()
                self.nav.setCurrentRow(row_chosen)
            else:
                self._show_start()
            return
        self._build_page_slots()
        row = self._row_of(page_id) if page_id else 0
        self._page_at(row or 0)
        self.nav.setCurrentRow(row or 0)
        self._build_rest_after_paint = True
        self.update()
        self._update_case_state()

    def _drop_pages(self) -> None:
        self._built.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.stack.count():
            slot = self.stack.widget(0)
            self.stack.removeWidget(slot)
            slot.deleteLater()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setStatusTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_case(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent cases")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the List"), self._clear_recent)
        if self.recent_list is None:
            return  # the start panel is not built yet: it fills its list when it is
        self.recent_list.clear()
        for path in files:
            item = QListWidgetItem(f"{Path(path).name}    —    {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(plain_tooltip(path))
            self.recent_list.addItem(item)

    def _clear_recent(self) -> None:
        self.settings.setValue("recent_files", [])
        self._fill_recent_menu()

    def menus(self) -> list[tuple[str, list[QAction]]]:
        return [(m.title(), m.actions()) for m in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu)]

    # -- pages --

    @property
    def pages(self) -> list[Page]:
        """Every page, in the navigation's order (building those not built yet); [] before a case."""
        return [page for row in range(self.stack.count()) if (page := self._page_at(row)) is not None]

    def page(self, page_id: str) -> Page | None:
        row = self._row_of(page_id)
        return self._page_at(row) if row is not None else None

    def current_page(self) -> Page | None:
        return self._page_at(self.stack.currentIndex())

    def show_page(self, page_id: str) -> Page | None:
        row = self._row_of(page_id)
        page = self._page_at(row) if row is not None else None
        if page is not None:
            self.nav.setCurrentRow(row)
        return page

    def go_to_factor(self, factor_id: str) -> None:
        """Show the Situation page with this factor selected, ready to answer."""
        from .pages.situation import SituationPage

        page = self.show_page(SituationPage.page_id)
        if isinstance(page, SituationPage):
            page.select_factor(factor_id)

    def show_evidence(self, family_id: str, tool_id: str | None = None) -> None:
        """Show the Toolbox on a tool (when given) or a family."""
        from .pages.toolbox import ToolboxPage

        page = self.show_page(ToolboxPage.page_id)
        if isinstance(page, ToolboxPage):
            if tool_id:
                page.select_tool(tool_id)
            else:
                page.select_family(family_id)

    def show_find(self) -> FindDialog | None:
        """Ctrl+F: the Find dialog over the open case (one per window, kept between searches)."""
        if self.session is None:
            return None
        from .find_dialog import FindDialog

        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.find, self.go_to_hit, self)
        self.find_dialog.open_with()
        return self.find_dialog

    def find(self, text: str) -> list[Hit]:
        from ..core.find import find_in_case

        session = self.session
        if session is None:
            return []
        revision = session.revision().id
        case = session.case
        return find_in_case(text, session.checklist, case.judgments(revision, "factor"), case.judgments(revision, "indicator"),
                            case.actors(revision), case.objectives(revision), case.decisions(revision), session.evidence)

    def go_to_hit(self, hit: Hit) -> None:
        """Show what Find found, selected on its page."""
        from .pages.decisions import DecisionsPage
        from .pages.risk_factors import RiskFactorsPage
        from .pages.toolbox import ToolboxPage

        if hit.kind == "factor":
            self.go_to_factor(hit.id)
        elif hit.kind in ("risk_factor", "indicator"):
            page = self.show_page(RiskFactorsPage.page_id)
            if isinstance(page, RiskFactorsPage):
                page.select_risk_factor(hit.id.split(".")[0])
        elif hit.kind == "option":
            page = self.show_page(DecisionsPage.page_id)
            if isinstance(page, DecisionsPage):
                page.select_decision(int(hit.id))
        elif hit.kind == "finding":
            finding = next((f for f in self.evidence.findings if f.id == hit.id), None)
            if finding is not None and finding.family:
                self.show_evidence(finding.family)
            else:
                self.show_page(ToolboxPage.page_id)
        else:
            self.show_page(hit.target)

    def show_message(self, text: str, timeout_ms: int = 8000) -> None:
        """A passing message in the status bar (e.g. how to undo what was just done)."""
        self.statusBar().showMessage(text, timeout_ms)

    def _step_page(self, step: int) -> None:
        if self.stack.count():
            self.nav.setCurrentRow((self.nav.currentRow() + step) % self.stack.count())

    @Slot(int)
    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < self.stack.count() and self._page_at(row) is not None:
            previous = self._built.get(self.stack.currentIndex())
            if previous is not None:
                previous.commit_edits()
            self.stack.setCurrentIndex(row)

    def _row_of(self, page_id: str) -> int | None:
        if not self.stack.count():
            return None
        return PAGE_IDS.index(page_id) if page_id in PAGE_IDS else None

    def _built_pages(self) -> list[Page]:
        return [self._built[row] for row in sorted(self._built)]

    def _page_at(self, row: int) -> Page | None:
        """The page in this row of the navigation, built now if it was not yet."""
        page = self._built.get(row)
        if page is None and self.session is not None and 0 <= row < self.stack.count():
            page = page_classes()[row](self.session, self)
            self._built[row] = page
            self.stack.widget(row).setWidget(page)  # the page's QScrollArea (_build_page_slots)
        elif page is not None:
            for topic in self._stale.pop(row, ()):
                page.refresh(topic)
        return page

    def _build_page_slots(self) -> None:
        """The navigation and an empty scroll area per page; the pages come when first needed."""
        for number, page_id in enumerate(PAGE_IDS, start=1):
            # A page scrolls rather than forcing its minimum size on the window (small screens,
            # large system fonts); it fills the window whenever there is room.
            scroll = QScrollArea()
            scroll.setObjectName(f"scroll_{page_id}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.stack.addWidget(scroll)
            title = shown_title(page_id)
            item = QListWidgetItem(title)
            item.setToolTip(f"{title} (Ctrl+{number})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.nav.addItem(item)
        width = max(self.nav.sizeHintForColumn(0), 120) + 2 * self.nav.frameWidth() + 24
        self.nav.setFixedWidth(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._build_rest_after_paint:
            # The window is on screen: build the other pages in the idle moments that follow,
            # one per turn of the event loop, so switching page later is instant.
            self._build_rest_after_paint = False
            QTimer.singleShot(0, self, self._build_next_page)

    def _build_next_page(self) -> None:
        if self.session is None:
            return
        row = next((r for r in range(self.stack.count()) if r not in self._built), None)
        if row is not None:
            self._page_at(row)
            QTimer.singleShot(0, self, self._build_next_page)

    # -- the open case --

    def set_session(self, session: CaseSession) -> None:
        """Show this case (replacing the open one, which is closed)."""
        from . import input_guard

        # The wheel and undo rules of the pages' fields, installed with the first case: as an
        # application-wide event filter it costs some 25 ms before a first paint (issue 22).
        input_guard.install()
        self._close_session()
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._on_changed)
        session.error.connect(self._on_error)
        if not self.stack.count():
            self._build_page_slots()
        self._stale.clear()  # every page shows the new case whole
        for page in self._built_pages():
            page.set_session(session)
        if not self._built:  # the first case of this window: the page shown when it last closed
            row = self._restored_page_row() if self.nav.currentRow() < 0 else self.nav.currentRow()
            self._page_at(row)
            self.stack.setCurrentIndex(row)
            self.nav.setCurrentRow(row)
        self._build_rest_after_paint = len(self._built) < self.stack.count()
        self.outer_stack.setCurrentWidget(self.workspace)
        self._update_case_state()

    def _close_session(self) -> None:
        old = self.session
        if old is None:
            return
        self.commit_edits()
        old.changed.disconnect(self._on_changed)
        old.error.disconnect(self._on_error)
        self.undo_group.removeStack(old.undo_stack)
        old.case.close()
        self.session = None
        old.deleteLater()

    def _update_case_state(self) -> None:
        session = self.session
        for action in self.case_actions:
            action.setEnabled(session is not None)
        protected = session is not None and session.case.protected
        writable = session is not None and not session.read_only
        self.protect_action.setEnabled(writable and not protected)
        self.change_passphrase_action.setEnabled(writable and protected)
        self.unprotect_action.setEnabled(writable and protected)
        if session is None:
            self.banner.show_reason("")
            self.setWindowTitle(APPLICATION)
            self.setWindowFilePath("")
            return
        case = session.case
        if session.read_only:
            self.banner.show_reason(self.tr(
                "Read-only: {reason}. You can read this case and export its memo, but not change it "
                "here. File > Save a Copy gives you a copy you can edit.").format(reason=case.read_only_reason))
        else:
            self.banner.show_reason("")
        suffix = self.tr(" (read-only)") if session.read_only else ""
        if case.protected:
            suffix += " \N{LOCK} " + self.tr("protected")
        self.setWindowFilePath(str(case.path))
        self.setWindowTitle(f"{case.meta().shown_title()} — {case.path.name}{suffix} — {APPLICATION}")

    @Slot(str)
    def _on_changed(self, topic: str) -> None:
        shown = self.stack.currentIndex()
        for row, page in sorted(self._built.items()):  # a page built later shows the case as it is then
            if row == shown:
                page.refresh(topic)
            elif topic not in (stale := self._stale.setdefault(row, [])):
                stale.append(topic)  # refreshed when shown (_page_at)
        from .session import META, REVISIONS

        if topic in (META, REVISIONS):
            if topic == META:  # the analyst named on the Overview page signs later edits
                self.session.case.editor = editor_name(self.session.case)
            self._update_case_state()

    @Slot(str, str)
    def _on_error(self, title: str, message: str) -> None:
        from . import dialogs

        dialogs.show_error(self, title, message)

    def _show_start(self) -> None:
        if self.start_panel is None:
            self.start_panel = self._build_start_panel()
            self.outer_stack.addWidget(self.start_panel)
        self._fill_recent_menu()
        self.outer_stack.setCurrentWidget(self.start_panel)
        self._update_case_state()

    # -- file commands --

    def open_case(self, path: str | os.PathLike, passphrase_given: bytearray | None = None) -> bool:
        """Open a case file in this window; a refusal is explained and the open case stays open.

        ``passphrase_given`` (from ``open --passphrase-file``) is tried first; a protected case
        without it asks for the passphrase."""
        from ..core.storage import CaseFile
        from . import dialogs, passphrase
        from .session import CaseSession

        path = Path(path)
        if self.session is not None and path.absolute() == self.session.case.path:
            return True  # already open here (opening it again would find our own lock)
        try:
            try:
                case = CaseFile.open(path, passphrase=passphrase_given)
            except PassphraseNeeded:
                case = passphrase.open_protected(self, path.absolute())
                if case is None:
                    return False  # cancelled: the file was not touched
        except ForeignSchema as exc:
            if dialogs.offer_clean_copy(self, exc.title, str(exc)):
                return self.write_clean_copy(path)
            return False
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return False
        if case.migration_backup is not None:
            dialogs.show_info(self, self.tr("Case upgraded"), self.tr(
                "{name} was made by an earlier version and has been upgraded. A copy of the file "
                "as it was is at {backup}; delete it when you no longer need it.").format(
                    name=case.path.name, backup=case.migration_backup))
        case.editor = editor_name(case)
        self.set_session(CaseSession(case))
        remember_recent(self.settings, case.path)
        self._fill_recent_menu()
        if case.read_only:
            self.statusBar().showMessage(self.tr("Opened {name} read-only.").format(name=case.path.name), 8000)
        else:
            self.statusBar().showMessage(self.tr("Opened {name}.").format(name=case.path.name), 5000)
        return True

    def _ask_save_path(self, caption: str, suggestion: str) -> Path | None:
        from ..core.filenames import case_file_path
        from . import dialogs

        folder = Path(recent_files(self.settings)[0]).parent if recent_files(self.settings) else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, caption, str(folder / suggestion), self._file_filter(), "", QFileDialog.Option.DontConfirmOverwrite
        )
        if not name:
            return None
        try:
            return case_file_path(name)  # .atrocase added, as on the command line
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return None

    def _file_filter(self) -> str:
        from ..core.storage import SUFFIX

        return self.tr(FILE_FILTER).format(suffix=SUFFIX)

    def new_case(self) -> bool:
        from ..core.models import CaseMeta
        from ..core.storage import SUFFIX, CaseFile
        from . import dialogs

        path = self._ask_save_path(self.tr("New case"), self.tr("New case") + SUFFIX)
        if path is None:
            return False
        try:
            case = CaseFile.create(path, CaseMeta(title=path.stem, evidence_version=self.evidence.version))
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return False
        case.close()
        if self.open_case(path):
            self.show_page("overview")
            return True
        return False

    def open_dialog(self) -> bool:
        folder = Path(recent_files(self.settings)[0]).parent if recent_files(self.settings) else Path.home()
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open case"), str(folder), self._file_filter())
        return self.open_case(name) if name else False

    def open_example(self) -> bool:
        from . import dialogs

        try:
            path = example_case_path()
        except (OSError, CaseFileError) as exc:
            dialogs.show_error(self, self.tr("The example case cannot be written"), str(exc))
            return False
        return self.open_case(path)

    def save_copy(self, history: bool = True) -> Path | None:
        if self.session is None:
            return None
        from ..core.storage import SUFFIX
        from . import dialogs

        self.commit_edits()
        case = self.session.case
        caption, name = ((self.tr("Save a copy of the case"), self.tr("copy")) if history
                         else (self.tr("Save a copy for sharing"), self.tr("for sharing")))
        target = self._ask_save_path(caption, f"{case.path.stem} ({name}){SUFFIX}")
        if target is None:
            return None
        if target.exists():
            dialogs.show_error(self, self.tr("File already exists"), self.tr(
                "{name} already exists. Choose another name; Atrocity Desk does not overwrite case files.").format(name=target.name))
            return None
        try:
            written = case.save_copy(target, history=history)
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return None
        remember_recent(self.settings, written)
        self._fill_recent_menu()
        if history:
            self.statusBar().showMessage(self.tr("Saved a complete copy to {path}.").format(path=written) + " " + self.tr(HISTORY_TRAVELS), 12000)
        else:
            self.statusBar().showMessage(self.tr("Saved a copy for sharing, without the edit history, to {path}.").format(path=written), 8000)
        return written

    def write_clean_copy(self, source: Path) -> bool:
        """Write the data of a refused case into a new file with Atrocity Desk's own schema, then
        open that copy. The refused file is not changed."""
        from ..core.storage import SUFFIX
        from ..core.storage.clean_copy import write_clean_copy
        from . import dialogs

        target = self._ask_save_path(self.tr("Save a clean copy of the case"), self.tr("{name} (clean)").format(name=source.stem) + SUFFIX)
        if target is None:
            return False
        try:
            written = write_clean_copy(source, target)
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            return False
        return self.open_case(written)

    def save_copy_for_sharing(self) -> Path | None:
        """A copy without the edit history: the earlier wording of edited fields stays here."""
        return self.save_copy(history=False)

    def export_memo(self) -> None:
        """Show the Memo page and start its export."""
        if self.session is None:
            return
        self.commit_edits()
        page = self.show_page("memo")
        export = getattr(page, "export", None)  # the Memo page asks where to write, then exports
        if callable(export):
            export()

    # -- passphrase protection --

    def protect_case(self) -> bool:
        from ..core.storage import protection
        from . import passphrase

        new = passphrase.ask_new_passphrase(
            self, self.tr("Protect with Passphrase"),
            self.tr("Choose a passphrase. Without it nobody, you included, can open this case again: "
                    "a forgotten passphrase cannot be recovered."))
        return new is not None and self._rewrite_protection(lambda path: protection.protect(path, new, None), new)

    def change_passphrase(self) -> bool:
        from ..core.storage import protection
        from . import passphrase

        old = passphrase.ask_passphrase(self, self.tr("Change Passphrase"), self.tr("Type the current passphrase."))
        if old is None or not self._is_case_passphrase(old):
            return False
        new = passphrase.ask_new_passphrase(self, self.tr("Change Passphrase"), self.tr("Choose the new passphrase."))
        if new is None:
            old[:] = bytes(len(old))
            return False
        try:
            return self._rewrite_protection(lambda path: protection.protect(path, new, old), new)
        finally:
            old[:] = bytes(len(old))

    def unprotect_case(self) -> bool:
        from ..core.storage import protection
        from . import passphrase

        answer = QMessageBox.question(
            self, self.tr("Remove Protection"),
            self.tr("Store this case without a passphrase? Anyone who gets the file can then read all of it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        old = passphrase.ask_passphrase(self, self.tr("Remove Protection"), self.tr("Type the passphrase of this case."))
        if old is None or not self._is_case_passphrase(old):
            return False
        return self._rewrite_protection(lambda path: protection.unprotect(path, old), None, old)

    def _is_case_passphrase(self, typed: bytearray) -> bool:
        """Checked against the open case first: a wrong passphrase leaves it open and untouched
        (the rewrite closes it, and reopening would ask for the passphrase again). Wipes a wrong one."""
        from . import dialogs

        if self.session.case.has_passphrase(typed):
            return True
        typed[:] = bytes(len(typed))
        dialogs.show_error(self, self.tr("Wrong passphrase"),
                           self.tr("That is not the passphrase of this case. Nothing was changed."))
        return False

    def _rewrite_protection(self, rewrite, reopen_with: bytearray | None, wipe_after: bytearray | None = None) -> bool:  # noqa: ANN001
        """Close the case, rewrite it, open it again (with its new passphrase, if any)."""
        from ..core.storage import CaseFile
        from . import dialogs
        from .session import CaseSession

        path = self.session.case.path
        self.commit_edits()
        self._close_session()
        try:
            result = rewrite(path)
            case = CaseFile.open(path, passphrase=reopen_with)
        except CaseFileError as exc:
            dialogs.show_error(self, exc.title, str(exc))
            self._show_start()
            self.open_case(path)  # as it is now: the old file, or the new one if only reopening failed
            return False
        finally:
            for secret in (reopen_with, wipe_after):
                if secret is not None:
                    secret[:] = bytes(len(secret))
        case.editor = editor_name(case)
        self.set_session(CaseSession(case))
        if result.protected:
            self._offer_backup_deletion(result.plaintext_backups)
        self.statusBar().showMessage(
            (self.tr("{name} is protected. Copies sent or saved before stay readable by anyone.")
             if result.protected else self.tr("{name} is no longer protected.")).format(name=path.name), 10000)
        return True

    def _offer_backup_deletion(self, backups: tuple[Path, ...]) -> None:
        if not backups:
            return
        names = "\n".join(b.name for b in backups)
        answer = QMessageBox.question(
            self, self.tr("Unprotected backups"),
            self.tr("These upgrade backups of the case are not protected and can be read by anyone:\n{names}\n\n"
                    "Delete them? Copies already sent or saved elsewhere stay readable.").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            from . import dialogs

            for backup in backups:
                try:
                    backup.unlink()
                except OSError as exc:
                    dialogs.show_error(self, self.tr("Backup not deleted"), self.tr("{name} could not be deleted ({reason}).").format(name=backup.name, reason=exc.strerror))

    def close_case(self) -> None:
        self._close_session()
        self._show_start()

    def show_opening(self, path: str | os.PathLike) -> None:
        """Start-up, before the first paint: the case's title (read with plain sqlite3) and the
        navigation, in its place and width, over the empty workspace; the case itself is opened
        after the paint (app.start_window) and fills the workspace, or the start panel comes back
        if it cannot be opened."""
        self._update_case_state()  # no case yet: the case's commands wait for it
        title = peek_title(path)
        named = f"{title} — {Path(path).name}" if title is not None else Path(path).name
        self.setWindowTitle(f"{named} — {APPLICATION}")
        if not self.stack.count():
            self._build_page_slots()
            self.nav.setCurrentRow(self._restored_page_row())  # no page yet: it is built with the case
        self.outer_stack.setCurrentWidget(self.workspace)

    def commit_edits(self) -> None:
        for row in sorted(self._built):
            # A page behind on the case (an undo made elsewhere) catches up first: committing it
            # stale would write its old text back over the undone edit.
            self._page_at(row).commit_edits()

    # -- help --

    def show_shortcuts(self) -> None:
        extra = [
            (self.tr("Pages"), self.tr("Move between the navigation and the page"), self.tr("Tab, Shift+Tab")),
            (self.tr("Lists and tables"), self.tr("Edit the selected row"), self.tr("Enter or F2")),
            (self.tr("Lists and tables"), self.tr("Delete the selected row"), self.tr("Delete")),
            (self.tr("Text fields"), self.tr("Save the text of a multi-line field"), self.tr("Ctrl+Enter or leave the field")),
            (self.tr("Objectives"), self.tr("Move the selected objective up or down"), self.tr("Ctrl+Up, Ctrl+Down")),
            (self.tr("Risk factors"), self.tr("Judge the selected indicator present, absent or unknown"), "P, A, U"),
            (self.tr("Situation"), self.tr("Choose another answer"), self.tr("Arrow keys in the answers")),
        ]
        from . import dialogs

        dialogs.ShortcutsDialog(dialogs.shortcut_rows(self.menus()), extra, self).exec()

    def show_evidence_about(self) -> None:
        from . import dialogs

        dialogs.EvidenceAboutDialog(self.evidence, self).exec()

    def show_about(self) -> None:
        from . import dialogs

        dialogs.show_about(self, self.evidence)

    @property
    def evidence(self) -> EvidenceBase:
        """The bundled evidence base in the window's language (loaded once, when first asked for)."""
        from ..core.language import current_language

        return current_language().evidence()

    # -- window state --

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _restored_page_row(self) -> int:
        page_id = self.settings.value("window/page", "")
        return PAGE_IDS.index(page_id) if page_id in PAGE_IDS else 0

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        page = self.current_page()
        if page is not None:
            self.settings.setValue("window/page", page.page_id)
        self.settings.sync()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._retry_writable()
        return super().event(event)

    def _retry_writable(self) -> None:
        """A case opened read-only because another window held it: once that window has let it go,
        open it again for editing (the page shown stays; a read-only case has no undo to lose)."""
        session = self.session
        if session is None or not session.read_only or session.case.protected:
            return  # a protected case would need its passphrase again: it stays read-only
        from ..core.storage import CaseFile
        from .session import CaseSession

        try:
            case = CaseFile.open(session.case.path)
        except CaseFileError:
            return  # it stays open read-only, as the banner says
        if case.read_only:
            case.close()
            return
        case.editor = editor_name(case)
        self.set_session(CaseSession(case))
        self.statusBar().showMessage(self.tr("{name} is no longer open elsewhere: you can edit it here.").format(name=case.path.name), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        self._close_session()
        super().closeEvent(event)
