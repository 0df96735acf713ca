"""Work-arounds for defects of the Qt binding, installed once when the UI package is imported.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so
every signal emitted from Python code takes one reference from ``True``. After a few thousand
emissions (each edit emits several) ``True``'s count reaches zero and the interpreter aborts with
"Fatal Python error: bool_dealloc". The fix adds the missing reference. It is installed only when
the defect is measured, so a corrected PySide6 runs untouched.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    fired = Signal()


def emit_drops_a_reference() -> bool:
    """True when emitting a signal from Python takes a reference from ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    dropped = sys.getrefcount(True) < before
    if dropped:
        _give_back(True, before - sys.getrefcount(True))
    return dropped


def _give_back(value: object, count: int = 1) -> None:
    for _ in range(count):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def install() -> None:
    global _installed
    if _installed or not emit_drops_a_reference():
        return
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            _give_back(result)
        return result

    # No ``emit.__doc__ = original.__doc__``: reading a PySide6 docstring builds the signature
    # tables of all of QtCore, some 20 ms before the first paint (issue 8).
    SignalInstance.emit = emit
    _installed = True
