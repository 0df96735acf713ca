"""Case files (SPEC §3): one SQLite file per case, our own application_id, versioned schema.

    header.py    what is checked before a file is trusted (header sniffed without SQLite)
    schema.py    db/schema.sql, the numbered migrations, the file's expected shape
    casefile.py  CaseFile: the one edit path and the reads
    rows.py      models to rows and back
    values.py    which stored values the vocabulary knows (refused on write, marked on read)
    lock.py      one writer per case file, across processes
    atomic.py    the one way the program writes a file (beside the target, fsync, rename)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from .atomic import atomic_write, atomic_write_bytes

if TYPE_CHECKING:
    from .casefile import SUFFIX, CaseFile
    from .schema import APPLICATION_ID, SCHEMA_VERSION, migrations, schema_sql
    from .values import UnknownStoredValue

# The rest loads on first use (PEP 562): writing a compiled copy or a file atomically must not
# pull in the case file's models and SQLite layer (the risk command has neither).
_LAZY = {
    "SUFFIX": "casefile", "CaseFile": "casefile",
    "APPLICATION_ID": "schema", "SCHEMA_VERSION": "schema", "migrations": "schema", "schema_sql": "schema",
    "UnknownStoredValue": "values",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "SUFFIX",
    "CaseFile",
    "UnknownStoredValue",
    "atomic_write",
    "atomic_write_bytes",
    "migrations",
    "schema_sql",
]
