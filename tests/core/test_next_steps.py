"""The Overview's next steps are computed in the core; unknown answers count as unanswered (issue 17)."""

from __future__ import annotations

from atrocity_desk.core.checklist import load_checklist
from atrocity_desk.core.models import Decision, EtdJudgment, Judgment, Objective, Revision
from atrocity_desk.core.next_steps import next_steps, options_per_status
from atrocity_desk.core.vocabulary import counted, next_step_words


def _revision(bottom_line: str = "") -> Revision:
    return Revision(id=1, number=1, assessed_on="2026-11-23", created_at="2026-11-23T09:00:00+00:00", bottom_line=bottom_line)


def test_an_empty_case_has_every_step_open() -> None:
    checklist = load_checklist()
    steps = next_steps(checklist, {}, {}, [], [], _revision())
    factors = sum(len(g.factors) for g in checklist.factor_groups)
    assert [(s.kind, s.target) for s in steps] == [
        ("factors_unanswered", "situation"), ("indicators_unknown", "risk_factors"), ("no_objectives", "aim"),
        ("no_options", "toolbox"), ("no_bottom_line", "memo")]
    assert steps[0].count == factors


def test_an_unknown_answer_stays_unanswered_and_judged_options_drop_out() -> None:
    checklist = load_checklist()
    first, second = checklist.factor_groups[0].factors[:2]
    factors = {first.id: Judgment(kind="factor", item=first.id, value=None),
               second.id: Judgment(kind="factor", item=second.id, value=second.values[0].id)}
    options = [Decision(id=1, family="f", status="recommended", etd={"feasibility": EtdJudgment(rating="favours")}),
               Decision(id=2, family="f", status="rejected")]
    steps = {s.kind: s.count for s in next_steps(checklist, factors, {}, [Objective(id=1, text="x")], options, _revision("Done."))}
    assert steps["factors_unanswered"] == sum(len(g.factors) for g in checklist.factor_groups) - 1
    assert steps["options_without_judgments"] == 1
    assert "no_bottom_line" not in steps and "no_objectives" not in steps
    assert options_per_status(options) == [("recommended", 1), ("rejected", 1)]


def test_counts_are_written_with_real_plurals() -> None:
    assert counted(1, "option") == "1 option" and counted(3, "option") == "3 options"
    assert counted(1, "group_at_risk") == "1 group at risk" and counted(0, "objective") == "0 objectives"
    assert next_step_words("options_without_judgments", 2) == "2 options without judgments"
    assert next_step_words("factors_unanswered", 1) == "1 situation factor unanswered"
