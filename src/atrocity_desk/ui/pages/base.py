"""The base of every page of the main window.

The contract between the main window and its pages:

- A page is constructed once per window as ``PageClass(session, window)``. ``self.session`` is the
  open ``CaseSession``; ``self.window_`` is the window, seen through ``PageHost``: the only calls a
  page makes on it (to send the planner elsewhere, or to say something in the status bar). A page
  never imports or calls another page; the window knows the pages.
- ``page_id`` is a stable id (also the screenshot name) and ``title`` the navigation label in
  English, both from ``pages.PAGE_TITLES`` (``shown_title()`` gives it in the window's language).
- The window calls ``refresh(topic)`` whenever ``session.changed(topic)`` fires, and
  ``refresh(None)`` after a different case (a new session) was put in ``self.session``. A page
  looks at the topic and updates only what shows it. Pages do not connect to the session's
  signals themselves: the window routes them, so a replaced session never reaches a stale page.
- ``commit_edits()`` writes any text still being typed (the window calls it before closing,
  switching case or exporting); pages with text fields committing on focus-out override it.
- Every edit goes through ``self.session`` (one undo entry each); pages never write the case.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from ..session import CaseSession
from . import shown_title


class PageHost(Protocol):
    """What a page may ask of the window it sits in."""

    def show_page(self, page_id: str) -> object: ...

    def go_to_factor(self, factor_id: str) -> None: ...

    def show_evidence(self, family_id: str, tool_id: str | None = None) -> None: ...

    def show_message(self, text: str, timeout_ms: int = 8000) -> None: ...

    def commit_edits(self) -> None: ...


class Page(QWidget):
    title: str = ""
    page_id: str = ""

    def __init__(self, session: CaseSession, window: PageHost):
        super().__init__(window)  # type: ignore[arg-type] - the host is the main window widget
        self.session = session
        self.window_: PageHost = window
        self.setObjectName(f"page_{self.page_id}")
        self.setAccessibleName(self.shown_title())

    @classmethod
    def shown_title(cls) -> str:
        """The navigation label in the window's language."""
        return shown_title(cls.page_id)

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
