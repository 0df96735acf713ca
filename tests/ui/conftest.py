"""Fixtures of the UI tests.

Every UI test runs with settings and app data in a temporary folder (never the planner's own), and
with the standard message boxes replaced by a recorder (``messages``) so no test blocks on a modal
dialog. ``case_path`` is a fresh copy of the example case; ``main_window`` a window with it open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.paths import DATA_DIR_ENV, SETTINGS_DIR_ENV
from atrocity_desk.ui.main_window import MainWindow, app_settings


@dataclass
class MessageLog:
    """The message boxes a test caused: (kind, title, text)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def titles(self) -> list[str]:
        return [title for _, title, _ in self.shown]

    def texts(self) -> str:
        return "\n".join(text for _, _, text in self.shown)


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp):  # noqa: ANN001
    """The window's language as the application sets it before its first window (``app.py``):
    English, with its catalogue of counted messages ("1 judgment changed", "2 judgments changed")."""
    from atrocity_desk.ui import language

    language.apply("en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and app data in a temporary folder, for this test only."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv(SETTINGS_DIR_ENV, str(folder))
    monkeypatch.setenv(DATA_DIR_ENV, str(folder / "data"))
    # Any QSettings(organization, application) made elsewhere lands here too.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "qsettings"))
    return folder


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    log = MessageLog()

    def recorder(kind: str):  # noqa: ANN202
        def show(parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            log.shown.append((kind, title, text))
            return log.answer

        return show

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    return log


@pytest.fixture
def text_answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers QInputDialog text questions with these strings, in order (append before asking)."""
    answers: list[str] = []

    def answer(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer)
    monkeypatch.setattr(QInputDialog, "getText", answer)
    return answers


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "kessara.atrocase"
    write_example_case(path).close()
    return path


@pytest.fixture
def main_window(qtbot, case_path: Path) -> MainWindow:  # noqa: ANN001
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_case(case_path)
    qtbot.waitExposed(window)
    yield window
    window.close()
