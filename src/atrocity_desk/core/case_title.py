"""A case's title read straight from the file with ``sqlite3``, for the window's first paint: the
title shows at once, while opening the case properly (checks, models, the fit) follows.

Nothing here is trusted beyond showing it: a file that is protected, damaged or not a case gives
None (the window then shows the file name, and opening it says what is wrong).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import quote

TITLE_SHOWN = 120  # characters of a title shown in headings; longer ones (older files) are cut


def shown_title(title: str) -> str:
    """The title for headings (window, Overview, memo): never blank, never pages long."""
    title = " ".join(title.split())
    if not title:
        return "Untitled case"
    return title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1].rstrip() + "…"


def peek_title(path: str | Path) -> str | None:
    """The case's title as headings show it (``shown_title``); None when the file is unreadable."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM case_meta WHERE key = 'title'").fetchone()
        value = json.loads(row[0]) if row and isinstance(row[0], str) and len(row[0]) < 100_000 else None
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    return shown_title(value) if isinstance(value, str) else None
