"""What goes into an options memo, format-neutral: everything read from the case, the evidence and
the fit, once, and what the memo cites.

Renderers (``pdf/``, a later ``docx/``) read only this object, so the evidence base is loaded and the
fit computed one time per export, whatever the size of the case. The studies the memo cites are a
fact of the content (``cited_studies``), not something a renderer collects while drawing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..assessment import RiskFactorSummary, risk_factor_summaries
from ..checklist import Checklist
from ..errors import CaseFileError
from ..evidence import EvidenceBase, Family, Finding, Study
from ..fit import FamilyFit, FitResult, Reason, evidence_fit
from ..fit_words import FactorWords, factor_words
from ..language import current_language, long_date  # noqa: F401 - long_date: the renderers' date
from ..models import Actor, CaseMeta, Decision, EtdJudgment, Judgment, Objective, Revision
from ..option_fit import case_fit
from ..options import option_numbers, option_readings
from ..packs import case_evidence
from ..storage import CaseFile
from ..option_order import MEMO_STATUS_ORDER, options_by_status
from ..strategy import Strategy as Plan
from ..language import join_list
from ..vocabulary import option_title, pack_marker, translate
from .draft import draft_bottom_line

# The three themes that carry the paper's central caution come first among the caveats.
CENTRAL_THEMES = ("tool_serves_strategy", "correlational_evidence", "only_visible_counted")

@dataclass(frozen=True)
class MemoSettingsView:
    """The settings as the builders need them (statuses in memo order, the marking to print)."""

    statuses: tuple[str, ...]
    marking: str
    annex: bool = True


@dataclass(frozen=True)
class Reference:
    """One study of the memo's reference list."""

    authors: str
    year: str
    note: str  # the evidence base's note on the study, as a sentence ("" when none)
    discussed: str  # where the paper discusses it ("" when no section says)


@dataclass
class MemoContent:
    meta: CaseMeta
    revision: Revision
    revision_count: int
    settings: MemoSettingsView
    evidence: EvidenceBase
    checklist: Checklist
    fit: FitResult
    factors: dict[str, Judgment]
    indicators: dict[str, Judgment]
    summaries: list[RiskFactorSummary]
    actors: list[Actor]
    objectives: list[Objective]
    decisions: list[Decision]  # all decisions of the revision, in the planner's order
    bottom_line: str
    bottom_line_drafted: bool
    plan: Plan  # the revision's whole strategy (the planning layer's ``CaseFile.strategy``)
    # Each option read with its design: ``core.option_fit``'s reading, as the window and ``fit`` show it.
    option_fits: dict[int | None, FamilyFit | None] = field(default_factory=dict)

    @property
    def words(self) -> FactorWords:
        """Labels of situation factors and option-design properties."""
        return factor_words()

    # -- options --

    def options_by_status(self) -> list[tuple[str, list[Decision]]]:
        """(status, decisions) in memo order, only the statuses the settings include."""
        return options_by_status(self.decisions, self.settings.statuses)

    def numbered_options(self) -> list[tuple[int, Decision]]:
        """Every option in the memo with its number, in number order: the numbers of the window
        (``core.options``), kept when the settings leave some statuses out; never a rank."""
        numbers = option_numbers(self.decisions)
        shown = {d.id for _, group in self.options_by_status() for d in group}
        return sorted(((numbers[d.id], d) for d in self.decisions if d.id in shown), key=lambda item: item[0])

    def recommended(self) -> list[tuple[int, Decision]]:
        return [(n, d) for n, d in self.numbered_options() if d.status == "recommended"]

    def number_of(self, decision: Decision) -> int:
        return option_numbers(self.decisions)[decision.id]

    def option_fit(self, decision: Decision) -> FamilyFit | None:
        """The fit this option is read against (situation and its design); None for a family the
        evidence base does not know."""
        return self.option_fits.get(decision.id)

    def baseline_etd(self) -> dict[str, EtdJudgment]:
        return dict(self.revision.baseline_etd)  # the planning layer stores them typed

    def family_fit(self, family_id: str) -> FamilyFit | None:
        try:
            return self.fit.family(family_id)
        except KeyError:
            return None

    def family(self, family_id: str) -> Family | None:
        try:
            return self.evidence.family(family_id)
        except KeyError:
            return None

    def option_title(self, decision: Decision) -> str:
        return option_title(decision, self.evidence)

    # -- findings --

    def option_findings(self, decision: Decision) -> tuple[list[Reason], list[Finding]]:
        """The findings an option's evidence section shows: the fit's reasons for its family, and the
        findings the analyst weighed that this case's answers rule out (both empty when the family
        has no fit or the paper reviews none of it)."""
        fit = self.option_fit(decision)
        if fit is None or fit.verdict == "not_reviewed":
            return [], []
        shown = {r.finding for r in fit.reasons}
        findings = {f.id: f for f in self.evidence.findings}
        outside = [findings[f] for f in decision.findings_weighed if f not in shown and f in findings]
        return list(fit.reasons), outside

    def context_reasons(self) -> list[Reason]:
        """The cross-cutting findings whose conditions this case is known to meet (or that set none):
        one merely not ruled out by unknown answers says nothing about this case yet."""
        return [r for r in self.fit.context if not r.unknown_factors]

    # -- citations --

    def cited_keys(self) -> list[str]:
        """The study keys the memo cites, in the order it first cites them."""
        keys: list[str] = []
        for _, decision in self.numbered_options():
            reasons, outside = self.option_findings(decision)
            keys += [c.key for r in reasons for c in r.citations]
            keys += [k for f in outside for k in f.studies]
        keys += [c.key for r in self.context_reasons() for c in r.citations]  # annex A2
        keys += [k for theme in self.evidence.themes for k in theme.studies]
        known = {s.key for s in self.evidence.studies}
        return [k for k in dict.fromkeys(keys) if k in known]

    def cited_studies(self) -> list[Study]:
        """The references of the reviewed paper: every base study the memo cites, alphabetically."""
        studies = [self.evidence.study(k) for k in self.cited_keys() if self.evidence.study_source(k) == "base"]
        return sorted(studies, key=lambda s: (_sort_key(s.authors), s.year, s.key))

    def references(self) -> list[Reference]:
        """The reference list, worded once for every renderer."""
        return [self.reference(study) for study in self.cited_studies()]

    def reference(self, study: Study) -> Reference:
        note = " ".join(study.note.split())
        where = self.study_sections(study.key)
        return Reference(
            authors=study.authors,
            year=study.year,
            note=note[:1].upper() + note[1:],
            discussed=translate("Discussed in: {sections}.").format(sections=join_list(where)) if where else "",
        )

    def references_intro(self, count: int) -> str:
        return translate(
            "The {count} studies cited in this memo, as cited in {source}; the paper's reference list gives "
            "full bibliographic details. After each study: where the paper discusses it."
        ).format(count=count, source=self.evidence.source.rstrip(". "))

    def study_sections(self, key: str) -> list[str]:
        """Where the paper discusses a study: the sections of the findings, themes and conclusions
        that cite it, in the paper's order of first mention."""
        cited = [f.section for f in self.evidence.findings if key in f.studies]
        cited += [t.section for t in self.evidence.themes if key in t.studies]
        cited += [c.section for c in self.evidence.conclusions if key in c.studies]
        return list(dict.fromkeys(" ".join(s.split()) for s in cited if s.strip()))

    def pack_studies(self) -> list[tuple[Study, str]]:
        """The separate reference list: each cited study an evidence pack added, with the pack's
        title, alphabetically (never mixed with the paper's references)."""
        keys = [k for k in self.cited_keys() if self.evidence.study_source(k) != "base"]
        studies = sorted((self.evidence.study(k) for k in keys), key=lambda s: (_sort_key(s.authors), s.year, s.key))
        return [(s, self.evidence.pack_title(self.evidence.study_source(s.key))) for s in studies]

    def pack_marker(self, reason: Reason) -> str:
        """The marker a memo line citing a pack finding carries ("" for the paper's own findings)."""
        return pack_marker() if reason.source != "base" else ""

    def finding_marker(self, finding: Finding) -> str:
        """The same marker for a finding the memo shows outside the fit (weighed, ruled out here)."""
        return pack_marker() if self.evidence.source_of(finding.id) != "base" else ""

    def lifted_titles(self, family_id: str) -> list[str]:
        """The titles of the packs the planner let lift this family's ceiling (empty: the paper's)."""
        return [self.evidence.pack_title(f"pack:{p}") for p in self.evidence.lifted_ceilings.get(family_id, [])]

    def lifted_ceilings(self) -> list[tuple[Family, list[str]]]:
        """Families whose ceiling the planner let a pack lift, with the titles of those packs."""
        return [(f, self.lifted_titles(f.id)) for f in self.evidence.families if f.id in self.evidence.lifted_ceilings]

    def citation_text(self, keys: list[str]) -> str:
        """"Authors Year; Authors Year" for the known ``keys``; a study a pack added carries the pack
        marker, so no citation from a pack passes for one of the 2016 review."""
        known = {s.key for s in self.evidence.studies}
        return join_list(self._marked_citation(k) for k in keys if k in known)

    def _marked_citation(self, key: str) -> str:
        citation = self.evidence.citation(key)
        return citation if self.evidence.study_source(key) == "base" else f"{pack_marker()} {citation}"

    # -- factors --

    def factor_label(self, factor_id: str) -> str:
        return self.words.factor(factor_id)

    def value_label(self, factor_id: str, value: str | None) -> str:
        return self.words.value(factor_id, value)


def gather_content(
    case: CaseFile, revision_id: int | None, statuses: tuple[str, ...], marking: str | None, annex: bool = True
) -> MemoContent:
    """Read everything the memo needs from ``case`` (one revision), the evidence and the fit."""
    try:
        revision = case.revision(revision_id) if revision_id is not None else case.latest_revision()
    except KeyError:
        raise CaseFileError(f"This case has no assessment revision {revision_id}.") from None
    meta = case.meta()
    # The memo's language is the current one (``export_memo`` opens its scope): content in it.
    language = current_language()
    evidence = case_evidence(case, language.evidence())  # plus the case's enabled evidence packs
    checklist = language.checklist()
    factors = case.judgments(revision.id, "factor")
    indicators = case.judgments(revision.id, "indicator")
    answers = {k: j.known_value for k, j in factors.items()}
    decisions = case.decisions(revision.id)
    fit = evidence_fit(answers, evidence, confidence={k: j.confidence for k, j in factors.items()})
    fits = case_fit(case, revision.id, evidence)  # the one per-option fit (window, command line, memo)
    bottom_line = revision.bottom_line
    drafted = not bottom_line.strip()
    if drafted:
        bottom_line = draft_bottom_line(case, revision, fits)
    wanted = tuple(s for s in MEMO_STATUS_ORDER if s in statuses)
    return MemoContent(
        meta=meta.model_copy(update={"title": meta.shown_title()}),  # never blank, never pages long
        revision=revision,
        revision_count=len(case.revisions()),
        settings=MemoSettingsView(statuses=wanted, marking=meta.marking if marking is None else marking, annex=annex),
        evidence=evidence,
        checklist=checklist,
        fit=fit,
        factors=factors,
        indicators=indicators,
        summaries=risk_factor_summaries(checklist, indicators),
        actors=case.actors(revision.id),
        objectives=case.objectives(revision.id),
        decisions=decisions,
        bottom_line=bottom_line,
        bottom_line_drafted=drafted,
        plan=case.strategy(revision.id),
        option_fits=option_readings(fits),
    )


def _sort_key(text: str) -> str:
    """Alphabetical order that ignores accents and case (Escribà-Folch sorts with the E's)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

