"""The one build step pyproject.toml cannot declare: the window's translations.

Qt loads compiled catalogues (.qm); the repository holds their sources (resources/i18n/*.ts, kept
up to date by scripts/update-translations.sh). Every build compiles them with Qt's lrelease, which
PySide6-Essentials brings (a build requirement in pyproject.toml):

- a wheel (``pip install .``, the bundle's build) gets atrocity_desk/resources/i18n/*.qm;
- an editable install (``pip install -e .``, scripts/setup.sh) gets them beside the sources in
  resources/i18n/, where the installed package finds them (they are not committed: .gitignore).

Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "i18n"


def lrelease() -> Path:
    import PySide6  # a build requirement: its wheel carries Qt's lrelease

    return Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_translations(target: Path) -> list[Path]:
    """Compile every resources/i18n/*.ts into ``target``; returns the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the package's resources are the checkout's: compile beside them
            compile_translations(SOURCES)
        else:
            self._qm = compile_translations(Path(self.build_lib) / "atrocity_desk" / "resources" / "i18n")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *(str(q) for q in getattr(self, "_qm", []))]


setup(cmdclass={"build_py": BuildPyWithTranslations})
