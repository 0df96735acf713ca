"""The annex's sections other than the options: actors, the factor table, caveats, references.
Each builder reads a MemoContent and returns flowables; planner text goes through ``text.para``
(escaped, right-to-left runs shaped)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ...fit_words import method_note
from ...vocabulary import translate as _
from ...vocabulary import pack_lifted_words, pack_marker, pack_references_heading, pack_references_note, pack_source_words, unknown_word, word
from ..content import CENTRAL_THEMES, MemoContent
from .blocks import HeadingFactory, Paragraph, bullets, muted, not_recorded, section, table
from .styles import SHADE, TEXT_WIDTH, MemoStyles
from .text import para


def actors_tables(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    by_kind: dict[str, list] = {}
    for actor in content.actors:
        by_kind.setdefault(actor.kind, []).append(actor)
    perpetrators = by_kind.get("perpetrator", [])
    if perpetrators:
        rows = [[Paragraph(h, styles.cell_head) for h in (_("Actor"), _("Motive"), _("Means"), _("Opportunity"))]]
        for actor in perpetrators:
            who = [Paragraph(f"<b>{para(actor.name)}</b>", styles.cell)]
            if actor.actor_type:
                who.append(Paragraph(muted(_("{type} actor").format(type=word("actor_type", actor.actor_type))), styles.cell_small))
            if actor.notes.strip():
                who.append(Paragraph(para(actor.notes), styles.cell_small))
            rows.append([who] + [_cell(v, styles) for v in (actor.motive, actor.means, actor.opportunity)])
        width = (TEXT_WIDTH - 125) / 3
        body: list[Flowable] = [table(rows, (125, width, width, width))]
    else:
        body = [Paragraph(not_recorded(_("No actors recorded.")), styles.body)]
    out = section(_("Key actors who could attack civilians"), styles, body)
    sections = (
        ("group_at_risk", _("Civilian groups targeted or at risk"), _("No group recorded.")),
        ("protector", _("Actors who could protect or restrain"), _("None recorded.")),
        ("trigger", _("Accelerants and triggers to watch"), _("None recorded.")),
        ("resilience", _("Resilience factors"), _("None recorded.")),
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
    return Paragraph(para(text) or not_recorded(), styles.cell)


def factor_table(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    intro = [
        Paragraph(
            _("The conditions on which the research findings depend. {unknown} means not yet answered: it is never read as “no”.").format(
                unknown=muted(unknown_word())
            ),
            styles.small,
        ),
    ]
    rows = [[Paragraph(h, styles.cell_head) for h in (_("Factor"), _("Judgment"), _("Confidence"), _("Source and note"))]]
    extra = []
    for group in content.checklist.factor_groups:
        extra += [("SPAN", (0, len(rows)), (-1, len(rows))), ("BACKGROUND", (0, len(rows)), (-1, len(rows)), SHADE)]
        rows.append([Paragraph(f"<b>{para(group.title)}</b>", styles.cell_small), "", "", ""])
        for factor in group.factors:
            judgment = content.factors.get(factor.id)
            value = judgment.value if judgment else None
            answer = para(factor.value_label(value)) if value is not None else muted(unknown_word())
            confidence = word("confidence", judgment.confidence) if judgment and judgment.confidence else ""
            note = " — ".join(para(x) for x in ((judgment.source, judgment.note) if judgment else ()) if x.strip())
            rows.append(
                [
                    Paragraph(para(factor.label), styles.cell),
                    Paragraph(answer, styles.cell),
                    Paragraph(confidence or not_recorded(), styles.cell),
                    Paragraph(note, styles.cell_small),
                ]
            )
    return [*intro, table(rows, (130, 150, 72, TEXT_WIDTH - 352), extra=extra)]


def caveats(content: MemoContent, styles: MemoStyles, heading: HeadingFactory, title: str = "Caveats of the evidence", level: int = 0) -> list[Flowable]:
    themes = sorted(
        content.evidence.themes,
        key=lambda t: CENTRAL_THEMES.index(t.id) if t.id in CENTRAL_THEMES else len(CENTRAL_THEMES),
    )
    out: list[Flowable] = [
        *heading(title, level),
        Paragraph(
            _("The paper's cross-cutting themes qualify every finding in this memo. The first three carry its central caution."),
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


def references(content: MemoContent, styles: MemoStyles, heading: HeadingFactory, title: str = "References", level: int = 0) -> list[Flowable]:
    studies = content.references()
    out: list[Flowable] = [*heading(title, level), Paragraph(para(content.references_intro(len(studies))), styles.small)]
    for study in studies:
        text = f"<b>{para(study.authors)}</b> ({para(study.year)})"
        if study.note:
            text += f". {para(study.note)}"
        if study.discussed:
            text += " " + muted(para(study.discussed))
        out.append(Paragraph(text, styles.reference))
    return out + _pack_references(content, styles)


def _pack_references(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """The studies the analyst's evidence packs added: a list of their own, with titles, after the
    paper's; and each ceiling a pack was allowed to lift."""
    added = content.pack_studies()
    lifted = [Paragraph(para(pack_lifted_words(f.name, titles)), styles.small) for f, titles in content.lifted_ceilings()]
    if not added and not lifted:
        return []
    out: list[Flowable] = [Paragraph(f"<b>{para(pack_references_heading())}</b>", styles.body)]
    if added:
        out.append(Paragraph(para(pack_references_note(len(added))), styles.small))
    out += lifted
    for study, pack_title in added:
        text = f"<b>{para(pack_marker())} {para(study.authors)}</b> ({para(study.year)}). {para(study.title)}"
        text += " " + muted(para(pack_source_words(pack_title)))
        out.append(Paragraph(text, styles.reference))
    return out
