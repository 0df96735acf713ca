"""Killing the process at any instant leaves a file that opens with every acknowledged edit (SPEC §3)."""

import os
import random
import signal
import subprocess
import sys

import pytest

from atrocity_desk.core.models import CaseMeta
from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.storage.protection import protect

EDITS = 2000

CHILD = """
import sys
from atrocity_desk.core.models import Judgment, Objective
from atrocity_desk.core.storage import CaseFile

case = CaseFile.open(sys.argv[1], passphrase=bytearray(sys.argv[2].encode()) if len(sys.argv) > 2 else None)
revision = case.latest_revision().id
for n in range({edits}):
    if n % 2:
        case.add_objective(revision, Objective(text=f"edit {{n}}"))
    else:
        case.set_judgment(revision, Judgment(kind="factor", item="phase", value="escalation", note=f"edit {{n}}"))
    print(n, flush=True)  # acknowledged: the edit is committed
""".format(edits=EDITS)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 40, 350, 1000, 1800])
@pytest.mark.parametrize("passphrase", [None, "kill test passphrase"], ids=["plain", "protected"])
def test_kill_at_any_point_keeps_every_acknowledged_edit(tmp_path, kill_after, passphrase):
    path = tmp_path / "kill.atrocase"
    CaseFile.create(path, CaseMeta(title="Kill test")).close()
    if passphrase:
        protect(path, bytearray(passphrase.encode()))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), *([passphrase] if passphrase else [])], stdout=subprocess.PIPE, text=True)
    wait_for = kill_after + random.Random(kill_after).randint(0, 25)  # seeded: a failure repeats
    acknowledged = -1
    for line in child.stdout:
        acknowledged = int(line)
        if acknowledged >= wait_for:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the child finished before it could be killed"

    with CaseFile.open(path, passphrase=bytearray(passphrase.encode()) if passphrase else None) as case:
        assert case.protected == bool(passphrase)
        assert case.check() == []
        revision = case.latest_revision().id
        objectives = {o.text for o in case.objectives(revision)}
        for n in range(1, acknowledged + 1, 2):
            assert f"edit {n}" in objectives
        phase = case.judgment(revision, "factor", "phase")
        last_judged = int(phase.note.split()[1])
        assert last_judged >= acknowledged - acknowledged % 2  # the last acknowledged judgment (even n)
        # the audit log holds one row per committed edit, never a half edit
        assert len(case.audit()) == len(objectives) + (last_judged // 2 + 1)
