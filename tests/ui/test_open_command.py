"""`atrocity-desk open FILE` starts the window on the case (the README's first command ends in it)."""

import os
import subprocess
import sys

from atrocity_desk.core.example import write_example_case


def test_open_command_paints_the_window_on_the_case(tmp_path):
    case = tmp_path / "example.atrocase"
    write_example_case(case).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATROCITY_DESK_FIRST_PAINT_MARKER="1",
               ATROCITY_DESK_SETTINGS_DIR=str(tmp_path / "settings"), ATROCITY_DESK_DATA_DIR=str(tmp_path / "data"))
    process = subprocess.Popen([sys.executable, "-m", "atrocity_desk", "open", str(case)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        painted = any("ATROCITY_DESK_FIRST_PAINT" in line for line in process.stdout)
    finally:
        process.kill()
        stderr = process.communicate(timeout=60)[1]
    assert painted, stderr[-2000:]
