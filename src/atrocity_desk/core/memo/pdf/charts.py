"""Charts drawn with reportlab graphics, shared by the memo (PDF) and the UI (renderSVG).

``risk_factor_chart`` draws one row per risk factor of the UN Framework of Analysis, one block per
indicator: present, absent, or unknown. Unknown blocks are drawn as unknown (outlined, pale), never
folded into "absent".
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...assessment import RiskFactorSummary
from ...vocabulary import translate
from .styles import INK as TEXT
from .styles import MUTED
from .text import fit_width

PRESENT = colors.HexColor("#b23a2e")
ABSENT = colors.HexColor("#8aa99a")
UNKNOWN_FILL = colors.HexColor("#f1f2f4")
UNKNOWN_EDGE = colors.HexColor("#9aa1ab")

_ROW = 12.0  # height of one risk-factor row
_BAR = 8.5  # height of the bar inside the row
_LEGEND = 22.0  # room for the legend under the rows
_GAP = 6.0  # between the labels and the bars, and between the bars and the counts
_MIN_BLOCK = 6.0  # the narrowest block still read at a glance


def risk_factor_chart(
    summaries: Sequence[RiskFactorSummary],
    width: float = 482.0,
    font_name: str | None = None,
    bold_font_name: str | None = None,
) -> Drawing:
    """A Drawing of the risk-factor summary: one row per risk factor, one block per indicator.

    ``font_name`` defaults to the memo's embedded Unicode font (registered on first use)."""
    if font_name is None or bold_font_name is None:
        from .styles import BOLD, REGULAR, register_fonts

        register_fonts()
        font_name, bold_font_name = font_name or REGULAR, bold_font_name or BOLD
    rows = len(summaries)
    height = rows * _ROW + _LEGEND + 4
    # The drawing's starting font: reportlab's default would name Helvetica, a font not embedded.
    drawing = Drawing(width, height, initialFontName=font_name)
    labels = [f"{s.risk_factor.number}. {s.risk_factor.title}" for s in summaries]
    counts = [translate("{present} of {total} present").format(present=s.present, total=s.total) for s in summaries]
    most = max((s.total for s in summaries), default=1) or 1
    label_width, bar_span, count_width = _columns(labels, counts, most, width, font_name, bold_font_name)
    bar_left = label_width + _GAP
    block = bar_span / most

    for index, summary in enumerate(summaries):
        y = height - (index + 1) * _ROW
        drawing.add(
            String(0, y + 4, fit_width(labels[index], font_name, 7.5, label_width), fontName=font_name, fontSize=7.5, fillColor=TEXT)
        )
        blocks = ["present"] * summary.present + ["absent"] * summary.absent + ["unknown"] * summary.unknown
        for n, kind in enumerate(blocks):
            drawing.add(_block(bar_left + n * block, y + (_ROW - _BAR) / 2 - 1, block, kind))
        drawing.add(
            String(
                width - count_width + _GAP, y + 4, counts[index],
                fontName=bold_font_name if summary.present else font_name, fontSize=7, fillColor=TEXT if summary.present else MUTED,
            )
        )
        if index:
            drawing.add(Line(0, y + _ROW, width, y + _ROW, strokeColor=colors.HexColor("#e3e6ea"), strokeWidth=0.4))

    _legend(drawing, 0, 6, font_name)
    return drawing


def _columns(labels: list[str], counts: list[str], most: int, width: float, font: str, bold: str) -> tuple[float, float, float]:
    """Label, bar and count widths sized to the language: the counts and the labels get the room
    their words take (French runs longer than English), the bars what is left but never less than
    ``_MIN_BLOCK`` a block; only a label longer than that leaves is shortened with an ellipsis."""
    count_width = max((stringWidth(c, bold, 7) for c in counts), default=0.0) + _GAP
    widest = max((stringWidth(label, font, 7.5) for label in labels), default=0.0)
    label_width = max(0.0, min(widest + 1, width - count_width - _GAP - most * _MIN_BLOCK))
    return label_width, width - count_width - _GAP - label_width, count_width


def _block(x: float, y: float, width: float, kind: str) -> Rect:
    if kind == "unknown":
        return Rect(x + 0.6, y + 0.3, width - 1.2, _BAR - 0.6, fillColor=UNKNOWN_FILL, strokeColor=UNKNOWN_EDGE, strokeWidth=0.5)
    fill = PRESENT if kind == "present" else ABSENT
    return Rect(x + 0.3, y, width - 0.6, _BAR, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6)


def _legend(drawing: Drawing, x: float, y: float, font_name: str) -> None:
    """From the left edge: the whole legend fits any width the memo uses (it never runs past the
    margin, as it did when it started under the bars)."""
    lead = translate("One block per indicator:")
    drawing.add(String(0, y + 1, lead, fontName=font_name, fontSize=7, fillColor=MUTED))
    x = stringWidth(lead, font_name, 7) + 10
    items = (
        ("present", translate("Indicator present")),
        ("absent", translate("Indicator absent")),
        ("unknown", translate("Unknown (not yet judged)")),
    )
    for kind, text in items:
        swatch = _block(x, y, 14, kind)
        swatch.height = 8
        drawing.add(swatch)
        drawing.add(String(x + 18, y + 1, text, fontName=font_name, fontSize=7, fillColor=MUTED))
        x += 18 + stringWidth(text, font_name, 7) + 16
