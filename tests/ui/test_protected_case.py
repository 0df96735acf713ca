"""The window on a protected case (SPEC §3, issue 19): the passphrase dialog, the title, the menu."""

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from atrocity_desk.core.storage import CaseFile
from atrocity_desk.core.storage.protection import protect
from atrocity_desk.ui.main_window import MainWindow, app_settings
from atrocity_desk.ui.passphrase import PassphraseDialog

PASSPHRASE = "correct horse battery"


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer_dialogs(answers, seen):
    """Type each answer into the next passphrase dialog and press OK (None: press Cancel)."""

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, step)
            return
        seen.append((dialog.prompt.text(), dialog.field.echoMode()))
        answer = answers.pop(0)
        buttons = dialog.findChild(QDialogButtonBox)
        if answer is None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            dialog.field.setText(answer)
            if dialog.again is not None:
                dialog.again.setText(answer)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if answers:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def window(qtbot):
    w = MainWindow(settings=app_settings())
    qtbot.addWidget(w)
    return w


def test_window_opens_a_protected_case_after_the_passphrase_dialog(qtbot, case_path):
    protect(case_path, bytearray(PASSPHRASE.encode()))
    w = window(qtbot)
    seen = []
    answer_dialogs(["a wrong passphrase", PASSPHRASE], seen)
    assert w.open_case(case_path)
    assert seen[0][1] == QLineEdit.EchoMode.Password  # masked
    assert "wrong passphrase" in seen[1][0] and "Tries left: 2" in seen[1][0]
    assert "\N{LOCK} protected" in w.windowTitle() and w.session.case.protected
    recent = [w.recent_list.item(i).text() for i in range(w.recent_list.count())]
    title = w.session.case.meta().title
    assert recent and all(title not in text and case_path.name in text for text in recent)
    assert all(title not in str(v) for v in (w.settings.value("recent_files") or []))
    assert w.change_passphrase_action.isEnabled() and not w.protect_action.isEnabled()


def test_cancel_leaves_the_file_untouched_and_three_wrong_tries_end(qtbot, case_path, messages):
    protect(case_path, bytearray(PASSPHRASE.encode()))
    before = sha(case_path)
    w = window(qtbot)
    answer_dialogs([None], [])
    assert not w.open_case(case_path) and w.session is None
    answer_dialogs(["wrong one here"] * 3, [])
    assert not w.open_case(case_path) and w.session is None
    assert "wrong passphrase" in messages.texts()
    assert sha(case_path) == before
    assert sorted(p.name for p in case_path.parent.iterdir()) == [case_path.name]


def test_protect_then_remove_from_the_file_menu(qtbot, case_path, messages):
    w = window(qtbot)
    assert w.open_case(case_path)
    answer_dialogs([PASSPHRASE], [])
    assert w.protect_case()
    assert w.session.case.protected and not case_path.read_bytes().startswith(b"SQLite format 3")
    answer_dialogs([PASSPHRASE], [])
    assert w.unprotect_case()  # the confirmation is answered Yes by the messages fixture
    assert "Anyone who gets the file" in messages.texts()
    assert not w.session.case.protected and case_path.read_bytes().startswith(b"SQLite format 3")
    with CaseFile.open(case_path, read_only=True) as case:
        assert case.check() == []
