"""Qt tables of a revision's strategy: phases with their decision points, assumptions, scenarios,
the dated trigger calendar, success measures and the options' legal basis and consent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.models import Decision, Objective
from ...core.strategy import Assumption, DecisionPoint, Phase, Scenario, TriggerDate
from ...core.vocabulary import option_title, word
from .table import Column, RowTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("StrategyModels", text)


@dataclass(frozen=True)
class PhaseRow:
    """A phase (with the titles of its options) or one of its decision points, as the table lists them."""

    item: Phase | DecisionPoint
    options: str = ""


def _phase_or_point(row: PhaseRow) -> str:
    if isinstance(row.item, Phase):
        return f"{word("phase_kind", row.item.kind)}: {row.item.title}".rstrip(": ")
    return f"    ↳ {row.item.event}"


def _what(row: PhaseRow) -> str:
    return row.options if isinstance(row.item, Phase) else row.item.response


def _direction(row: PhaseRow) -> str:
    return "" if isinstance(row.item, Phase) else word("point_direction", row.item.direction)


class PhaseTableModel(RowTableModel[PhaseRow]):
    columns = (
        Column(tr("Phase, or decision point (observable event)"), _phase_or_point),
        Column(tr("Options used, or the response"), _what),
        Column(tr("Direction"), _direction),
    )

    def show(self, phases: list[Phase], points: list[DecisionPoint], options: list[Decision]) -> None:
        titles = {d.id: option_title(d) for d in options}
        rows: list[PhaseRow] = []
        for phase in phases:
            rows.append(PhaseRow(phase, "; ".join(titles[o] for o in phase.options if o in titles) or tr("No option chosen")))
            rows += [PhaseRow(p) for p in points if p.phase_id == phase.id]
        self.set_rows(rows)


class AssumptionTableModel(RowTableModel[Assumption]):
    columns = (
        Column(tr("Assumption"), lambda a: a.text),
        Column(tr("What would prove it wrong"), lambda a: a.disproved_by),
        Column(tr("Indicator to watch"), lambda a: a.indicator),
    )


class ScenarioTableModel(RowTableModel[Scenario]):
    columns = (
        Column(tr("Kind"), lambda s: word("scenario_kind", s.kind)),
        Column(tr("Scenario"), lambda s: s.title, lambda s: f"{s.title}\n{s.description}"),
        Column(tr("Warning signs"), lambda s: s.warning_signs),
    )


class TriggerTableModel(RowTableModel[TriggerDate]):
    """The calendar, soonest first."""

    columns = (
        Column(tr("Date"), lambda t: str(t.on_date)),
        Column(tr("Trigger"), lambda t: t.title),
        Column(tr("Status"), lambda t: word("trigger_status", t.status)),
        Column(tr("Note"), lambda t: t.note),
    )

    def show(self, triggers: list[TriggerDate]) -> None:
        self.set_rows(sorted(triggers, key=lambda t: (str(t.on_date), t.position)))


class SuccessTableModel(RowTableModel[Objective]):
    columns = (
        Column(tr("Objective"), lambda o: o.text),
        Column(tr("Measure of success"), lambda o: o.success_measure or tr("Not set")),
    )


class LegalTableModel(RowTableModel[Decision]):
    columns = (
        Column(tr("Option"), option_title),
        Column(tr("Legal basis"), lambda d: d.legal_basis or tr("Not set")),
        Column(tr("Consent needed"), lambda d: d.consent or tr("Not set")),
    )
