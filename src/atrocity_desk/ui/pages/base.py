"""The base of every page of the main window.

The contract between the main window and its pages:

- A page is constructed once per window as ``PageClass(session, window)``. ``self.session`` is the
  open ``CaseSession``; ``self.window_`` is the ``MainWindow`` (use its ``show_page``,
  ``go_to_factor``... to send the planner elsewhere; never call another page directly).
- ``title`` is the navigation label; ``page_id`` a stable id (also the screenshot name).
- The window calls ``refresh(topic)`` whenever ``session.changed(topic)`` fires, and
  ``refresh(None)`` after a different case (a new session) was put in ``self.session``. A page
  looks at the topic and updates only what shows it. Pages do not connect to the session's
  signals themselves: the window routes them, so a replaced session never reaches a stale page.
- ``commit_edits()`` writes any text still being typed (the window calls it before closing,
  switching case or exporting); pages with text fields committing on focus-out override it.
- Every edit goes through ``self.session`` (one undo entry each); pages never write the case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..session import CaseSession

if TYPE_CHECKING:
    from ..main_window import MainWindow


class Page(QWidget):
    title: str = ""
    page_id: str = ""

    def __init__(self, session: CaseSession, window: MainWindow):
        super().__init__(window)
        self.session = session
        self.window_ = window
        self.setObjectName(f"page_{self.page_id}")
        self.setAccessibleName(self.title)

    def set_session(self, session: CaseSession) -> None:
        """A different case is open: show it."""
        self.session = session
        self.refresh(None)

    def refresh(self, topic: str | None = None) -> None:
        """Show the case again; ``topic`` is what changed (None: everything)."""

    def commit_edits(self) -> None:
        """Write text the planner is still typing (default: nothing pending)."""

    @property
    def read_only(self) -> bool:
        return self.session.read_only
