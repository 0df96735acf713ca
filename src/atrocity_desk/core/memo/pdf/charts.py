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
    label_width = min(235.0, width * 0.48)
    count_width = 62.0
    bar_left = label_width + 8
    bar_span = max(40.0, width - bar_left - count_width)
    most = max((s.total for s in summaries), default=1) or 1
    block = bar_span / most

    for index, summary in enumerate(summaries):
        y = height - (index + 1) * _ROW
        label = f"{summary.risk_factor.number}. {summary.risk_factor.title}"
        drawing.add(
            String(0, y + 4, fit_width(label, font_name, 7.5, label_width), fontName=font_name, fontSize=7.5, fillColor=TEXT)
        )
        blocks = ["present"] * summary.present + ["absent"] * summary.absent + ["unknown"] * summary.unknown
        for n, kind in enumerate(blocks):
            drawing.add(_block(bar_left + n * block, y + (_ROW - _BAR) / 2 - 1, block, kind))
        counts = translate("{present} of {total} present").format(present=summary.present, total=summary.total)
        drawing.add(
            String(
                bar_left + bar_span + 6, y + 4, counts,
                fontName=bold_font_name if summary.present else font_name, fontSize=7, fillColor=TEXT if summary.present else MUTED,
            )
        )
        if index:
            drawing.add(Line(0, y + _ROW, width, y + _ROW, strokeColor=colors.HexColor("#e3e6ea"), strokeWidth=0.4))

    _legend(drawing, 0, 6, font_name)
    return drawing


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
