"""The desktop interface (PySide6). Imports the core; the core never imports this package."""

# The Qt-free core the window needs at start-up is imported before PySide6 on purpose: PySide6
# replaces ``__import__`` with a hook that runs Python code for every import made after it, which
# costs some 25 ms over pydantic, sqlite-utils and YAML when they come later (issue 8).
from ..core import assessment, evidence, fit, storage  # noqa: F401 - order matters, see above
from .qt_fixes import install as _install_qt_fixes

_install_qt_fixes()
