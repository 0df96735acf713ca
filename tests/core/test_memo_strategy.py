"""The memo's strategy (SPEC §7 body part 4, issue 16): in the body, each phase with its decision
points, the key assumptions with what would prove them wrong, the most dangerous scenario and the
next dated triggers; the Word memo says the same; the annex holds the whole strategy and the
research on situations like this one."""

from __future__ import annotations

import re

import pytest
from docx import Document
from pypdf import PdfReader

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.memo.content import gather_content
from atrocity_desk.core.memo.parts import memo_body
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.strategy import Assumption, Phase, Scenario, TriggerDate
from atrocity_desk.core.vocabulary import DECISION_STATUSES, not_recorded


def flat(text: str) -> str:
    return " ".join(text.split())


def page_bodies(path) -> list[str]:
    """Each page's text without its marking, running header and footer (pypdf reads those first,
    up to the footer's "evidence base <version>")."""
    pages = [flat(page.extract_text() or "") for page in PdfReader(path).pages]
    return [re.sub(r"^.*?evidence base \S+ ", "", page, count=1) for page in pages]


def body_text(path) -> str:
    pages = page_bodies(path)
    annex = next((i for i, page in enumerate(pages) if page.startswith("Annex The evidence and the full tables")), len(pages))
    return " ".join(pages[:annex])


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def word_section(path, start: str, end: str) -> str:
    paragraphs = [p.text for p in Document(path).paragraphs]
    return flat(" ".join(paragraphs[paragraphs.index(start) : paragraphs.index(end)]))


@pytest.fixture
def case(tmp_path):
    with write_example_case(tmp_path / "example.atrocase") as opened:
        yield opened


def strategy_part(case: CaseFile):
    return memo_body(gather_content(case, None, DECISION_STATUSES, None)).strategy


def test_the_body_prints_each_phase_with_its_decision_points_assumptions_scenario_and_next_triggers(case, tmp_path):
    pdf = export_memo(case, tmp_path / "memo.pdf", MemoSettings(annex=False))
    body = body_text(pdf)
    section = between(body, "The strategy", "The other options")
    plan = strategy_part(case)
    assert len(plan.phases) == 4 and sum(len(p.points) for p in plan.phases) == 7
    for phase in plan.phases:
        assert phase.title in section
        for point in phase.points:
            assert f"{point.event} → {point.response}" in section
    assert "Escalate: Over 500 civilian deaths in Harun in a month" in section
    assert "Now — Speak out, back the mediation, protect through aid (options 1, 2 and 3)" in section
    for assumption in plan.assumptions:
        assert f"{assumption.text} Wrong if: {assumption.disproved_by}" in section
    assert "Most dangerous scenario: Attack on the Lake Oru camps and forced removal of the Ñambé. Warning signs:" in section
    # The next dated triggers still upcoming at the assessment (23 November 2026), soonest first;
    # the Kraków meeting has happened and is left to the annex's calendar.
    assert (
        "Next dated triggers: 15 December 2026, Commission of inquiry's report due; 20 January 2027, "
        "Regional summit; 3 March 2027, Second anniversary of the coup." in section
    )
    assert "Kraków meeting" not in section and "Donor contact group meets" not in section
    # What SPEC §7 does not name for the body's half page is in annex A6 only.
    for label in ("If nothing more is done", "Coalition", "Transition and exit"):
        assert label not in section


def test_the_word_memo_has_the_same_strategy_text_as_the_pdf(case, tmp_path):
    pdf = export_memo(case, tmp_path / "memo.pdf", MemoSettings(annex=False))
    docx = export_memo(case, tmp_path / "memo.docx", MemoSettings(annex=False))
    in_pdf = flat(between(body_text(pdf), "The strategy", "The other options").replace("•", ""))
    in_word = word_section(docx, "The strategy", "The other options")
    assert "Escalate: Over 500 civilian deaths" in in_word
    assert in_word == in_pdf


def test_an_empty_strategy_is_written_not_recorded_everywhere(case, tmp_path):
    revision = case.latest_revision()
    plan = case.strategy(revision.id)
    for table, items in (("phases", [p.phase for p in plan.phases]), ("assumptions", plan.assumptions),
                         ("scenarios", plan.scenarios), ("trigger_dates", plan.triggers)):
        for point in (d for p in plan.phases for d in p.decision_points) if table == "phases" else ():
            case.delete_plan_item("decision_points", point.id)
        for item in items:
            case.delete_plan_item(table, item.id)
    case.update_revision(revision.id, baseline="", coalition="", transition_exit="")
    pdf = export_memo(case, tmp_path / "empty.pdf", MemoSettings(annex=False))
    docx = export_memo(case, tmp_path / "empty.docx", MemoSettings(annex=False))
    empty = not_recorded()
    expected = (
        f"The strategy Phases: {empty} Key assumptions: {empty} "
        f"Most dangerous scenario: {empty} Next dated triggers: No dated trigger is upcoming."
    )
    assert flat(between(body_text(pdf), "The strategy", "The other options")) == expected
    assert word_section(docx, "The strategy", "The other options") == expected


def test_the_annex_holds_the_whole_strategy_and_the_research_on_situations_like_this(case, tmp_path):
    revision = case.latest_revision()
    # A scenario, a trigger and an assumption the body leaves out must still be in the annex.
    case.add_plan_item(revision.id, Assumption(text="Neighbours keep their borders open.", disproved_by="A border closes.", indicator="UNHCR crossing counts."))
    case.add_plan_item(revision.id, TriggerDate(on_date="2027-06-30", title="Mandate of the monitors ends", note="Renewal vote"))
    case.add_plan_item(revision.id, Phase(kind="later", title="Handover to national courts"))
    pdf = export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    pages = page_bodies(pdf)
    annex = " ".join(pages[next(i for i, p in enumerate(pages) if p.startswith("Annex The evidence")) :])
    full = between(annex, "A6. The strategy in full", "A7. Caveats of the evidence")
    plan = case.strategy(revision.id)
    for scenario in plan.scenarios:
        assert flat(scenario.title) in full and flat(scenario.warning_signs)[:60] in full
    for trigger in plan.triggers:
        assert flat(trigger.title)[:30] in full
    assert "Donor contact group meets in" in full and "Happened" in full  # past triggers too
    # The parts the body leaves to the annex: the baseline, the coalition, the way out.
    for text in (revision.baseline, revision.coalition, revision.transition_exit):
        assert flat(text)[:60] in full and flat(text)[-30:] in full
    assert "UNHCR crossing counts." in full and "Mandate of the monitors ends" in full
    assert "Later — Handover to national courts" in full
    for objective in plan.objectives:
        assert flat(objective.success_measure)[:40] in full
    for option in plan.options:
        if option.legal_basis.strip():
            assert flat(option.legal_basis)[:40] in full
    # The baseline's judgments come with their reasons, as option 0, before the options' tables.
    etd = between(annex, "A5. Evidence-to-decision tables", "Option 1. ")
    assert "Option 0. No new action" in etd and "Nothing now restrains the offensive" in etd
    situation = between(annex, "A2. The situation as recorded", "A3. Risk-factor indicators")
    assert "What research says about situations like this" in situation
    content = gather_content(case, None, DECISION_STATUSES, None)
    reasons = content.context_reasons()
    assert reasons
    for reason in reasons:
        assert flat(reason.statement)[:50] in situation
    # The Word annex has the same sections.
    docx = export_memo(case, tmp_path / "memo.docx", MemoSettings())
    headings = [p.text for p in Document(docx).paragraphs if p.style.name == "Heading 2"]
    assert headings[-3:] == ["A6. The strategy in full", "A7. Caveats of the evidence", "A8. References"]
    word_full = word_section(docx, "A6. The strategy in full", "A7. Caveats of the evidence")
    for text in (revision.baseline, revision.coalition, revision.transition_exit):
        assert flat(text) in word_full
    assert "Later — Handover to national courts" in word_full and "What research says about situations like this" in word_section(
        docx, "A2. The situation as recorded", "A3. Risk-factor indicators"
    )
    tables = " ".join(cell.text for table in Document(docx).tables for row in table.rows for cell in row.cells)
    assert "UNHCR crossing counts." in tables and "Mandate of the monitors ends" in tables
    assert "Nothing now restrains the offensive" in tables
    assert "Option 0. No new action" in [p.text for p in Document(docx).paragraphs if p.style.name == "Heading 3"]


def test_an_unreadable_trigger_date_is_shown_as_unrecognised_not_as_stored(case, tmp_path):
    revision = case.latest_revision()
    trigger = case.trigger_dates(revision.id)[0]
    case.conn.execute("UPDATE trigger_dates SET on_date = 'sometime soon' WHERE id = ?", (trigger.id,))
    case.conn.commit()
    text = " ".join(page_bodies(export_memo(case, tmp_path / "memo.pdf", MemoSettings())))
    assert "sometime soon" not in text
    assert "Unrecognised" in between(text, "A6. The strategy in full", "A7. Caveats")
