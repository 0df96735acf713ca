"""Every item model of the pages of this package passes pytest-qt's model tester, filled with the
example case's data (and empty)."""

from __future__ import annotations

import pytest

from atrocity_desk.core.assessment import risk_factor_summaries
from atrocity_desk.ui.models.actors import COLUMNS_BY_KIND, ActorTableModel
from atrocity_desk.ui.models.factor_findings import FindingListModel
from atrocity_desk.ui.models.factors import FactorTreeModel
from atrocity_desk.ui.models.objectives import ObjectiveListModel
from atrocity_desk.core.revision_diff import Change
from atrocity_desk.ui.models.revisions import AuditTableModel, ChangeTableModel, RevisionTableModel
from atrocity_desk.ui.models.risk_factors import IndicatorTableModel, RiskFactorListModel


@pytest.fixture
def session(main_window):  # noqa: ANN001, ANN201
    return main_window.session


def latest(session):  # noqa: ANN001, ANN201
    return session.revision().id


@pytest.mark.parametrize("kind", list(COLUMNS_BY_KIND))
def test_actor_table_model(qtmodeltester, session, kind):
    model = ActorTableModel(kind)
    qtmodeltester.check(model)
    model.set_actors(session.case.actors(latest(session)))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_factor_tree_model(qtmodeltester, session):
    model = FactorTreeModel(session.checklist)
    qtmodeltester.check(model)
    model.set_judgments(session.case.judgments(latest(session), "factor"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(session.checklist.factor_groups)
    factors = sum(len(g.factors) for g in session.checklist.factor_groups)  # 26 of SPEC §4 and the added ones
    assert sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount())) == factors


def test_risk_factor_list_model(qtmodeltester, session):
    summaries = risk_factor_summaries(session.checklist, session.case.judgments(latest(session), "indicator"))
    model = RiskFactorListModel(summaries)
    qtmodeltester.check(model)


def test_indicator_table_model(qtmodeltester, session):
    model = IndicatorTableModel(lambda *args: True)
    qtmodeltester.check(model)
    model.set_risk_factor(session.checklist.risk_factors[0], session.case.judgments(latest(session), "indicator"))
    qtmodeltester.check(model)
    assert model.rowCount() == len(session.checklist.risk_factors[0].indicators)


def test_objective_list_model(qtmodeltester, session):
    model = ObjectiveListModel()
    qtmodeltester.check(model)
    model.set_objectives(session.case.objectives(latest(session)))
    qtmodeltester.check(model)


def test_revision_and_audit_models(qtmodeltester, session):
    revisions = RevisionTableModel()
    revisions.set_revisions(session.case.revisions())
    qtmodeltester.check(revisions)
    audit = AuditTableModel()
    audit.set_entries(session.case.audit(), {r.id: r.number for r in session.case.revisions()})
    assert audit.rowCount() > 0
    qtmodeltester.check(audit)


def test_change_table_model(qtmodeltester):
    model = ChangeTableModel([Change("Situation factor", "Scale of killing", "Unknown", "Mass killing")])
    qtmodeltester.check(model)


def test_finding_list_model(qtmodeltester, session):
    model = FindingListModel(session.evidence, session.evidence.findings_using_factor("phase"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
