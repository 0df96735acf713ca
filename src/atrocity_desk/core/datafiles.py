"""Reading the project's data files (YAML) from the installed package.

Data lives in ``atrocity_desk.resources`` and is found with importlib.resources, never relative
to the working directory, so a checkout, an installed wheel and a frozen bundle behave alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


# Both live in Qt-free modules light enough for the window's first paint (no YAML); kept here too.
from .errors import DataFileError  # noqa: F401
from .paths import resource_root  # noqa: F401

@lru_cache(maxsize=1)
def _yaml_loader() -> type:
    """The YAML loader, made on first use: a command that reads only compiled copies
    (core/compiled_cache.py) never imports the YAML parser.

    libyaml's parser is about eight times faster than the pure-Python one, which matters when
    the data is first compiled; fall back when it is missing."""
    import yaml

    class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        """YAML 1.2-style booleans: only true/false. Factor values such as ``yes``, ``no``, ``on``
        and ``off`` must stay strings, as SPEC §4 spells them."""

    _YamlLoader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _YamlLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return _YamlLoader


def db_root() -> Traversable:
    return resources.files("atrocity_desk.db")


def load_yaml_text(text: str, name: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name}: not valid YAML: {exc}") from exc


def load_yaml(path: Traversable | Path) -> Any:
    return load_yaml_text(path.read_text(encoding="utf-8"), path.name)


def validation_problems(exc: Any) -> str:
    """A pydantic ValidationError as one line naming each field and what is wrong with it."""
    return "; ".join(f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg']}" for err in exc.errors())
