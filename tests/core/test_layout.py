"""The layout shows the architecture: every core module imports on its own (no import cycles),
without Qt, and the pages of the window never import one another."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import atrocity_desk

PACKAGE = Path(atrocity_desk.__file__).parent


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_core_module_imports_alone_and_without_qt():
    modules = sorted(_module(p) for p in (PACKAGE / "core").rglob("*.py"))
    # One fresh interpreter per module: a cycle shows only when its module is imported first.
    failures = []
    for name in modules:
        code = f"import {name}, sys; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if result.returncode:
            failures.append(f"{name}: {result.stderr.strip().splitlines()[-1]}")
    assert failures == []


def test_pages_never_import_each_other():
    pages = PACKAGE / "ui" / "pages"
    names = {p.stem for p in pages.glob("*.py")} - {"__init__", "base"}
    # The package's own module is the navigation's registry, not a page: it names every page and
    # imports them (after the first paint) for the window; pages still never import each other.
    for path in set(pages.glob("*.py")) - {pages / "__init__.py"}:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module}
        assert imported & names == set(), f"{path.name} imports another page: {imported & names}"


def test_every_package_of_the_source_ships_in_the_wheel():
    # pyproject lists the packages by hand; one left out is missing from the wheel and the bundle
    # (the Word memo's package was, and only the bundle's smoke test noticed).
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    listed = set(re.findall(r'"(atrocity_desk[.\w]*)"', (root / "pyproject.toml").read_text(encoding="utf-8")))
    packages = {".".join(p.parent.relative_to(root / "src").parts) for p in (root / "src").rglob("__init__.py")}
    assert packages - listed == set()


def test_every_data_file_is_declared_as_package_data():
    # resources/ and db/ live outside src/ and ship through pyproject's package-data: a file no
    # pattern declares is missing from the wheel and the bundle, and a new data folder not listed
    # as a package brings back setuptools' "package would be ignored" warnings on every setup.
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    packages, data = set(config["packages"]), config["package-data"]
    undeclared = []
    for folder, package in (("resources", "atrocity_desk.resources"), ("db", "atrocity_desk.db")):
        for path in (root / folder).rglob("*"):
            if not path.is_file() or "__pycache__" in path.parts or path.name == "__init__.py":
                continue
            if path.suffix == ".ts":  # a Qt catalogue's source: the build ships its compiled .qm
                continue
            parts = path.relative_to(root / folder).parts
            depth = next(n for n in range(len(parts) - 1, -1, -1) if ".".join((package, *parts[:n])) in packages)
            owner, inner = ".".join((package, *parts[:depth])), "/".join(parts[depth:])
            patterns = [p for p in data.get(owner, []) if p.count("/") == inner.count("/")]
            if not any(fnmatch.fnmatch(inner, p) for p in patterns):
                undeclared.append(str(path.relative_to(root)))
    assert undeclared == []
