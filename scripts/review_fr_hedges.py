"""Review aid for the French evidence: flag texts whose English hedges and French does not seem to.

    python scripts/review_fr_hedges.py          # every flagged field, English above French

For each kind of hedge (a modal, "seem", "suggest", "some/few", "thin/weak", "likely", "tend",
a single study or author) found in an English evidence text, the French of the same field must
contain one of the French words that carry that hedge. A flag is not a verdict: a reviewer reads
the pair and either fixes the French or records the field in REVIEWED with the reason the hedge
is kept in other words. tests/core/test_content_i18n.py fails on any flag not so recorded.
docs/evidence.md ("French translation") describes the method.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# English hedge -> French words that keep it (matched as whole words, case-insensitive).
HEDGES: dict[str, tuple[str, str]] = {
    "modal": (r"may|might|can|could|possibly|perhaps",
              r"peut|peuvent|pourrait|pourraient|puisse|puissent|peut-être|possible|possibilité|"
              r"éventuellement|risque|risquent|susceptibles?"),
    "seem": (r"seems?|seemed|appears?|apparently|apparent",
             r"semblent|semble|sembler|semble-t-il|semblaient|paraît|paraissent|apparemment|apparent|apparente"),
    "suggest": (r"suggests?|suggestive|hint",
                r"suggèrent|suggère|suggérer|suggéré|laissent entendre|évocateur|indiquent|indices"),
    "some_few": (r"some|few",
                 r"certains?|certaines?|quelques?|peu|partie|plusieurs|rares?"),
    "thin_weak": (r"thin|weak|scant|sparse",
                  r"minces?|faibles?|rares?|peu"),
    "likely": (r"likely|unlikely|likelier",
               r"probables?|probablement|improbable|chances?|enclins?|enclines?|susceptibles?|risquent|risque"),
    "tend": (r"tends?|tended|tendency",
             r"tend|tendent|tendance|tendu"),
    "single_source": (r"one study|single study|one author|one scholar|one country|one case",
                      r"une étude|une seule|la seule|un seul|un auteur|une autrice|un chercheur|étude unique"),
}

# kind/entry/field -> why the French keeps the hedge without one of the listed words.
REVIEWED: dict[str, str] = {
    "evidence/finding.xc_rebels_more_violent_in_democracies/caveat":
        '"any one case" is not a single-source hedge; "pour un cas donné" keeps the sense.',
    "evidence/finding.xc_casualty_counts_incomplete/figure.1":
        '"in one country per year" is the dataset\'s threshold, not a hedge; "dans un pays par an".',
    "evidence/finding.mil_bellamy_endings_by_regime_change/statement":
        '"some form of" names an unspecified kind of change, not a hedge; the hedge is "typically" '
        '= "en général", which the French keeps.',
}


def _has(pattern: str, text: str) -> bool:
    return re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, flags=re.IGNORECASE) is not None


def flagged(english: dict[str, dict[str, str]], french: dict[str, dict[str, str]]) -> list[tuple[str, str, str]]:
    """(entry/field, hedge kind, note) for each evidence field where a hedge seems lost."""
    found = []
    for entry_id, fields in english.items():
        for field, text in fields.items():
            fr = french[entry_id][field]
            for kind, (en_words, fr_words) in HEDGES.items():
                if _has(en_words, text) and not _has(fr_words, fr):
                    found.append((f"evidence/{entry_id}/{field}", kind, fr))
    return found


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    from atrocity_desk.core.content_i18n import english_texts, load_translation

    english = english_texts()["evidence"]
    french = {k: e.texts() for k, e in load_translation("fr").entries["evidence"].items()}
    flags = [f for f in flagged(english, french) if f[0] not in REVIEWED]
    for where, kind, _ in flags:
        entry_id, field = where.split("/")[1:]
        print(f"## {where} ({kind})\nEN: {english[entry_id][field]}\nFR: {french[entry_id][field]}\n")
    print(f"{len(flags)} flagged, {len(REVIEWED)} reviewed and recorded")
    return 1 if flags else 0


if __name__ == "__main__":
    sys.exit(main())
