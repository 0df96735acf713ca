"""The evidence base is validated once per content (issue 22): a compiled copy in the user's cache
folder, keyed by the content of what it was built from; a damaged, stale or foreign copy is never
trusted but rebuilt."""

import hashlib
import json
import shutil
import stat

import pytest

from atrocity_desk.core import compiled_cache, evidence
from atrocity_desk.core.datafiles import resource_root


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """A private copy of the bundled evidence and checklist, read as if bundled."""
    root = tmp_path / "resources"
    for name in ("evidence", "checklist"):
        shutil.copytree(resource_root() / name, root / name)
    monkeypatch.setattr(evidence, "resource_root", lambda: root)
    evidence._bundled_evidence.cache_clear()
    yield root
    evidence._bundled_evidence.cache_clear()


def fresh_load():
    evidence._bundled_evidence.cache_clear()
    return evidence.load_evidence()


def built_from_yaml(root):
    return evidence.load_evidence(root / "evidence")


def test_first_load_writes_a_private_compiled_copy_that_the_next_load_uses(resources, monkeypatch):
    first = fresh_load()
    path = compiled_cache.cache_path("evidence")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.setattr(evidence, "_load_evidence_from", lambda *a, **k: pytest.fail("rebuilt from YAML"))
    assert fresh_load() == first


@pytest.mark.parametrize("damage", ["flip_payload", "truncate", "empty", "garbage", "foreign_key", "bad_payload"])
def test_a_damaged_or_foreign_copy_is_rebuilt_and_right(resources, damage):
    expected = fresh_load()
    path = compiled_cache.cache_path("evidence")
    data = path.read_bytes()
    head, _, payload = data.partition(b"\n")
    header = json.loads(head)
    key = header["key"]
    if damage == "flip_payload":  # one finding's words changed, the checksum left as it was
        data = head + b"\n" + payload.replace(b"sanctions", b"sanctiomz", 1)
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = b""
    elif damage == "garbage":
        data = b"\x80\x04\x95 not ours at all"
    elif damage == "foreign_key":  # a well-formed copy built from other data
        header["key"] = "0" * 64
        data = json.dumps(header).encode() + b"\n" + payload
    elif damage == "bad_payload":  # checksum right, content not an evidence base
        payload = json.dumps({"version": "x", "families": "nonsense"}).encode()
        header["sha256"] = hashlib.sha256(payload).hexdigest()
        data = json.dumps(header).encode() + b"\n" + payload
    path.write_bytes(data)
    assert fresh_load() == expected
    assert compiled_cache.read_compiled(path, key, evidence.EvidenceBase) == expected  # and kept again


def test_changing_a_data_file_rebuilds_the_copy(resources):
    before = fresh_load()
    base = resources / "evidence" / "base.yaml"
    text = base.read_text(encoding="utf-8")
    line = next(l for l in text.splitlines() if l.startswith("version:"))
    base.write_text(text.replace(line, 'version: "edited-for-the-test"', 1), encoding="utf-8")
    after = fresh_load()
    assert before.version != "edited-for-the-test"
    assert after.version == "edited-for-the-test"
    assert after == built_from_yaml(resources)


def test_an_unwritable_cache_folder_costs_speed_not_the_result(resources, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    monkeypatch.setenv("ATROCITY_DESK_CACHE_DIR", str(blocked / "cache"))
    assert fresh_load() == built_from_yaml(resources)
