"""PyInstaller's entry script: the console script ``atrocity-desk`` (atrocity_desk.cli:main)."""

import sys

from atrocity_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
