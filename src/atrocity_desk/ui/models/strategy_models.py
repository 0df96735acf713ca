"""Qt tables of a revision's strategy: phases with their decision points, assumptions, scenarios,
the dated trigger calendar, success measures and the options' legal basis and consent."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.language import join_list
from ...core.models import Decision, Objective
from ...core.strategy import Assumption, DecisionPoint, Phase, Scenario, TriggerDate
from ...core.vocabulary import option_title, word
from ..locale_format import shown_date
from .table import Column, RowTableModel


@dataclass(frozen=True)
class PhaseRow:
    """A phase (with the titles of its options) or one of its decision points, as the table lists them."""

    item: Phase | DecisionPoint
    options: str = ""


def _phase_or_point(row: PhaseRow) -> str:
    if isinstance(row.item, Phase):
        kind = word("phase_kind", row.item.kind)
        return QCoreApplication.translate("StrategyModels", "{kind}: {title}").format(kind=kind, title=row.item.title) if row.item.title else kind
    return f"    ↳ {row.item.event}"


def _what(row: PhaseRow) -> str:
    return row.options if isinstance(row.item, Phase) else row.item.response


def _direction(row: PhaseRow) -> str:
    return "" if isinstance(row.item, Phase) else word("point_direction", row.item.direction)


class PhaseTableModel(RowTableModel[PhaseRow]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Phase, or decision point (observable event)"), _phase_or_point),
        Column(QT_TRANSLATE_NOOP("Column", "Options used, or the response"), _what),
        Column(QT_TRANSLATE_NOOP("Column", "Direction"), _direction),
    )

    def show(self, phases: list[Phase], points: list[DecisionPoint], options: list[Decision]) -> None:
        titles = {d.id: option_title(d) for d in options}
        rows: list[PhaseRow] = []
        for phase in phases:
            rows.append(PhaseRow(phase, join_list(titles[o] for o in phase.options if o in titles) or QCoreApplication.translate("StrategyModels", "No option chosen")))
            rows += [PhaseRow(p) for p in points if p.phase_id == phase.id]
        self.set_rows(rows)


class AssumptionTableModel(RowTableModel[Assumption]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Assumption"), lambda a: a.text),
        Column(QT_TRANSLATE_NOOP("Column", "What would prove it wrong"), lambda a: a.disproved_by),
        Column(QT_TRANSLATE_NOOP("Column", "Indicator to watch"), lambda a: a.indicator),
    )


class ScenarioTableModel(RowTableModel[Scenario]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Kind"), lambda s: word("scenario_kind", s.kind)),
        Column(QT_TRANSLATE_NOOP("Column", "Scenario"), lambda s: s.title, lambda s: f"{s.title}\n{s.description}"),
        Column(QT_TRANSLATE_NOOP("Column", "Warning signs"), lambda s: s.warning_signs),
    )


class TriggerTableModel(RowTableModel[TriggerDate]):
    """The calendar, soonest first."""

    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Date"), lambda t: shown_date(str(t.on_date))),
        Column(QT_TRANSLATE_NOOP("Column", "Trigger"), lambda t: t.title),
        Column(QT_TRANSLATE_NOOP("Column", "Status"), lambda t: word("trigger_status", t.status)),
        Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda t: t.note),
    )

    def show(self, triggers: list[TriggerDate]) -> None:
        self.set_rows(sorted(triggers, key=lambda t: (str(t.on_date), t.position)))


class SuccessTableModel(RowTableModel[Objective]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Objective"), lambda o: o.text),
        Column(QT_TRANSLATE_NOOP("Column", "Measure of success"), lambda o: o.success_measure or QCoreApplication.translate("StrategyModels", "Not set")),
    )


class LegalTableModel(RowTableModel[Decision]):
    columns = (
        Column(QT_TRANSLATE_NOOP("Column", "Option"), option_title),
        Column(QT_TRANSLATE_NOOP("Column", "Legal basis"), lambda d: d.legal_basis or QCoreApplication.translate("StrategyModels", "Not set")),
        Column(QT_TRANSLATE_NOOP("Column", "Consent needed"), lambda d: d.consent or QCoreApplication.translate("StrategyModels", "Not set")),
    )
