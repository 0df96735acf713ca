"""The memo's risk-factor annex prints each indicator judged present with its framework number."""

from pypdf import PdfReader

from atrocity_desk.core.example import write_example_case
from atrocity_desk.core.memo import MemoSettings, export_memo


def test_indicators_judged_present_carry_their_framework_numbers(tmp_path):
    case = write_example_case(tmp_path / "x.atrocase")
    try:
        path = export_memo(case, tmp_path / "memo.pdf", MemoSettings())
    finally:
        case.close()
    text = " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())
    assert "7.9 More serious violence against women and children" in text
    assert "9.3 Atrocity crimes against protected groups in the past" in text
    assert "7.14 Growing inflammatory rhetoric" in text
