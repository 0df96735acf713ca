"""The evidence base as the ``atrocity-desk evidence`` command shows it (SPEC §6): JSON for
machines, plain text for a planner. Both read the validated ``EvidenceBase``; nothing here judges.
"""

from __future__ import annotations

from .checklist import FactorVocabulary
from .evidence import Condition, EvidenceBase, Family, Finding, Risk, Tool
from .fit_words import FactorWords, factor_words
from .language import join_list
from .vocabulary import FAMILY_IDS, central_caution, singular, translatable, verdict_label, word
from .vocabulary import translate as _

CATEGORIES = ("diplomatic", "economic", "legal", "military")

NOT_REVIEWED_TOOL = translatable("not reviewed: the paper reviews no study of this tool")
NOT_REVIEWED_FAMILY = translatable("not reviewed: the paper reviews no study of this family")

# --- JSON ------------------------------------------------------------------------------------


def evidence_json(evidence: EvidenceBase, family: str | None = None) -> dict:
    """``{"tools", "families", "findings", "studies": [{"key", "authors", "year"}]}``; with
    ``family``, only that family, its tools, its findings and the studies they cite."""
    if family is None:
        families, tools, findings = evidence.families, evidence.tools, evidence.findings
        studies = evidence.studies
    else:
        families = [evidence.family(family)]
        tools = evidence.tools_for(family)
        findings = evidence.findings_for(family)
        cited = {key for finding in findings for key in finding.studies}
        studies = [s for s in evidence.studies if s.key in cited]
    return {
        "tools": [t.model_dump(mode="json") for t in tools],
        "families": [f.model_dump(mode="json") for f in families],
        "findings": [f.model_dump(mode="json") for f in findings],
        "studies": [{"key": s.key, "authors": s.authors, "year": s.year} for s in studies],
    }


# --- text ------------------------------------------------------------------------------------


def evidence_text(evidence: EvidenceBase, family: str | None = None) -> str:
    """A readable account of the whole base, or of one family with every finding in full, in the
    current language (pass the base in that language: ``core.language``)."""
    if family is None:
        return _overview_text(evidence)
    return _family_text(evidence, evidence.family(family), factor_words().vocabulary)


def _overview_text(evidence: EvidenceBase) -> str:
    blocks = [
        _("Evidence base {version}\nSource: {source}\n{families} families, {tools} tools, {findings} findings, {studies} studies.").format(
            version=evidence.version, source=evidence.source, families=len(evidence.families), tools=len(evidence.tools),
            findings=len(evidence.findings), studies=len(evidence.studies),
        )
    ]
    for category in CATEGORIES:
        blocks.append(_category_text(evidence, category))
    cross_cutting = [f for f in evidence.findings if f.family is None]
    if cross_cutting or evidence.themes:
        blocks.append(
            _("Cross-cutting: {findings} findings about no single family, {themes} themes.").format(
                findings=len(cross_cutting), themes=len(evidence.themes)
            )
        )
    blocks.append(central_caution())
    blocks.append(_("Show one family in full: atrocity-desk evidence FAMILY (e.g. targeted_sanctions)."))
    return "\n\n".join(blocks) + "\n"


def _category_text(evidence: EvidenceBase, category: str) -> str:
    lines = [_("{category} tools").format(category=word("category", category)).upper()]
    for family in _ordered_families(evidence, category):
        findings = evidence.findings_for(family.id)
        if family.reviewed:
            status = _("ceiling {verdict}, {findings}").format(
                verdict=verdict_label(family.ceiling).lower(), findings=_count_findings(len(findings))
            )
        else:
            status = _(NOT_REVIEWED_FAMILY)
        lines.append(f"  {family.name} [{family.id}] — {status}")
        lines += [f"    - {_tool_line(tool)}" for tool in evidence.tools_for(family.id)]
    not_reviewed = [t for t in evidence.tools if t.category == category and t.family is None]
    if not_reviewed:
        lines.append("  " + _("Tools the paper does not review"))
        lines += [f"    - {tool.name} — {_(NOT_REVIEWED_TOOL)}" for tool in not_reviewed]
    return "\n".join(lines)


def _ordered_families(evidence: EvidenceBase, category: str) -> list[Family]:
    # SPEC §5 order, so the listing reads the same whatever order the data files use.
    rank = {family_id: i for i, family_id in enumerate(FAMILY_IDS)}
    families = [f for f in evidence.families if f.category == category]
    return sorted(families, key=lambda f: rank.get(f.id, len(rank)))


def _family_text(evidence: EvidenceBase, family: Family, vocabulary: FactorVocabulary) -> str:
    category = _("{category} tools").format(category=word("category", family.category)).lower()
    head = [f"{family.name} [{family.id}] — {category}", family.summary]
    if family.reviewed:
        head.append(_("Ceiling: {verdict}. {reason}").format(verdict=verdict_label(family.ceiling), reason=family.ceiling_reason).rstrip())
    else:
        head.append(_("Ceiling: {verdict} ({reason}).").format(verdict=verdict_label(family.ceiling), reason=_(NOT_REVIEWED_FAMILY)))
    blocks = ["\n".join(head)]

    tools = evidence.tools_for(family.id)
    if tools:
        blocks.append(_("Tools") + "\n" + "\n".join(f"  - {_tool_line(t)}" for t in tools))
    findings = evidence.findings_for(family.id)
    blocks.append(_("Findings ({n})").format(n=len(findings)) if findings else _("Findings: none."))
    blocks += [_finding_text(evidence, f, vocabulary) for f in findings]
    conclusion = next((c for c in evidence.conclusions if c.category == family.category), None)
    if conclusion is not None:
        blocks.append(_("The paper's overall judgement of {category}").format(category=category) + f"\n  {conclusion.summary}")
    blocks.append(central_caution())
    return "\n\n".join(blocks) + "\n"


def _finding_text(evidence: EvidenceBase, finding: Finding, vocabulary: FactorVocabulary) -> str:
    words = FactorWords(vocabulary)
    lines = [
        f"* {finding.statement} [{finding.id}]",
        "  " + _("Direction: {direction}. Outcome: {outcome}. Evidence: {kind}.").format(
            direction=word("direction", finding.direction), outcome=word("outcome", finding.outcome),
            kind=word("evidence_kind", finding.evidence_kind),
        ),
        "  " + _("Phases: {phases}").format(phases=words.phases(finding.phases)),
    ]
    if finding.conditions:
        lines.append("  " + _("Conditions:"))
        lines += [f"    - {_condition_words(c, vocabulary)}" for c in finding.conditions]
    if finding.risks:
        lines.append("  " + _("Risks:"))
        lines += [f"    - {_risk_words(r, vocabulary)}" for r in finding.risks]
    if finding.figures:
        lines.append("  " + _("Figures:"))
        lines += [f"    - {figure}" for figure in finding.figures]
    if finding.caveat:
        lines.append("  " + _("Caveat: {caveat}").format(caveat=finding.caveat))
    lines.append("  " + _("Studies: {studies}").format(studies=join_list(evidence.citation(key) for key in finding.studies)))
    lines.append("  " + _("Section: {section}").format(section=finding.section))
    return "\n".join(lines)


def _risk_words(risk: Risk, vocabulary: FactorVocabulary) -> str:
    if not risk.conditions:
        return risk.text
    return f"{risk.text} (" + join_list(_condition_words(c, vocabulary) for c in risk.conditions) + ")"


def _condition_words(condition: Condition, vocabulary: FactorVocabulary) -> str:
    text = FactorWords(vocabulary).condition(condition.kind, condition.factor, condition.values)
    return f"{text} — {condition.why}" if condition.why else text


def _tool_line(tool: Tool) -> str:
    acts_on = ", ".join(word("target", a) for a in tool.acts_on)
    return _("{tool} ({mode}, acts on {targets}; Table {table})").format(
        tool=tool.name, mode=word("mode", tool.mode).lower(), targets=acts_on, table=tool.table
    )


def _count_findings(n: int) -> str:
    return (_("{n} finding") if singular(n) else _("{n} findings")).format(n=n)
