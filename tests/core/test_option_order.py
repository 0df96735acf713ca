"""One rule numbers the options, for the memo and the Decisions page (issue 17)."""

from __future__ import annotations

from dataclasses import dataclass

from atrocity_desk.core.option_order import numbered_options, options_by_status
from atrocity_desk.core.vocabulary import Unrecognised


@dataclass
class Option:
    name: str
    status: str


def test_numbers_follow_the_status_order_then_the_planners_order() -> None:
    options = [Option("a", "rejected"), Option("b", "recommended"), Option("c", "considered"),
               Option("d", "in_place"), Option("e", "recommended")]
    assert [(n, o.name) for n, o in numbered_options(options)] == [(1, "b"), (2, "e"), (3, "d"), (4, "c"), (5, "a")]


def test_statuses_left_out_are_not_numbered_and_unrecognised_ones_come_last() -> None:
    options = [Option("a", "rejected"), Option("b", Unrecognised("some-new-status")), Option("c", "recommended")]
    groups = options_by_status(options, ("recommended", "considered"))
    assert [(status, [o.name for o in group]) for status, group in groups] == [
        ("recommended", ["c"]), ("some-new-status", ["b"])]
    assert [(n, o.name) for n, o in numbered_options(options, ("recommended",))] == [(1, "c"), (2, "b")]
