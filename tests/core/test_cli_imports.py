"""The command line pays only for what it uses (issue 22): the read-only commands import neither
Qt, nor the memo's renderers, nor sqlite-utils (which is for schema work and writes); once the
compiled cache is warm (core/compiled_cache.py) they do not import the YAML parser either."""

import os
import subprocess
import sys

import pytest

from atrocity_desk.core.example import write_example_case

FORBIDDEN = ("PySide6", "reportlab", "docx", "sqlite_utils", "click", "pluggy")

# Runs the command in a fresh interpreter, then lists every forbidden module it imported.
PROBE = """
import sys
from atrocity_desk.cli import main
code = main(sys.argv[1:])
forbidden = {forbidden!r}
loaded = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
print("LOADED:" + ",".join(loaded), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-imports") / "example.atrocase"
    write_example_case(path).close()
    return path


def loaded_modules(*args: str, forbidden: tuple[str, ...] = FORBIDDEN) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(forbidden=forbidden), *args], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    line = [l for l in result.stderr.splitlines() if l.startswith("LOADED:")][-1]
    return [m for m in line.removeprefix("LOADED:").split(",") if m]


READ_ONLY_COMMANDS = [
    ["fit", "{example}"], ["fit", "{example}", "--json"], ["check", "{example}"],
    ["evidence"], ["evidence", "targeted_sanctions", "--json"], ["risk", "Myanmar"], ["risk", "--json"],
    ["fit", "{example}", "--lang", "fr"], ["evidence", "--lang", "fr"],
]


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS)
def test_read_only_commands_import_no_heavy_module(command, example):
    args = [part.format(example=example) for part in command]
    assert loaded_modules(*args) == []


@pytest.mark.parametrize("command", READ_ONLY_COMMANDS)
def test_read_only_commands_parse_no_yaml_once_the_cache_is_warm(command, example):
    # Each test has its own empty cache folder (conftest): the first run fills it.
    args = [part.format(example=example) for part in command]
    assert "yaml" in loaded_modules(*args, forbidden=("yaml",))  # cold: the data files are read
    assert loaded_modules(*args, forbidden=(*FORBIDDEN, "yaml")) == []


def test_the_probe_sees_a_heavy_import(example, tmp_path):
    # The memo needs reportlab: the probe must see it, or the test above proves nothing.
    loaded = loaded_modules("memo", str(example), "-o", str(tmp_path / "memo.pdf"))
    assert any(m.startswith("reportlab") for m in loaded)


def test_importing_the_core_loads_no_data(tmp_path):
    # Data loads on first use, never at import: importing every core module reads no data file
    # (no YAML parser, nothing compiled into the cache folder).
    code = (
        "import importlib, pkgutil, sys, atrocity_desk.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'atrocity_desk.core.'): importlib.import_module(m.name)\n"
        "print('yaml' in sys.modules)\n"
    )
    cache = tmp_path / "cache"
    env = {**os.environ, "ATROCITY_DESK_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert not cache.exists() or not any(cache.iterdir())


def test_no_pydantic_plugin_runs_in_the_application(tmp_path, example):
    # A pydantic plugin is any installed package's entry point; pydantic would load it into
    # every model. One that leaves a mark when loaded: a bare model loads it, the command not.
    site = tmp_path / "site"
    (site / "markingplugin-1.0.dist-info").mkdir(parents=True)
    (site / "markingplugin-1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: markingplugin\nVersion: 1.0\n")
    (site / "markingplugin-1.0.dist-info" / "entry_points.txt").write_text("[pydantic]\nmarking = markingplugin:plugin\n")
    (site / "markingplugin.py").write_text(
        "import os, pathlib\n"
        "pathlib.Path(os.environ['PLUGIN_MARK']).write_text('loaded')\n"
        "class Plugin:\n"
        "    def new_schema_validator(self, *args, **kwargs):\n"
        "        return None, None, None\n"
        "plugin = Plugin()\n"
    )
    mark = tmp_path / "mark"
    env = {**os.environ, "PYTHONPATH": str(site), "PLUGIN_MARK": str(mark)}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    bare = "from pydantic import BaseModel\nclass M(BaseModel):\n    x: int\n"
    subprocess.run([sys.executable, "-c", bare], env=env, check=True)
    assert mark.read_text() == "loaded"  # the probe works
    mark.unlink()
    subprocess.run([sys.executable, "-m", "atrocity_desk", "fit", str(example)], env=env, check=True, capture_output=True)
    assert not mark.exists()
