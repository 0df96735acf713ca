"""The desktop interface (PySide6). Imports the core; the core never imports this package."""

from .qt_fixes import install as _install_qt_fixes

_install_qt_fixes()
