"""Passphrase-protected case files: the whole file encrypted with SQLCipher 4 (SPEC §3).

The rest of the program never knows whether a case is protected: ``casefile.py`` asks this module
for a connection at one point and gets one that reads and writes like any other.

Keys. The passphrase (a ``bytearray``, wiped by whoever made it) goes through SQLCipher 4's own key
derivation, done here with the same parameters (PBKDF2-HMAC-SHA512, 256,000 iterations, the 16-byte
salt the file starts with), once per open. The connections then get the derived raw key as
``x'…'`` hex: no passphrase text is ever put into an SQL statement (so nothing to escape, and
nothing that could surface in an error), and the read-only trial and the writing connection cost
one derivation, not two. ``cipher_compatibility = 4`` pins every other setting, so a later library
with new defaults still opens today's files (tests/data/protected-v4.atrocase proves it).

SQLCipher's exceptions are not subclasses of ``sqlite3``'s: code that may meet either catches
``ERRORS`` / ``DATABASE_ERRORS``.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlcipher3 import dbapi2

from ..errors import DamagedCaseFile, WeakPassphrase, WrongPassphrase

ERRORS = (sqlite3.Error, dbapi2.Error)
DATABASE_ERRORS = (sqlite3.DatabaseError, dbapi2.DatabaseError)

PAGE_SIZE = 4096  # SQLCipher 4's default, pinned by cipher_compatibility = 4
SALT_BYTES = 16
KDF_ITERATIONS = 256_000
MIN_PASSPHRASE_LENGTH = 10  # characters

_SQLITE_MAGIC = b"SQLite format 3\x00"

# The connection settings of a protected case, after the key. ``cipher_memory_security`` wipes
# SQLCipher's buffers when freed; ``temp_store = MEMORY`` keeps sorts and temporary tables off the
# disk, where they would be plaintext.
_SETTINGS = ("PRAGMA cipher_compatibility = 4", "PRAGMA cipher_memory_security = ON", "PRAGMA temp_store = MEMORY")


@dataclass
class Key:
    """A derived SQLCipher key and its salt; ``wipe`` overwrites the key bytes."""

    raw: bytearray
    salt: bytes
    _wiped: bool = field(default=False, repr=False)

    def sql(self) -> str:
        """The key as SQLCipher's raw-key literal (key, then salt, in hex)."""
        if self._wiped:
            raise RuntimeError("this key has been wiped")
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""

    def wipe(self) -> None:
        for i in range(len(self.raw)):
            self.raw[i] = 0
        self._wiped = True

    def __repr__(self) -> str:  # never the key itself, in a log or a traceback
        return "Key(…)"


def looks_protected(path: Path) -> bool:
    """No SQLite header and a size that is a whole number of pages: how a protected file looks.

    A random file can look the same; only the passphrase tells them apart."""
    size = _size_if_not_sqlite(path)
    return size is not None and size >= PAGE_SIZE and size % PAGE_SIZE == 0


def may_be_protected(path: Path) -> bool:
    """Anything that is not a plain SQLite file may be a protected case, whole or not (a copy
    still being written, a truncated one): with a passphrase given, the key is tried on it, so a
    protected case is never called foreign; SQLCipher then accepts it or refuses it."""
    size = _size_if_not_sqlite(path)
    return bool(size)


def _size_if_not_sqlite(path: Path) -> int | None:
    """The file's size when it does not start with the SQLite header; None for a plain SQLite file
    or one that cannot be read."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(_SQLITE_MAGIC))
            size = os.fstat(handle.fileno()).st_size  # the same file as the header, even if renamed since
    except OSError:
        return None
    return None if start == _SQLITE_MAGIC else size


def check_passphrase_strength(passphrase: bytearray) -> None:
    if len(passphrase.decode("utf-8", "replace")) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"A passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters. The case was not changed."
        )


def derive_key(passphrase: bytearray, salt: bytes | None = None) -> Key:
    """The key SQLCipher 4 derives from ``passphrase`` and ``salt`` (a new random salt if None)."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    derived = hashlib.pbkdf2_hmac("sha512", passphrase, salt, KDF_ITERATIONS, 32)
    return Key(bytearray(derived), salt)


def is_passphrase_of(key: Key, passphrase: bytearray) -> bool:
    """Whether ``passphrase`` derives ``key`` (with its salt): a check against the open case that
    needs neither the file nor a connection."""
    candidate = derive_key(passphrase, key.salt)
    try:
        return hmac.compare_digest(candidate.raw, key.raw)
    finally:
        candidate.wipe()


def key_for_file(path: Path, passphrase: bytearray) -> Key:
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    return derive_key(passphrase, salt)


def try_key(path: Path, key: Key) -> tuple[int, int]:
    """(application_id, user_version) of the protected file, read on a read-only connection so a
    wrong key never touches a journal left by a crash. Raises WrongPassphrase or a damage refusal."""
    conn = _keyed(f"file:{quote(str(path))}?mode=ro", key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError:
            raise WrongPassphrase(
                f"{path.name} could not be opened: wrong passphrase, or the file is damaged. "
                "Nothing was changed."
            ) from None
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise DamagedCaseFile(
                f"{path.name} is damaged: the passphrase is right but {len(problems)} page(s) fail "
                "their integrity check. It was not changed. Open a backup copy."
            )
        return conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def open_protected(path: Path, key: Key, read_only: bool) -> dbapi2.Connection:
    """A connection to a protected case whose key ``try_key`` has accepted."""
    target = f"file:{quote(str(path))}?mode=ro" if read_only else f"file:{quote(str(path))}"
    return _keyed(target, key)


def _keyed(uri: str, key: Key) -> dbapi2.Connection:
    # Used by the thread that opened it only, as a plain case's connection: the driver then refuses
    # any use from another thread instead of letting two threads share one SQLite connection.
    conn = dbapi2.connect(uri, uri=True, isolation_level=None)
    # The statement holds the key: any error is replaced by one that cannot carry it.
    try:
        conn.execute(f"PRAGMA key = {key.sql()}")
        for statement in _SETTINGS:
            conn.execute(statement)
    except dbapi2.Error:
        conn.close()
        raise DamagedCaseFile("The protected case could not be opened (its key was refused).") from None
    from .connection import configure  # the same pragmas and limits as a plain case, after the key

    return configure(conn)


def export_protected(conn: dbapi2.Connection, target: Path, key: Key, ids: tuple[int, int]) -> None:
    """Write the whole database behind ``conn`` (an SQLCipher connection, keyed or to a plain
    file) into the empty file ``target``, encrypted with ``key``. The backup API cannot copy into
    an encrypted file; ``sqlcipher_export`` can, but leaves out application_id and user_version
    (``ids``), which are set here."""
    _export(conn, target, key.sql(), ids)


def export_plain(conn: dbapi2.Connection, target: Path, ids: tuple[int, int]) -> None:
    """Write the whole protected database behind ``conn`` into ``target`` as a plain SQLite file."""
    _export(conn, target, "''", ids)


def _export(conn: dbapi2.Connection, target: Path, key_sql: str, ids: tuple[int, int]) -> None:
    application_id, user_version = ids
    name = f"export_{secrets.token_hex(4)}"
    try:
        conn.execute(f"ATTACH DATABASE ? AS {name} KEY {key_sql}", (str(target),))
    except dbapi2.Error:
        raise OSError(f"{target.name} could not be written") from None
    try:
        conn.execute(f"PRAGMA {name}.cipher_compatibility = 4")
        conn.execute(f"SELECT sqlcipher_export('{name}')")
        conn.execute(f"PRAGMA {name}.application_id = {int(application_id)}")
        conn.execute(f"PRAGMA {name}.user_version = {int(user_version)}")
    finally:
        conn.execute(f"DETACH DATABASE {name}")


def snapshot(conn: dbapi2.Connection) -> dbapi2.Connection:
    """A plain in-memory copy of a protected database, never a file: the backup API cannot copy
    out of an encrypted database, so the copy goes through a named in-memory database that a
    second connection then holds."""
    uri = f"file:snapshot-{secrets.token_hex(8)}?mode=memory&cache=shared"
    conn.execute("ATTACH DATABASE ? AS snapshot KEY ''", (uri,))
    try:
        conn.execute("SELECT sqlcipher_export('snapshot')")
        memory = dbapi2.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    finally:
        conn.execute("DETACH DATABASE snapshot")
    memory.execute("PRAGMA temp_store = MEMORY")  # its sorts never reach the disk in plain text
    from .connection import configure

    return configure(memory)


def is_protected_connection(conn: object) -> bool:
    return isinstance(conn, dbapi2.Connection)


def disable_core_dumps() -> None:
    """A crash while a protected case is open must not write its decrypted pages to a core file."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # Windows has no core files to disable
        pass


def wipe(passphrase: bytearray) -> None:
    for i in range(len(passphrase)):
        passphrase[i] = 0


def _quiet() -> None:
    """SQLCipher logs a failed decryption to stderr; a wrong passphrase is ours to report."""
    conn = dbapi2.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()


def copy_database(conn: sqlite3.Connection | dbapi2.Connection, path: Path, target: Path, key: Key | None, ids: tuple[int, int]) -> bool:
    """Copy the case behind ``conn`` (the file ``path``) into the empty file ``target``, encrypted
    with ``key`` or plain when it is None. False when neither side is protected: the caller then
    uses SQLite's backup API as before."""
    if isinstance(conn, dbapi2.Connection):
        if key is None:
            export_plain(conn, target, ids)
        else:
            export_protected(conn, target, key, ids)
        return True
    if key is None:
        return False
    # A plain case becoming protected: only SQLCipher can export, so it reads the file itself
    # (read-only). This happens only when the case is about to be replaced and closed.
    reader = dbapi2.connect(f"file:{quote(str(path))}?mode=ro", uri=True, isolation_level=None)
    try:
        reader.execute("PRAGMA temp_store = MEMORY")
        export_protected(reader, target, key, ids)
    finally:
        reader.close()
    return True


def protected_version(path: Path, key: Key) -> int:
    """The case-format version of a protected case, once the key is accepted and the pages pass
    their integrity check; then the same application-id and version refusals as a plain file."""
    from .header import check_ids  # header sniffs with this module; imported here to avoid a cycle

    return check_ids(path, *try_key(path, key))
