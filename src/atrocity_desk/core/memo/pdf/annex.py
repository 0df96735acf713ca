"""The annex (SPEC §7), after the body and titled as such: the full factor table, the situation as
recorded with what research says about situations like this, the risk-factor indicators, the
findings per option read against this case, the full evidence-to-decision tables, the strategy in
full, the caveats of the evidence and the references."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ...vocabulary import not_recorded, phrase
from ...vocabulary import translate as _
from ..content import MemoContent, long_date
from ..plan import strategy_in_full
from . import options, plan, sections
from .blocks import HeadingFactory, Paragraph, RunningMark, bullets, muted, rich_text, section
from .styles import MemoStyles
from .text import para


def annex(content: MemoContent, styles: MemoStyles, heading: HeadingFactory) -> list[Flowable]:
    out: list[Flowable] = [RunningMark(_("Annex")), PageBreak(), *heading(_("Annex"), 0)]
    out.append(Paragraph(_("The evidence and the full tables behind the memo, for the desk officer."), styles.body))
    out += [*heading(_("A1. Key factors"), 1), *sections.factor_table(content, styles)]
    out += [*heading(_("A2. The situation as recorded"), 1), *situation_recorded(content, styles)]
    out += plan.situations_like_this(content, styles)
    out += [*heading(_("A3. Risk-factor indicators"), 1), *indicators(content, styles)]
    out += [*heading(_("A4. Findings per option, read against this case"), 1)]
    for number, decision in content.numbered_options():
        option = _("Option {n}. {title}").format(n=number, title=content.option_title(decision))
        out += [RunningMark(_("Annex A4 · {option}").format(option=option)), *heading(option, 2)]
        fit = content.option_fit(decision)
        out += section(_("What the evidence says"), styles, options.evidence_rows(decision, fit, content, styles))
        out += section(_("How this case meets the conditions"), styles, options.conditions(fit, content, styles))
    out += [RunningMark(_("Annex A5 · Evidence-to-decision tables")), *heading(_("A5. Evidence-to-decision tables"), 1)]
    # Option 0 first, as in the grid: the reasons behind the baseline's judgments (its text is in A6).
    baseline = _("Option {n}. {title}").format(n=0, title=phrase("no_new_action"))
    out += section(baseline, styles, options.etd_table(content.baseline_etd(), styles))
    for number, decision in content.numbered_options():
        option = _("Option {n}. {title}").format(n=number, title=content.option_title(decision))
        body = [*rich_text(decision.rationale, styles, empty=None), *options.etd_table(decision.etd, styles)]
        out += [RunningMark(_("Annex A5 · {option}").format(option=option)), *section(option, styles, body)]
    out += [RunningMark(_("Annex A6 · The strategy in full")), *heading(_("A6. The strategy in full"), 1)]
    out += plan.strategy_in_full(strategy_in_full(content), styles)
    out += [RunningMark(_("Annex"))]
    out += sections.caveats(content, styles, heading, title=_("A7. Caveats of the evidence"), level=1)
    out += sections.references(content, styles, heading, title=_("A8. References"), level=1)
    return out


def situation_recorded(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """The narrative and every actor with the planner's notes (the body names them only)."""
    out: list[Flowable] = section(_("Narrative"), styles, rich_text(content.meta.narrative, styles, empty=not_recorded()))
    revision = content.revision
    if revision.risk_estimate.strip():
        detail = ", ".join(para(x) for x in (revision.risk_estimate_source, long_date(revision.risk_estimate_date)) if x.strip())
        text = f"<b>{_('Outside statistical estimate:')}</b> {para(revision.risk_estimate)}" + (f" ({detail})" if detail else "")
        out.append(Paragraph(text + ". " + muted(_("A structural forecast; it does not replace the judgments.")), styles.body))
    return out + sections.actors_tables(content, styles)


def indicators(content: MemoContent, styles: MemoStyles) -> list[Flowable]:
    """Every risk factor with its framework number, and the indicators judged present."""
    out: list[Flowable] = []
    for summary in content.summaries:
        factor = summary.risk_factor
        present = []
        for indicator in factor.indicators:
            judgment = content.indicators.get(indicator.id)
            if judgment is not None and judgment.value == "present":
                text = f"<b>{indicator.number_label}</b> {para(indicator.text)}"
                if judgment.note.strip():
                    text += " — " + para(judgment.note)
                present.append(text)
        counts = muted(_("present {present}, absent {absent}, unknown {unknown}").format(
            present=summary.present, absent=summary.absent, unknown=summary.unknown
        ))
        head = Paragraph(f"<b>{factor.number}. {para(factor.title)}</b> {counts}", styles.body)
        out += [head, *bullets(present, styles)]
    return out
