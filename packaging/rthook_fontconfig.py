"""PyInstaller runtime hook (Linux): let fontconfig, and so Qt, find the fonts inside the bundle.

FONTCONFIG_FILE is set only when the user has not set it; the bundled fonts.conf includes the
system configuration first, so the user's and the system's fonts keep working.
"""

import os
import sys

if sys.platform.startswith("linux") and "FONTCONFIG_FILE" not in os.environ:
    _conf = os.path.join(sys._MEIPASS, "fontconfig", "fonts.conf")
    if os.path.isfile(_conf):
        os.environ["FONTCONFIG_FILE"] = _conf
