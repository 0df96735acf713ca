"""The desktop interface (PySide6). Imports the core; the core never imports this package.

Importing this package imports nothing else: the window paints its first frame with PySide6 and a
few small core modules only, and loads the rest of the core after that paint (ui.app, issue 22).
"""

import builtins

# Python's own import statement, kept before PySide6 replaces it (ui.app._import_case_code).
PYTHON_IMPORT = builtins.__import__

# No work-around for PySide6 6.12.0's lost references to None and True (Qt calling a Python
# ``data()`` that returns None, ``emit()``): the project runs on Python 3.12 or later, where None,
# True and False are immortal and a lost reference cannot free them (issue 12).
