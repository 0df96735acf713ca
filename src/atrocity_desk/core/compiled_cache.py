"""Data compiled once and kept in the user's cache folder (core/paths.py), e.g. the validated
evidence base: reading and validating its YAML costs some 60 ms at every start, the compiled copy
a few.

The copy is keyed by the content hash of everything it was built from (the data files, and the
code that reads them), so any change to the data — a new pack, a new language, an edited file —
is a different key and a rebuild. A cache file is never trusted: it is one JSON header line (format,
key, SHA-256 of the payload) and a JSON payload that pydantic validates into the model again. A
missing, damaged, truncated, stale or foreign file is ignored and rebuilt; no pickle, nothing a
file could execute. Writing is best effort and atomic (0600): a read-only cache folder costs
speed, never a result.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

FORMAT = "atrocity-desk-compiled"
FORMAT_VERSION = 1
# A compiled evidence base is some 200 kB; anything far larger did not come from us.
MAX_BYTES = 32 * 1024 * 1024

Model = TypeVar("Model", bound=BaseModel)


def content_key(parts: Iterable[bytes]) -> str:
    """SHA-256 over the parts, each length-prefixed (so moving bytes between parts changes it)."""
    digest = hashlib.sha256(f"{FORMAT}/{FORMAT_VERSION}".encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def cache_path(name: str) -> Path:
    from .paths import cache_dir

    return cache_dir() / f"{name}.json"


def load_or_build(name: str, key: str, model: type[Model], build: Callable[[], Model]) -> Model:
    """The model kept under ``name`` when its key is ``key`` and it validates; else ``build()``,
    kept for next time."""
    try:
        path = cache_path(name)
    except OSError:  # no cache folder can be made: build every time
        return build()
    cached = read_compiled(path, key, model)
    if cached is not None:
        return cached
    value = build()
    write_compiled(path, key, value)
    return value


def read_compiled(path: Path, key: str, model: type[Model]) -> Model | None:
    """The model in ``path``, or None when the file is missing, damaged, stale or foreign."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_BYTES:
        return None
    head, newline, payload = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        return None
    expected = {"format": FORMAT, "version": FORMAT_VERSION, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    if not newline or header != expected:
        return None
    try:
        return model.model_validate_json(payload)
    except (ValidationError, ValueError):
        return None


def write_compiled(path: Path, key: str, value: BaseModel) -> None:
    from .storage.atomic import atomic_write_bytes

    payload = value.model_dump_json().encode()
    header = {"format": FORMAT, "version": FORMAT_VERSION, "key": key, "sha256": hashlib.sha256(payload).hexdigest()}
    try:
        atomic_write_bytes(path, json.dumps(header).encode() + b"\n" + payload)
    except OSError:
        pass  # a full disk or a read-only folder: the next start builds again


def file_parts(files: Iterable[os.PathLike | object]) -> list[bytes]:
    """Name and content of each file (Path or importlib Traversable), in the order given."""
    parts: list[bytes] = []
    for file in files:
        parts.append(str(getattr(file, "name", file)).encode())
        parts.append(file.read_bytes())  # type: ignore[attr-defined]
    return parts


def code_parts(*modules: object) -> list[bytes]:
    """What identifies the code that builds and reads a compiled copy: the modules' source, and
    pydantic's version. A frozen bundle has no source files; its executable's size and time stand
    for its code (a new bundle is a new key)."""
    import sys

    import pydantic

    parts = [pydantic.VERSION.encode()]
    for module in modules:
        source = Path(getattr(module, "__file__", "") or "")
        try:
            parts.append(source.read_bytes())
        except OSError:
            stat = Path(sys.executable).stat()
            parts.append(f"{getattr(module, '__name__', '')}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return parts
