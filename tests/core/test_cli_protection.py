"""The command line on protected cases (SPEC §6): protect, unprotect, --passphrase-file."""

import hashlib
import json

import pytest

from atrocity_desk.cli import main
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.storage import CaseFile


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def passphrase_file(folder, name, text, mode=0o600):
    path = folder / name
    path.write_text(text + "\n")
    path.chmod(mode)
    return path


@pytest.fixture
def protected(tmp_path, capsys):
    path = tmp_path / "kessara.atrocase"
    write_example_case(path).close()
    good = passphrase_file(tmp_path, "good", "correct horse battery")
    assert main(["protect", str(path), "--passphrase-file", str(good)]) == 0
    assert "cannot be recovered" in capsys.readouterr().out
    return path, good, passphrase_file(tmp_path, "bad", "not the passphrase at all")


@pytest.mark.parametrize("command", [["check"], ["fit", "--json"], ["memo", "-o", "{out}"]])
def test_commands_work_with_the_right_passphrase_and_fail_cleanly_otherwise(protected, tmp_path, capsys, command):
    path, good, bad = protected
    before = sha(path)
    args = [a.replace("{out}", str(tmp_path / "memo.pdf")) for a in command]
    for wrong, message in ((None, "Passphrase needed"), (bad, "wrong passphrase, or the file is damaged")):
        extra = ["--passphrase-file", str(wrong)] if wrong else []
        assert main([args[0], str(path), *args[1:], *extra]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err
        assert sha(path) == before
    assert main([args[0], str(path), *args[1:], "--passphrase-file", str(good)]) == 0
    out, err = capsys.readouterr()
    if args[0] == "fit":
        assert json.loads(out)["families"]
    if args[0] == "memo":
        assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF") and "the memo is not" in err
    assert sha(path) == before


def test_memo_lang_fr_warns_in_french_that_the_memo_is_not_protected(protected, tmp_path, capsys):
    path, good, _ = protected
    out_file = tmp_path / "note.pdf"
    assert main(["memo", str(path), "-o", str(out_file), "--lang", "fr", "--passphrase-file", str(good)]) == 0
    out, err = capsys.readouterr()
    assert "Le dossier est protégé, mais la note ne l'est pas" in err and "the memo is not" not in err
    assert out.strip() == f"Note de décision écrite dans {out_file}."


def test_unprotect_and_a_passphrase_file_others_can_read(protected, tmp_path, capsys):
    path, good, _ = protected
    good.chmod(0o644)
    assert main(["unprotect", str(path), "--passphrase-file", str(good)]) == 0
    assert "can be read by other accounts" in capsys.readouterr().err
    with CaseFile.open(path) as case:
        assert not case.protected and case.check() == []


def test_change_needs_the_old_passphrase(protected, tmp_path, capsys):
    path, good, bad = protected
    new = passphrase_file(tmp_path, "new", "an entirely new passphrase")
    before = sha(path)
    assert main(["protect", str(path), "--passphrase-file", str(new)]) == 2  # no old passphrase
    assert main(["protect", str(path), "--passphrase-file", str(new), "--old-passphrase-file", str(bad)]) == 2
    assert sha(path) == before
    assert main(["protect", str(path), "--passphrase-file", str(new), "--old-passphrase-file", str(good)]) == 0
    assert main(["check", str(path), "--passphrase-file", str(new)]) == 0


def test_missing_or_empty_passphrase_file(protected, tmp_path, capsys):
    path, _, _ = protected
    empty = passphrase_file(tmp_path, "empty", "")
    for option in (str(tmp_path / "nowhere"), str(empty)):
        assert main(["check", str(path), "--passphrase-file", option]) == 2
        assert "passphrase file" in capsys.readouterr().err


def test_copy_takes_the_passphrase_file_and_the_copy_stays_protected(protected, tmp_path, capsys):
    """SPEC §6: every command that opens a case takes --passphrase-file; ``copy`` did not."""
    path, good, bad = protected
    before = sha(path)
    out = tmp_path / "shared.atrocase"
    for wrong, message in ((None, "Passphrase needed"), (bad, "wrong passphrase, or the file is damaged")):
        extra = ["--passphrase-file", str(wrong)] if wrong else []
        assert main(["copy", str(path), "-o", str(out), *extra]) == 2
        assert message in capsys.readouterr().err and not out.exists()
    assert main(["copy", str(path), "-o", str(out), "--without-history", "--passphrase-file", str(good)]) == 0
    assert main(["check", str(out)]) == 2  # protected: it needs the passphrase too
    assert main(["check", str(out), "--passphrase-file", str(good)]) == 0
    assert b"Kessara" not in out.read_bytes() and sha(path) == before
    assert main(["copy", str(path), "--clean", "-o", str(out.with_name("clean")), "--passphrase-file", str(good)]) == 2
    assert "unprotected case files only" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad", "good", "kessara.atrocase", "shared.atrocase"]
