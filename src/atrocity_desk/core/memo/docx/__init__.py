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

from ...language import join_list
from ...vocabulary import ETD_CRITERIA, not_recorded, phrase, translate, unknown_word, verdict_label, word
from ...vocabulary import translate as _
from ..content import MemoContent, long_date
from ..parts import DecisionBox, MemoBody, OptionSummary, memo_body, options_words
from . import annex
from .blocks import add_table, facts, heading, styled, text_or_not_recorded

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
        properties.subject = _("Decision memo — {country}").format(country=meta.country) if meta.country.strip() else _("Decision memo")
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
    footer_note = _("Revision {number} · evidence base {version}").format(number=content.revision.number, version=content.evidence.version)
    # "Page {page} of {total}" with Word's fields in place of the numbers, in the language's order.
    before, _page, rest = _("Page {page} of {total}").partition("{page}")
    between, _total, after = rest.partition("{total}")
    pages.add_run(f"{footer_note} · {before}")
    _field(pages, "PAGE")
    pages.add_run(between)
    _field(pages, "NUMPAGES")
    if after:
        pages.add_run(after)


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
    heading(document, _("Recommended options"), 1)
    if not memo.recommended:
        document.add_paragraph(_("No option is recommended in this assessment yet."))
    for summary in memo.recommended:
        _option(document, summary)
    _strategy(document, memo)
    _others(document, memo)
    _situation(document, content, memo)


def _first_page(document, content: MemoContent, box: DecisionBox) -> None:
    meta, revision = content.meta, content.revision
    document.add_paragraph(_("DECISION MEMO")).runs[0].bold = True
    heading(document, meta.title, 0)
    label = f" — {revision.label.strip()}" if revision.label.strip() else ""
    revision_of = _("Revision {number} of {count}").format(number=revision.number, count=content.revision_count)
    details = [long_date(revision.assessed_on), revision_of + label]
    details += [x for x in (meta.analyst.strip(), meta.country.strip()) if x]
    document.add_paragraph(" · ".join(details))
    heading(document, _("Decision"), 1)
    meeting = box.meeting + (f", {box.meeting_date}" if box.meeting_date else "")
    actions = "\n".join(
        f"{a.number}. {a.title} — "
        + _("Lead: {lead}. When: {timing}.").format(lead=text_or_not_recorded(a.lead), timing=text_or_not_recorded(a.timing))
        for a in box.actions
    ) or _("No option is recommended in this assessment yet.")
    risk = not_recorded()
    if box.biggest_risk is not None:
        source = _("named by the studies") if box.biggest_risk.by_studies else _("the analyst's judgment")
        risk = f"{box.biggest_risk.text} " + _("(option {n}, {source})").format(n=box.biggest_risk.number, source=source)
    bottom = box.bottom_line or not_recorded()
    if box.drafted:
        bottom += "\n\n" + phrase("draft_mark") + " " + _("by Atrocity Desk from the recorded options and the fit; not yet edited by the analyst.")
    facts(
        document,
        [
            (_("Situation now"), text_or_not_recorded(box.situation_now)),
            (_("Decision requested"), f"{text_or_not_recorded(box.decision_requested)}\n{_('For:')} {text_or_not_recorded(meeting)}"),
            (_("Recommended actions"), actions),
            (_("Biggest risk"), risk),
            (_("Bottom line"), bottom),
            (_("Caution"), box.caution),
        ],
    )


def _grid(document, memo: MemoBody) -> None:
    section = document.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    heading(document, _("Options side by side"), 1)
    document.add_paragraph(
        _(
            "The analyst's judgments for each option, numbered as in the window, with the evidence fit for this "
            "case; option 0 is doing nothing more. Read across: the grid adds nothing up, no option wins by count."
        )
    )
    header = [_("No."), _("Option"), _("Status"), _("Evidence fit")] + [word("etd_criterion", c, "short") for c in ETD_CRITERIA]
    rows = [
        [str(r.number), r.title, r.status or phrase("baseline_status"), verdict_label(r.verdict) if r.verdict else phrase("baseline_no_verdict")]
        + [word("etd_rating", rating, "short") for rating in r.ratings]
        for r in memo.grid
    ]
    add_table(document, header, rows)
    portrait = document.add_section()
    portrait.orientation = WD_ORIENT.PORTRAIT
    portrait.page_width, portrait.page_height = Mm(210), Mm(297)


def _option(document, summary: OptionSummary) -> None:
    heading(document, f"{summary.number}. {summary.title}", 2)
    fit = _("Evidence fit: {verdict}").format(verdict=verdict_label(summary.verdict)) if summary.verdict else ""
    document.add_paragraph(" · ".join(x for x in (fit, summary.what) if x))
    facts(document, [(f.label, text_or_not_recorded(f.text) + (f" ({f.aside})" if f.aside else "")) for f in summary.facts()])


def _strategy(document, memo: MemoBody) -> None:
    """As the PDF: run-in labels, each phase with its decision points as a list."""
    plan = memo.strategy
    heading(document, translate("The strategy"), 1)
    for phase in plan.phases:
        title = f"{word('phase_kind', phase.kind)} — {text_or_not_recorded(phase.title)}"
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        if phase.options:
            paragraph.add_run(" " + options_words(phase.options))
        for point in phase.points:
            item = styled(document, "", "ListBullet")
            if point.direction:
                item.add_run(f"{word('point_direction', point.direction)}: ").bold = True
            item.add_run(f"{text_or_not_recorded(point.event)} → {text_or_not_recorded(point.response)}")
    if not plan.phases:
        _run_in(document, translate("Phases"), not_recorded())
    _assumptions(document, plan)
    scenario = plan.most_dangerous
    dangerous = not_recorded()
    if scenario is not None:
        dangerous = f"{text_or_not_recorded(scenario.title)}. {translate('Warning signs:')} {text_or_not_recorded(scenario.warning_signs)}"
    _run_in(document, translate("Most dangerous scenario"), dangerous)
    triggers = join_list(f"{t.on_date}, {text_or_not_recorded(t.title)}" for t in plan.next_triggers) + "."
    _run_in(document, translate("Next dated triggers"), triggers if plan.next_triggers else phrase("no_next_trigger"))


def _assumptions(document, plan) -> None:
    if not plan.assumptions:
        _run_in(document, translate("Key assumptions"), not_recorded())
        return
    document.add_paragraph().add_run(translate("Key assumptions")).bold = True
    for assumption in plan.assumptions:
        item = styled(document, f"{text_or_not_recorded(assumption.text)} ", "ListBullet")
        item.add_run(translate("Wrong if:")).bold = True
        item.add_run(f" {text_or_not_recorded(assumption.disproved_by)}")


def _run_in(document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(translate("{label}:").format(label=label) + " ").bold = True
    paragraph.add_run(text)


def _others(document, memo: MemoBody) -> None:
    heading(document, _("The other options"), 1)
    if not memo.others:
        document.add_paragraph(_("No other option is recorded."))
        return
    rows = [
        [str(o.number), o.title, o.status, verdict_label(o.verdict) if o.verdict else phrase("baseline_no_verdict"), text_or_not_recorded(o.reason)]
        for o in memo.others
    ]
    add_table(document, [_("No."), _("Option"), _("Status"), _("Evidence fit"), _("Reason")], rows)


def _situation(document, content: MemoContent, memo: MemoBody) -> None:
    facts_ = memo.situation
    heading(document, _("The situation"), 1)

    def names(items: list[str]) -> str:
        return join_list(items) or not_recorded()

    facts(
        document,
        [
            (_("Who attacks civilians"), names(facts_.perpetrators)),
            (_("Groups at risk"), names(facts_.groups_at_risk)),
            (_("Triggers to watch"), names(facts_.triggers)),
            (_("Who could protect"), names(facts_.protectors)),
        ],
    )
    document.add_paragraph(f"{_('Risk factors (UN Framework of Analysis, 2014).')} {facts_.overall}")
    rows = [
        [f"{s.risk_factor.number}. {s.risk_factor.title}", str(s.present), str(s.absent), str(s.unknown)]
        for s in content.summaries
    ]
    add_table(document, [_("Risk factor"), _("Indicators present"), word("indicator_value", "absent"), unknown_word()], rows)
