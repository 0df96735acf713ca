"""What goes into an options memo: everything read from the case, the evidence and the fit, once.

The section builders (memo_sections, memo_options) read only this object, so the evidence base is
loaded and the fit computed one time per export, whatever the size of the case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .assessment import RiskFactorSummary, risk_factor_summaries
from .checklist import Checklist, load_checklist
from .errors import CaseFileError
from .evidence import EvidenceBase, Family, load_evidence
from .fit import FamilyFit, FitResult, evidence_fit
from .models import STATUS_LABELS, Actor, CaseMeta, Decision, Judgment, Objective, Revision
from .storage import CaseFile
from .vocabulary import UNRECOGNISED_LABEL, is_unrecognised, word
from .vocabulary import CENTRAL_CAUTION, VERDICT_LABELS  # noqa: F401 - the memo modules read them here

# The order of the options in the memo: what we recommend, then what is already being done (the
# recommended options build on it), then what was weighed and held, then what was turned down.
MEMO_STATUS_ORDER: tuple[str, ...] = ("recommended", "in_place", "considered", "rejected")



@dataclass(frozen=True)
class MemoSettingsView:
    """The settings as the builders need them (statuses in memo order, the marking to print)."""

    statuses: tuple[str, ...]
    marking: str


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
    cited: set[str] = field(default_factory=set)  # study keys cited so far, filled while building
    _keys: set[str] = field(default_factory=set, init=False, repr=False)

    # -- options --

    def options_by_status(self) -> list[tuple[str, list[Decision]]]:
        """(status, decisions) in memo order, only the statuses the settings include."""
        groups = []
        for status in MEMO_STATUS_ORDER:
            if status in self.settings.statuses:
                chosen = [d for d in self.decisions if d.status == status]
                if chosen:
                    groups.append((status, chosen))
        # Options whose stored status this version does not know are shown, never dropped.
        unrecognised = [d for d in self.decisions if is_unrecognised(d.status)]
        if unrecognised:
            groups.append((unrecognised[0].status, unrecognised))
        return groups

    def numbered_options(self) -> list[tuple[int, Decision]]:
        """Every option in the memo with its number (numbers follow the memo order, not a rank)."""
        options = [d for _, group in self.options_by_status() for d in group]
        return list(enumerate(options, start=1))

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

    # -- citations --

    def cite(self, keys: list[str]) -> str:
        """"Authors Year; Authors Year" for ``keys``, remembered for the reference list."""
        known = [k for k in keys if k in self._study_keys()]
        self.cited.update(known)
        return "; ".join(self.evidence.citation(k) for k in known)

    def cited_studies(self) -> list:
        studies = [self.evidence.study(k) for k in self.cited]
        return sorted(studies, key=lambda s: (_sort_key(s.authors), s.year, s.key))

    def _study_keys(self) -> set[str]:
        if not self._keys:
            self._keys = {s.key for s in self.evidence.studies}
        return self._keys

    # -- factors --

    def factor_label(self, factor_id: str) -> str:
        factor = self.checklist.vocabulary().factors.get(factor_id)
        return factor.label if factor and factor.label else factor_id.replace("_", " ")

    def value_label(self, factor_id: str, value: str | None) -> str:
        if is_unrecognised(value):
            return UNRECOGNISED_LABEL
        factor = self.checklist.vocabulary().factors.get(factor_id)
        if factor is None:
            return "Unknown" if value in (None, "unknown") else str(value).replace("_", " ")
        return factor.value_label(value)


def option_title(decision: Decision, evidence: EvidenceBase) -> str:
    if decision.title.strip():
        return decision.title.strip()
    if is_unrecognised(decision.family):
        return UNRECOGNISED_LABEL
    if decision.tool:
        tool = next((t for t in evidence.tools if t.id == decision.tool), None)
        if tool:
            return tool.name
    try:
        return evidence.family(decision.family).name
    except KeyError:
        return decision.family.replace("_", " ").capitalize()


def gather_content(
    case: CaseFile, revision_id: int | None, statuses: tuple[str, ...], marking: str | None
) -> MemoContent:
    """Read everything the memo needs from ``case`` (one revision), the evidence and the fit."""
    from .memo_draft import draft_bottom_line

    try:
        revision = case.revision(revision_id) if revision_id is not None else case.latest_revision()
    except KeyError:
        raise CaseFileError(f"This case has no assessment revision {revision_id}.") from None
    meta = case.meta()
    evidence = load_evidence()
    checklist = load_checklist()
    factors = case.judgments(revision.id, "factor")
    indicators = case.judgments(revision.id, "indicator")
    fit = evidence_fit({k: j.value for k, j in factors.items()}, evidence)
    bottom_line = revision.bottom_line
    drafted = not bottom_line.strip()
    if drafted:
        bottom_line = draft_bottom_line(case, revision, fit, evidence)
    wanted = tuple(s for s in MEMO_STATUS_ORDER if s in statuses)
    return MemoContent(
        meta=meta.model_copy(update={"title": meta.shown_title()}),  # never blank, never pages long
        revision=revision,
        revision_count=len(case.revisions()),
        settings=MemoSettingsView(statuses=wanted, marking=meta.marking if marking is None else marking),
        evidence=evidence,
        checklist=checklist,
        fit=fit,
        factors=factors,
        indicators=indicators,
        summaries=risk_factor_summaries(checklist, indicators),
        actors=case.actors(revision.id),
        objectives=case.objectives(revision.id),
        decisions=case.decisions(revision.id),
        bottom_line=bottom_line,
        bottom_line_drafted=drafted,
    )


def long_date(iso: str) -> str:
    """"14 September 2026" from "2026-09-14"; anything else as written."""
    try:
        day = date.fromisoformat(iso[:10])
    except (ValueError, TypeError):
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


# English month names, not the locale's: the memo reads the same on every machine.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def status_label(status: str) -> str:
    return word(STATUS_LABELS, status)


def _sort_key(text: str) -> str:
    """Alphabetical order that ignores accents and case (Escribà-Folch sorts with the E's)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

