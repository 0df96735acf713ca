"""Data compiled once and kept in the user's cache folder (core/paths.py), e.g. the validated
evidence base and checklist, or the word table: reading and validating their YAML costs tens of
milliseconds at every start (and the YAML parser itself), the compiled copy a few.

The copy is keyed by the content hash of everything it was built from (the data files, and the
code that reads them), so any change to the data — a new pack, a new language, an edited file —
is a different key and a rebuild. A cache file is never trusted: it is one JSON header line (format,
key, SHA-256 of the payload) and a JSON payload that is checked again as strictly as the data it
came from (pydantic validates a model again; plain data goes through its loader's own check). A
missing, damaged, truncated, stale or foreign file is ignored and rebuilt; no pickle, nothing a
file could execute. Writing is best effort and atomic (0600): a read-only cache folder costs
speed, never a result.

Pydantic is imported only for a model (``load_or_build``): the risk command keeps plain data.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

FORMAT = "atrocity-desk-compiled"
FORMAT_VERSION = 1
# A compiled evidence base is some 200 kB; anything far larger did not come from us.
MAX_BYTES = 32 * 1024 * 1024

Model = TypeVar("Model", bound="BaseModel")
Value = TypeVar("Value")


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


def load_or_build(
    name: str, key: str, model: type[Model], build: Callable[[], Model],
    check: Callable[[Model], object] | None = None,
) -> Model:
    """The model kept under ``name`` when its key is ``key``, it validates and ``check`` (the
    build's own cross-checks, raising ValueError) passes; else ``build()``, kept for next time."""

    def parse(payload: bytes) -> Model:
        value = model.model_validate_json(payload)  # a ValidationError is a ValueError
        if check is not None:
            check(value)
        return value

    return load_or_build_with(name, key, build, parse, lambda value: value.model_dump_json().encode())


def load_or_build_data(name: str, key: str, build: Callable[[], Value], check: Callable[[Any], Value]) -> Value:
    """Plain JSON data (dicts, lists, strings, numbers) kept under ``name``: what is read back goes
    through ``check``, the same function the build's raw data goes through (it raises ValueError
    on anything the data file would have been refused for, and returns the value to use)."""
    return load_or_build_with(name, key, build, lambda payload: check(json.loads(payload)),
                              lambda value: json.dumps(value, ensure_ascii=False).encode())


def load_or_build_with(
    name: str, key: str, build: Callable[[], Value],
    parse: Callable[[bytes], Value], dump: Callable[[Value], bytes],
) -> Value:
    """The one path for every compiled copy: ``parse`` (which raises ValueError on a payload it
    refuses) the copy kept under ``name`` for ``key``, or ``build()`` and keep ``dump(value)``."""
    try:
        path = cache_path(name)
    except OSError:  # no cache folder can be made: build every time
        return build()
    payload = read_payload(path, key)
    if payload is not None:
        try:
            return parse(payload)
        except (ValueError, TypeError, RecursionError):  # refused (ValidationError, DataFileError…)
            pass
    value = build()
    try:
        payload = dump(value)
    except (ValueError, TypeError):  # not JSON (a loader's bug): used, not kept
        return value
    write_payload(path, key, payload)
    return value


def read_compiled(path: Path, key: str, model: type[Model]) -> Model | None:
    """The model in ``path``, or None when the file is missing, damaged, stale or foreign."""
    from pydantic import ValidationError

    payload = read_payload(path, key)
    if payload is None:
        return None
    try:
        return model.model_validate_json(payload)
    except (ValidationError, ValueError):
        return None


def read_payload(path: Path, key: str) -> bytes | None:
    """The payload of the copy in ``path`` when its header is ours, for ``key``, and its checksum
    matches; None when the file is missing, damaged, stale or foreign."""
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
    return payload


def write_compiled(path: Path, key: str, value: BaseModel) -> None:
    write_payload(path, key, value.model_dump_json().encode())


def write_payload(path: Path, key: str, payload: bytes) -> None:
    from .storage.atomic import atomic_write_bytes

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


def code_parts(*modules: object, pydantic: bool = True) -> list[bytes]:
    """What identifies the code that builds and reads a compiled copy: the modules' source, and
    pydantic's version where pydantic validates it. A frozen bundle has no source files; its
    executable's size and time stand for its code (a new bundle is a new key)."""
    import sys

    parts = [_pydantic_version() if pydantic else b"no pydantic"]
    for module in modules:
        source = Path(getattr(module, "__file__", "") or "")
        try:
            parts.append(source.read_bytes())
        except OSError:
            stat = Path(sys.executable).stat()
            parts.append(f"{getattr(module, '__name__', '')}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return parts


def _pydantic_version() -> bytes:
    import pydantic

    return pydantic.VERSION.encode()
