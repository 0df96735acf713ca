"""The passphrase dialogs of protected cases (SPEC §3): asking on open (three tries; Cancel leaves
the file untouched) and choosing a new passphrase. Passphrases leave these dialogs as ``bytearray``
for the caller to wipe; the text fields are cleared as soon as they are read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import CaseFileError, WrongPassphrase
from ..core.storage import CaseFile
from ..core.storage.cipher import MIN_PASSPHRASE_LENGTH

TRIES = 3


class PassphraseDialog(QDialog):
    """Masked passphrase fields with a Show toggle; ``confirm`` adds a field to type it again."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, confirm: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.field = self._masked(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.again = self._masked(self.tr("The same passphrase again")) if confirm else None
        if self.again:
            layout.addWidget(self.again)
        self.show_toggle = QCheckBox(self.tr("Show passphrase"))
        self.show_toggle.toggled.connect(self._show)
        layout.addWidget(self.show_toggle)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _masked(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.field, self.again):
            if field:
                field.setEchoMode(mode)

    def _accept(self) -> None:
        if self.again is not None:
            if len(self.field.text()) < MIN_PASSPHRASE_LENGTH:
                self.message.setText(self.tr("A passphrase needs at least %n characters.", "", MIN_PASSPHRASE_LENGTH))
                return
            if self.field.text() != self.again.text():
                self.message.setText(self.tr("The two passphrases differ."))
                return
        self.accept()

    def take(self) -> bytearray:
        """The passphrase typed, as bytes to wipe after use; the fields are emptied."""
        passphrase = bytearray(self.field.text().encode("utf-8"))
        self.field.clear()
        if self.again:
            self.again.clear()
        return passphrase


def open_protected(parent: QWidget | None, path: Path, read_only: bool = False) -> CaseFile | None:
    """Ask for the passphrase up to three times; None when cancelled or after the last wrong try.
    Other refusals propagate as CaseFileError."""
    message = QCoreApplication.translate("passphrase", "{name} is protected with a passphrase. Type it to open the case.").format(name=path.name)
    for attempt in range(TRIES):
        dialog = PassphraseDialog(parent, QCoreApplication.translate("passphrase", "Passphrase"), message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.take()
        try:
            return CaseFile.open(path, read_only=read_only, passphrase=passphrase)
        except WrongPassphrase as exc:
            left = TRIES - attempt - 1
            message = f"{exc} " + (QCoreApplication.translate("passphrase", "Tries left: %n.", "", left) if left else "")
        finally:
            passphrase[:] = bytes(len(passphrase))
    raise CaseFileError(message.strip())


def ask_new_passphrase(parent: QWidget | None, title: str, prompt: str) -> bytearray | None:
    dialog = PassphraseDialog(parent, title, prompt, confirm=True)
    return dialog.take() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_passphrase(parent: QWidget | None, title: str, prompt: str) -> bytearray | None:
    dialog = PassphraseDialog(parent, title, prompt)
    return dialog.take() if dialog.exec() == QDialog.DialogCode.Accepted else None
