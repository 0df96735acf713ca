"""Case files (SPEC §3): one SQLite file per case, our own application_id, versioned schema.

    header.py    what is checked before a file is trusted (header sniffed without SQLite)
    schema.py    db/schema.sql, the numbered migrations, the file's expected shape
    casefile.py  CaseFile: the one edit path and the reads
    rows.py      models to rows and back
    values.py    which stored values the vocabulary knows (refused on write, marked on read)
    lock.py      one writer per case file, across processes
    atomic.py    the one way the program writes a file (beside the target, fsync, rename)
"""

from .atomic import atomic_write, atomic_write_bytes
from .casefile import SUFFIX, CaseFile
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrations, schema_sql
from .values import UnknownStoredValue

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
