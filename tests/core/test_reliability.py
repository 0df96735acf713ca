"""Reliability promises of docs/reliability.md: full disks, fuzzed input, large and strange text."""

import hashlib
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atrocity_desk.core.answers import parse_answers
from atrocity_desk.core.checklist import load_factor_vocabulary
from atrocity_desk.core.errors import AnswersError, CaseFileError
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.models import CaseMeta, Decision, EtdJudgment, Judgment
from atrocity_desk.core.storage import CaseFile


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a full disk -------------------------------------------------------------------------------

FULL_DISK_CHILD = """
import resource, signal, sys
from atrocity_desk.core.errors import CaseWriteError
from atrocity_desk.core.models import Judgment
from atrocity_desk.core.storage import CaseFile

case = CaseFile.open(sys.argv[1])
revision = case.latest_revision().id
case.set_judgment(revision, Judgment(kind="factor", item="phase", value="escalation", note="before"))
# From here on the file may not grow: the next large edit cannot be written, as on a full disk.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
size = case.path.stat().st_size
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
try:
    case.set_meta(narrative="x" * 2_000_000)
except CaseWriteError as exc:
    print("REFUSED:", exc)
else:
    print("WRITTEN")
"""


def test_an_edit_that_cannot_be_written_says_so_and_leaves_the_file_as_before(tmp_path):
    path = tmp_path / "full.atrocase"
    CaseFile.create(path, CaseMeta(title="Full disk", narrative="original")).close()
    result = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, str(path)], capture_output=True, text=True)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout.startswith("REFUSED:"), result.stdout
    assert "could not be saved" in result.stdout and "as it was before" in result.stdout
    with CaseFile.open(path) as case:
        assert case.check() == []
        assert case.meta().narrative == "original"
        assert case.judgment(case.latest_revision().id, "factor", "phase").note == "before"


# --- fuzzing: answers files ---------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
factor_like = st.dictionaries(
    st.sampled_from(sorted(load_factor_vocabulary().factors) + ["phaze", ""]),
    st.sampled_from(["escalation", "yes", "no", "unknown", "ally", "", "mass_killing"]) | json_values,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, st.fixed_dictionaries({"factors": factor_like}), st.fixed_dictionaries({"case": json_values})))
def test_any_answers_json_is_accepted_or_refused_with_a_message(data):
    try:
        answers = parse_answers(data, load_factor_vocabulary())
    except AnswersError as exc:
        assert str(exc)
    else:
        vocabulary = load_factor_vocabulary()
        for factor_id, value in answers.factors.items():
            assert value is None or vocabulary.problem(factor_id, [value]) is None


# --- fuzzing: damaged case files ------------------------------------------------------------------


_EXAMPLE: list[bytes] = []


def example_bytes() -> bytes:
    """The example case as bytes, made once (not a fixture: hypothesis would print it all)."""
    if not _EXAMPLE:
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "example.atrocase"
            write_example_case(path).close()
            _EXAMPLE.append(path.read_bytes())
    return _EXAMPLE[0]


def _open_and_read(path):
    with CaseFile.open(path) as case:
        revision = case.latest_revision()
        case.factor_answers(revision.id)
        case.decisions(revision.id)
        case.check()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_bit_flips_and_truncations_are_refused_or_opened_never_a_traceback(tmp_path, data):
    damaged = bytearray(example_bytes())
    if data.draw(st.booleans(), label="truncate"):
        damaged = damaged[: data.draw(st.integers(0, len(damaged) - 1), label="length")]
    else:
        for _ in range(data.draw(st.integers(1, 8), label="flips")):
            position = data.draw(st.integers(0, len(damaged) - 1), label="byte")
            damaged[position] ^= 1 << data.draw(st.integers(0, 7), label="bit")
    path = tmp_path / f"fuzz-{hashlib.md5(bytes(damaged)).hexdigest()}.atrocase"
    path.write_bytes(bytes(damaged))
    before = sha(path)
    try:
        _open_and_read(path)
    except CaseFileError as exc:
        assert str(exc)
    assert sha(path) == before, "the input file was modified"
    path.unlink()


# --- large and strange input ----------------------------------------------------------------------

STRANGE = [
    "مخيمات النازحين في دارفور",  # Arabic
    "קהילת המיעוט",  # Hebrew
    "Côte d'Ivoire · Kraków · Ñambé",
    "🕊️ ceasefire 👩🏽‍⚖️ tribunal",  # emoji with joiners and skin tone
    "Z̴a̷l̶g̵o combining marks e\u0301 n\u0303",
    "<b>not bold</b> & </para> %s {0}",
]


def test_strange_text_round_trips_through_the_file(tmp_path):
    path = tmp_path / "strange.atrocase"
    with CaseFile.create(path, CaseMeta(title=STRANGE[2], narrative="\n".join(STRANGE))) as case:
        revision = case.latest_revision().id
        for n, text in enumerate(STRANGE):
            case.add_decision(revision, Decision(family="mediation", title=text, rationale=text * 3,
                                                 etd={"effect": EtdJudgment(rating="uncertain", reason=text)}))
            case.set_judgment(revision, Judgment(kind="indicator", item=f"rf01.{n + 1}", value="present", note=text))
    with CaseFile.open(path) as case:
        revision = case.latest_revision().id
        assert case.meta().narrative == "\n".join(STRANGE)
        assert [d.title for d in case.decisions(revision)] == STRANGE
        assert [d.etd_for("effect").reason for d in case.decisions(revision)] == STRANGE
        assert [case.judgment(revision, "indicator", f"rf01.{n + 1}").note for n in range(len(STRANGE))] == STRANGE


@pytest.mark.slow
def test_ten_megabyte_narrative_and_ten_thousand_decisions_round_trip(tmp_path):
    path = tmp_path / "large.atrocase"
    narrative = ("Ñambé villagers in Kraków-like towns 🕊️ " * 300_000)[:10_000_000]
    with CaseFile.create(path, CaseMeta(title="Large", narrative=narrative)) as case:
        revision = case.latest_revision().id
        with case.db.atomic():  # one transaction for the bulk load: this is a fixture, not the edit path
            case.db["decisions"].insert_all(
                {"revision_id": revision, "family": "mediation", "status": "considered", "title": f"Option {n} {STRANGE[n % 6]}",
                 "rationale": STRANGE[n % 6], "objectives": "[]", "findings_weighed": "[]", "etd": "{}", "position": n}
                for n in range(10_000)
            )
    with CaseFile.open(path) as case:
        assert len(case.meta().narrative) == len(narrative)
        decisions = case.decisions(case.latest_revision().id)
        assert len(decisions) == 10_000 and decisions[9_999].title.startswith("Option 9999")
        assert case.check() == []
