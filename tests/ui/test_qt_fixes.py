"""The work-around for PySide6 6.12's signal emission that takes a reference from True."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal

import atrocity_desk.ui  # noqa: F401 - installs the fixes
from atrocity_desk.ui import qt_fixes


class Sender(QObject):
    changed = Signal(str)


def test_emitting_signals_keeps_the_reference_count_of_true():
    sender = Sender()
    received = []
    sender.changed.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(5000):
        sender.changed.emit("judgments")
    gc.collect()
    assert sys.getrefcount(True) >= before
    assert len(received) == 5000


def test_the_defect_is_no_longer_measured_once_fixed():
    assert not qt_fixes.emit_drops_a_reference()
