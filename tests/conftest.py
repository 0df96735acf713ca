import os
from pathlib import Path

# Qt needs a display; tests run without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
PAPER = REPO.parent / "shared" / "paper" / "assessing-the-anti-atrocity-toolbox.txt"
