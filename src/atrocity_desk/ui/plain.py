"""Case text shown as text, never as markup.

Qt renders a tooltip (and a QLabel left on AutoText) as rich text when it merely looks like HTML:
an ``<img src=...>`` typed into a case would make the window fetch that file, on Windows from a
network share. Labels showing case text are set to ``Qt.TextFormat.PlainText``; tooltips, which
have no such switch, go through ``plain_tooltip``.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally, markup and all (None stays None: no tooltip)."""
    if not text or "<" not in text:  # no tag, nothing Qt could take for markup: left as it is
        return text
    escaped = html.escape(text).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"  # rich text by declaration, so the escapes are read, not shown
