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
from atrocity_desk.core.fit import FitResult, evidence_fit
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


# --- (a) the rules ------------------------------------------------------------------------------


def test_a_plain_benefit_from_cross_national_evidence_is_supported():
    fit = mediation({}, [finding("m1")])
    assert fit.verdict == "supported"
    assert reason(fit, "m1").role == "supports"
    assert reason(fit, "m1").citations == ["Doe 2010"]


def test_unknown_answer_is_neither_a_match_nor_a_mismatch_for_scope():
    scoped = finding("m1", conditions=[cond("armed_conflict", ["yes"], "scope")])
    unknown = mediation({"armed_conflict": "unknown"}, [scoped])
    assert unknown.verdict == "supported"
    assert reason(unknown, "m1").factors == ["armed_conflict=unknown"]
    assert unknown.unknown_factors == ["armed_conflict"]

    matched = mediation({"armed_conflict": "yes"}, [scoped])
    assert reason(matched, "m1").factors == ["armed_conflict=yes"]
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
    assert m1.factors == ["relationship=adversary"]
    assert "relationship=ally" in m1.note and "adversary" in m1.note
    assert "relationship=adversary" in fit.summary


def test_met_requirement_keeps_the_benefit():
    fit = mediation({"relationship": "ally"}, [finding("m1", conditions=[cond("relationship", ["ally"], "requires")])])
    assert fit.verdict == "supported"
    assert reason(fit, "m1").factors == ["relationship=ally"]


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
    assert reason(met, "m1").factors == ["state_capacity=low"]
    assert mediation({"state_capacity": "high"}, [against]).verdict == "supported"
    assert reason(mediation({"state_capacity": "high"}, [against]), "m1").factors == []


def test_favours_condition_met_is_listed_and_strengthens():
    favoured = finding("m1", conditions=[cond("relationship", ["ally"], "favours")])
    met = mediation({"relationship": "ally"}, [favoured])
    assert met.verdict == "supported"
    assert reason(met, "m1").factors == ["relationship=ally"]
    assert "works better" in reason(met, "m1").note
    other = mediation({"relationship": "adversary"}, [favoured])
    assert other.verdict == "supported" and reason(other, "m1").factors == []


def test_phase_limits_relevance_and_unknown_phase_keeps_the_finding():
    latent = finding("m1", phases=["latent_risk"])
    assert mediation({"phase": "ongoing_atrocities"}, [latent]).reasons == []
    assert reason(mediation({"phase": "latent_risk"}, [latent]), "m1").factors == ["phase=latent_risk"]
    unknown = mediation({}, [latent])
    assert reason(unknown, "m1").factors == ["phase=unknown"]
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
    assert "hardship for civilians" in fit.summary


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
    capped = expected != mediation({}, findings).verdict or expected == "cautioned" and ceiling == "insufficient"
    assert bool(fit.ceiling_note) == capped
    if capped:
        assert "the paper says so" in fit.ceiling_note


def test_uncapped_verdict_has_no_ceiling_note():
    assert mediation({}, [finding("m1")], ceiling="supported").ceiling_note == ""
    assert mediation({}, [finding("m1", direction="mixed")], ceiling="mixed").ceiling_note == ""


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
    assert evidence_fit(answers, base(findings)).to_json() == first.to_json()


def test_a_value_the_factor_does_not_have_is_refused():
    with pytest.raises(ValueError, match="relationship"):
        evidence_fit({"relationship": "friend"}, base([finding("m1")]))


def test_keys_that_are_not_situation_factors_are_ignored():
    assert evidence_fit({"rf01": "present"}, base([finding("m1")])) == evidence_fit({}, base([finding("m1")]))


def test_json_has_the_spec_shape():
    data = evidence_fit({}, base([finding("m1", risks=["r"])])).to_json()
    assert list(data) == ["families"]
    (entry,) = data["families"]
    assert set(entry) == {"id", "verdict", "reasons", "unknown_factors", "risks"}
    assert set(entry["reasons"][0]) == {"finding", "direction", "citations", "factors"}


def test_text_report_shows_verdict_reasons_risks_and_unknowns():
    findings = [finding("m1", risks=["a named harm"], conditions=[cond("relationship", ["ally"], "favours")])]
    text = evidence_fit({}, base(findings)).to_text()
    assert "MIXED" in text and "Doe 2010" in text and "a named harm" in text and "relationship" in text
    assert "political strategy" in text  # the paper's central caution travels with every verdict


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
    if any(item.split("=", 1)[0] == factor_id for item in reason.factors):
        return True
    return any(c.factor == factor_id for c in evidence.finding(reason.finding).conditions)


def _reason_keys(reasons) -> dict[str, object]:
    return {r.model_dump_json(): r for r in reasons}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=answers_strategy)
def test_every_answer_combination_gives_a_verdict_for_all_21_families(evidence, answers):
    result = evidence_fit(answers, evidence)
    assert [f.id for f in result.families] == list(FAMILY_IDS)
    for fit in result.families:
        assert fit.verdict in VERDICTS
        assert fit.summary
        assert fit.unknown_factors == sorted(set(fit.unknown_factors))
        if fit.verdict == "not_reviewed":
            assert not fit.reasons
        for r in fit.reasons:
            assert r.citations
    assert result.to_json()["families"]
    assert result.to_text()


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


def test_every_family_of_the_real_base_appears_once_in_order(evidence):
    result: FitResult = evidence_fit({}, evidence)
    assert [f.id for f in result.families] == list(FAMILY_IDS)
