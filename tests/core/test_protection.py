"""Passphrase-protected case files (SPEC §3, issue 19): encryption, refusals, copies, migrations."""

import hashlib
import shutil
import subprocess
import threading
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from atrocity_desk.core.errors import (
    DamagedCaseFile,
    ForeignDatabase,
    NewerCaseFile,
    NotACaseFile,
    PassphraseNeeded,
    WeakPassphrase,
    WrongPassphrase,
)
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.storage import SCHEMA_VERSION, CaseFile
from atrocity_desk.core.storage.schema import APPLICATION_ID
from atrocity_desk.core.storage import cipher
from atrocity_desk.core.storage.protection import plaintext_backups, protect, unprotect
from tests.core.test_migrations import make_version_1_file

FIXTURE = Path(__file__).parent.parent / "data" / "protected-v4.atrocase"
FIXTURE_PASSPHRASE = b"fixture passphrase 4"
PASSPHRASE = b"correct horse battery"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def secret(text: bytes = PASSPHRASE) -> bytearray:
    return bytearray(text)


@pytest.fixture
def protected(tmp_path) -> Path:
    path = tmp_path / "kessara.atrocase"
    write_example_case(path).close()
    protect(path, secret())
    return path


def test_fixture_made_by_sqlcipher_4_still_opens(tmp_path):
    """Made once with SQLCipher's own passphrase KDF and cipher_compatibility = 4: a library upgrade
    must never lock out an old protected case. It is at schema 4, so it opens through the
    migrations (a copy: the fixture itself never changes)."""
    before = sha(FIXTURE)
    copy = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, copy)
    with CaseFile.open(copy, passphrase=secret(FIXTURE_PASSPHRASE)) as case:
        assert case.protected
        assert case.meta().title == "Fixture case Quorvath"
        assert [a.name for a in case.actors(case.latest_revision().id)] == ["Brigade Velkaran"]
        assert case.check() == []
    with CaseFile.open(copy, read_only=True, passphrase=secret(FIXTURE_PASSPHRASE)) as case:
        assert case.protected and case.meta().title == "Fixture case Quorvath"
    assert sha(FIXTURE) == before


def test_protected_bytes_hold_neither_the_title_nor_any_name(tmp_path):
    path = tmp_path / "kessara.atrocase"
    with write_example_case(path) as case:
        revision = case.latest_revision().id
        words = [case.meta().title, case.meta().analyst] + [a.name for a in case.actors(revision)]
    assert all(w.encode() in path.read_bytes() for w in words[:1])  # plain: readable
    protect(path, secret())
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for word in filter(None, words):
        assert word.encode("utf-8") not in data and word.encode("utf-16-le") not in data


def test_without_a_passphrase_it_is_recognised_as_protected_and_untouched(protected):
    before = sha(protected)
    with pytest.raises(PassphraseNeeded, match="passphrase-protected"):
        CaseFile.open(protected)
    assert sha(protected) == before
    assert sorted(p.name for p in protected.parent.iterdir()) == [protected.name]


def test_wrong_passphrase_is_refused_without_touching_the_file_or_leaking_it(protected):
    before = sha(protected)
    key = cipher.key_for_file(protected, secret())
    with pytest.raises(WrongPassphrase) as refused:
        CaseFile.open(protected, passphrase=secret(b"not the passphrase"))
    message = str(refused.value)
    assert "wrong passphrase, or the file is damaged" in message
    assert "not the passphrase" not in message and key.raw.hex() not in message
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
    assert sha(protected) == before
    assert sorted(p.name for p in protected.parent.iterdir()) == [protected.name]


def test_random_bytes_in_whole_pages_are_honestly_maybe_protected(tmp_path):
    path = tmp_path / "noise.atrocase"
    path.write_bytes(bytes(range(256)) * 32)  # 8192 bytes, no SQLite header
    with pytest.raises(PassphraseNeeded, match="only the passphrase tells"):
        CaseFile.open(path)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(path, passphrase=secret())


def test_damaged_page_fails_the_cipher_integrity_check(protected):
    data = bytearray(protected.read_bytes())
    data[3 * cipher.PAGE_SIZE + 100] ^= 0xFF  # a page past the first: the key is still accepted
    protected.write_bytes(bytes(data))
    before = sha(protected)
    with pytest.raises(DamagedCaseFile):
        CaseFile.open(protected, passphrase=secret())
    assert sha(protected) == before


def test_protected_file_of_another_application_is_refused(tmp_path):
    path = tmp_path / "other.atrocase"
    conn = dbapi2.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = 'some other passphrase'")
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("PRAGMA application_id = 7")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(ForeignDatabase):
        CaseFile.open(path, passphrase=secret(b"some other passphrase"))


def test_edits_round_trip_and_the_key_is_wiped_on_close(protected):
    case = CaseFile.open(protected, passphrase=secret())
    case.set_meta(title="Renamed in protection")
    key = case._key
    case.close()
    assert key.raw == bytearray(len(key.raw))
    with CaseFile.open(protected, passphrase=secret()) as case:
        assert case.meta().title == "Renamed in protection"
    assert b"Renamed in protection" not in protected.read_bytes()


def test_change_passphrase_and_remove_protection(protected):
    with pytest.raises(WrongPassphrase):
        protect(protected, secret(b"a brand new passphrase"), secret(b"wrong old passphrase"))
    protect(protected, secret(b"a brand new passphrase"), secret())
    with pytest.raises(WrongPassphrase):
        CaseFile.open(protected, passphrase=secret())
    result = unprotect(protected, secret(b"a brand new passphrase"))
    assert not result.protected and protected.read_bytes().startswith(b"SQLite format 3")
    with CaseFile.open(protected) as case:
        assert case.check() == [] and not case.protected
    assert sorted(p.name for p in protected.parent.iterdir()) == [protected.name]


def test_short_passphrase_is_refused_and_the_file_kept(tmp_path):
    path = tmp_path / "kessara.atrocase"
    write_example_case(path).close()
    before = sha(path)
    with pytest.raises(WeakPassphrase):
        protect(path, secret(b"short"))
    assert sha(path) == before


def test_save_a_copy_of_a_protected_case_stays_protected(protected, tmp_path):
    with CaseFile.open(protected, passphrase=secret()) as case:
        copy = case.save_copy(tmp_path / "copy.atrocase")
        title = case.meta().title
    assert title.encode() not in copy.read_bytes() and cipher.looks_protected(copy)
    with pytest.raises(PassphraseNeeded):
        CaseFile.open(copy)
    with CaseFile.open(copy, passphrase=secret()) as reopened:
        assert reopened.meta().title == title and reopened.check() == []


def test_snapshot_of_a_protected_case_is_in_memory_only(protected):
    with CaseFile.open(protected, passphrase=secret()) as case:
        before = sorted(p.name for p in protected.parent.iterdir())
        with case.snapshot() as snapshot:
            assert snapshot.meta().title == case.meta().title
            assert snapshot.check() == []
        assert sorted(p.name for p in protected.parent.iterdir()) == before


def test_older_protected_file_is_migrated_after_a_protected_backup(tmp_path):
    plain = tmp_path / "old-plain.atrocase"
    make_version_1_file(plain)
    path = tmp_path / "old.atrocase"
    conn = dbapi2.connect(str(plain), isolation_level=None)
    key = cipher.derive_key(secret())
    cipher.export_protected(conn, path, key, (conn.execute("PRAGMA application_id").fetchone()[0], 1))
    conn.close()
    plain.unlink()
    with CaseFile.open(path, passphrase=secret()) as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert case.check() == []
    backup = path.with_name(path.name + ".v1-backup")
    assert cipher.looks_protected(backup) and plaintext_backups(path) == ()
    assert cipher.try_key(backup, cipher.key_for_file(backup, secret()))[1] == 1  # the old version, protected
    assert b"Old case" not in backup.read_bytes()


def test_protecting_names_the_plaintext_upgrade_backups(tmp_path):
    path = tmp_path / "old.atrocase"
    make_version_1_file(path)
    CaseFile.open(path).close()  # migrated: leaves the plain v1 backup
    result = protect(path, secret())
    assert result.plaintext_backups == (path.with_name(path.name + ".v1-backup"),)


def test_second_instance_opens_a_protected_case_read_only(protected, tmp_path):
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_bytes(PASSPHRASE + b"\n")
    script = (
        "from atrocity_desk.core.storage import CaseFile\n"
        f"c = CaseFile.open({str(protected)!r}, passphrase=bytearray({PASSPHRASE!r}))\n"
        "print(c.read_only, '|', c.read_only_reason)\n"
    )
    with CaseFile.open(protected, passphrase=secret()):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("True |") and "another Atrocity Desk" in out.stdout
    assert out.stderr == ""  # SQLCipher's own log is silenced


def test_wrong_key_leaves_a_crash_journal_alone(protected):
    journal = Path(f"{protected}-journal")
    shutil.copy(protected, journal)  # stands in for a hot journal left by a crash
    before = sha(journal)
    with pytest.raises(WrongPassphrase):
        CaseFile.open(protected, passphrase=secret(b"not the passphrase"))
    assert sha(journal) == before


@pytest.mark.parametrize("change", ["partial page added", "cut mid-page"])
def test_a_protected_case_that_is_not_whole_pages_is_never_called_foreign(protected, change):
    """A copy still being written, or cut short: with the passphrase the key is tried on it (and the
    damage found), never "not a case file"; without, the refusal says it may be a damaged protected case."""
    data = protected.read_bytes()
    protected.write_bytes(data + b"\x00" * 100 if change == "partial page added" else data[: len(data) - 1000])
    before = sha(protected)
    with pytest.raises((DamagedCaseFile, WrongPassphrase)):
        CaseFile.open(protected, passphrase=secret())
    with pytest.raises(NotACaseFile, match="If it is a passphrase-protected case, it is incomplete or damaged"):
        CaseFile.open(protected)
    assert sha(protected) == before
    assert sorted(p.name for p in protected.parent.iterdir()) == [protected.name]


def test_memo_of_a_protected_case_is_private_and_names_nothing_in_its_properties(protected, tmp_path):
    from pypdf import PdfReader

    from atrocity_desk.core.memo import MemoSettings, export_memo

    with CaseFile.open(protected, passphrase=secret()) as case, case.snapshot() as snapshot:
        meta = case.meta()
        assert snapshot.protected  # an export from the snapshot knows where it came from
        path = export_memo(snapshot, tmp_path / "memo.pdf", MemoSettings())
    assert path.stat().st_mode & 0o777 == 0o600
    info = PdfReader(path).metadata
    values = " ".join(str(v) for v in info.values())
    for word in filter(None, (meta.title, meta.analyst, meta.country)):
        assert word not in values
    assert not info.get("/CreationDate", "").startswith("D:2026")  # not the assessment date either
    assert PdfReader(path).pages[0].extract_text()  # the memo itself is all there, in plain text


def test_a_case_protected_here_opens_in_stock_sqlcipher_with_its_passphrase(protected):
    """The key is derived here, not by SQLCipher: the file must still be an ordinary SQLCipher 4
    file that the plain library opens with the passphrase (and nothing else)."""
    conn = dbapi2.connect(str(protected))
    try:
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA key = 'correct horse battery'")
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM revisions").fetchone()[0] >= 1
    finally:
        conn.close()


@pytest.fixture
def sqlcipher_debug_log(tmp_path):
    """SQLCipher's own debug log, written to a file while the test runs (off again after)."""
    log = tmp_path / "sqlcipher.log"
    conn = dbapi2.connect(":memory:")
    conn.execute(f"PRAGMA cipher_log = '{log}'")
    conn.execute("PRAGMA cipher_log_level = DEBUG")
    try:
        yield log
    finally:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_log = stderr")
        conn.close()


def test_one_open_derives_the_key_once_and_every_connection_gets_the_raw_key(protected, tmp_path, monkeypatch, sqlcipher_debug_log):
    """Each derivation costs SQLCipher 4's full 256,000 rounds: an open (trial connection, writer,
    snapshot, copy, check) pays it once, in Python, and SQLCipher never derives from a passphrase."""
    derivations = []
    real = hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a, **k: derivations.append(a[0]) or real(*a, **k))
    with CaseFile.open(protected, passphrase=secret()) as case:
        key_hex = case._key.raw.hex()
        with case.snapshot() as snapshot:
            assert snapshot.check() == []
        case.save_copy(tmp_path / "copy.atrocase", history=False)
        assert case.check() == []
    assert derivations == ["sha512"]
    log = sqlcipher_debug_log.read_text()
    assert log.count("using raw key and salt") >= 3  # trial, writer, the copy's cleaning connection
    assert "with 256000 iterations" not in log
    assert key_hex not in log and "correct horse battery" not in log


def test_a_protected_case_refuses_use_from_another_thread_as_a_plain_one_does(protected, tmp_path):
    """SQLite connections are not to be shared between threads: the plain driver says so when it
    happens, and a protected case must not silently allow it (only its snapshot travels, to the
    memo's worker thread)."""
    plain = tmp_path / "plain.atrocase"
    write_example_case(plain).close()
    for path, passphrase in ((plain, None), (protected, secret())):
        with CaseFile.open(path, passphrase=passphrase) as case:
            caught = []

            def read_elsewhere(case=case, caught=caught):
                try:
                    case.meta()
                except cipher.ERRORS as exc:
                    caught.append(type(exc).__name__)

            worker = threading.Thread(target=read_elsewhere)
            worker.start()
            worker.join()
            assert caught == ["ProgrammingError"], path.name
            with case.snapshot() as snapshot:
                titles = []
                worker = threading.Thread(target=lambda: titles.append(snapshot.meta().title))
                worker.start()
                worker.join()
                assert titles == [case.meta().title]


def test_protected_connections_keep_everything_in_memory_and_wipe_it(protected):
    """Issue 19, item 8: temporary tables and sorts never reach the disk (they would be plain
    text), SQLCipher wipes its buffers; and the settings every case connection gets (issue 18)."""
    with CaseFile.open(protected, passphrase=secret()) as case, case.snapshot() as snapshot:
        for conn in (case.conn, snapshot.conn):
            assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
            assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
            assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert case.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_opening_a_protected_case_disables_core_dumps(protected, monkeypatch):
    """A crash must not write decrypted pages to a core file. (Recorded, not read back: once any
    test has opened a protected case, this process and its children can no longer raise the limit.)"""
    import resource

    calls = []
    real = resource.setrlimit
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: (calls.append((which, limits)), real(which, limits)))
    CaseFile.open(protected, passphrase=secret()).close()
    assert calls == [(resource.RLIMIT_CORE, (0, 0))]
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def test_a_protected_case_from_a_newer_version_is_refused_after_its_key(tmp_path, protected):
    """After the key and the integrity check come the same application-id and version refusals
    as for a plain file."""
    newer = tmp_path / "newer.atrocase"
    with CaseFile.open(protected, passphrase=secret()) as case:
        cipher.export_protected(case.conn, newer, case._key, (APPLICATION_ID, SCHEMA_VERSION + 1))
    before = sha(newer)
    with pytest.raises(NewerCaseFile, match="newer version"):
        CaseFile.open(newer, passphrase=secret())
    assert sha(newer) == before


def test_word_memo_of_a_protected_case_is_private_and_names_nothing_in_its_properties(protected, tmp_path):
    import zipfile

    from atrocity_desk.core.memo import MemoSettings, export_memo

    with CaseFile.open(protected, passphrase=secret()) as case, case.snapshot() as snapshot:
        meta = case.meta()
        path = export_memo(snapshot, tmp_path / "memo.docx", MemoSettings())
    assert path.stat().st_mode & 0o777 == 0o600
    with zipfile.ZipFile(path) as package:
        properties = " ".join(
            package.read(name).decode("utf-8") for name in package.namelist()
            if name.startswith("docProps/") and name.endswith(".xml")
        )
        body = package.read("word/document.xml").decode("utf-8")
    words = [w for w in (meta.title, meta.analyst, meta.country, meta.marking) if w]
    assert meta.country and meta.country in body  # the memo itself is all there, in plain text
    for word in words:
        assert word not in properties
