"""Errors a planner can act on, distinct from programming errors.

Each message is written for the person at the desk: what happened, that nothing was damaged, and
what to do next. The command line prints them without a traceback; the UI shows them in a dialog.
"""

from __future__ import annotations


class DataFileError(ValueError):
    """A data file in resources/ is malformed; the message names the file and the entry."""


class CaseFileError(Exception):
    """A case file cannot be opened or written as asked. The file is left as it was."""

    title = "The case file cannot be used"


class CaseFileMissing(CaseFileError):
    title = "File not found"


class CaseFileUnreadable(CaseFileError):
    title = "File cannot be read"


class NotACaseFile(CaseFileError):
    title = "Not a case file"


class ForeignDatabase(CaseFileError):
    title = "Not an Atrocity Desk case"


class NewerCaseFile(CaseFileError):
    title = "Made by a newer version"


class DamagedCaseFile(CaseFileError):
    title = "Damaged case file"


class ForeignSchema(CaseFileError):
    """The file's schema holds objects (tables, columns, triggers, views...) that an Atrocity Desk
    case does not have, or lacks some. ``differences`` names each one."""

    title = "Case file holds foreign content"

    def __init__(self, message: str, differences: list[str]):
        super().__init__(message)
        self.differences = differences


class CaseTooLarge(CaseFileError):
    """A stored text is longer than any case field may be."""

    title = "Case file holds oversized text"


class TooSlow(CaseFileError):
    """A single database statement ran past the time limit and was stopped."""

    title = "Operation stopped"


class UnsafeOutput(CaseFileError):
    """An output path that must not be written: the case itself, another database, a folder..."""

    title = "Output not written"


class CaseFileExists(CaseFileError):
    title = "File already exists"


class BadFileName(CaseFileError):
    """A file name or title as typed cannot be used (blank, only dots)."""

    title = "Name not accepted"


class ReadOnlyCase(CaseFileError):
    title = "Case is open read-only"


class CaseWriteError(CaseFileError):
    """An edit could not be written (disk full, folder read-only, I/O error); it was rolled back."""

    title = "Change not saved"


class CaseNotCreated(CaseWriteError):
    """A new case file could not be written (folder missing or read-only, disk full)."""

    title = "Case not created"


class UnknownLanguage(ValueError):
    """A language this version has no words for (``--lang``); the message names the ones it has."""


class AnswersError(ValueError):
    """An answers file (``new --answers``) is malformed or names an unknown factor or value."""


class InvalidValue(CaseFileError):
    """An edit names a value the vocabulary does not know (a factor value, status, family, date...)
    or one of the wrong kind. Raised by the edit path before anything is written."""

    title = "Value not accepted"


class PassphraseNeeded(CaseFileError):
    """The file looks protected (no SQLite header, whole pages) and no passphrase was given."""

    title = "Passphrase needed"


class WrongPassphrase(CaseFileError):
    """The key was refused: a wrong passphrase and a damaged first page cannot be told apart."""

    title = "Wrong passphrase"


class WeakPassphrase(CaseFileError):
    title = "Passphrase too short"
