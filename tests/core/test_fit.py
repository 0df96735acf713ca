"""The evidence fit (core/fit.py, docs/evidence-fit.md).

(a) each rule, on small synthetic evidence bases; (b) properties over the real evidence base: every
answer combination gives all 21 verdicts, and one new answer changes only the reasons that depend
on it; (c) situations described in the paper, with the verdicts the paper's text leads to.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.evidence import EvidenceBase, Family, Finding, Study, load_evidence
from atrocity_desk.core.fit import Citation, FitResult, evidence_fit
from atrocity_desk.core.fit_words import ceiling_note, condition_line, fit_json, fit_text, summary
from atrocity_desk.core.option_fit import fit_case
from atrocity_desk.core.vocabulary import FAMILY_IDS, VERDICTS

# --- synthetic evidence -----------------------------------------------------------------------


def finding(fid: str, family: str | None = "mediation", direction: str = "reduces_violence", **extra) -> Finding:
    data = {
        "id": fid,
        "family": family,
        "statement": f"Statement of {fid}.",
        "direction": direction,
        "outcome": "severity",
        "evidence_kind": "cross_national_statistical",
        "studies": ["doe_2010"],
        "section": "Test",
    }
    data.update(extra)
    return Finding.model_validate(data)


def cond(factor: str, values: list[str], kind: str) -> dict:
    return {"factor": factor, "values": values, "kind": kind, "why": "test"}


def family(fid: str = "mediation", **extra) -> Family:
    data = {"id": fid, "name": fid.replace("_", " ").title(), "category": "diplomatic", "summary": "Test."}
    data.update(extra)
    return Family.model_validate(data)


def base(findings: list[Finding], families: list[Family] | None = None) -> EvidenceBase:
    return EvidenceBase(
        version="test",
        source="test",
        families=families or [family()],
        tools=[],
        findings=findings,
        studies=[Study(key="doe_2010", authors="Doe", year="2010"), Study(key="roe_2012", authors="Roe", year="2012")],
        themes=[],
        conclusions=[],
    )


def mediation(answers: dict, findings: list[Finding], **family_extra):
    return evidence_fit(answers, base(findings, [family(**family_extra)])).family("mediation")


def reason(fit, finding_id: str):
    return next(r for r in fit.reasons if r.finding == finding_id)


def states(r) -> list[tuple[str, str | None, str]]:
    """Each condition of a reason as (factor, this case's value, met / absent / unknown)."""
    return [(c.factor, c.case_value, c.state) for c in r.conditions]


# --- (a) the rules ------------------------------------------------------------------------------


def test_a_plain_benefit_from_cross_national_evidence_is_supported():
    fit = mediation({}, [finding("m1")])
    assert fit.verdict == "supported"
    assert reason(fit, "m1").role == "supports"
    assert reason(fit, "m1").citations == [Citation(key="doe_2010", authors="Doe", year="2010")]


def test_unknown_answer_is_neither_a_match_nor_a_mismatch_for_scope():
    scoped = finding("m1", conditions=[cond("armed_conflict", ["yes"], "scope")])
    unknown = mediation({"armed_conflict": "unknown"}, [scoped])
    assert unknown.verdict == "supported"
    assert states(reason(unknown, "m1")) == [("armed_conflict", None, "unknown")]
    assert unknown.unknown_factors == ["armed_conflict"]

    matched = mediation({"armed_conflict": "yes"}, [scoped])
    assert states(reason(matched, "m1")) == [("armed_conflict", "yes", "met")]
    assert matched.unknown_factors == []

    outside = mediation({"armed_conflict": "no"}, [scoped])
    assert outside.reasons == [] and outside.verdict == "insufficient"


def test_missing_none_and_unknown_answers_read_the_same():
    findings = [finding("m1", conditions=[cond("relationship", ["ally"], "requires")])]
    readings = [mediation(a, findings) for a in ({}, {"relationship": None}, {"relationship": "unknown"})]
    assert readings[0] == readings[1] == readings[2]


def test_absent_requirement_turns_the_benefit_into_a_caution():
    fit = mediation({"relationship": "adversary"}, [finding("m1", conditions=[cond("relationship", ["ally"], "requires")])])
    assert fit.verdict == "cautioned"
    m1 = reason(fit, "m1")
    assert m1.role == "cautions"
    assert states(m1) == [("relationship", "adversary", "absent")]
    assert (m1.conditions[0].kind, m1.conditions[0].values) == ("requires", ["ally"])
    assert m1.role_change == "requires_absent"
    assert [(a.factor, a.value) for a in fit.basis.absent] == [("relationship", "adversary")]
    assert "Adversary" in summary(fit)  # worded from the checklist, never as a raw id


def test_met_requirement_keeps_the_benefit():
    fit = mediation({"relationship": "ally"}, [finding("m1", conditions=[cond("relationship", ["ally"], "requires")])])
    assert fit.verdict == "supported"
    assert states(reason(fit, "m1")) == [("relationship", "ally", "met")]


def test_unknown_requirement_leaves_the_benefit_open():
    fit = mediation({}, [finding("m1", conditions=[cond("relationship", ["ally"], "requires")])])
    assert reason(fit, "m1").role == "mixed"
    assert fit.verdict == "mixed"
    assert fit.unknown_factors == ["relationship"]


def test_harm_found_only_under_an_absent_condition_is_context_and_names_no_risk():
    harm = finding(
        "m1", direction="increases_violence", risks=["more killing"], conditions=[cond("armed_conflict", ["yes"], "requires")]
    )
    absent = mediation({"armed_conflict": "no"}, [harm, finding("m2")])
    assert reason(absent, "m1").role == "context"
    assert absent.risks == []
    assert absent.verdict == "supported"

    unknown = mediation({}, [harm, finding("m2")])
    assert reason(unknown, "m1").role == "cautions"  # a harm is not dismissed until ruled out
    assert unknown.risks == ["more killing"]
    assert unknown.verdict == "mixed"


def test_against_condition_met_cautions():
    against = finding("m1", conditions=[cond("state_capacity", ["low"], "against")])
    met = mediation({"state_capacity": "low"}, [against])
    assert met.verdict == "cautioned"
    assert reason(met, "m1").role == "cautions"
    assert states(reason(met, "m1")) == [("state_capacity", "low", "met")]
    assert reason(met, "m1").role_change == "against_met"
    assert mediation({"state_capacity": "high"}, [against]).verdict == "supported"
    assert states(reason(mediation({"state_capacity": "high"}, [against]), "m1")) == [("state_capacity", "high", "absent")]


def test_favours_condition_met_is_listed_and_strengthens():
    favoured = finding("m1", conditions=[cond("relationship", ["ally"], "favours")])
    met = mediation({"relationship": "ally"}, [favoured])
    assert met.verdict == "supported"
    assert states(reason(met, "m1")) == [("relationship", "ally", "met")]
    assert reason(met, "m1").conditions[0].kind == "favours"
    # SPEC §5: a "works better when" benefit never counts as a plain benefit where its condition
    # is absent, and only may hold where it is unknown.
    other = mediation({"relationship": "adversary"}, [favoured])
    assert reason(other, "m1").role == "context" and other.verdict != "supported"
    assert states(reason(other, "m1")) == [("relationship", "adversary", "absent")]
    assert reason(other, "m1").role_change == "favours_absent"
    unknown = mediation({}, [favoured])
    assert reason(unknown, "m1").role == "mixed" and unknown.verdict == "mixed"
    assert unknown.unknown_factors == ["relationship"]


def test_a_benefit_found_larger_under_conditions_met_only_in_part_is_mixed():
    # SPEC §5: mixed when "it holds only under conditions this case partly meets" (an arms embargo
    # does better with peacekeepers present and with neighbours agreed: here only the first holds).
    both = finding("m1", conditions=[cond("peacekeepers_present", ["yes"], "favours"), cond("regional_consensus", ["strong"], "favours")])
    partly = mediation({"peacekeepers_present": "yes", "regional_consensus": "divided"}, [both])
    assert (reason(partly, "m1").role, reason(partly, "m1").role_change) == ("mixed", "favours_partly")
    assert partly.verdict == "mixed"
    assert mediation({"peacekeepers_present": "yes", "regional_consensus": "strong"}, [both]).verdict == "supported"
    waiting = mediation({"peacekeepers_present": "yes"}, [both])
    assert (reason(waiting, "m1").role, reason(waiting, "m1").role_change) == ("mixed", "favours_unknown")


def test_a_condition_is_worded_by_what_it_means_for_the_tool_here():
    # "Works worse when autocracy", this case a democracy: in the tool's favour, never a bare "not met"
    # under a card that points to a benefit.
    against = finding("m1", conditions=[cond("state_capacity", ["low"], "against")])
    benefit = reason(mediation({"state_capacity": "high"}, [against]), "m1")
    assert benefit.role == "supports" and benefit.conditions[0].bearing == "favourable"
    assert condition_line(benefit.conditions[0]).endswith("(favourable to the tool here)")
    harm = finding("m1", direction="increases_violence", conditions=[cond("state_capacity", ["low"], "requires")])
    applies = reason(mediation({"state_capacity": "low"}, [harm]), "m1")
    assert applies.role == "cautions" and applies.conditions[0].bearing == "unfavourable"
    assert reason(mediation({}, [harm]), "m1").conditions[0].bearing == "unknown"


def test_no_effect_finding_softens_where_the_tool_does_better():
    # e.g. resolutions have little effect "unless accompanied by ... peacekeeping"
    little = finding("m1", direction="no_effect", conditions=[cond("peacekeepers_present", ["yes"], "favours")])
    assert mediation({"peacekeepers_present": "no"}, [little]).verdict == "cautioned"
    present = mediation({"peacekeepers_present": "yes"}, [little])
    assert reason(present, "m1").role == "mixed"
    assert states(reason(present, "m1")) == [("peacekeepers_present", "yes", "met")]
    assert reason(present, "m1").role_change == "favours_met"
    assert present.verdict == "mixed"


def test_cautioned_ceiling_lowers_any_claimed_benefit():
    fit = mediation({}, [finding("m1")], ceiling="cautioned", ceiling_reason="no impact on average")
    assert fit.verdict == "cautioned"
    assert fit.ceiling.applied and fit.uncapped_verdict == "supported"
    assert fit.ceiling.reason == "no impact on average"


def test_phase_limits_relevance_and_unknown_phase_keeps_the_finding():
    latent = finding("m1", phases=["latent_risk"])
    assert mediation({"phase": "ongoing_atrocities"}, [latent]).reasons == []
    assert states(reason(mediation({"phase": "latent_risk"}, [latent]), "m1")) == [("phase", "latent_risk", "met")]
    unknown = mediation({}, [latent])
    assert states(reason(unknown, "m1")) == [("phase", None, "unknown")]
    assert unknown.unknown_factors == ["phase"]


def test_no_effect_or_harm_is_cautioned():
    assert mediation({}, [finding("m1", direction="no_effect")]).verdict == "cautioned"
    assert mediation({}, [finding("m1", direction="increases_violence")]).verdict == "cautioned"


def test_findings_pointing_different_ways_are_mixed():
    assert mediation({}, [finding("m1"), finding("m2", direction="no_effect")]).verdict == "mixed"
    assert mediation({}, [finding("m1", direction="mixed")]).verdict == "mixed"


def test_a_named_harm_makes_a_benefit_mixed():
    fit = mediation({}, [finding("m1", risks=["hardship for civilians"])])
    assert fit.verdict == "mixed"
    assert fit.risks == ["hardship for civilians"]
    assert (fit.basis.rule, fit.basis.risk) == ("benefit_with_risk", "hardship for civilians")
    assert "hardship for civilians" in summary(fit)


def test_single_cases_and_anecdotes_alone_are_insufficient():
    weak = [finding("m1", evidence_kind="single_case"), finding("m2", evidence_kind="anecdotal")]
    assert mediation({}, weak).verdict == "insufficient"
    assert mediation({}, [finding("m1", evidence_kind="comparative_case_study")]).verdict == "supported"


def test_insufficient_evidence_findings_alone_are_insufficient():
    fit = mediation({}, [finding("m1", direction="insufficient_evidence")])
    assert fit.verdict == "insufficient"
    assert reason(fit, "m1").role == "context"


def test_nothing_relevant_is_insufficient():
    assert mediation({}, []).verdict == "insufficient"


def test_a_single_case_of_harm_stops_a_supported_verdict():
    fit = mediation({}, [finding("m1"), finding("m2", direction="increases_violence", evidence_kind="single_case")])
    assert fit.verdict == "mixed"


def test_an_anecdote_of_benefit_does_not_lift_a_caution():
    fit = mediation({}, [finding("m1", direction="increases_violence"), finding("m2", evidence_kind="anecdotal")])
    assert fit.verdict == "cautioned"


@pytest.mark.parametrize(
    ("findings", "ceiling", "expected"),
    [
        ([finding("m1")], "mixed", "mixed"),
        ([finding("m1")], "insufficient", "insufficient"),
        ([finding("m1", direction="mixed")], "insufficient", "insufficient"),
        ([finding("m1", direction="mixed")], "mixed", "mixed"),
        ([finding("m1", direction="no_effect")], "insufficient", "cautioned"),
    ],
)
def test_ceiling_caps_the_verdict(findings, ceiling, expected):
    fit = mediation({}, findings, ceiling=ceiling, ceiling_reason="the paper says so")
    assert fit.verdict == expected
    lowered = expected != mediation({}, findings).verdict
    thin = expected == "cautioned" and ceiling == "insufficient"
    assert (fit.ceiling.applied, fit.ceiling.thin_but_cautioned) == (lowered, thin)
    assert bool(ceiling_note(fit)) == (lowered or thin)
    if lowered or thin:
        assert "the paper says so" in ceiling_note(fit)


def test_uncapped_verdict_has_no_ceiling_note():
    for fit in (
        mediation({}, [finding("m1")], ceiling="supported"),
        mediation({}, [finding("m1", direction="mixed")], ceiling="mixed"),
    ):
        assert not fit.ceiling.applied and fit.uncapped_verdict == fit.verdict
        assert ceiling_note(fit) == ""


def test_family_the_paper_does_not_review_is_not_reviewed():
    fit = evidence_fit({}, base([], [family(reviewed=False, ceiling="not_reviewed")])).family("mediation")
    assert fit.verdict == "not_reviewed"
    assert fit.reasons == [] and fit.unknown_factors == []


def test_cross_cutting_findings_are_context_when_they_apply():
    general = finding("x1", family=None, conditions=[cond("internationalized", ["yes"], "scope")])
    needs = finding("x2", family=None, conditions=[cond("armed_conflict", ["yes"], "requires")])
    result = evidence_fit({"internationalized": "yes", "armed_conflict": "no"}, base([general, needs]))
    assert [r.finding for r in result.context] == ["x1"]
    assert result.context[0].role == "context"
    assert evidence_fit({"internationalized": "no"}, base([general])).context == []


def test_reasons_are_ordered_by_role_then_finding():
    findings = [finding("m3", direction="no_effect"), finding("m2"), finding("m1", direction="mixed"), finding("m0")]
    fit = mediation({}, findings)
    assert [(r.role, r.finding) for r in fit.reasons] == [
        ("supports", "m0"),
        ("supports", "m2"),
        ("mixed", "m1"),
        ("cautions", "m3"),
    ]


def test_same_answers_give_the_same_fit_whatever_the_order_of_the_data():
    findings = [
        finding("m1", conditions=[cond("relationship", ["ally"], "favours"), cond("armed_conflict", ["yes"], "scope")]),
        finding("m2", direction="no_effect", phases=["latent_risk", "escalation"]),
        finding("m3", direction="mixed", studies=["roe_2012", "doe_2010"]),
    ]
    answers = {"relationship": "ally", "phase": "escalation"}
    first = evidence_fit(answers, base(findings))
    shuffled = findings[:]
    random.Random(4).shuffle(shuffled)
    assert evidence_fit(dict(reversed(list(answers.items()))), base(shuffled)) == first
    assert fit_json(fit_case(answers, base(findings))) == fit_json(fit_case(dict(reversed(list(answers.items()))), base(shuffled)))


def test_a_value_the_factor_does_not_have_is_refused():
    with pytest.raises(ValueError, match="relationship"):
        evidence_fit({"relationship": "friend"}, base([finding("m1")]))


def test_keys_that_are_not_situation_factors_are_ignored():
    assert evidence_fit({"rf01": "present"}, base([finding("m1")])) == evidence_fit({}, base([finding("m1")]))


def test_json_has_the_spec_shape():
    findings = [finding("m1", risks=["r"], conditions=[cond("relationship", ["ally", "partner"], "requires")])]
    data = fit_json(fit_case({"relationship": "ally"}, base(findings), confidence={"relationship": "low"}))
    assert list(data) == ["families", "options"]
    (entry,) = data["families"]
    assert {"id", "verdict", "summary", "reasons", "risks", "unknown_factors", "would_change", "left_out"} <= set(entry)
    (r,) = entry["reasons"]
    assert {"finding", "direction", "role", "evidence_kind", "citations", "factors", "conditions", "low_confidence", "source"} <= set(r)
    assert r["conditions"] == [
        {"factor": "relationship", "kind": "requires", "values": ["ally", "partner"], "case_value": "ally", "state": "met"}
    ]
    assert r["citations"] == [{"key": "doe_2010", "authors": "Doe", "year": "2010"}]
    assert (r["factors"], r["low_confidence"], r["source"]) == (["relationship"], ["relationship"], "base")


def test_text_report_shows_verdict_reasons_risks_and_unknowns():
    findings = [finding("m1", risks=["a named harm"], conditions=[cond("relationship", ["ally"], "favours")])]
    text = fit_text(fit_case({}, base(findings)))
    assert "MIXED" in text and "Doe 2010" in text and "a named harm" in text
    assert "Relationship with the government concerned" in text and "relationship" not in text.replace("Relationship", "")
    assert "political strategy" in text  # the paper's central caution travels with every verdict


def _harm_where(factor: str, values: list[str]) -> dict:
    return {"text": "a conditional harm", "conditions": [cond(factor, values, "requires")]}


def test_a_risk_counts_only_where_its_conditions_hold():
    benefit = finding("m1", risks=[_harm_where("relationship", ["ally"])])
    holds = mediation({"relationship": "ally"}, [benefit])
    assert holds.risks == ["a conditional harm"] and holds.verdict == "mixed"
    absent = mediation({"relationship": "adversary"}, [benefit])
    assert absent.risks == [] and absent.conditional_risks == [] and absent.verdict == "supported"


def test_a_risk_whose_condition_is_unknown_is_listed_as_conditional_and_keeps_supported_away():
    fit = mediation({}, [finding("m1", risks=[_harm_where("relationship", ["ally"])])])
    assert fit.risks == [] and fit.conditional_risks == ["a conditional harm"]
    assert fit.verdict == "mixed" and fit.basis.rule == "benefit_with_possible_risk" and "may apply" in summary(fit)
    assert fit.unknown_factors == ["relationship"]  # answering it settles the harm


def test_a_risk_with_its_own_conditions_is_read_against_them_even_where_the_benefit_fails():
    # e.g. a mission just deploying: the longer-run benefit does not hold, the spike does
    benefit = finding(
        "m1",
        conditions=[cond("phase", ["post_atrocity"], "requires")],
        risks=[_harm_where("relationship", ["ally"]), "a plain harm"],
    )
    fit = mediation({"phase": "ongoing_atrocities", "relationship": "ally"}, [benefit])
    assert reason(fit, "m1").role == "cautions"
    assert fit.risks == ["a conditional harm"]  # the plain harm went with the benefit


def test_design_answers_are_read_with_the_situation():
    benefit = finding("m1", family="peacekeeping", conditions=[cond("mission_size", ["large"], "requires")])
    evidence = base([benefit], [family("peacekeeping", category="military")])
    assert evidence_fit({}, evidence).family("peacekeeping").verdict == "mixed"
    assert evidence_fit({}, evidence, {"mission_size": "large"}).family("peacekeeping").verdict == "supported"
    assert evidence_fit({}, evidence, {"mission_size": "small"}).family("peacekeeping").verdict == "cautioned"
    with pytest.raises(ValueError, match="mission_size"):
        evidence_fit({}, evidence, {"mission_size": "huge"})


def test_text_report_marks_conditional_risks():
    text = fit_text(fit_case({}, base([finding("m1", risks=[_harm_where("relationship", ["ally"])])])))
    assert "may apply, depending on answers not yet given: a conditional harm" in text


# --- (b) properties on the real evidence base ---------------------------------------------------

VOCABULARY = load_factor_vocabulary()
FACTOR_VALUES = {fid: factor.value_ids() for fid, factor in VOCABULARY.factors.items()}
answers_strategy = st.fixed_dictionaries(
    {fid: st.sampled_from([None, "unknown", *values]) for fid, values in FACTOR_VALUES.items()}
)


@pytest.fixture(scope="module")
def evidence() -> EvidenceBase:
    return load_evidence()


def _cites(reason, factor_id: str, evidence: EvidenceBase) -> bool:
    if factor_id in reason.factors:
        return True
    finding = evidence.finding(reason.finding)
    return any(c.factor == factor_id for c in finding.conditions) or (factor_id == "phase" and bool(finding.phases))


def _reason_keys(reasons) -> dict[str, object]:
    return {r.model_dump_json(): r for r in reasons}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy)
def test_every_answer_combination_gives_a_verdict_for_all_21_families(evidence, answers):
    result = evidence_fit(answers, evidence)
    assert [f.id for f in result.families] == list(FAMILY_IDS)
    for fit in result.families:
        assert fit.verdict in VERDICTS
        assert summary(fit)
        assert fit.unknown_factors == sorted(set(fit.unknown_factors))
        if fit.verdict == "not_reviewed":
            assert not fit.reasons
        for r in fit.reasons:
            assert r.citations
    whole = fit_case(answers, evidence)
    assert [f.fit for f in whole.families] == result.families
    assert fit_json(whole)["families"]
    assert fit_text(whole)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy, data=st.data())
def test_one_new_answer_changes_only_the_reasons_that_depend_on_it(evidence, answers, data):
    unknown = sorted(f for f, v in answers.items() if v in (None, "unknown"))
    assume(unknown)
    factor_id = data.draw(st.sampled_from(unknown))
    value = data.draw(st.sampled_from(FACTOR_VALUES[factor_id]))
    before = evidence_fit(answers, evidence)
    after = evidence_fit({**answers, factor_id: value}, evidence)
    pairs = [(b.reasons, a.reasons) for b, a in zip(before.families, after.families, strict=True)]
    pairs.append((before.context, after.context))
    for old, new in pairs:
        old_keys, new_keys = _reason_keys(old), _reason_keys(new)
        for key in old_keys.keys() ^ new_keys.keys():
            changed = old_keys.get(key) or new_keys[key]
            assert _cites(changed, factor_id, evidence), (
                f"{changed.finding} changed when {factor_id} became {value} but does not cite it"
            )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy)
def test_the_fit_is_deterministic(evidence, answers):
    assert evidence_fit(answers, evidence) == evidence_fit(dict(reversed(list(answers.items()))), evidence)


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy)
def test_a_card_never_contradicts_its_own_conditions(evidence, answers):
    """A finding that points to a benefit lists no condition against the tool (an unknown scope
    keeps a finding in, SPEC §5); a benefit that cautions here names the condition that undoes it."""
    result = evidence_fit(answers, evidence)
    for r in (r for fit in result.families for r in fit.reasons):
        bearings = {(c.kind, c.bearing) for c in r.conditions}
        if r.role == "supports":
            assert all(b in ("within", "favourable") or k == "scope" for k, b in bearings), (r.finding, bearings)
            assert not any("unfavourable" in condition_line(c) for c in r.conditions)
        if r.role == "cautions" and r.direction in ("reduces_violence", "mixed"):
            assert any(b == "unfavourable" for _, b in bearings), (r.finding, bearings)


def test_every_family_of_the_real_base_appears_once_in_order(evidence):
    result: FitResult = evidence_fit({}, evidence)
    assert [f.id for f in result.families] == list(FAMILY_IDS)


_STRENGTH = {"supported": 3, "mixed": 2, "cautioned": 1, "insufficient": 1, "not_reviewed": 1}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy)
def test_no_verdict_is_stronger_than_the_papers_own_judgement(evidence, answers):
    for fit in evidence_fit(answers, evidence).families:
        ceiling = evidence.family(fit.id).ceiling
        if fit.verdict in ("supported", "mixed"):
            assert _STRENGTH[fit.verdict] <= _STRENGTH[ceiling], (fit.id, fit.verdict, ceiling)


# --- (c) situations from the paper ---------------------------------------------------------------
#
# Each scenario describes a situation in the factor vocabulary and states, for the families the
# paper speaks to clearly, the verdict and the findings (with their role) that must drive it. The
# comment beside each expectation quotes the few words of the paper it rests on.

SCENARIOS = [
    pytest.param(
        {
            "phase": "ongoing_atrocities",
            "killing_scale": "mass_killing",
            "armed_conflict": "yes",
            "perpetrator_type": "state",
            "state_capacity": "high",
            "relationship": "ally",
        },
        {
            # "condemnation can decrease the scale of violence, but it is unlikely to halt"
            "condemnation": "mixed",
            # "such policies on average seem to have no impact on violence"
            "diplomatic_downgrade": "cautioned",
            # "strengthening diplomatic relations ... can correlate with increases in violence"
            "diplomatic_upgrade": "cautioned",
            # "Negotiations have historically not played a significant role in ending"
            "mediation": "mixed",
            # "no effect on the severity of ongoing genocides"; the benefit for "friendly" regimes is
            # about compliance, and the ceiling: "adverse consequences ... may contradict any usage"
            "comprehensive_sanctions": "cautioned",
            # the military-aid findings concern pre-crisis prevention, not an ongoing killing
            "military_aid": "insufficient",
            # "no sufficient basis yet to say whether or when"
            "prosecution": "insufficient",
            # "used in too few contexts to be effectively evaluated"
            "no_fly_zone": "insufficient",
            "safe_area": "insufficient",
        },
        {
            "condemnation": {
                "dip_shaming_less_severe_killing": "supports",
                "dip_condemnation_cuts_scale_once_underway": "supports",
                "dip_condemnation_does_not_halt_campaigns": "cautions",
                # "condemnation can be more powerful if it comes from an ally"
                "dip_condemnation_stronger_from_ally": "supports",
            },
            "diplomatic_downgrade": {"dip_cutting_relations_no_effect": "cautions"},
            "diplomatic_upgrade": {"dip_upgrading_relations_more_violence": "cautions"},
            "mediation": {
                "dip_negotiation_rarely_ended_mass_killing": "cautions",
                "dip_mediation_helps_end_wars": "supports",
            },
            "comprehensive_sanctions": {
                "eco_sanctions_no_effect_on_atrocity_severity": "cautions",
                # works worse against autocracies, and the regime is not answered: a benefit that
                # may be undercut is not claimed until the answer is known
                "eco_sanctions_friendly_targets": "mixed",
            },
            # the El Salvador case is about threatening to cut aid: conditionality, not aid itself
            "aid_conditionality": {"mil_aid_cut_threat_el_salvador": "supports"},
        },
        {"xc_leverage_greater_with_ally"},  # "increases when the target state is an ally"
        id="state_mass_killing_by_an_ally",
    ),
    pytest.param(
        {
            "phase": "latent_risk",
            "killing_scale": "none",
            "armed_conflict": "no",
            "conflict_type": "none",
            "leadership_instability": "yes",
            "perpetrator_type": "state",
            "regime_type": "transitional",
            "io_involvement": "yes",
        },
        {
            # "Military aid seems to be counterproductive in terms of pre-crisis preventative action"
            "military_aid": "cautioned",
            # "hostile preventative interventions seem to make killing more likely"
            "intervention_against_perpetrator": "cautioned",
            # "at least one study finds that pro-government interventions at an early conflict stage"
            "intervention_pro_government": "mixed",
            # non-recognition "may be worth exploring further"
            "non_recognition": "insufficient",
            # "sudden decreases in aid are correlated with increased risk of conflict"
            "aid_conditionality": "cautioned",
            # aid literature "divided into two main camps"
            "development_aid": "mixed",
            # diplomatic interventions "can forestall the onset of civil war" but "no such ameliorative effect"
            "mediation": "mixed",
        },
        {
            "military_aid": {"mil_aid_raises_conflict_risk": "cautions"},
            "intervention_against_perpetrator": {"mil_demerritt_hostile_preventive_backfires": "cautions"},
            "intervention_pro_government": {"mil_demerritt_pro_government_preventive": "supports"},
            "non_recognition": {"dip_au_nonrecognition_fewer_coups": "supports"},
            "aid_conditionality": {"eco_aid_shocks_conflict_risk": "cautions"},
            "development_aid": {"eco_aid_builds_stability": "supports", "eco_aid_raises_conflict_risk": "cautions"},
            "mediation": {
                "dip_diplomatic_intervention_forestalls_civil_war": "supports",
                "dip_diplomatic_intervention_no_stability_gain": "cautions",
            },
        },
        # "six times more likely to experience mass killing"; "states in transition ... primary site"
        {"dip_leadership_change_mass_killing_risk", "xc_transitional_regimes_main_site"},
        id="latent_risk_after_a_coup",
    ),
    pytest.param(
        {
            "phase": "ongoing_atrocities",
            "killing_scale": "low_level",
            "armed_conflict": "yes",
            "internationalized": "yes",
            "perpetrator_type": "both",
            "acting_party_role": "partisan",
            "unsc_consensus": "divided",
            "peacekeepers_present": "no",
        },
        {
            # "intervening on behalf of one side may have the unintended consequence"
            "intervention_pro_government": "cautioned",
            # resolutions "have little effect on settlement ... unless ... peacekeeping"
            "un_resolutions": "cautioned",
            # embargoes "undermined by diverging geopolitical objectives among the permanent members"
            "arms_embargo": "mixed",
            # "remarkably stronger record ... when neutral interveners" - not for a partisan actor
            "peacekeeping": "mixed",
        },
        {
            "intervention_pro_government": {
                "mil_balance_shift_pro_government": "cautions",
                "mil_pro_government_intervention_prolongs": "cautions",
            },
            "un_resolutions": {"dip_un_resolutions_little_effect_settlement": "cautions"},
            "arms_embargo": {"mil_embargo_needs_great_power_unity": "cautions"},
            # the situation alone cannot say how large, policed, impartial or established the mission
            # is: "success inevitably depends on the nature of the deployment and mandate"
            "peacekeeping": {
                "mil_neutral_enduring_interventions_reduce": "mixed",
                "mil_un_peacekeeping_reduces_civilian_violence": "mixed",
            },
        },
        # "longer in duration and deadlier than civil wars without direct third-party involvement"
        {"xc_internationalized_deadlier", "xc_internationalized_longer"},
        id="internationalized_civil_war_divided_council",
    ),
    pytest.param(
        {
            "phase": "post_atrocity",
            "killing_scale": "none",
            "armed_conflict": "no",
            "conflict_type": "none",
            "identity_conflict": "yes",
            "regime_type": "transitional",
            "acting_party_role": "neutral",
            "peacekeepers_present": "yes",
        },
        {
            # "Combining ... amnesties, trials and truth commissions" helps; "Truth commissions on their own" do not
            "transitional_justice": "mixed",
            # "neither a positive nor a negative effect" (trials and recurrence)
            "prosecution": "insufficient",
            # "decrease the risk of war resumption" / "on-going debate about ... democratization"
            "peacekeeping": "mixed",
            # "little effect ... unless they are accompanied by stronger measures, such as peacekeeping"
            "un_resolutions": "mixed",
            # military victories "increase the likelihood of subsequent mass violence ... identity conflicts"
            "mediation": "mixed",
        },
        {
            "transitional_justice": {
                "leg_tj_combined_mechanisms_support_rights_democracy": "supports",
                "leg_truth_commissions_alone_no_benefit": "cautions",
            },
            "prosecution": {
                "leg_trials_no_effect_on_war_recurrence": "cautions",
                "leg_trials_no_effect_on_human_rights": "cautions",
            },
            "peacekeeping": {
                "mil_peacekeeping_less_war_resumption": "supports",
                # "multidimensional missions ... are necessary": a design property, unknown here
                "mil_multidimensional_missions_durable_peace": "mixed",
                "mil_peacekeeping_democratization_debated": "mixed",
            },
            "un_resolutions": {"dip_un_resolutions_little_effect_recurrence": "mixed"},
            "mediation": {"dip_military_victory_later_mass_violence": "mixed"},
        },
        set(),
        id="post_conflict_transition",
    ),
    pytest.param(
        {
            "phase": "ongoing_atrocities",
            "killing_scale": "mass_killing",
            "armed_conflict": "yes",
            "perpetrator_type": "state",
            "state_capacity": "high",
            "regional_consensus": "strong",
            "unsc_consensus": "united",
            "io_involvement": "yes",
        },
        {
            # "only armed confrontation of perpetrator states can reduce violence" vs "mixed results"
            "intervention_against_perpetrator": "mixed",
            # "a curious split" - peacekeeping record at genocide level is contested
            "peacekeeping": "mixed",
            # "used in too few contexts to be effectively evaluated", even with regional support
            "no_fly_zone": "insufficient",
            # "more likely to provoke modest changes ... than major reversals of policy"
            "arms_embargo": "mixed",
            # "no effect on the severity of ongoing genocides"
            "comprehensive_sanctions": "cautioned",
            "prosecution": "insufficient",
        },
        {
            "intervention_against_perpetrator": {
                "mil_krain_confrontation_only_effective": "supports",
                "mil_demerritt_hostile_reduces_ongoing": "supports",
                "mil_interventions_immediate_spike": "cautions",
            },
            "peacekeeping": {"mil_krain_neutral_no_effect_on_genocide": "cautions"},
            # "other regional powers must support the no-fly zone enforcement"
            "no_fly_zone": {"mil_no_fly_zone_demanding_conditions": "supports"},
            "arms_embargo": {
                "mil_embargo_needs_great_power_unity": "supports",
                "mil_embargo_modest_changes_only": "mixed",
            },
            "comprehensive_sanctions": {"eco_sanctions_no_effect_on_atrocity_severity": "cautions"},
        },
        # "when international and regional consensus is strong"
        {"xc_leverage_greater_with_consensus"},
        id="genocide_by_high_capacity_state_strong_regional_consensus",
    ),
    pytest.param(
        {
            "phase": "ongoing_atrocities",
            "killing_scale": "low_level",
            "armed_conflict": "yes",
            "conflict_type": "symmetric_nonconventional",
            "armed_groups": "several",
            "perpetrator_type": "both",
            "state_capacity": "low",
            "rome_statute_party": "no",
            "acting_party_role": "neutral",
            "peacekeepers_present": "yes",
        },
        {
            # prosecutions help only with "weak spoilers and strong institutions"
            "prosecution": "cautioned",
            # "strong evidence that UN peacekeeping missions can help decrease civilian casualties"
            "peacekeeping": "mixed",
            "no_fly_zone": "insufficient",
            "safe_area": "insufficient",
        },
        {
            "prosecution": {
                "leg_prosecution_needs_favourable_conditions": "cautions",
                "leg_prosecution_can_obstruct_peace_talks": "cautions",
            },
            # size, policing, impartiality and stage are the option's design, unknown in a situation
            "peacekeeping": {
                "mil_un_peacekeeping_reduces_civilian_violence": "mixed",
                "mil_neutral_enduring_interventions_reduce": "mixed",
            },
        },
        # "The levers of pressure on central authorities may in these cases be less effective";
        # government violence rises "when conflicts involve multiple rebel groups"
        {"xc_central_pressure_by_war_type", "xc_symmetric_nonconventional_hard_to_end", "xc_gov_violence_several_rebel_groups"},
        id="low_capacity_symmetric_war_several_groups",
    ),
]


@pytest.mark.parametrize(("answers", "verdicts", "reasons", "context"), SCENARIOS)
def test_situation_from_the_paper(evidence, answers, verdicts, reasons, context):
    result = evidence_fit(answers, evidence)
    got = {family_id: result.family(family_id).verdict for family_id in verdicts}
    assert got == verdicts
    for family_id, expected in reasons.items():
        roles = {r.finding: r.role for r in result.family(family_id).reasons}
        assert {f: roles.get(f) for f in expected} == expected, family_id
    assert context <= {r.finding for r in result.context}


@pytest.mark.parametrize(("answers", "verdicts", "reasons", "context"), SCENARIOS)
def test_the_paper_never_supports_prosecution_no_fly_zones_or_safe_areas(evidence, answers, verdicts, reasons, context):
    # "no sufficient basis yet" (legal); "too few contexts" (no-fly zones and safe areas)
    result = evidence_fit(answers, evidence)
    for family_id in ("prosecution", "no_fly_zone", "safe_area"):
        assert result.family(family_id).verdict in ("insufficient", "cautioned")


def test_peacekeeping_is_not_cautioned_where_peacekeepers_serve_a_war(evidence):
    # "a remarkably stronger record of civilian protection when neutral interveners ... are deployed"
    answers = {"armed_conflict": "yes", "peacekeepers_present": "yes", "acting_party_role": "neutral"}
    for phase in ("escalation", "ongoing_atrocities"):
        assert evidence_fit({**answers, "phase": phase}, evidence).family("peacekeeping").verdict != "cautioned"


def test_an_absent_condition_is_named_in_the_reason(evidence):
    # embargoes are "undermined by diverging geopolitical objectives among the permanent members"
    fit = evidence_fit({"unsc_consensus": "divided"}, evidence).family("arms_embargo")
    unity = next(r for r in fit.reasons if r.finding == "mil_embargo_needs_great_power_unity")
    assert unity.role == "cautions" and unity.role_change == "requires_absent"
    requirement = next(c for c in unity.conditions if c.factor == "unsc_consensus")
    assert (requirement.kind, requirement.case_value, requirement.state) == ("requires", "divided", "absent")
    assert "united" in requirement.values


def test_ceiling_note_explains_a_capped_verdict(evidence):
    answers = {"phase": "ongoing_atrocities", "killing_scale": "mass_killing", "regional_consensus": "strong"}
    fit = evidence_fit(answers, evidence).family("no_fly_zone")
    assert fit.verdict == "insufficient" and fit.ceiling.applied and fit.ceiling.reason
    assert fit.ceiling.reason in ceiling_note(fit)


# --- (d) options: the situation plus the option's design (SPEC §4, §5; issue 14) -------------------

ONGOING_WAR_ATROCITY = {
    "phase": "ongoing_atrocities",
    "killing_scale": "mass_killing",
    "armed_conflict": "yes",
    "perpetrator_type": "state",
    "acting_party_role": "neutral",
}
# "the size of the deployments and the strength of their policing capacity"; "strong mandates";
# "enduring, neutral interventions decrease killing over the longer-term"
STRONG_MISSION = {
    "mission_size": "large",
    "police_strength": "strong",
    "mandate": "strong",
    "multidimensional": "yes",
    "deployment_stage": "established",
    "impartial": "yes",
}
WEAK_NEW_MISSION = {**STRONG_MISSION, "mission_size": "small", "police_strength": "weak", "mandate": "weak", "deployment_stage": "new"}
SPIKE = "an immediate rise in violence against civilians when the intervention begins"


def test_situation_only_peacekeeping_is_not_supported_but_no_longer_blocked_by_the_spike(evidence):
    fit = evidence_fit(ONGOING_WAR_ATROCITY, evidence).family("peacekeeping")
    assert fit.verdict == "mixed"
    assert fit.risks == [] and SPIKE in fit.conditional_risks  # it may apply: the stage is unknown
    assert {"mission_size", "police_strength", "mandate", "deployment_stage", "impartial"} <= set(fit.unknown_factors)
    roles = {r.finding: r.role for r in fit.reasons}
    assert roles["mil_un_peacekeeping_reduces_civilian_violence"] == "mixed"  # size and police unknown


def test_large_policed_mandated_established_mission_is_supported(evidence):
    # "strong evidence that UN peacekeeping missions can help decrease civilian casualties"
    fit = evidence_fit(ONGOING_WAR_ATROCITY, evidence, STRONG_MISSION).family("peacekeeping")
    assert fit.verdict == "supported"
    assert fit.risks == [] and fit.conditional_risks == []
    roles = {r.finding: r.role for r in fit.reasons}
    assert roles["mil_un_peacekeeping_reduces_civilian_violence"] == "supports"
    assert roles["mil_neutral_enduring_interventions_reduce"] == "supports"
    # Krain's cases predate protection mandates: they say nothing about a strongly mandated mission
    assert "mil_krain_neutral_no_effect_on_genocide" not in roles


def test_small_weakly_mandated_new_mission_is_not_supported_and_names_the_spike(evidence):
    fit = evidence_fit(ONGOING_WAR_ATROCITY, evidence, WEAK_NEW_MISSION).family("peacekeeping")
    assert fit.verdict == "mixed"
    assert SPIKE in fit.risks
    roles = {r.finding: r.role for r in fit.reasons}
    assert roles["mil_un_peacekeeping_reduces_civilian_violence"] == "cautions"
    assert roles["mil_krain_neutral_no_effect_on_genocide"] == "cautions"


def test_krain_and_demerritt_stay_when_the_state_kills_alongside_rebels(evidence):
    # "state-sponsored genocide and politicide"; "government-sponsored killing": a state that kills
    # alongside rebels is still a state that kills
    fit = evidence_fit({**ONGOING_WAR_ATROCITY, "perpetrator_type": "both"}, evidence)
    against = {r.finding for r in fit.family("intervention_against_perpetrator").reasons}
    assert {"mil_krain_confrontation_only_effective", "mil_demerritt_hostile_reduces_ongoing"} <= against
    assert "mil_krain_neutral_no_effect_on_genocide" in {r.finding for r in fit.family("peacekeeping").reasons}


def test_condemnation_by_a_non_ally_does_not_count_the_ally_finding_as_support(evidence):
    # "condemnation can be more powerful if it comes from an ally"
    for relationship in ("partner", "neutral", "adversary"):
        fit = evidence_fit({**ONGOING_WAR_ATROCITY, "relationship": relationship}, evidence).family("condemnation")
        roles = {r.finding: r.role for r in fit.reasons}
        assert roles["dip_condemnation_stronger_from_ally"] == "context", relationship
    ally = evidence_fit({**ONGOING_WAR_ATROCITY, "relationship": "ally"}, evidence).family("condemnation")
    assert {r.finding: r.role for r in ally.reasons}["dip_condemnation_stronger_from_ally"] == "supports"


SANCTION_DESIGNS = st.fixed_dictionaries(
    {
        "sanction_goal": st.sampled_from([None, "modest", "major"]),
        "multilateral": st.sampled_from([None, "yes", "no"]),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy, design=SANCTION_DESIGNS)
def test_comprehensive_sanctions_and_military_aid_never_read_above_cautioned(evidence, answers, design):
    # "a fairly poor track record"; adverse consequences "may contradict any usage predicated on the
    # goal of protecting civilians"; military aid "seems to be counterproductive"
    fit = evidence_fit(answers, evidence, design)
    assert fit.family("comprehensive_sanctions").verdict in ("cautioned", "insufficient")
    assert fit.family("military_aid").verdict in ("cautioned", "insufficient")


def test_nonviolent_movements_own_success_is_context_not_support(evidence):
    # the likelihood of success "is not dependent on international ... support"; support "may make
    # it harder for these groups to succeed"
    result = evidence_fit({"nonviolent_movement": "yes", "phase": "ongoing_atrocities"}, evidence)
    fit = result.family("nonviolent_support")
    assert fit.verdict == "cautioned"
    assert not any(r.role == "supports" for r in fit.reasons)
    assert {"dip_nonviolent_movements_succeed_more", "dip_regimes_concede_to_nonviolent"} <= {r.finding for r in result.context}


def test_condemnation_and_downgrade_speak_to_situations_at_risk(evidence):
    # "diplomatic actions that are most likely to improve situations at risk of atrocities"
    result = evidence_fit({"phase": "escalation", "killing_scale": "low_level"}, evidence)
    assert "dip_speaking_out_in_situations_at_risk" in {r.finding for r in result.family("condemnation").reasons}
    downgrade = result.family("diplomatic_downgrade")
    assert "dip_keep_relations_in_situations_at_risk" in {r.finding for r in downgrade.reasons}
    assert downgrade.verdict != "supported"


def test_military_aid_to_a_country_at_risk_is_cautioned_during_escalation(evidence):
    # "military aid to countries at risk of violence tends to increase the likelihood of internal conflict"
    fit = evidence_fit({"phase": "escalation"}, evidence).family("military_aid")
    assert fit.verdict == "cautioned"
    assert "mil_aid_raises_conflict_risk" in {r.finding for r in fit.reasons}


def test_act_of_war_risk_follows_host_consent(evidence):
    # "if imposed against the will of a target government ... can be interpreted as an act of war"
    act_of_war = "without the target government's consent it may be read as an act of war"
    assert act_of_war in evidence_fit({"host_consent": "no"}, evidence).family("no_fly_zone").risks
    consented = evidence_fit({"host_consent": "yes"}, evidence).family("no_fly_zone")
    assert act_of_war not in consented.risks + consented.conditional_risks
    assert act_of_war in evidence_fit({}, evidence).family("no_fly_zone").conditional_risks


def test_balance_of_power_harms_apply_whatever_the_acting_partys_stance(evidence):
    # "This pattern holds true irrespective of whether the relative advantage accrues to rebels or
    # government forces"; intervening for one side is what the finding is about
    fit = evidence_fit({"armed_conflict": "yes", "acting_party_role": "neutral"}, evidence)
    assert "mil_balance_shift_pro_rebel" in {r.finding for r in fit.family("intervention_against_perpetrator").reasons}
    assert "mil_balance_shift_pro_government" in {r.finding for r in fit.family("intervention_pro_government").reasons}
