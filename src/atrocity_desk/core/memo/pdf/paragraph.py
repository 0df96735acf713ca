"""The memo's paragraph: reportlab's, parsing each markup and breaking each text's lines once.

Most of a long memo's time is reportlab reading paragraph markup (an HTML parser, colours looked
up by name) and breaking lines (a width measured per word). Both depend only on the markup, the
style, the bullet and the width, and a memo repeats many of its paragraphs: "Not recorded", the
headers of every table, the findings of a family shown for each of its options. So:

- parsing: the fragments parsed from one markup, style and bullet are kept and given to the next
  paragraph made of the same (reportlab accepts parsed fragments; they are read, not changed);
- line breaking: a paragraph keeps its last breaking while its lines are its own (issue 8: a
  section measures its body, a table sizes its rows and again when drawing them, and every pass
  of the multi-pass layout asks again), and a paragraph made from the same markup, style and
  bullet, asked at the same width, takes the lines another already broke. ``split`` builds new
  pieces from the lines without changing them, so sharing them is safe;
- plain text (one font, no markup) is broken by ``lines.plain_lines``, reportlab's breaking with
  each distinct word measured once; anything else by reportlab.

The caches are bounded and cleared between memos (``fresh_caches``), so a memo never holds another
memo's text and a long run of exports does not grow.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _ReportlabParagraph

from .lines import plain_lines

# Enough for every distinct paragraph of a long memo; past it the cache starts again (memory bound).
CACHE_LIMIT = 20_000

_parsed: dict[tuple, tuple] = {}  # (markup, style, bullet) -> (text, style, fragments, bullet)
_broken: dict[tuple, tuple] = {}  # (markup, style, bullet, width) -> (size, what wrap set)

# What Paragraph.wrap (and the line breaking under it) sets on the paragraph.
_WRAP_STATE = ("width", "height", "blPara", "_wrapWidths", "_width_max")


def fresh_caches() -> None:
    """Forget every parsed markup and broken line (one memo's text is not kept for the next)."""
    _parsed.clear()
    _broken.clear()


def _bounded_put(cache: dict, key: tuple, value: tuple) -> None:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, parsing and breaking lines once per markup, style, bullet and width."""

    _source: tuple | None = None  # (markup, style, bullet) when made from markup, None for split pieces

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab's signature
        if frags is not None or not isinstance(text, str) or not isinstance(bulletText, (str, type(None))):
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, style, bulletText, self.caseSensitive)
        parsed = _parsed.get(key)
        if parsed is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            parsed = (self.text, self.style, self.frags, self.bulletText)
            _bounded_put(_parsed, key, parsed)
        self.text, self.style, frags, self.bulletText = parsed
        self.frags = list(frags)  # a list of one's own; the fragments themselves are only read
        self.debug = 0
        self._source = key

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        own = self.__dict__
        memo = own.get("_wrap_memo")
        if memo is not None and memo[0] == availWidth and memo[2] is own.get("blPara"):
            self.width, self.height = memo[1]
            return memo[1]
        key = None if self._source is None else (*self._source, availWidth)
        broken = _broken.get(key) if key is not None else None
        if broken is not None:
            size, state = broken
            own.update(state)
        else:
            size = super().wrap(availWidth, availHeight)
            if key is not None:
                _bounded_put(_broken, key, (size, {name: own[name] for name in _WRAP_STATE if name in own}))
        self._wrap_memo = (availWidth, size, own.get("blPara"))
        return size

    def breakLines(self, width):  # noqa: N802 - reportlab's interface
        lines = plain_lines(self, width)
        return lines if lines is not None else super().breakLines(width)
