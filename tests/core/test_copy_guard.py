"""The evidence base is written in the project's own words: no run of twelve or more words of the
paper may appear verbatim anywhere in resources/."""

import re

import pytest

from tests.conftest import PAPER, REPO

RUN = 12


def _words(text: str) -> list[str]:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[a-z0-9']+", text.lower())


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def copied_runs(text: str, paper_runs: set[tuple[str, ...]]) -> list[str]:
    words = _words(text)
    return [" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1) if tuple(words[i : i + RUN]) in paper_runs]


@pytest.fixture(scope="module")
def paper_runs():
    if not PAPER.exists():
        pytest.fail(f"the paper is missing at {PAPER}; the copy guard cannot run without it")
    return _runs(_words(PAPER.read_text(encoding="utf-8")))


def test_guard_catches_a_copied_sentence(paper_runs):
    copied = "Economic sanctions have a fairly poor track record of compelling change. While comprehensive sanctions"
    assert copied_runs(copied, paper_runs)


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (REPO / "resources").rglob("*") if p.suffix in {".yaml", ".md", ".txt"} and "fonts" not in p.parts),
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_no_sentence_of_the_paper_is_copied(path, paper_runs):
    found = copied_runs(path.read_text(encoding="utf-8"), paper_runs)
    assert not found, f"{path.name} copies the paper verbatim: {found[:3]}"
