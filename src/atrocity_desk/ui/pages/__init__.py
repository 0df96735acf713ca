"""The pages of the main window, one module each; ``base.Page`` is what they share.

This package's own module is light (Qt only): the window lists the pages in its navigation before
its first paint, and imports the page modules, with the core they need, after it (issue 22).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from .base import Page

# The navigation, in order: each page's stable id (also its screenshot's name) and its label in
# English, translated in the "Page" context.
PAGE_TITLES: dict[str, str] = {
    "overview": QT_TRANSLATE_NOOP("Page", "Overview"),
    "actors": QT_TRANSLATE_NOOP("Page", "Actors and groups"),
    "situation": QT_TRANSLATE_NOOP("Page", "Situation"),
    "risk_factors": QT_TRANSLATE_NOOP("Page", "Risk factors"),
    "aim": QT_TRANSLATE_NOOP("Page", "Aim"),
    "toolbox": QT_TRANSLATE_NOOP("Page", "Toolbox"),
    "decisions": QT_TRANSLATE_NOOP("Page", "Decisions"),
    "strategy": QT_TRANSLATE_NOOP("Page", "Strategy"),
    "revisions": QT_TRANSLATE_NOOP("Page", "Revisions"),
    "memo": QT_TRANSLATE_NOOP("Page", "Memo"),
}
PAGE_IDS: tuple[str, ...] = tuple(PAGE_TITLES)


def shown_title(page_id: str) -> str:
    """The page's navigation label in the window's language."""
    return QCoreApplication.translate("Page", PAGE_TITLES[page_id])


def page_classes() -> list[type[Page]]:
    """The page classes in the navigation's order (this imports every page and the core)."""
    from .actors import ActorsPage
    from .aim import AimPage
    from .decisions import DecisionsPage
    from .memo_page import MemoPage
    from .overview import OverviewPage
    from .revisions import RevisionsPage
    from .risk_factors import RiskFactorsPage
    from .situation import SituationPage
    from .strategy import StrategyPage
    from .toolbox import ToolboxPage

    return [OverviewPage, ActorsPage, SituationPage, RiskFactorsPage, AimPage, ToolboxPage, DecisionsPage,
            StrategyPage, RevisionsPage, MemoPage]
