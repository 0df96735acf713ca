"""The options memo (SPEC §7): what a planner takes into the meeting, and what it must never do."""

import getpass
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Drawing

from atrocity_desk.core import memo as memo_module
from atrocity_desk.core.memo import pdf as memo_pdf
from atrocity_desk.core.assessment import risk_factor_summaries
from atrocity_desk.core.memo.pdf.charts import risk_factor_chart
from atrocity_desk.core.checklist import load_checklist
from atrocity_desk.core.errors import CaseFileError, CaseWriteError
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.option_fit import case_fit
from atrocity_desk.core.memo import MemoSettings, draft_bottom_line, export_memo
from atrocity_desk.core.memo.content import gather_content
from atrocity_desk.core.memo.pdf.text import para, shape_rtl
from atrocity_desk.core.models import Actor, CaseMeta, Decision, EtdJudgment
from atrocity_desk.core.storage import CaseFile, atomic

MARKING = "CONFIDENTIAL — NOT FOR DISTRIBUTION"
ALL_STATUSES = ("recommended", "considered", "rejected", "in_place")


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_text(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


@pytest.fixture
def case(tmp_path):
    opened = write_example_case(tmp_path / "x.atrocase")
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def example_memo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("memo")
    case = write_example_case(folder / "x.atrocase")
    try:
        path = export_memo(case, folder / "memo.pdf", MemoSettings())
        content = gather_content(case, None, ALL_STATUSES, None)
        recommended = [content.option_title(d) for d in content.decisions if d.status == "recommended"]
    finally:
        case.close()
    return path, recommended, load_evidence().studies


# --- what the memo says ----------------------------------------------------------------------


def test_marking_is_on_every_page_top_and_bottom(example_memo):
    path, _, _ = example_memo
    pages = pages_text(path)
    assert len(pages) > 6
    for number, text in enumerate(pages, start=1):
        assert text.count(MARKING) >= 2, f"page {number} lacks the marking top and bottom"
        assert f"Page {number} of {len(pages)}" in text


def test_every_recommended_option_is_in_the_memo(example_memo):
    path, recommended, _ = example_memo
    text = " ".join(pages_text(path))
    assert recommended
    for title in recommended:
        assert flat(title) in text


def test_references_list_exactly_the_studies_the_body_cites_alphabetically(example_memo):
    # Read from the printed memo alone: a study cited in the body ("Authors Year") is listed in the
    # references ("Authors (Year)"), and no study is listed that the body does not cite.
    path, _, studies = example_memo
    text = " ".join(" ".join(page.split()) for page in pages_text(path))
    split = text.rindex("References")
    body, references = text[:split], text[split:]
    cited = [s for s in studies if f"{s.authors} {s.year}" in body]
    listed = [s for s in studies if f"{s.authors} ({s.year})" in references]
    assert cited and sorted(s.key for s in listed) == sorted(s.key for s in cited)
    assert f"The {len(cited)} studies cited in this memo" in references
    positions = sorted((references.index(f"{s.authors} ({s.year})"), s.authors) for s in listed)
    in_print = [authors for _, authors in positions]

    def key(name):
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()

    assert in_print == sorted(in_print, key=key)


def test_names_with_accents_print_intact(example_memo):
    path, _, _ = example_memo
    text = " ".join(pages_text(path))
    for name in ("Côte d'Ivoire", "Kraków", "Ñambé"):
        assert name in text


def test_memo_has_bookmarks_for_its_parts(example_memo):
    path, _, _ = example_memo
    reader = PdfReader(path)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:6] == ["Decision", "Options side by side", "Recommended options", "The strategy", "The other options", "The situation"]
    assert titles[6] == "Annex"

def test_unknown_factor_reads_unknown_never_no(example_memo):
    path, _, _ = example_memo
    text = " ".join(pages_text(path))
    # perpetrator_goals_met is left unanswered in the example case.
    assert "Perpetrators' aims achieved Unknown" in text


def test_central_caution_stands_in_the_decision_box(example_memo):
    path, _, _ = example_memo
    first = " ".join(pages_text(path)[0].split())
    caution = first[first.index("Caution") :]
    assert "Each tool works only as well as the strategy it serves" in caution[:200]
    assert "correlational" in caution[:300]

def test_the_same_case_gives_the_same_bytes(case, tmp_path):
    first = export_memo(case, tmp_path / "one.pdf", MemoSettings())
    second = export_memo(case, tmp_path / "two.pdf", MemoSettings())
    assert first.read_bytes() == second.read_bytes()


def test_metadata_comes_from_the_case_only(case, tmp_path):
    path = export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    info = PdfReader(path).metadata
    meta = case.meta()
    assert info.title == meta.title
    assert info.author == meta.analyst
    assert info.subject == f"Options memo — {meta.country}"
    assert info["/CreationDate"].startswith("D:20261123")  # the date of the latest revision
    allowed = {"/Title", "/Author", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate", "/Keywords", "/Trapped"}
    assert set(info) <= allowed
    raw = path.read_bytes()
    assert str(tmp_path).encode() not in raw
    user = getpass.getuser()
    values = " ".join(str(v) for v in info.values())
    assert user not in values or user in meta.analyst


# --- user text -------------------------------------------------------------------------------


def test_markup_in_planner_text_prints_as_typed(case, tmp_path):
    revision = case.latest_revision()
    typed = "Escalate if <b>Harun</b> falls & talks stall </para> <font color='red'>now</font>"
    case.add_decision(revision.id, Decision(family="mediation", title="Talks <i>track two</i> & more", status="recommended", rationale=typed))
    case.update_revision(revision.id, bottom_line="Act now: <b>three</b> steps & </para> no more.")
    text = " ".join(pages_text(export_memo(case, tmp_path / "memo.pdf", MemoSettings())))
    assert flat(typed) in text
    assert "Talks <i>track two</i> & more" in text
    assert "Act now: <b>three</b> steps & </para> no more." in text


def test_planner_bottom_line_replaces_the_draft(case, tmp_path):
    revision = case.latest_revision()
    draft = draft_bottom_line(case, revision, case_fit(case, revision.id))
    assert "We recommend four actions (options 1, 2, 3 and 4)." in draft
    pages = pages_text(export_memo(case, tmp_path / "draft.pdf", MemoSettings()))
    assert all("DRAFT" in page for page in pages)
    case.update_revision(revision.id, bottom_line="Back the regional mediation first.")
    pages = pages_text(export_memo(case, tmp_path / "edited.pdf", MemoSettings()))
    assert "Back the regional mediation first." in pages[0]
    assert not any("DRAFT" in page for page in pages)

def test_large_case_with_long_text_exports(case, tmp_path):
    revision = case.latest_revision()
    sentence = "The council's units moved east of Lake Oru after the rains, and monitors lost access. "
    rationale = (sentence * 30)[:2000]
    for n in range(100):
        case.add_decision(
            revision.id,
            Decision(
                family="targeted_sanctions" if n % 2 else "mediation",
                title=f"Option {n + 1}: measure number {n + 1}",
                status=ALL_STATUSES[n % 4],
                rationale=rationale,
                requirements=rationale,
                monitoring="x" * 3000 if n == 0 else rationale,  # a very long word must wrap, not overflow
                etd={"effect": EtdJudgment(rating="uncertain", reason=rationale)},
                position=100 + n,
            ),
        )
    path = export_memo(case, tmp_path / "big.pdf", MemoSettings())
    pages = PdfReader(path).pages
    assert len(pages) > 100
    # Options are numbered by status group, so option 100 sits anywhere in the body; it must be printed.
    assert "Option 100: measure number 100" in " ".join(flat(p.extract_text()) for p in pages)


def test_right_to_left_names_are_joined_and_reversed():
    arabic = "مخيمات بحيرة أورو"
    shaped = shape_rtl(arabic)
    assert shaped != arabic
    assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in shaped)  # joined presentation forms
    assert shaped.split(" ")[0] == shape_rtl("أورو")  # the last word comes first on the line
    hebrew = "תל אביב"
    assert shape_rtl(f"Refugees reached {hebrew} on Monday") == "Refugees reached ביבא לת on Monday"
    markup = para(f"Camp <{arabic}> & more")
    assert markup == f"Camp &lt;{shaped}&gt; &amp; more"


def test_memo_with_arabic_and_hebrew_names_exports(case, tmp_path):
    revision = case.latest_revision()
    case.add_actor(revision.id, Actor(kind="group_at_risk", name="مخيمات بحيرة أورو", notes="שלום — displaced families"))
    case.add_decision(revision.id, Decision(family="mediation", title="Talks in الخرطوم", status="considered", rationale="<i>مرحبا</i>"))
    assert export_memo(case, tmp_path / "rtl.pdf", MemoSettings()).stat().st_size > 0


# --- settings ----------------------------------------------------------------------------------


def test_settings_choose_statuses_and_marking(case, tmp_path):
    settings = MemoSettings(statuses=("recommended",), marking="SECRET — REL TO DONOR GROUP")
    text = pages_text(export_memo(case, tmp_path / "memo.pdf", settings))
    assert all(page.count("SECRET — REL TO DONOR GROUP") >= 2 for page in text)
    joined = " ".join(text)
    assert "Broad trade embargo" not in joined
    assert "Public statement naming the attacks on Ñambé villages" in joined

def test_an_earlier_revision_can_be_exported(case, tmp_path):
    first = case.revisions()[0]  # the example holds a first assessment and a reassessment
    case.new_revision("2026-12-14", "After the ceasefire talks", "J. Okafor")
    text = " ".join(pages_text(export_memo(case, tmp_path / "first.pdf", MemoSettings(revision_id=first.id))))
    assert "1 of 3 — First assessment" in text
    assert "14 September 2026" in text
    text = " ".join(pages_text(export_memo(case, tmp_path / "latest.pdf", MemoSettings())))
    assert "3 of 3 — After the ceasefire talks" in text
    with pytest.raises(CaseFileError):
        export_memo(case, tmp_path / "none.pdf", MemoSettings(revision_id=999))
    assert not (tmp_path / "none.pdf").exists()


def test_unknown_status_is_refused():
    with pytest.raises(ValueError):
        MemoSettings(statuses=("recommended", "preferred"))


def test_every_page_says_page_n_of_m(case, tmp_path):
    pages = pages_text(export_memo(case, tmp_path / "memo.pdf", MemoSettings()))
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))

def test_empty_case_exports_with_everything_unknown(tmp_path):
    with CaseFile.create(tmp_path / "empty.atrocase", CaseMeta(title="Empty", analyst="A. Analyst")) as empty:
        path = export_memo(empty, tmp_path / "memo.pdf", MemoSettings())
    text = " ".join(pages_text(path))
    assert "Phase of the crisis Unknown" in text
    assert "No option is recommended in this assessment yet." in text


def test_progress_goes_up_to_one_hundred(case, tmp_path):
    seen = []
    export_memo(case, tmp_path / "memo.pdf", MemoSettings(), progress=lambda percent, message: seen.append(percent))
    assert seen == sorted(seen) and seen[-1] == 100


# --- writing the file ------------------------------------------------------------------------


def test_missing_folder_raises_case_write_error(case, tmp_path):
    with pytest.raises(CaseWriteError) as raised:
        export_memo(case, tmp_path / "no such folder" / "memo.pdf", MemoSettings())
    assert "does not exist" in str(raised.value)


def test_unwritable_target_raises_and_leaves_nothing(case, tmp_path):
    # A path below a regular file cannot be written by anyone, root included (CI runs as root).
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    with pytest.raises(CaseWriteError) as raised:
        export_memo(case, blocker / "memo.pdf", MemoSettings())
    assert "Traceback" not in str(raised.value) and str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder", "x.atrocase"]


def test_failed_write_leaves_no_temporary_file(case, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(CaseWriteError) as raised:
        export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    assert "Permission denied" in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.atrocase"]


def test_export_replaces_an_existing_memo_without_leftovers(case, tmp_path):
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"old")
    export_memo(case, target, MemoSettings())
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.pdf", "x.atrocase"]


# --- the chart -------------------------------------------------------------------------------


def test_risk_factor_chart_is_a_drawing_the_ui_can_render(case):
    revision = case.latest_revision()
    summaries = risk_factor_summaries(load_checklist(), case.judgments(revision.id, "indicator"))
    drawing = risk_factor_chart(summaries)
    assert isinstance(drawing, Drawing)
    svg = renderSVG.drawToString(drawing)
    assert "Armed conflict or other serious instability" in svg
    assert "Unknown (not yet judged)" in svg


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_risk_factor_chart_prints_every_label_whole_in_its_language_within_the_text_width(case, lang):
    # The label and count columns are sized to the language's words: French labels run longer and
    # were cut with an ellipsis ("Antécédents de violations graves des droits de l'homme…").
    from reportlab.graphics.shapes import String

    from atrocity_desk.core.language import in_language
    from atrocity_desk.core.localized import bundled_checklist
    from atrocity_desk.core.memo.pdf.styles import TEXT_WIDTH

    revision = case.latest_revision()
    checklist = bundled_checklist(lang)
    summaries = risk_factor_summaries(checklist, case.judgments(revision.id, "indicator"))
    with in_language(lang):
        drawing = risk_factor_chart(summaries, width=TEXT_WIDTH)
    texts = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    for rf in checklist.risk_factors:
        assert f"{rf.number}. {rf.title}" in texts
    assert not any("…" in text for text in texts)
    assert max(shape.getBounds()[2] for shape in drawing.contents) <= TEXT_WIDTH + 0.01


def test_huge_planner_text_prints_its_beginning_and_says_how_much_more(tmp_path):
    from atrocity_desk.core.models import CaseMeta, Decision

    narrative = ("Ñambé villagers 🕊️ مخيمات " * 400_000)[:10_000_000]
    with CaseFile.create(tmp_path / "huge.atrocase", CaseMeta(title="Huge", narrative=narrative)) as case:
        case.add_decision(case.latest_revision().id, Decision(family="mediation", status="recommended", rationale="x" * 5_000_000))
        path = export_memo(case, tmp_path / "huge.pdf", MemoSettings())
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Ñambé villagers" in text
    assert text.count("not printed here") == 2
    for omitted in re.findall(r"\(([\d,]+) more characters are in the case file", text):
        assert int(omitted.replace(",", "")) > 4_900_000


def test_draft_bottom_line_words_each_recommended_verdict_from_the_fit(case):
    # The draft is built from the fit's data: each recommended option's verdict by its number, and
    # its unknown factors in the checklist's words.
    from atrocity_desk.core.checklist import load_factor_vocabulary
    from atrocity_desk.core.options import option_numbers
    from atrocity_desk.core.vocabulary import word

    revision = case.latest_revision()
    fits = case_fit(case, revision.id)
    readings = {o.id: o.reading.fit for o in fits.options}
    draft = " ".join(draft_bottom_line(case, revision, fits).split())
    terms = load_factor_vocabulary()
    numbers = option_numbers(case.decisions(revision.id))
    recommended = [d for d in case.decisions(revision.id) if d.status == "recommended"]
    assert recommended
    for decision in recommended:
        family = readings[decision.id]  # the option read with its design, as the grid reads it
        reading = draft[draft.index(word("verdict", family.verdict, "in_sentence") + " for option") :]
        assert str(numbers[decision.id]) in reading.split(".")[0]
        for factor_id in family.unknown_factors:
            assert f"{terms.label(factor_id).label.lower()} (option {numbers[decision.id]})" in draft

def test_emoji_print_as_their_names_never_as_boxes(case, tmp_path):
    from atrocity_desk.core.memo.pdf.text import _covered

    typed = "Talks at the lake 🕊️ with 👍🏽 from the elders; ❤ and 🦜"
    case.set_meta(narrative=typed, title="Kessara 🕊️ watch")
    path = export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    text = " ".join(pages_text(path))
    assert "[dove of peace]" in text and "[parrot]" in text and "[thumbs up sign]" in text
    assert "🕊" not in text and "🦜" not in text
    drawn = para(typed)
    assert all(ord(c) in _covered() for c in drawn if c not in "\n")


def test_a_blank_title_prints_untitled_and_a_long_one_is_cut(case, tmp_path):
    case.set_meta(title="   ")
    blank = pages_text(export_memo(case, tmp_path / "blank.pdf", MemoSettings()))
    assert "Untitled case" in blank[0]
    case.set_meta(title="Kessara " * 700)
    long = export_memo(case, tmp_path / "long.pdf", MemoSettings())
    reader = PdfReader(long)
    assert "Kessara " * 20 not in flat(reader.pages[0].extract_text())
    assert len(reader.pages) <= len(PdfReader(tmp_path / "blank.pdf").pages) + 1  # a few lines, not pages
