"""The window on a protected case (SPEC §3, issue 19): the passphrase dialog, the title, the menu."""

import hashlib
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from atrocity_desk.core.errors import CaseFileError
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


def test_protecting_offers_to_delete_plain_backups_and_changing_checks_the_old_passphrase(
    qtbot, tmp_path, monkeypatch, messages, isolated_settings, isolated_app_folders
):
    """The window's whole passphrase lifecycle on an upgraded case: protecting names the plain
    upgrade backup and deletes it when asked (copies sent before stay readable, it says); Change
    Passphrase takes the old one and then only the new one opens the case; no passphrase is ever
    written to the settings, the app folders, a log or a temporary file."""
    import tempfile
    import time

    from tests.core.test_migrations import make_version_1_file

    from atrocity_desk.ui import passphrase as passphrase_dialogs

    reopen_asked = []  # the window asking for the passphrase to open the case again
    monkeypatch.setattr(passphrase_dialogs, "open_protected", lambda *args, **kwargs: reopen_asked.append(args))
    started = time.time()
    path = tmp_path / "old.atrocase"
    make_version_1_file(path)
    w = window(qtbot)
    assert w.open_case(path)
    backup = path.with_name(path.name + ".v1-backup")
    assert backup.exists()
    answer_dialogs([PASSPHRASE], [])
    assert w.protect_case()
    asked = [text for _, title, text in messages.shown if title == "Unprotected backups"]
    assert asked and backup.name in asked[0] and "stay readable" in asked[0]
    assert not backup.exists()  # the messages fixture answered Yes
    assert "stay readable" in w.statusBar().currentMessage()
    new = "a second passphrase, longer"
    opened = w.session.case
    answer_dialogs(["not the current one"], [])
    assert not w.change_passphrase()  # a wrong current passphrase: the case stays open, untouched
    assert "not the passphrase of this case" in messages.texts() and w.session.case is opened
    assert not reopen_asked
    answer_dialogs([PASSPHRASE, new], [])
    assert w.change_passphrase()
    assert w.session.case.protected and "\N{LOCK} protected" in w.windowTitle()
    opened = w.session.case
    answer_dialogs([PASSPHRASE], [])  # the old one, no longer the case's
    assert not w.unprotect_case() and w.session.case is opened and opened.protected
    assert not reopen_asked
    w.close_case()
    for wrong in (None, bytearray(PASSPHRASE.encode())):
        with pytest.raises(CaseFileError):
            CaseFile.open(path, passphrase=wrong)
    with CaseFile.open(path, passphrase=bytearray(new.encode())) as case:
        assert case.check() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    w.settings.sync()
    written = [p for folder in (isolated_settings, isolated_app_folders) for p in folder.rglob("*") if p.is_file()]
    written += [p for p in Path(tempfile.gettempdir()).iterdir() if p.is_file() and p.stat().st_mtime >= started]
    assert any(p.suffix in (".conf", ".ini") for p in written)  # the settings were searched
    for secret in (PASSPHRASE, new):
        for encoded in (secret.encode("utf-8"), secret.encode("utf-16-le")):
            assert not [p for p in written if encoded in p.read_bytes()]


def test_new_passphrase_dialog_masks_shows_on_request_and_refuses_short_or_different(qtbot):
    dialog = PassphraseDialog(None, "Protect with Passphrase", "Choose a passphrase.", confirm=True)
    qtbot.addWidget(dialog)
    fields = (dialog.field, dialog.again)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    dialog.show_toggle.setChecked(True)
    assert all(f.echoMode() == QLineEdit.EchoMode.Normal for f in fields)
    dialog.show_toggle.setChecked(False)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    dialog.open()
    for typed, again, said in (("too short", "too short", "at least 10 characters"),
                               (PASSPHRASE, PASSPHRASE + "!", "differ")):
        dialog.field.setText(typed)
        dialog.again.setText(again)
        ok.click()
        assert said in dialog.message.text() and dialog.result() != dialog.DialogCode.Accepted
    dialog.again.setText(PASSPHRASE)
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    taken = dialog.take()
    assert isinstance(taken, bytearray) and taken == PASSPHRASE.encode()
    assert dialog.field.text() == "" and dialog.again.text() == ""  # nothing left in the widgets


def test_opening_in_the_window_and_previewing_the_memo_derive_the_key_once(qtbot, case_path, monkeypatch):
    """The key derivation is most of a protected open's time: the window's open (trial connection,
    writer, the checks at open), every page and the memo's preview from its snapshot run it once."""
    import hashlib

    from PySide6.QtPdf import QPdfDocument

    protect(case_path, bytearray(PASSPHRASE.encode()))
    derivations = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a, **k: derivations.append(a[0]) or real(*a, **k))
    w = window(qtbot)
    assert w.open_case(case_path, bytearray(PASSPHRASE.encode()))
    for page in w.pages:
        w.show_page(page.page_id)
    memo = w.show_page("memo")
    memo.preview_button.click()
    qtbot.waitUntil(lambda: not memo.exporting(), timeout=60000)
    qtbot.waitUntil(lambda: memo.pdf_document.status() == QPdfDocument.Status.Ready, timeout=60000)
    assert derivations == ["sha512"]
