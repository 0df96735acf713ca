"""Two application-wide rules for keys and the mouse wheel, installed once on the application.

- The wheel over a drop-down or spin box that does not have focus scrolls the page around it; it
  never changes the value (the planner only meant to scroll, and each change is saved at once).
- Ctrl+Z / Ctrl+Shift+Z in a text field with nothing of its own to undo or redo reach the case's
  undo stack (Edit > Undo) instead of doing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class InputGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox)) and not watched.hasFocus():
            _scroll_around(watched, event)
            return True
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _field_has_nothing_to(watched, event):
            event.ignore()  # not the field's key: the window's Undo / Redo shortcut takes it
            return True
        return False


def _scroll_around(widget: QWidget, event: QEvent) -> None:
    """Give the wheel to the nearest scrolling area around the widget, as if it were not there."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QCoreApplication.sendEvent(parent.viewport(), event)


def _field_has_nothing_to(widget: QObject, event: QKeyEvent) -> bool:
    """True when the key is Undo (or Redo) and the text field has no undo (redo) of its own."""
    undo, redo = event.matches(QKeySequence.StandardKey.Undo), event.matches(QKeySequence.StandardKey.Redo)
    if not (undo or redo):
        return False
    if isinstance(widget, QLineEdit):
        return not (widget.isUndoAvailable() if undo else widget.isRedoAvailable())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        document = widget.document()
        return not (document.isUndoAvailable() if undo else document.isRedoAvailable())
    return False


_guard: InputGuard | None = None


def install() -> None:
    """Install the rules on the running application (once; later calls do nothing)."""
    global _guard
    app = QCoreApplication.instance()
    if _guard is None and app is not None:
        _guard = InputGuard(app)
        app.installEventFilter(_guard)
