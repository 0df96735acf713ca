"""Crash safety through the UI's edit path: undo-stack commands commit like any edit (SPEC §3)."""

import os
import random
import signal
import subprocess
import sys

import pytest

from atrocity_desk.core.models import CaseMeta
from atrocity_desk.core.storage import CaseFile

CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from atrocity_desk.core.models import Objective
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.ui.session import CaseSession

app = QApplication([])
session = CaseSession(CaseFile.open(sys.argv[1]))
for n in range(2000):
    session.set_judgment("factor", "phase", value="escalation", note=f"edit {n}")
    if n % 3 == 0:
        # undo and redo go through the same committed path
        session.undo_stack.undo()
        session.undo_stack.redo()
    if n % 5 == 0:
        session.add_objective(Objective(text=f"objective {n}"))
    print(n, flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [2, 60, 400, 900, 1500])
def test_kill_during_ui_edits_keeps_every_acknowledged_edit(tmp_path, kill_after):
    path = tmp_path / "kill-ui.atrocase"
    CaseFile.create(path, CaseMeta(title="UI kill test")).close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True)
    target = kill_after + random.Random(kill_after).randint(0, 20)  # seeded: a failure repeats
    acknowledged = -1
    for line in child.stdout:
        acknowledged = int(line)
        if acknowledged >= target:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the child finished before it could be killed"

    with CaseFile.open(path) as case:
        assert case.check() == []
        revision = case.latest_revision().id
        note = case.judgment(revision, "factor", "phase").note
        assert int(note.split()[1]) >= acknowledged
        objectives = {o.text for o in case.objectives(revision)}
        assert {f"objective {n}" for n in range(0, acknowledged + 1, 5)} <= objectives
