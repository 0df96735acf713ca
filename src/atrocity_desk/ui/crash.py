"""What the window does with an error nobody caught, and what it tidies at start.

An uncaught exception's message and traceback may quote case content (a value, a name); the hook
logs only the exception's type and where it happened (file, line, function — code, never data)
and tells the planner, plainly, that the last action may not have finished and that every
earlier edit is saved.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for translation; ``show`` receives them translated (the hook runs in the window's language).
CRASH_TITLE = QT_TRANSLATE_NOOP("crash", "Something went wrong")
CRASH_MESSAGE = QT_TRANSLATE_NOOP(
    "crash",
    "Atrocity Desk met an error it did not expect, so your last action may not have finished. "
    "Every edit made before it is saved in the case file. If it happens again, please report what "
    "you were doing (the error details were written to the program's log, without any case content)."
)


def content_free_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The exception's type and the code locations it passed through; no message, no values."""
    import traceback  # when reporting, not at start-up

    frames = traceback.extract_tb(tb)
    places = "; ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[-8:])
    return f"Unexpected error {kind.__module__}.{kind.__qualname__} at {places or 'an unknown place'}"


def install_excepthook(show: Callable[[str, str], None], log: Callable[[str], None] | None = None) -> None:
    """Route uncaught exceptions to ``show(title, message)``, logging only ``content_free_report``."""
    log = log or (lambda line: print(line, file=sys.stderr))

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log(content_free_report(kind, tb))
        show(QCoreApplication.translate("crash", CRASH_TITLE), QCoreApplication.translate("crash", CRASH_MESSAGE))

    sys.excepthook = hook


def clear_stale_files(folders: Iterable[Path]) -> None:
    """Remove temporary files an earlier crash left in the app's folders and beside recent cases."""
    from ..core.storage.atomic import clear_stale_temporary_files  # after the first paint (issue 22)

    for folder in {Path(f) for f in folders}:
        clear_stale_temporary_files(folder)
