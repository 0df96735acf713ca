"""Finding a country in a risk table by the name a planner types (SPEC §5, "Outside risk data").

Forgiving on purpose: case, accents, punctuation and a leading "the" do not matter; each part of a
published "A/B" name is a name of its own; other names live in resources/risk/country-aliases.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import get_close_matches
from functools import lru_cache
from typing import TYPE_CHECKING

from .datafiles import DataFileError, load_yaml, resource_root

if TYPE_CHECKING:
    from .risk_data import CountryRisk, RiskEdition

ALIASES_FILE = "country-aliases.yaml"  # in resources/risk/


def normalise(name: str) -> str:
    """A name as matching sees it: no case, accents, punctuation or leading "the"."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold().replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Normalised alias -> published name, from resources/risk/country-aliases.yaml (through the
    compiled cache: no YAML parser once it is warm; the copy read back is checked like the file)."""
    import sys

    from . import compiled_cache, datafiles

    path = resource_root() / "risk" / ALIASES_FILE
    key = compiled_cache.content_key(
        compiled_cache.file_parts([path]) + compiled_cache.code_parts(sys.modules[__name__], datafiles, pydantic=False)
    )
    return compiled_cache.load_or_build_data("country-aliases", key, lambda: _alias_table(load_yaml(path)), _checked_table)


def _alias_table(data: object) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise DataFileError(f"{ALIASES_FILE}: each entry must be a country name with a list of other names.")
    return {normalise(str(alias)): str(country) for country, aliases in data.items() for alias in aliases}


def _checked_table(data: object) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise DataFileError(f"{ALIASES_FILE}: each entry must be a country name with a list of other names.")
    return data


def _names(edition: RiskEdition) -> dict[str, CountryRisk]:
    """Every normalised name a row answers to: its own, each part of "A/B", and its aliases."""
    by_published = {row.country: row for row in edition.countries}
    names: dict[str, CountryRisk] = {}
    for row in edition.countries:
        for name in (row.country, *row.country.split("/")):
            names.setdefault(normalise(name), row)
    for alias, country in _aliases().items():
        if country in by_published:
            names.setdefault(alias, by_published[country])
    return names


def find_country(edition: RiskEdition, name: str) -> CountryRisk | None:
    """The row for a name as a planner types it; "Sudan, Darfur" also finds Sudan."""
    names = _names(edition)
    for candidate in (name, *name.split(",")):
        row = names.get(normalise(candidate))
        if row is not None:
            return row
    return None


def closest_countries(edition: RiskEdition, name: str, limit: int = 5) -> list[str]:
    """Published names that look like ``name``: those containing it as words, then near spellings."""
    names = _names(edition)
    wanted = normalise(name)
    found = [row.country for key, row in names.items() if wanted and f" {wanted} " in f" {key} "]
    found += [names[key].country for key in get_close_matches(wanted, list(names), n=limit, cutoff=0.6)]
    return list(dict.fromkeys(found))[:limit]
