"""Small widgets shared by the pages: text fields that commit when the planner leaves them,
headings in relative font sizes, badges that stay legible on light and dark palettes, and the
read-only banner. The item views (tables, delegates, wrapping trees) are in ui.item_views."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QSizePolicy, QWidget

# Badge colours (background, text). The only hard-coded colours of the interface: each pair has a
# contrast ratio above 4.5 whatever the window palette, so a badge reads the same in light and dark.
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "danger": ("#9b1c1c", "#ffffff"),
    "warning": ("#f2c94c", "#1a1a1a"),
    "ok": ("#1e6b3a", "#ffffff"),
    "neutral": ("#5f6368", "#ffffff"),
    "info": ("#1f4e8c", "#ffffff"),
}


def relative_font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> QFont:
    """The widget's font scaled from the system size, so headings follow the planner's setting."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(bold)
    return font


def heading(text: str, scale: float = 1.3, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # headings show case titles: never markup
    label.setFont(relative_font(label, scale, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


class WrappedLabel(QLabel):
    """A word-wrapped label exactly as tall as its text at its current width.

    A plain QLabel guesses its height for an arbitrary width, and tab widgets and stacks do not pass
    height-for-width on, so long help texts got a band of empty space around them."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._last_width = -1

    def _height(self) -> int:
        if not self.isVisible() or self.width() < 4 * self.fontMetrics().averageCharWidth():
            return super().sizeHint().height()  # not laid out yet: Qt's own guess
        return max(self.heightForWidth(self.width()), self.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().resizeEvent(event)
        if event.size().width() != self._last_width and self.isVisible():
            self._last_width = event.size().width()
            self.updateGeometry()

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        super().showEvent(event)
        self._last_width = self.width()
        self.updateGeometry()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()


def wrap_to_width(label: QLabel) -> QLabel:
    """Let a word-wrapped label take the height its text needs at the width it gets.

    Its plain size hint is for a narrow guess of its width (too tall), and a size policy set after
    ``setWordWrap`` loses the height-for-width flag that makes layouts ask for the real height."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    return label


def wrapped(text: str = "", parent: QWidget | None = None, selectable: bool = True) -> QLabel:
    """A paragraph of explanation: wraps, can be selected and copied."""
    label = WrappedLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def badge_style(kind: str) -> str:
    background, text = BADGE_COLOURS[kind]
    return f"background-color: {background}; color: {text}; border-radius: 3px; padding: 2px 6px;"


def badge_colours(kind: str) -> tuple[QColor, QColor]:
    background, text = BADGE_COLOURS[kind]
    return QColor(background), QColor(text)


class Banner(QLabel):
    """The bar at the top of the window that says the case is open read-only, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(badge_style("warning").replace("border-radius: 3px;", "") + " padding: 6px 10px;")
        self.setFont(relative_font(self, 1.0, bold=True))
        self.setAccessibleName(self.tr("Read-only notice"))
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.setText(reason)
        self.setAccessibleDescription(reason)
        self.setVisible(bool(reason))


class CommitPlainTextEdit(QPlainTextEdit):
    """Multi-line text that emits ``committed`` when the planner leaves the field (or presses
    Ctrl+Enter), like QLineEdit's editingFinished. Tab moves focus on; it does not type a tab."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._dirty = False
        self.textChanged.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self._dirty = True

    def set_text_quietly(self, text: str) -> None:
        """Show stored text without counting it as an edit; keeps the cursor if unchanged."""
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)
        self._dirty = False

    def keep_unsaved(self, text: str) -> None:
        """Put back text that could not be saved; it counts as an edit still to save."""
        self.set_text_quietly(text)
        self._dirty = True

    def commit(self) -> None:
        if self._dirty:
            self._dirty = False
            self.committed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)


class ReasonEdit(CommitPlainTextEdit):
    """A one-paragraph reason that wraps so it is read whole, and behaves like a line edit: Return
    commits it (``editingFinished``), ``text``/``setText`` read and write it."""

    editingFinished = Signal()

    def __init__(self, lines: int = 2, parent: QWidget | None = None, most: int = 4):
        super().__init__(parent)
        self._lines = (lines, most)
        self.committed.connect(self.editingFinished)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Grow with the wrapped text (up to ``most`` lines), so a reason is read whole.
        self.document().documentLayout().documentSizeChanged.connect(lambda size: self._fit(size.height()))
        self._fit(lines)

    def _fit(self, lines: float) -> None:
        least, most = self._lines
        shown = max(least, min(most, int(lines + 0.999)))  # the plain-text layout measures in lines
        margins = 2 * self.document().documentMargin() + 2 * self.frameWidth() + 6  # room so no line scrolls
        self.setFixedHeight(int(self.fontMetrics().lineSpacing() * shown + margins))

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name
        self.setPlainText(text)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - Qt signature
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # one paragraph: Return ends it
            self._dirty = True
            self.commit()
            return
        super().keyPressEvent(event)
