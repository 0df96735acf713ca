"""The one badge: a word on a coloured background (a verdict, a decision status, or a short
reading such as "Indicators present"), legible on light and dark palettes.

The word carries the meaning; the colour only helps the eye find it. Verdict and status words and
colours come from the vocabulary, so window and memo agree; each pair keeps a WCAG contrast of at
least 4.5:1 on the palette in use.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QIcon, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..core.vocabulary import colours, status_label, verdict_label, verdict_meaning
from .widgets import badge_colours

_PAD_X, _PAD_Y = 8, 2


def palette_is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def verdict_colours(verdict: str, dark: bool) -> tuple[QColor, QColor]:
    """(background, text) of a verdict badge."""
    background, text = colours("verdict", verdict, dark)
    return QColor(background), QColor(text)


def status_colours(status: str, dark: bool) -> tuple[QColor, QColor]:
    """(background, text) of a decision-status badge."""
    background, text = colours("status", status, dark)
    return QColor(background), QColor(text)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_ICONS: dict[tuple[str, bool], QIcon] = {}


def verdict_icon(verdict: str, dark: bool | None = None) -> QIcon:
    """A small swatch of the verdict colour, for lists and trees (the text beside it says the verdict).

    Made once per verdict and palette: item views ask for it on every paint and size hint."""
    dark = palette_is_dark() if dark is None else dark
    icon = _ICONS.get((verdict, dark))
    if icon is None:
        icon = _ICONS[(verdict, dark)] = _swatch(verdict, dark)
    return icon


def _swatch(verdict: str, dark: bool) -> QIcon:
    background, text = verdict_colours(verdict, dark)
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(text, 1.2))
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3)
    painter.end()
    return QIcon(pixmap)


class Badge(QLabel):
    """A verdict, a status, or a short reading shown as a word on a coloured background.

    ``kind`` is "verdict", "status", or for a reading one of widgets.BADGE_COLOURS ("danger", "ok"…)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = "verdict"
        self._value = "not_reviewed"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_verdict("not_reviewed")

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def value(self) -> str:
        return self._value

    def set_verdict(self, verdict: str) -> None:
        self._kind, self._value = "verdict", verdict
        self.setText(verdict_label(verdict))
        self.setToolTip(verdict_meaning(verdict))
        self.setAccessibleName(self.tr("Evidence verdict: {verdict}").format(verdict=verdict_label(verdict)))
        self._restyle()

    def set_status(self, status: str) -> None:
        self._kind, self._value = "status", status
        self.setText(status_label(status))
        self.setToolTip("")
        self.setAccessibleName(self.tr("Status: {status}").format(status=status_label(status)))
        self._restyle()

    def set_badge(self, text: str, kind: str) -> None:
        """A short reading (e.g. "Indicators present") in the colours of ``kind``."""
        self._kind, self._value = kind, text
        self.setText(text)
        self.setToolTip("")
        self.setAccessibleName(text)
        self._restyle()

    def colours(self) -> tuple[QColor, QColor]:
        """(background, text) as currently painted."""
        dark = palette_is_dark(self.palette())
        if self._kind == "status":
            return status_colours(self._value, dark)
        if self._kind == "verdict":
            return verdict_colours(self._value, dark)
        return badge_colours(self._kind)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._bold_font())
        return QSize(metrics.horizontalAdvance(self.text()) + 2 * _PAD_X + 2, metrics.height() + 2 * _PAD_Y + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        background, text = self.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = self.sizeHint()
        rect = QRectF(0.5, 0.5, min(size.width(), self.width()) - 1, min(size.height(), self.height()) - 1)
        painter.setPen(QPen(text, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setFont(self._bold_font())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _restyle(self) -> None:
        self.updateGeometry()
        self.update()
