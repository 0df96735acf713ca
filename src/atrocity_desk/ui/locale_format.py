"""Dates as the window's language writes them (QLocale's default, set with the language).

English keeps the ISO dates the case file stores (2026-11-23), as the window always showed them;
other languages get their own long form ("23 novembre 2026"). The window shows no decimal number of
its own: percentages and figures are the core's words (core.language writes them per language), and
Qt's own widgets (spin boxes, calendars) follow QLocale's default."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt


def _is_english(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def shown_date(iso: str) -> str:
    """An ISO date (or timestamp: its date part) in the window's language; other text unchanged."""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    locale = QLocale()
    if not day.isValid() or _is_english(locale):
        return iso
    return locale.toString(day, "d MMMM yyyy") + iso[10:]

