"""The headline of a split verdict says one thing per part (issue 17): a harm found, a condition
absent here and a condition that undercuts the tool are counted apart, never lumped together."""

from __future__ import annotations

from pathlib import Path

from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.fit import evidence_fit
from atrocity_desk.core.fit_words import summary


def test_split_headlines_count_each_kind_of_caution_apart(tmp_path: Path) -> None:
    case = write_example_case(tmp_path / "e.atrocase")
    answers = case.factor_answers(case.latest_revision().id)
    case.close()
    fit = evidence_fit(answers, load_evidence())
    embargo = fit.family("arms_embargo")
    assert embargo.basis.rule == "split"
    sentence = summary(embargo)
    assert "no effect, harm, or a condition absent" not in sentence
    assert "1 finds no effect or harm" in sentence
    assert "1 finds a benefit that needs a condition absent here" in sentence
    assert sentence.count(";") + 1 == sum(1 for n in embargo.basis.counts.values() if n) + 1  # cautions in two parts
    assert summary(fit.family("mediation")).endswith("1 finds a benefit; 1 finds no effect or harm.")
