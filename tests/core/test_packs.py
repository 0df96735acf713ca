"""Evidence packs (SPEC §5, issue 20): format, validation, storage in the case, the fit, the memo."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.table import Table
from pypdf import PdfReader

from atrocity_desk.cli import main
from atrocity_desk.core.evidence import load_evidence
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.fit import evidence_fit
from atrocity_desk.core.fit_words import fit_json
from atrocity_desk.core.option_fit import case_fit
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.models import Judgment
from atrocity_desk.core.packs import MAX_PACK_BYTES, PackError, case_evidence, parse_pack, validated_pack
from atrocity_desk.core.storage import CaseFile

PACK = Path(__file__).resolve().parents[1] / "data" / "packs" / "peacekeeping-2019.yaml"
DOC = Path(__file__).resolve().parents[2] / "docs" / "evidence-packs.md"
FINDING = "pk_example_local_presence_2019"


@pytest.fixture
def case_path(tmp_path):
    path = tmp_path / "example.atrocase"
    write_example_case(path).close()
    return path


def pack_data() -> dict:
    return yaml.safe_load(PACK.read_text(encoding="utf-8"))


def write_pack(tmp_path: Path, data: dict | str, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def case_fit_json(path: Path) -> dict:
    """The case's fit as ``fit --json`` gives it: ``case_fit`` reads the case's enabled packs itself."""
    with CaseFile.open(path, read_only=True) as case:
        return fit_json(case_fit(case, case.latest_revision().id))


def docx_text(path: Path) -> str:
    """Every paragraph of a Word file in document order, a table's cells in its place, whitespace collapsed."""
    texts = []
    for block in Document(path).iter_inner_content():
        texts += [c.text for r in block.rows for c in r.cells] if isinstance(block, Table) else [block.text]
    return " ".join(" ".join(x.split()) for x in texts)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


# -- the round trip ---------------------------------------------------------------------------


def test_a_pack_round_trips_import_fit_memo_export(case_path, tmp_path, capsys):
    assert main(["pack", "import", str(case_path), str(PACK)]) == 0
    assert "Imported the evidence pack pk_update_2019" in capsys.readouterr().out

    assert main(["fit", str(case_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [info] = data["case"]["packs"]
    assert {k: info[k] for k in ("id", "title", "author", "date")} == pack_data()["pack"] | {"date": "2026-11-30"}
    assert info["hash"].startswith("sha256:")
    reasons = {r["finding"]: r for f in data["families"] for r in f["reasons"]}
    assert reasons[FINDING]["source"] == "pack:pk_update_2019"
    assert {r["source"] for name, r in reasons.items() if name != FINDING} == {"base"}

    assert main(["fit", str(case_path)]) == 0
    text = capsys.readouterr().out
    assert "[pack]" in text and "<pack:pk_update_2019>" in text

    memo = tmp_path / "memo.pdf"
    with CaseFile.open(case_path, read_only=True) as case:
        export_memo(case.snapshot(), memo, MemoSettings())
    body = pdf_text(memo)
    added = body.index("Added by the analyst's evidence packs")
    assert "Example Author (2019). Local peacekeeping deployments" in body[added:]
    assert "Example Author (2019)" not in body[body.index("References"):added]  # never among the paper's
    assert "[pack] Illustrative: where UN peacekeepers" in body

    word = tmp_path / "memo.docx"  # the Word memo says the same: the marked line, the separate list
    with CaseFile.open(case_path, read_only=True) as case:
        export_memo(case.snapshot(), word, MemoSettings())
    text = docx_text(word)
    added = text.index("Added by the analyst's evidence packs")
    assert "[pack] Example Author (2019). Local peacekeeping deployments" in text[added:]
    assert "Example Author (2019)" not in text[text.index("A8. References"):added]
    assert "[pack] Illustrative: where UN peacekeepers" in text

    out = tmp_path / "out.yaml"
    assert main(["pack", "export", str(case_path), "pk_update_2019", "-o", str(out)]) == 0
    assert out.read_bytes() == PACK.read_bytes()
    base = load_evidence()
    assert parse_pack(out.read_text(encoding="utf-8"), "out.yaml", base) == parse_pack(PACK.read_text(encoding="utf-8"), "in", base)


def test_the_documented_example_is_a_valid_pack_that_a_case_reads(case_path):
    """docs/evidence-packs.md's example, read from the doc itself: valid, and counted in the fit."""
    [example] = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    stored = validated_pack(example, DOC.name, [])
    assert (stored.id, stored.title) == ("pk_update_2019", "Peacekeeping research after 2016 (illustrative)")
    assert example == PACK.read_text(encoding="utf-8")  # the doc says the test data is the same file
    with CaseFile.open(case_path) as case:
        case.add_pack(example, DOC.name)
    reasons = [r for f in case_fit_json(case_path)["families"] for r in f["reasons"]]
    assert [r["source"] for r in reasons if r["finding"] == FINDING] == ["pack:pk_update_2019"]


def test_pack_list_and_validate(case_path, capsys):
    assert main(["pack", "validate", str(PACK)]) == 0
    assert "a valid evidence pack" in capsys.readouterr().out
    assert main(["pack", "list", str(case_path)]) == 0
    assert "no evidence packs" in capsys.readouterr().out
    main(["pack", "import", str(case_path), str(PACK)])
    capsys.readouterr()
    assert main(["pack", "list", str(case_path)]) == 0
    line = capsys.readouterr().out
    assert "pk_update_2019" in line and "[on]" in line and "findings: 1" in line


def test_switching_a_pack_off_restores_the_base_verdicts_exactly(case_path):
    before = case_fit_json(case_path)
    with CaseFile.open(case_path) as case:
        case.add_pack(PACK.read_text(encoding="utf-8"), PACK.name)
    with_pack = case_fit_json(case_path)
    assert with_pack != before
    with CaseFile.open(case_path) as case:
        assert case.set_pack_switches("pk_update_2019", enabled=False) == {"enabled": True}
        assert [a.action for a in case.audit(limit=2)] == ["switch evidence pack", "add evidence pack"]
    assert case_fit_json(case_path) == before


def test_packs_survive_a_new_revision_and_a_copy(case_path, tmp_path):
    with CaseFile.open(case_path) as case:
        case.add_pack(PACK.read_text(encoding="utf-8"), PACK.name)
        case.new_revision()
        assert [p.id for p in case.packs()] == ["pk_update_2019"]
        copy = case.save_copy(tmp_path / "copy.atrocase")
    with CaseFile.open(copy, read_only=True) as other:
        assert [p.id for p in other.packs()] == ["pk_update_2019"]
        assert other.check() == []


def test_remove_and_restore_a_pack(case_path):
    with CaseFile.open(case_path) as case:
        case.add_pack(PACK.read_text(encoding="utf-8"), PACK.name)
        removed = case.remove_pack("pk_update_2019")
        assert case.packs() == []
        case.restore_pack(removed)
        assert case.packs() == [removed]


def test_check_reports_a_stored_pack_that_was_tampered_with(case_path):
    with CaseFile.open(case_path) as case:
        case.add_pack(PACK.read_text(encoding="utf-8"), PACK.name)
        case.conn.execute("UPDATE evidence_packs SET yaml = replace(yaml, 'family: peacekeeping', 'family: bogus')")
        problems = case.check()
    assert any("does not match its stored hash" in p for p in problems)
    assert any("unknown family 'bogus'" in p for p in problems)


# -- the ceiling ------------------------------------------------------------------------------


def _strong_pack(family: str, count: int = 5) -> str:
    data = pack_data()
    data["pack"]["id"] = "strong"
    data["findings"] = [
        {
            "id": f"strong_{i}", "family": family, "statement": f"Illustrative benefit {i}.",
            "direction": "reduces_violence", "outcome": "severity", "evidence_kind": "cross_national_statistical",
            "studies": ["example_author_2019"], "section": "Illustrative",
        }
        for i in range(count)
    ]
    return yaml.safe_dump(data, sort_keys=False)


def test_a_pack_moves_a_verdict_only_within_the_ceiling_unless_allowed_to_lift(case_path, tmp_path):
    with CaseFile.open(case_path) as case:
        case.add_pack(_strong_pack("prosecution"), "strong.yaml")
    fit = {f["id"]: f for f in case_fit_json(case_path)["families"]}["prosecution"]
    assert fit["ceiling"]["verdict"] == "insufficient"
    assert fit["ceiling"]["uncapped_verdict"] != "insufficient"
    assert fit["verdict"] == "insufficient" and fit["ceiling"]["applied"]

    with CaseFile.open(case_path) as case:
        case.set_pack_switches("strong", allow_lift=True)
    fit = {f["id"]: f for f in case_fit_json(case_path)["families"]}["prosecution"]
    assert fit["verdict"] == fit["ceiling"]["uncapped_verdict"] != "insufficient"

    with CaseFile.open(case_path) as case:  # recommended, so the memo's body reads it too
        [option] = [d for d in case.decisions(case.latest_revision().id) if d.family == "prosecution"]
        case.update_decision(option.id, status="recommended")
    memo, word = tmp_path / "memo.pdf", tmp_path / "memo.docx"
    with CaseFile.open(case_path, read_only=True) as case:
        export_memo(case.snapshot(), memo, MemoSettings())
        export_memo(case.snapshot(), word, MemoSettings())
    lifted = f"The paper's ceiling for {load_evidence().family('prosecution').name} was lifted"
    for text in (pdf_text(memo), docx_text(word)):
        body, annex = text.split("Annex", 1)
        assert lifted in body and lifted in annex
        assert "[pack] Example Author 2019" in body  # the option's citations mark the pack's study


# -- broken packs: each rule refused whole, the case file unchanged ---------------------------


def _mutate(change):
    data = pack_data()
    change(data)
    return data


BROKEN = {
    "unknown family": (lambda d: d["findings"][0].update(family="airstrikes"), "finding pk_example_local_presence_2019", "family"),
    "unknown factor": (lambda d: d["findings"][0]["conditions"][0].update(factor="weather"), "finding pk_example_local_presence_2019", "conditions[0].factor"),
    "unknown value": (lambda d: d["findings"][0]["conditions"][0].update(values=["huge"]), "finding pk_example_local_presence_2019", "'huge'"),
    "design id of another family": (
        lambda d: d["findings"][0]["conditions"][0].update(factor="sanction_goal", values=["modest"]),
        "finding pk_example_local_presence_2019", "not read for family",
    ),
    "redefines a base study": (lambda d: (d["studies"][0].update(key="heldt_2012"), d["findings"][0].update(studies=["heldt_2012"])), "study heldt_2012", "cannot redefine"),
    "redefines a base finding": (lambda d: d["findings"][0].update(id="xc_genocide_decline"), "finding xc_genocide_decline", "cannot redefine"),
    "changes a ceiling": (lambda d: d.update(families=[{"id": "peacekeeping", "ceiling": "supported"}]), "families", "ceilings"),
    "ceiling inside a finding": (lambda d: d["findings"][0].update(ceiling="supported"), "findings[0]", "ceiling"),
    "study without a title": (lambda d: d["studies"][0].pop("title"), "studies[0] (example_author_2019)", "title"),
    "no header": (lambda d: d.pop("pack"), "pack", "missing"),
    "header without author": (lambda d: d["pack"].pop("author"), "pack", "author"),
    "bad date": (lambda d: d["pack"].update(date="last spring"), "pack", "date"),
    "cites an unknown study": (lambda d: d["findings"][0].update(studies=["nobody_2020"]), "finding pk_example_local_presence_2019", "nobody_2020"),
    "uncited study": (lambda d: d["studies"].append({"key": "loose_2020", "authors": "A", "year": "2020", "title": "T"}), "study loose_2020", "cited by no finding"),
    "duplicate finding": (lambda d: d["findings"].append(copy.deepcopy(d["findings"][0])), "finding pk_example_local_presence_2019", "more than once"),
    "bad direction": (lambda d: d["findings"][0].update(direction="works"), "findings[0]", "direction"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_rule_refuses_a_broken_pack_naming_file_entry_and_field(name, case_path, tmp_path, capsys):
    change, entry, field = BROKEN[name]
    bad = write_pack(tmp_path, _mutate(change))
    before = case_path.read_bytes()
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    message = capsys.readouterr().err
    assert "bad.yaml" in message and entry in message and field in message, message
    assert "Traceback" not in message
    assert case_path.read_bytes() == before
    assert main(["pack", "validate", str(bad)]) != 0


BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]" for i in range(7)]
)


def test_an_alias_bomb_is_refused_before_it_expands(case_path, tmp_path, capsys):
    bad = write_pack(tmp_path, BILLION_LAUGHS)
    before = case_path.read_bytes()
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    assert "anchors and aliases" in capsys.readouterr().err
    assert case_path.read_bytes() == before


def test_a_single_alias_is_refused_too():
    text = PACK.read_text(encoding="utf-8").replace("studies: [example_author_2019]", "studies: &s [example_author_2019]")
    with pytest.raises(PackError, match="line .*anchors and aliases"):
        parse_pack(text, "x.yaml", load_evidence())


def test_a_pack_over_the_size_limit_is_refused_unread(case_path, tmp_path, capsys):
    big = PACK.read_text(encoding="utf-8") + "#" * MAX_PACK_BYTES + "\n"
    bad = write_pack(tmp_path, big)
    before = case_path.read_bytes()
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    assert "at most" in capsys.readouterr().err
    assert case_path.read_bytes() == before


def test_python_tags_are_refused_by_the_safe_loader(case_path, tmp_path, capsys):
    bad = write_pack(tmp_path, "pack: !!python/object/apply:os.system ['echo hacked']\n")
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    assert "not valid YAML" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["- a list\n", "pack: [\n", "\x00\x01"])
def test_files_that_are_not_packs_get_a_plain_message(text, case_path, tmp_path, capsys):
    bad = write_pack(tmp_path, text)
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "Traceback" not in err


def test_a_second_pack_may_not_reuse_the_first_packs_ids(case_path, tmp_path, capsys):
    main(["pack", "import", str(case_path), str(PACK)])
    again = _mutate(lambda d: d["pack"].update(id="another"))
    bad = write_pack(tmp_path, again)
    before = case_path.read_bytes()
    assert main(["pack", "import", str(case_path), str(bad)]) != 0
    assert "already used by the pack 'pk_update_2019'" in capsys.readouterr().err
    assert main(["pack", "import", str(case_path), str(PACK)]) != 0
    assert "already has a pack" in capsys.readouterr().err
    assert case_path.read_bytes() == before


def test_a_protected_case_takes_its_passphrase_and_export_says_the_pack_is_not_protected(case_path, tmp_path, capsys):
    from atrocity_desk.core.storage.protection import protect

    protect(case_path, bytearray(b"correct horse battery"), None)
    secret = tmp_path / "passphrase"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    secret.chmod(0o600)
    assert main(["pack", "import", str(case_path), str(PACK)]) != 0  # no passphrase: refused, unchanged
    assert "passphrase" in capsys.readouterr().err
    assert main(["pack", "import", str(case_path), str(PACK), "--passphrase-file", str(secret)]) == 0
    out = tmp_path / "out.yaml"
    capsys.readouterr()
    assert main(["pack", "export", str(case_path), "pk_update_2019", "-o", str(out), "--passphrase-file", str(secret)]) == 0
    assert "the exported pack is not" in capsys.readouterr().err
    assert out.read_bytes() == PACK.read_bytes()
    assert main(["pack", "export", str(case_path), "pk_update_2019", "-o", str(out), "--passphrase-file", str(secret)]) != 0
    assert "already exists" in capsys.readouterr().err  # over a file only with --force


def test_export_of_a_missing_pack_says_so(case_path, tmp_path, capsys):
    assert main(["pack", "export", str(case_path), "nope", "-o", str(tmp_path / "x.yaml")]) != 0
    assert "no evidence pack 'nope'" in capsys.readouterr().err
    assert not (tmp_path / "x.yaml").exists()


def test_a_french_memo_reads_the_pack_and_marks_it_in_french(case_path, tmp_path):
    assert main(["pack", "import", str(case_path), str(PACK)]) == 0
    memo = tmp_path / "memo-fr.pdf"
    assert main(["memo", str(case_path), "-o", str(memo), "--lang", "fr"]) == 0
    text = pdf_text(memo)
    added = text.index("Ajouté par les lots de données de l'analyste")
    assert "[lot] Example Author (2019). Local peacekeeping deployments" in text[added:]
    assert "[lot] Illustrative: where UN peacekeepers" in text  # the pack's own words stay as written
