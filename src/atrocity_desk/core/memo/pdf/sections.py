"""The memo's sections other than the options: title block, bottom line, situation, aim, caveats,
references. Each builder reads a MemoContent and returns flowables; planner text goes through
``text.para`` (escaped, right-to-left runs shaped)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from ...assessment import overall_risk
from .charts import risk_factor_chart
from .blocks import HeadingFactory, Paragraph, boxed, bullets, facts, grey, muted, not_recorded, rich_text, section, subheading, table
from ...fit_words import citations_text, method_note
from ...vocabulary import PACK_MARKER, PACK_REFERENCES_HEADING, pack_lifted_words, pack_references_note, pack_source_words, status_label, word
from ..content import MemoContent, long_date
from .styles import SHADE, TEXT_WIDTH, MemoStyles
from .text import para

# The three themes that carry the paper's central caution come first among the caveats.
CENTRAL_THEMES = ("tool_serves_strategy", "correlational_evidence", "only_visible_counted")



def title_block(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    meta, revision = content.meta, content.revision
    statuses = ", ".join(status_label(s) for s in content.settings.statuses) or "None"
    revision_text = f"{revision.number} of {content.revision_count}"
    if revision.label:
        revision_text += f" — {revision.label}"
    if revision.created_by:
        revision_text += f" (by {revision.created_by})"
    rows = [
        ("Country or region", para(meta.country) or not_recorded()),
        ("Date of assessment", para(long_date(revision.assessed_on))),
        ("Analyst", para(meta.analyst) or not_recorded()),
        ("Revision", para(revision_text)),
        ("Evidence base", para(f"Version {content.evidence.version} — {content.evidence.source}")),
        ("Options covered", para(statuses)),
    ]
    return [
        Paragraph("OPTIONS MEMO", styles.kicker),
        Paragraph(para(meta.title), styles.title),
        facts([(label, Paragraph(value, styles.cell)) for label, value in rows], styles, TEXT_WIDTH),
        Spacer(1, 10),
    ]


def bottom_line(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    inner = rich_text(content.bottom_line, styles, styles.lead, empty="No bottom line yet.")
    out: list[Flowable] = [*heading("Bottom line up front", 0), boxed(inner, TEXT_WIDTH, background=SHADE)]
    if content.bottom_line_drafted:
        out.append(Spacer(1, 3))
        out.append(
            Paragraph(
                "Drafted by Atrocity Desk from the options recorded in this assessment and the evidence fit; "
                "the analyst has not edited it. Edit the bottom line in the case to replace it.",
                styles.small,
            )
        )
    return out


# --- situation --------------------------------------------------------------------------------


def situation(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [*heading("Situation", 0)]
    out += rich_text(content.meta.narrative, styles, empty="No situation summary recorded.")
    revision = content.revision
    if revision.risk_estimate.strip():
        detail = ", ".join(para(x) for x in (revision.risk_estimate_source, long_date(revision.risk_estimate_date)) if x.strip())
        text = f"<b>Outside statistical estimate:</b> {para(revision.risk_estimate)}"
        if detail:
            text += f" ({detail})"
        out.append(Paragraph(text + ". " + muted("A structural forecast; it does not replace the judgments below."), styles.body))
    out += _actors(content, styles)
    out += _factors(content, styles)
    out += _risk_factors(content, styles)
    out += _context(content, styles)
    return out


def _actors(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    by_kind: dict[str, list] = {}
    for actor in content.actors:
        by_kind.setdefault(actor.kind, []).append(actor)
    perpetrators = by_kind.get("perpetrator", [])
    if perpetrators:
        rows = [[Paragraph(h, styles.cell_head) for h in ("Actor", "Motive", "Means", "Opportunity")]]
        for actor in perpetrators:
            who = [Paragraph(f"<b>{para(actor.name)}</b>", styles.cell)]
            if actor.actor_type:
                who.append(Paragraph(muted(word("actor_type", actor.actor_type) + " actor"), styles.cell_small))
            if actor.notes.strip():
                who.append(Paragraph(para(actor.notes), styles.cell_small))
            rows.append([who] + [_cell(v, styles) for v in (actor.motive, actor.means, actor.opportunity)])
        width = (TEXT_WIDTH - 125) / 3
        body: list[Flowable] = [table(rows, (125, width, width, width))]
    else:
        body = [Paragraph(not_recorded("No actors recorded."), styles.body)]
    out = section("Key actors who could attack civilians", styles, body)
    sections = (
        ("group_at_risk", "Civilian groups targeted or at risk", "No group recorded."),
        ("protector", "Actors who could protect or restrain", "None recorded."),
        ("trigger", "Accelerants and triggers to watch", "None recorded."),
        ("resilience", "Resilience factors", "None recorded."),
    )
    for kind, title, empty in sections:
        items = []
        for actor in by_kind.get(kind, []):
            text = f"<b>{para(actor.name)}</b>"
            if actor.actor_type:
                text += " " + muted(f"({word('actor_type', actor.actor_type)})")
            if actor.notes.strip():
                text += f" — {para(actor.notes)}"
            items.append(text)
        body = bullets(items, styles) if items else [Paragraph(not_recorded(empty), styles.body)]
        out += section(title, styles, body)
    return out


def _cell(text: str, styles: MemoStyles) -> Paragraph:
    return Paragraph(para(text) or not_recorded("—"), styles.cell)


def _factors(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    intro = [
        Paragraph(
            "The conditions on which the research findings depend. " + muted("Unknown") + " means not yet "
            "answered: it is never read as “no”.",
            styles.small,
        ),
    ]
    rows = [[Paragraph(h, styles.cell_head) for h in ("Factor", "Judgment", "Confidence", "Source and note")]]
    extra = []
    for group in content.checklist.factor_groups:
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)]
        rows.append([Paragraph(f"<b>{para(group.title)}</b>", styles.cell_small), "", "", ""])
        for factor in group.factors:
            judgment = content.factors.get(factor.id)
            value = judgment.value if judgment else None
            answer = para(factor.value_label(value)) if value is not None else muted("Unknown")
            confidence = word("confidence", judgment.confidence) if judgment and judgment.confidence else ""
            note = " — ".join(para(x) for x in ((judgment.source, judgment.note) if judgment else ()) if x.strip())
            rows.append(
                [
                    Paragraph(para(factor.label), styles.cell),
                    Paragraph(answer, styles.cell),
                    Paragraph(confidence or muted("—"), styles.cell),
                    Paragraph(note, styles.cell_small),
                ]
            )
    return section("Key factors", styles, [*intro, table(rows, (130, 150, 58, TEXT_WIDTH - 338), extra=extra)])


def _risk_factors(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    summaries = content.summaries
    chart = risk_factor_chart(summaries, width=TEXT_WIDTH)
    chart.hAlign = "LEFT"
    # The heading, the overall reading and the chart stay on one page.
    out: list[Flowable] = [
        KeepTogether(
            [
                *subheading("Risk factors (UN Framework of Analysis for Atrocity Crimes, 2014)", styles),
                Paragraph(para(overall_risk(summaries).sentence()), styles.body),
                chart,
            ]
        ),
        Spacer(1, 6),
    ]
    present = []
    for summary in summaries:
        for indicator in summary.risk_factor.indicators:
            judgment = content.indicators.get(indicator.id)
            if judgment is not None and judgment.value == "present":
                text = f"<b>{indicator.number_label}</b> {para(indicator.text)}"
                if judgment.note.strip():
                    text += " — " + grey(para(judgment.note))
                present.append(text)
    if present:
        out += section("Indicators judged present", styles, bullets(present, styles))
    unassessed = [s for s in summaries if s.level == "not_assessed"]
    if unassessed:
        names = "; ".join(f"{s.risk_factor.number}. {para(s.risk_factor.title)}" for s in unassessed)
        out.append(Paragraph(f"<b>Not yet assessed:</b> {names}.", styles.body))
    return out


def _context(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    reasons = content.context_reasons()
    if not reasons:
        return []
    items = [
        (f"<b>{para(content.pack_marker(reason))}</b> " if content.pack_marker(reason) else "")
        + f"{para(reason.statement)} {muted('(' + para(citations_text(reason)) + ')')}"
        for reason in reasons
    ]
    intro = Paragraph("Cross-cutting findings of the reviewed studies whose conditions this case meets.", styles.small)
    return section("What research says about situations like this", styles, [intro, *bullets(items, styles)])


# --- aim --------------------------------------------------------------------------------------


def aim(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = heading("Desired end state and objectives", 0)
    out += section("Desired end state", styles, rich_text(content.revision.end_state, styles, empty="No end state recorded yet."))
    if not content.objectives:
        body = [Paragraph(not_recorded("No objectives recorded yet."), styles.body)]
        return out + section("Objectives the options must serve", styles, body)
    numbers = {d.id: n for n, d in content.numbered_options()}
    body = []
    for index, objective in enumerate(content.objectives, start=1):
        serving = sorted(numbers[d.id] for d in content.decisions if d.id in numbers and objective.id in d.objectives)
        text = para(objective.text)
        if serving:
            text += "<br/>" + muted("Served by option" + ("s " if len(serving) > 1 else " ") + ", ".join(map(str, serving)))
        body.append(Paragraph(text, styles.bullet, bulletText=f"{index}."))
    return out + section("Objectives the options must serve", styles, body)


# --- caveats and references -------------------------------------------------------------------


def caveats(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    themes = sorted(
        content.evidence.themes,
        key=lambda t: CENTRAL_THEMES.index(t.id) if t.id in CENTRAL_THEMES else len(CENTRAL_THEMES),
    )
    out: list[Flowable] = [
        *heading("Caveats of the evidence", 0),
        Paragraph(
            "The paper's cross-cutting themes qualify every finding in this memo. The first three carry its "
            "central caution.",
            styles.body,
        ),
    ]
    for theme in themes:
        text = f"<b>{para(theme.title)}.</b> {para(theme.summary)}"
        cited = content.citation_text(list(theme.studies))
        if cited:
            text += " " + muted(f"({para(cited)})")
        out.append(Paragraph(text, styles.body))
    out.append(Paragraph(para(method_note()), styles.note))
    return out


def references(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    studies = content.cited_studies()
    out: list[Flowable] = [
        *heading("References", 0),
        Paragraph(
            para(
                f"The {len(studies)} studies cited in this memo, as cited in {content.evidence.source.rstrip('. ')}; "
                "the paper's reference list gives full bibliographic details."
            ),
            styles.small,
        ),
    ]
    for study in studies:
        text = f"<b>{para(study.authors)}</b> ({para(study.year)})"
        if study.note.strip():
            note = " ".join(study.note.split())
            text += f". {para(note[:1].upper() + note[1:])}"
        out.append(Paragraph(text, styles.reference))
    return out + _pack_references(content, styles)


def _pack_references(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """The studies the analyst's evidence packs added: a list of their own, with titles, after the
    paper's; and each ceiling a pack was allowed to lift."""
    added = content.pack_studies()
    lifted = [Paragraph(para(pack_lifted_words(f.name, titles)), styles.small) for f, titles in content.lifted_ceilings()]
    if not added and not lifted:
        return []
    out: list[Flowable] = [Paragraph(f"<b>{para(PACK_REFERENCES_HEADING)}</b>", styles.body)]
    if added:
        out.append(Paragraph(para(pack_references_note(len(added))), styles.small))
    out += lifted
    for study, pack_title in added:
        text = f"<b>{para(PACK_MARKER)} {para(study.authors)}</b> ({para(study.year)}). {para(study.title)}"
        text += " " + muted(para(pack_source_words(pack_title)))
        out.append(Paragraph(text, styles.reference))
    return out
