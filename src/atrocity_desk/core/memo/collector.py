"""Python's cyclic garbage collector paused while a memo is made (issue 22, memo speed).

A long memo makes hundreds of thousands of short-lived objects (paragraph fragments, lines,
table cells); every few hundred allocations the collector walks them, and everything else the
program holds (the evidence base, the window), looking for cycles that are not there: 10-15% of the
time of a long PDF memo, measured. Reference counting still frees almost everything at once; the
few cycles left are collected when the collector is back on, right after the memo.

Memos may be made in two threads at once (a preview and an export): the collector comes back on
when the last of them ends, and only if it was on when the first began (start-up keeps it off
until the window is open, see ``cli._run_gui``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"depth": 0, "paused": False}  # memos being made; whether we switched the collector off


@contextmanager
def collector_paused() -> Iterator[None]:
    with _lock:
        if _state["depth"] == 0:
            _state["paused"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["paused"]:
                _state["paused"] = False
                gc.enable()
