"""The French keeps the terms chosen in docs/evidence.md §14 (French translation): one word for one
thing across the window's catalogue, the content, the phrases and the memo. Found mixed once: the
window said *lot de données* for an evidence pack while the memo's phrases said *paquet de données*,
and two phrases called the paper *l'article* where everything else says *le document*."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

I18N = REPO / "resources" / "i18n"

# (term to avoid, the chosen one): each avoided term as a pattern over the French text.
AVOIDED = {
    r"\bpaquets? de données\b|\[paquet\]": "lot de données (an evidence pack)",
    r"\bl['’]{1,2}article\b": "le document (the paper)",  # '' is YAML's quote in a quote
}


def french_texts() -> list[tuple[str, str]]:
    texts = [(str(path.relative_to(REPO)), path.read_text(encoding="utf-8")) for path in sorted((I18N / "fr").rglob("*.yaml"))]
    root = ET.parse(I18N / "atrocity_desk_fr.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        parts = [translation.text or "", *(f.text or "" for f in translation.iter("numerusform"))]
        texts.append((f"atrocity_desk_fr.ts: {message.findtext('source')[:40]}", " ".join(parts)))
    return texts


@pytest.mark.parametrize("avoided", sorted(AVOIDED))
def test_the_french_uses_the_chosen_term(avoided):
    found = [where for where, text in french_texts() if re.search(avoided, text, re.IGNORECASE)]
    assert not found, f"use {AVOIDED[avoided]}: {found[:5]}"


def test_the_chosen_terms_are_used():
    everything = " ".join(text for _, text in french_texts())
    assert "lot de données" in everything and "le document" in everything
