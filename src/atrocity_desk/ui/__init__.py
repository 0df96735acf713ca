"""The desktop interface (PySide6). Imports the core; the core never imports this package."""

# The Qt-free core the window needs at start-up is imported before PySide6 on purpose: PySide6
# replaces ``__import__`` with a hook that runs Python code for every import made after it, which
# costs some 25 ms over pydantic, sqlite-utils and YAML when they come later (issue 8).
from ..core import assessment, evidence, fit, storage  # noqa: F401 - order matters, see above

# No work-around for PySide6 6.12.0's lost references to None and True (Qt calling a Python
# ``data()`` that returns None, ``emit()``): the project runs on Python 3.12 or later, where None,
# True and False are immortal and a lost reference cannot free them (issue 12).
