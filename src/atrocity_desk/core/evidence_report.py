"""The evidence base as the ``atrocity-desk evidence`` command shows it (SPEC §6): JSON for
machines, plain text for a planner. Both read the validated ``EvidenceBase``; nothing here judges.
"""

from __future__ import annotations

from .checklist import FactorVocabulary, load_factor_vocabulary
from .evidence import Condition, EvidenceBase, Family, Finding, Risk, Tool
from .fit_words import FactorWords
from .vocabulary import FAMILY_IDS, central_caution, verdict_label, word

CATEGORIES = ("diplomatic", "economic", "legal", "military")

NOT_REVIEWED_TOOL = "not reviewed: the paper reviews no study of this tool"
NOT_REVIEWED_FAMILY = "not reviewed: the paper reviews no study of this family"

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
    """A readable account of the whole base, or of one family with every finding in full."""
    if family is None:
        return _overview_text(evidence)
    return _family_text(evidence, evidence.family(family), load_factor_vocabulary())


def _overview_text(evidence: EvidenceBase) -> str:
    blocks = [
        f"Evidence base {evidence.version}\nSource: {evidence.source}\n"
        f"{len(evidence.families)} families, {len(evidence.tools)} tools, "
        f"{len(evidence.findings)} findings, {len(evidence.studies)} studies."
    ]
    for category in CATEGORIES:
        blocks.append(_category_text(evidence, category))
    cross_cutting = [f for f in evidence.findings if f.family is None]
    if cross_cutting or evidence.themes:
        blocks.append(
            f"Cross-cutting: {len(cross_cutting)} findings about no single family, "
            f"{len(evidence.themes)} themes."
        )
    blocks.append(central_caution())
    blocks.append("Show one family in full: atrocity-desk evidence FAMILY (e.g. targeted_sanctions).")
    return "\n\n".join(blocks) + "\n"


def _category_text(evidence: EvidenceBase, category: str) -> str:
    lines = [f"{word('category', category)} tools".upper()]
    for family in _ordered_families(evidence, category):
        findings = evidence.findings_for(family.id)
        if family.reviewed:
            status = f"ceiling {verdict_label(family.ceiling).lower()}, {_count(len(findings), 'finding')}"
        else:
            status = NOT_REVIEWED_FAMILY
        lines.append(f"  {family.name} [{family.id}] — {status}")
        lines += [f"    - {_tool_line(tool)}" for tool in evidence.tools_for(family.id)]
    not_reviewed = [t for t in evidence.tools if t.category == category and t.family is None]
    if not_reviewed:
        lines.append("  Tools the paper does not review")
        lines += [f"    - {tool.name} — {NOT_REVIEWED_TOOL}" for tool in not_reviewed]
    return "\n".join(lines)


def _ordered_families(evidence: EvidenceBase, category: str) -> list[Family]:
    # SPEC §5 order, so the listing reads the same whatever order the data files use.
    rank = {family_id: i for i, family_id in enumerate(FAMILY_IDS)}
    families = [f for f in evidence.families if f.category == category]
    return sorted(families, key=lambda f: rank.get(f.id, len(rank)))


def _family_text(evidence: EvidenceBase, family: Family, vocabulary: FactorVocabulary) -> str:
    head = [f"{family.name} [{family.id}] — {word('category', family.category).lower()} tools", family.summary]
    if family.reviewed:
        head.append(f"Ceiling: {verdict_label(family.ceiling)}. {family.ceiling_reason}".rstrip())
    else:
        head.append(f"Ceiling: {verdict_label(family.ceiling)} ({NOT_REVIEWED_FAMILY}).")
    blocks = ["\n".join(head)]

    tools = evidence.tools_for(family.id)
    if tools:
        blocks.append("Tools\n" + "\n".join(f"  - {_tool_line(t)}" for t in tools))
    findings = evidence.findings_for(family.id)
    blocks.append(f"Findings ({len(findings)})" if findings else "Findings: none.")
    blocks += [_finding_text(evidence, f, vocabulary) for f in findings]
    conclusion = next((c for c in evidence.conclusions if c.category == family.category), None)
    if conclusion is not None:
        blocks.append(f"The paper's overall judgement of {word('category', family.category).lower()} tools\n  {conclusion.summary}")
    blocks.append(central_caution())
    return "\n\n".join(blocks) + "\n"


def _finding_text(evidence: EvidenceBase, finding: Finding, vocabulary: FactorVocabulary) -> str:
    words = FactorWords(vocabulary)
    lines = [
        f"* {finding.statement} [{finding.id}]",
        f"  Direction: {word('direction', finding.direction)}. Outcome: {word('outcome', finding.outcome)}. "
        f"Evidence: {word('evidence_kind', finding.evidence_kind)}.",
        "  Phases: " + (", ".join(words.value("phase", p) for p in finding.phases) if finding.phases else "any"),
    ]
    if finding.conditions:
        lines.append("  Conditions:")
        lines += [f"    - {_condition_words(c, vocabulary)}" for c in finding.conditions]
    if finding.risks:
        lines.append("  Risks:")
        lines += [f"    - {_risk_words(r, vocabulary)}" for r in finding.risks]
    if finding.figures:
        lines.append("  Figures:")
        lines += [f"    - {figure}" for figure in finding.figures]
    if finding.caveat:
        lines.append(f"  Caveat: {finding.caveat}")
    lines.append("  Studies: " + "; ".join(evidence.citation(key) for key in finding.studies))
    lines.append(f"  Section: {finding.section}")
    return "\n".join(lines)


def _risk_words(risk: Risk, vocabulary: FactorVocabulary) -> str:
    if not risk.conditions:
        return risk.text
    return f"{risk.text} (" + "; ".join(_condition_words(c, vocabulary) for c in risk.conditions) + ")"


def _condition_words(condition: Condition, vocabulary: FactorVocabulary) -> str:
    words = FactorWords(vocabulary)
    text = f"{word('condition_kind', condition.kind)} {words.factor(condition.factor)} is {words.values(condition.factor, condition.values)}"
    return f"{text} — {condition.why}" if condition.why else text


def _tool_line(tool: Tool) -> str:
    acts_on = ", ".join(word("target", a) for a in tool.acts_on)
    return f"{tool.name} ({word('mode', tool.mode).lower()}, acts on {acts_on}; Table {tool.table})"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
