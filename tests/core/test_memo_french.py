"""The memo in French (issue 21): ``export_memo`` with ``MemoSettings(lang="fr")`` and
``memo FILE -o OUT --lang fr`` write the example's memo with French words and French content
throughout, and no English sentence of the vocabulary left in it."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from atrocity_desk.cli import main
from atrocity_desk.core.datafiles import load_yaml, resource_root
from atrocity_desk.core.errors import UnknownLanguage
from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.language import language
from atrocity_desk.core.memo import MemoSettings, export_memo
from atrocity_desk.core.vocabulary import WORD_FAMILIES, central_caution, phrase
from tests.core.test_translate_literals import translate_literals

NOT_WORDS = {"colours", "colour"}


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    return flat(" ".join(parts))


def english_sentences() -> set[str]:
    """The vocabulary's English of three words or more: every word of words.yaml, and each fixed
    run of text between the fields of a phrase the code translates."""
    words = load_yaml(resource_root() / "vocabulary" / "words.yaml")
    texts: list[str] = []
    for family in (*WORD_FAMILIES, "phrase"):
        for entry in words[family].values():
            texts += [entry] if isinstance(entry, str) else [v for k, v in entry.items() if k not in NOT_WORDS]
    for literal in translate_literals():
        texts += [literal_text for literal_text, *_ in string.Formatter().parse(literal)]
    runs = {_plain(t) for t in texts if isinstance(t, str)}
    return {run for run in runs if len(run.split()) >= 3}


def _plain(text: str) -> str:
    return flat(re.sub(r"[“”():;,.—]", " ", text))


def english_left_in(text: str) -> list[str]:
    """The vocabulary's English sentences in ``text``, but for those the example's planner also
    wrote in their own (English) words: the planner's text is printed as written, in any language."""
    planner = _plain((resource_root() / "example" / "example_case.yaml").read_text(encoding="utf-8"))
    plain = _plain(text)
    return sorted(
        s for s in english_sentences()
        if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", plain) and s not in planner
    )


@pytest.fixture(scope="module")
def memos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("memo-fr")
    case = write_example_case(folder / "example.atrocase")
    try:
        out = {
            (lang, suffix): export_memo(case, folder / f"memo-{lang}{suffix}", MemoSettings(lang=lang))
            for lang in ("en", "fr")
            for suffix in (".pdf", ".docx")
        }
    finally:
        case.close()
    return {key: (pdf_text(path) if key[1] == ".pdf" else docx_text(path)) for key, path in out.items()}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_french_memo_has_no_english_sentence_of_the_vocabulary(memos, suffix):
    assert english_left_in(memos[("fr", suffix)]) == []


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_check_sees_the_english_memos_sentences(memos, suffix):
    # The same check on the English memo finds many: it reads the memo, it is not blind.
    assert len(english_left_in(memos[("en", suffix)])) > 40


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_french_memo_has_french_headings_verdicts_content_and_dates(memos, suffix):
    text = memos[("fr", suffix)]
    fr = language("fr")
    for heading in ("NOTE DE DÉCISION", "Les options côte à côte", "Options recommandées", "Annexe", "Références"):
        assert heading in text
    assert flat(fr.word("phrase", "caution_line", "text")) in text  # the caution, in the decision box
    assert "Contrasté" in text or "Étayé" in text  # verdict words
    assert "Recommandée" in text  # statuses
    assert re.search(r"\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}", text)
    # Content: a finding's statement, a family and a factor in French; the paper's title stays English, glossed.
    assert "Maintien de la paix" in text or "maintien de la paix" in text
    assert "Assessing the Anti-Atrocity Toolbox (Évaluer la boîte à outils contre les atrocités)" in text


def test_the_english_memo_is_unchanged_by_the_seam(memos):
    assert "Options side by side" in memos[("en", ".pdf")] and "NOTE DE DÉCISION" not in memos[("en", ".pdf")]
    assert flat(phrase("caution_line")) in memos[("en", ".pdf")]
    assert central_caution().startswith("A tool works")  # the export's French scope is closed again


def test_memo_lang_fr_on_the_command_line(tmp_path, capsys):
    case = write_example_case(tmp_path / "example.atrocase")
    case.close()
    for suffix, read in ((".pdf", pdf_text), (".docx", docx_text)):
        out = tmp_path / f"memo{suffix}"
        assert main(["memo", str(tmp_path / "example.atrocase"), "-o", str(out), "--lang", "fr"]) == 0
        assert "NOTE DE DÉCISION" in read(out)
        assert capsys.readouterr().out.strip() == f"Note de décision écrite dans {out}."
    # A name without .pdf or .docx: the note on the name chosen is in French too.
    assert main(["memo", str(tmp_path / "example.atrocase"), "-o", str(tmp_path / "memo.txt"), "--lang", "fr"]) == 0
    out, err = capsys.readouterr()
    assert err.replace("\xa0", " ").startswith("Une note est un fichier PDF ou Word : écriture de ") and "Note de décision écrite" in out


def test_memo_settings_refuse_an_unknown_language():
    with pytest.raises(UnknownLanguage, match="'xx'"):
        MemoSettings(lang="xx")


def test_an_unknown_language_is_one_plain_message(tmp_path, capsys):
    case = write_example_case(tmp_path / "example.atrocase")
    case.close()
    code = main(["memo", str(tmp_path / "example.atrocase"), "-o", str(tmp_path / "m.pdf"), "--lang", "xx"])
    err = capsys.readouterr().err
    assert code == 2 and "There is no language 'xx'. Choose one of: en, fr." in err and "Traceback" not in err
    assert not (tmp_path / "m.pdf").exists()
