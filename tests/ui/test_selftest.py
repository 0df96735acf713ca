"""The self-test of an installed copy: `atrocity-desk selftest` opens the window, visits every page,
exports a memo and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def test_selftest_passes_and_leaves_no_temporary_files(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "atrocity_desk", "selftest"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for title in ("Overview", "Actors and groups", "Situation", "Risk factors", "Aim", "Toolbox", "Decisions", "Revisions", "Memo"):
        assert f"ok   showing the {title} page" in lines
    assert any(line.startswith("ok   exporting the options memo") for line in lines)
    assert lines[-1] == "selftest passed"
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone
    assert Path(tempfile.gettempdir()).exists()


def test_the_application_starts_on_a_case_and_quits(tmp_path, case_path):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from atrocity_desk.ui.app import create_application, run_application\n"
        "app = create_application()\n"
        "def check():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == 'MainWindow')\n"
        "    if window.session is None:  # the case opens after the first paint (issue 22)\n"
        "        QTimer.singleShot(50, check)\n"
        "        return\n"
        "    print('open:', window.session.case.path.name, 'read-only:', window.session.read_only)\n"
        "    window.close()\n"
        "QTimer.singleShot(200, check)\n"
        f"sys.exit(run_application({str(case_path)!r}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "ATROCITY_DESK_SETTINGS_DIR": str(tmp_path / "settings"), "ATROCITY_DESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"open: {case_path.name} read-only: False" in result.stdout
    assert (tmp_path / "settings" / "settings.ini").exists()  # recent files and window state were kept


def test_selftest_under_a_french_locale_runs_the_window_in_french(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "atrocity_desk", "selftest"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   window language: fr" in result.stdout.splitlines()
    assert result.stdout.splitlines()[-1] == "selftest passed"
