"""The languages the application speaks, and each one's name in itself: the window's Language menu
lists them before its first paint, so they live apart from the words and content (core.language)."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "fr")  # English first: the source language
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français"}  # the same in every language
