"""The memo as a Word document (python-docx): the same parts in the same order as the PDF, from the
same content (``..parts`` for the body, ``..content`` for the annex).

A ministry restyles the memo in its own template, so everything is what Word itself knows: real
Heading 1-3 styles (the navigation pane and a table of contents work), real tables with a header
row repeated on each page and rows that do not break across pages, and the marking in the page
header and footer with "Page N of M" fields. The document's properties come from the case and its
dates are the assessment date, so the same case gives the same document.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ...vocabulary import ETD_CRITERIA, not_recorded, phrase, verdict_label, word
from ..content import MemoContent, long_date
from ..parts import DecisionBox, MemoBody, OptionSummary, memo_body
from . import annex
from .blocks import add_table, facts, heading, text_or_not_recorded

MARKING_RED = RGBColor(0x9B, 0x1C, 0x1C)


def render_docx(content: MemoContent, report: Callable[[int, str], None] | None = None, metadata: bool = True) -> bytes:
    """The memo as .docx bytes: the body, then the annex unless the settings leave it out. Without
    ``metadata`` the document properties hold nothing from the case (a protected case's memo)."""
    report = report or (lambda percent, message: None)
    document = Document()
    _set_up(document, content, metadata)
    report(20, "Writing the body")
    write_body(document, content, memo_body(content))
    if content.settings.annex:
        report(60, "Writing the annex")
        annex.write_annex(document, content)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- the document: properties, page, header and footer ----------------------------------------


def _set_up(document, content: MemoContent, metadata: bool = True) -> None:
    meta, revision = content.meta, content.revision
    properties = document.core_properties
    if metadata:
        properties.title = meta.title
        properties.author = meta.analyst
        properties.subject = f"Decision memo — {meta.country}" if meta.country.strip() else "Decision memo"
        properties.last_modified_by = meta.analyst
        properties.revision = revision.number
        stamp = _assessment_time(revision.assessed_on)
    else:
        properties.title = properties.author = properties.subject = properties.last_modified_by = ""
        stamp = _assessment_time("2000-01-01")  # python-docx's template date would say when it was made
    properties.created = properties.modified = stamp
    properties.comments = ""
    properties.keywords = ""
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(24), Mm(22)
    _decorate(section, content)


def _assessment_time(iso: str) -> datetime:
    try:
        day = datetime.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        day = datetime(2000, 1, 1)
    return day.replace(tzinfo=timezone.utc)


def _decorate(section, content: MemoContent) -> None:
    """Marking top and bottom, DRAFT while the bottom line is drafted, and "Page N of M"."""
    marking = content.settings.marking.strip()
    for line in (section.header.paragraphs[0], section.footer.paragraphs[0]):
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if content.bottom_line_drafted:
            _red(line.add_run(phrase("draft_mark") + "    "))
        if marking:
            _red(line.add_run(marking))
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pages.add_run(f"Revision {content.revision.number} · evidence base {content.evidence.version} · Page ")
    _field(pages, "PAGE")
    pages.add_run(" of ")
    _field(pages, "NUMPAGES")


def _red(run) -> None:
    run.bold = True
    run.font.color.rgb = MARKING_RED


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)


# --- the body -----------------------------------------------------------------------------------


def write_body(document, content: MemoContent, memo: MemoBody) -> None:
    _first_page(document, content, memo.box)
    _grid(document, memo)
    heading(document, "Recommended options", 1)
    if not memo.recommended:
        document.add_paragraph("No option is recommended in this assessment yet.")
    for summary in memo.recommended:
        _option(document, summary)
    _strategy(document, memo)
    _others(document, memo)
    _situation(document, content, memo)


def _first_page(document, content: MemoContent, box: DecisionBox) -> None:
    meta, revision = content.meta, content.revision
    document.add_paragraph("DECISION MEMO").runs[0].bold = True
    heading(document, meta.title, 0)
    label = f" — {revision.label.strip()}" if revision.label.strip() else ""
    details = [long_date(revision.assessed_on), f"Revision {revision.number} of {content.revision_count}{label}"]
    details += [x for x in (meta.analyst.strip(), meta.country.strip()) if x]
    document.add_paragraph(" · ".join(details))
    heading(document, "Decision", 1)
    meeting = box.meeting + (f", {box.meeting_date}" if box.meeting_date else "")
    actions = "\n".join(
        f"{a.number}. {a.title} — Lead: {text_or_not_recorded(a.lead)}. When: {text_or_not_recorded(a.timing)}."
        for a in box.actions
    ) or "No option is recommended in this assessment yet."
    risk = not_recorded()
    if box.biggest_risk is not None:
        source = "named by the studies" if box.biggest_risk.by_studies else "the analyst's judgment"
        risk = f"{box.biggest_risk.text} (option {box.biggest_risk.number}, {source})"
    bottom = box.bottom_line or not_recorded()
    if box.drafted:
        bottom += "\n\nDRAFT by Atrocity Desk from the recorded options and the fit; not yet edited by the analyst."
    facts(
        document,
        [
            ("Situation now", text_or_not_recorded(box.situation_now)),
            ("Decision requested", f"{text_or_not_recorded(box.decision_requested)}\nFor: {text_or_not_recorded(meeting)}"),
            ("Recommended actions", actions),
            ("Biggest risk", risk),
            ("Bottom line", bottom),
            ("Caution", box.caution),
        ],
    )


def _grid(document, memo: MemoBody) -> None:
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    heading(document, "Options side by side", 1)
    document.add_paragraph(
        "The analyst's judgments for each option, numbered as in the window, with the evidence fit for this case; "
        "option 0 is doing nothing more. Read across: the grid adds nothing up, no option wins by count."
    )
    header = ["No.", "Option", "Status", "Evidence fit"] + [word("etd_criterion", c, "short") for c in ETD_CRITERIA]
    rows = [
        [str(r.number), r.title, r.status or "Baseline", verdict_label(r.verdict) if r.verdict else "—"]
        + [word("etd_rating", rating, "short") for rating in r.ratings]
        for r in memo.grid
    ]
    add_table(document, header, rows)
    portrait = document.add_section()
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Mm(210), Mm(297)


def _option(document, summary: OptionSummary) -> None:
    heading(document, f"{summary.number}. {summary.title}", 2)
    fit = f"Evidence fit: {verdict_label(summary.verdict)}" if summary.verdict else ""
    document.add_paragraph(" · ".join(x for x in (fit, summary.what) if x))
    facts(document, [(f.label, text_or_not_recorded(f.text) + (f" ({f.aside})" if f.aside else "")) for f in summary.facts()])


def _strategy(document, memo: MemoBody) -> None:
    plan = memo.strategy
    heading(document, "The strategy", 1)
    facts(document, [(label, text_or_not_recorded(text)) for label, text in plan.rows()])


def _others(document, memo: MemoBody) -> None:
    heading(document, "The other options", 1)
    if not memo.others:
        document.add_paragraph("No other option is recorded.")
        return
    rows = [
        [str(o.number), o.title, o.status, verdict_label(o.verdict) if o.verdict else "—", text_or_not_recorded(o.reason)]
        for o in memo.others
    ]
    add_table(document, ["No.", "Option", "Status", "Evidence fit", "Reason"], rows)


def _situation(document, content: MemoContent, memo: MemoBody) -> None:
    facts_ = memo.situation
    heading(document, "The situation", 1)

    def names(items: list[str]) -> str:
        return "; ".join(items) or not_recorded()

    facts(
        document,
        [
            ("Who attacks civilians", names(facts_.perpetrators)),
            ("Groups at risk", names(facts_.groups_at_risk)),
            ("Triggers to watch", names(facts_.triggers)),
            ("Who could protect", names(facts_.protectors)),
        ],
    )
    document.add_paragraph(f"Risk factors (UN Framework of Analysis, 2014). {facts_.overall}")
    rows = [
        [f"{s.risk_factor.number}. {s.risk_factor.title}", str(s.present), str(s.absent), str(s.unknown)]
        for s in content.summaries
    ]
    add_table(document, ["Risk factor", "Indicators present", "Absent", "Unknown"], rows)
