"""PySide6 6.12.0 loses a reference to None each time Qt calls a Python ``data()`` that returns
None, and one to True on each ``emit()``. On Python 3.11 the count of None reaches zero after about a
hundred edits and the interpreter aborts ("Fatal Python error: none_dealloc"); Python 3.12 and later
make None, True and False immortal, so the project requires 3.12 (issue 12).

The checks compare counts before and after, so on an interpreter where the singletons are mortal
(3.11) they fail on the first lost reference; on 3.12 the count of an immortal object never moves,
and the test proves what matters there: the item views repaint thousands of times and the process
is still alive to compare."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

SINGLETONS = {"None": None, "True": True, "False": False}


def counts() -> dict[str, int]:
    gc.collect()
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def assert_no_count_fell(before: dict[str, int]) -> None:
    after = counts()
    fallen = {name: before[name] - after[name] for name in before if after[name] < before[name]}
    assert not fallen, f"references lost: {fallen}"


def test_the_interpreter_makes_the_singletons_immortal():
    # The project's guard against PySide6 6.12.0 (pyproject.toml: requires-python >= 3.12).
    assert sys.version_info >= (3, 12)


class Sender(QObject):
    changed = Signal(str)


def test_emitting_signals_keeps_every_singleton(qapp):  # noqa: ANN001
    sender = Sender()
    received = []
    sender.changed.connect(received.append)
    before = counts()
    for _ in range(5000):
        sender.changed.emit("judgments")
    assert_no_count_fell(before)
    assert len(received) == 5000


def item_views(window):  # noqa: ANN001, ANN201
    from PySide6.QtWidgets import QAbstractItemView

    return [view for page in window.pages for view in page.findChildren(QAbstractItemView) if view.model() is not None]


def test_repainting_the_item_views_thousands_of_times_keeps_every_singleton(main_window, qapp):  # noqa: ANN001
    # Each page in turn, its item views repainted at once (repaint, not update: paint now, so Qt
    # calls every model's data() for every visible cell each time).
    repaints = 0
    before = counts()
    for page in main_window.pages:
        main_window.show_page(page.page_id)
        qapp.processEvents()
        views = [view for view in item_views(main_window) if view.isVisible() and page.isAncestorOf(view)]
        for _ in range(3000 // len(main_window.pages)):
            for view in views:
                view.viewport().repaint()
                repaints += 1
    assert_no_count_fell(before)
    assert repaints >= 3000
