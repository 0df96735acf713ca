"""The language a planner reads: chosen per output, words and content keyed by the same ids.

``language("fr")`` is a ``Language``: its vocabulary words, its free phrases (what code passes to
``vocabulary.translate``), its content models (``evidence()``, ``checklist()``,
``factor_vocabulary()``), and its dates and numbers. Its words are data beside the English:
``resources/i18n/<lang>/words.yaml`` (the word table of ``resources/vocabulary/words.yaml``, by
family, id and field) and ``phrases.yaml`` (English phrase -> its translation); the content is
``core.content_i18n``'s. Where a language has no text, the English shows.

Words are made in a language for a scope: ``with in_language("fr") as lang:`` makes every
``vocabulary.translate``/``word`` call inside it French (the memo's export, one command), without
touching the window's language; ``set_default_language`` is the window's choice, outside any scope.
Content is passed explicitly: a consumer takes ``lang.evidence()`` (or ``current_language()``'s).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import vocabulary
from .datafiles import DataFileError, load_yaml, resource_root
from .errors import UnknownLanguage
from .language_names import LANGUAGE_NAMES, LANGUAGES  # noqa: F401 - the codes and their names

if TYPE_CHECKING:  # the content models load only when a consumer asks for content
    from .checklist import Checklist, FactorVocabulary
    from .evidence import EvidenceBase


@dataclass(frozen=True)
class _Conventions:
    """How a language writes dates and numbers."""

    months: tuple[str, ...]
    decimal: str
    thousands: str  # between groups of three digits, in numbers of five digits or more
    before_percent: str
    first_day: str = "1"  # French writes the first of the month "1er"
    list_separator: str = "; "  # between the items of a list a planner reads


_NNBSP = "\u202f"  # narrow no-break space: French thousands and before "%"
_CONVENTIONS: dict[str, _Conventions] = {
    "en": _Conventions(
        months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"),
        decimal=".", thousands=",", before_percent="",
    ),
    "fr": _Conventions(
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"),
        decimal=",", thousands=_NNBSP, before_percent=_NNBSP, first_day="1er",
        list_separator=_NNBSP + "; ",  # French typography: a narrow no-break space before ";"
    ),
}


@dataclass(frozen=True)
class Language:
    """One language's words, content, dates and numbers (``vocabulary.Catalogue``)."""

    code: str
    phrases: Mapping[str, str] = field(default_factory=dict, repr=False)
    words: Mapping[str, Any] = field(default_factory=dict, repr=False)

    # -- words: None where this language has none (the English then shows) --

    def phrase(self, english: str) -> str | None:
        return self.phrases.get(english)

    def word(self, family: str, id_: str, field: str) -> str | None:
        if self.code != "en" and (family, id_) == ("phrase", "central_caution"):
            from .content_i18n import load_translation

            return load_translation(self.code).entries["vocabulary"]["central_caution"].texts()["text"]
        entry = (self.words.get(family) or {}).get(id_)
        if isinstance(entry, str):  # a phrase: one text, no fields
            return " ".join(entry.split())
        return (entry or {}).get(field)

    def singular(self, n: int) -> bool:
        """French counts 0 and 1 in the singular ("0 option"), English only 1."""
        return n in (0, 1) if self.code == "fr" else n == 1

    def translate(self, text: str) -> str:
        found = self.phrase(text)
        return text if found is None else found

    # -- content --

    def evidence(self, base: EvidenceBase | None = None) -> EvidenceBase:
        """The bundled evidence base (or ``base``, e.g. with a case's packs) in this language."""
        from . import localized

        if base is None:
            return localized.bundled_evidence(self.code)
        return base if self.code == "en" else localized.localized_evidence(base, self.code)

    def checklist(self) -> Checklist:
        from .localized import bundled_checklist

        return bundled_checklist(self.code)

    def factor_vocabulary(self) -> FactorVocabulary:
        from .localized import bundled_factor_vocabulary

        return bundled_factor_vocabulary(self.code)

    # -- dates and numbers --

    def long_date(self, iso: str) -> str:
        """"23 November 2026" / "23 novembre 2026" from "2026-11-23"; anything else as written."""
        try:
            day = date.fromisoformat(iso[:10])
        except (ValueError, TypeError):
            return iso
        conventions = _CONVENTIONS[self.code]
        first = conventions.first_day if day.day == 1 else str(day.day)
        return f"{first} {conventions.months[day.month - 1]} {day.year}"

    def number(self, value: float, decimals: int = 0) -> str:
        """``value`` with ``decimals`` digits after the decimal mark: "12,345.5" / "12 345,5"."""
        conventions = _CONVENTIONS[self.code]
        text = f"{abs(value):.{decimals}f}"
        sign = "-" if value < 0 and float(text) != 0 else ""
        whole, _, fraction = text.partition(".")
        whole = f"{int(whole):,}".replace(",", conventions.thousands)
        return sign + whole + (conventions.decimal + fraction if fraction else "")

    def percent(self, value: float, decimals: int = 0) -> str:
        """A share of one (0.104) as a percentage: "10.4%" / "10,4 %"."""
        return self.number(value * 100, decimals) + _CONVENTIONS[self.code].before_percent + "%"

    def join(self, items: Iterable[str]) -> str:
        """Items of a list a planner reads, one after another: "a; b" / "a ; b" (narrow no-break space)."""
        return _CONVENTIONS[self.code].list_separator.join(items)


def _catalogue_file(lang: str, name: str) -> dict[str, Any]:
    path = resource_root() / "i18n" / lang / name
    data = load_yaml(path) if path.is_file() else {}
    if not isinstance(data, dict):
        raise DataFileError(f"i18n/{lang}/{name}: expected a mapping")
    return data


def _catalogue(lang: str) -> dict[str, Any]:
    """A language's phrases and words as text (ids and texts as strings, as every use reads them),
    through the compiled cache: no YAML parser once it is warm; a copy read back is checked."""
    import sys

    from . import compiled_cache, datafiles

    folder = resource_root() / "i18n" / lang
    files = [folder / name for name in ("phrases.yaml", "words.yaml") if (folder / name).is_file()]
    key = compiled_cache.content_key(
        compiled_cache.file_parts(files) + compiled_cache.code_parts(sys.modules[__name__], datafiles, pydantic=False)
    )
    return compiled_cache.load_or_build_data(
        f"catalogue-{lang}", key, lambda: _checked_catalogue(_catalogue_text(lang), lang), lambda data: _checked_catalogue(data, lang)
    )


def _catalogue_text(lang: str) -> dict[str, Any]:
    phrases = _catalogue_file(lang, "phrases.yaml").get("phrases") or {}
    if not isinstance(phrases, dict):
        raise DataFileError(f"i18n/{lang}/phrases.yaml: expected 'phrases' to map each English phrase to its translation")
    words: dict[str, Any] = {}
    for family, entries in _catalogue_file(lang, "words.yaml").items():
        if family == "language":
            continue
        if not isinstance(entries, dict) or not all(isinstance(e, str | dict) for e in entries.values()):
            raise DataFileError(f"i18n/{lang}/words.yaml: {family}: expected a table of ids, each a text or a table of fields")
        words[str(family)] = {
            str(id_): str(entry) if isinstance(entry, str) else {str(f): str(t) for f, t in entry.items()}
            for id_, entry in entries.items()
        }
    return {"phrases": {str(k): str(v) for k, v in phrases.items()}, "words": words}


def _checked_catalogue(data: Any, lang: str) -> dict[str, Any]:
    """A catalogue whose every id and text is a string, in the shape ``_catalogue_text`` makes."""
    def texts(table: Any) -> bool:
        return isinstance(table, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in table.items())

    words = data.get("words") if isinstance(data, dict) else None
    if not (
        isinstance(data, dict) and set(data) == {"phrases", "words"} and texts(data["phrases"]) and isinstance(words, dict)
        and all(isinstance(t, dict) and all(isinstance(e, str) or texts(e) for e in t.values()) for t in words.values())
    ):
        raise DataFileError(f"i18n/{lang}: the phrases and words are not tables of text")
    return data


@lru_cache(maxsize=len(LANGUAGES))
def language(code: str) -> Language:
    """The language of this code ("en", "fr"); UnknownLanguage for any other."""
    if code not in LANGUAGES:
        raise UnknownLanguage(f"There is no language {code!r}. Choose one of: {', '.join(LANGUAGES)}.")
    if code == "en":
        return Language("en")
    catalogue = _catalogue(code)
    typeset = _TYPOGRAPHY.get(code, str)
    return Language(
        code,
        phrases={k: typeset(v) for k, v in catalogue["phrases"].items()},
        words={family: _typeset_words(entries, typeset) for family, entries in catalogue["words"].items()},
    )


def _typeset_words(entries: dict[str, Any], typeset) -> dict[str, Any]:
    return {
        id_: typeset(entry) if isinstance(entry, str) else {f: typeset(t) for f, t in entry.items()}
        for id_, entry in entries.items()
    }


def _french_spaces(text: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « », as the content has it
    (the catalogues are written with plain spaces, which a line could break at)."""
    for plain, fixed in ((" :", "\u00a0:"), (" ;", "\u00a0;"), (" ?", "\u00a0?"), (" !", "\u00a0!"),
                         ("« ", "«\u00a0"), (" »", "\u00a0»")):
        text = text.replace(plain, fixed)
    return text


_TYPOGRAPHY = {"fr": _french_spaces}


def current_language() -> Language:
    """The language words are being made in now (a scope's, else the default, else English)."""
    catalogue = vocabulary.current_catalogue()
    return catalogue if isinstance(catalogue, Language) else language("en")


@contextmanager
def in_language(code: str) -> Iterator[Language]:
    """Make every word inside the ``with`` block in ``code``'s language (one export, one command)."""
    chosen = language(code)
    token = vocabulary.enter_scope(chosen)
    try:
        yield chosen
    finally:
        vocabulary.leave_scope(token)


def set_default_language(code: str) -> Language:
    """The language outside any scope (the window's, from the system locale or View > Language)."""
    chosen = language(code)
    vocabulary.set_default_catalogue(None if code == "en" else chosen)
    return chosen


def long_date(iso: str) -> str:
    return current_language().long_date(iso)


def number(value: float, decimals: int = 0) -> str:
    return current_language().number(value, decimals)


def percent(value: float, decimals: int = 0) -> str:
    return current_language().percent(value, decimals)


def join_list(items: Iterable[str]) -> str:
    """The one way the core joins a list for people, in the current language (``Language.join``)."""
    return current_language().join(items)
