"""The cyclic garbage collector is paused while a memo is made and back as it was after (issue 22)."""

from __future__ import annotations

import gc
import threading

import pytest

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo, memo_pdf
from atrocity_desk.core.memo import pdf as memo_pdf_package
from atrocity_desk.core.memo.collector import collector_paused
from atrocity_desk.core.storage import CaseFile


@pytest.fixture(autouse=True)
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    path = tmp_path_factory.mktemp("collector") / "example.atrocase"
    write_example_case(path).close()
    return path


def test_off_while_a_memo_is_made_on_after_even_when_it_fails(example, tmp_path, monkeypatch):
    seen = []
    render = memo_pdf_package.render_memo

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return render(*args, **kwargs)

    monkeypatch.setattr("atrocity_desk.core.memo.render_memo", watching)
    with CaseFile.open(example, read_only=True) as case:
        memo_pdf(case, MemoSettings())
        assert seen == [False] and gc.isenabled()

        def failing(*args, **kwargs):
            seen.append(gc.isenabled())
            raise RuntimeError("no room")

        monkeypatch.setattr("atrocity_desk.core.memo.render_memo", failing)
        with pytest.raises(RuntimeError):
            export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    assert seen == [False, False] and gc.isenabled()


def test_left_off_when_it_was_off_before():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_back_on_only_when_the_last_of_two_overlapping_memos_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states = {}

    def first():
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        states["after first"] = gc.isenabled()
        first_out.set()

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        second_in.set()
        first_out.wait(5)
        states["second still making"] = gc.isenabled()
    thread.join(5)
    assert states == {"after first": False, "second still making": False}
    assert gc.isenabled()
