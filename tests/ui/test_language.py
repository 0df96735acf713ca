"""The window in French (issue 21 items 1 and 5): the .ts catalogue, the .qm the build makes, the
language chosen from the system or View > Language, and the window rebuilt on the same case."""

from __future__ import annotations

import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import PySide6
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from atrocity_desk.core import language as core_language
from atrocity_desk.core.fit_words import factor_words
from atrocity_desk.ui import language
from atrocity_desk.ui.locale_format import shown_date
from atrocity_desk.ui.main_window import MainWindow, app_settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "atrocity_desk_fr.ts"
# English is the source language: its catalogue holds only the messages with a count (%n), each
# with its singular and plural ("1 judgment changed", "10 judgments changed").
TS_EN = ROOT / "resources" / "i18n" / "atrocity_desk_en.ts"
PYSIDE = Path(PySide6.__file__).resolve().parent


@pytest.fixture(autouse=True)
def english_afterwards():
    """Translators are application-wide: every test here leaves the application in English."""
    yield
    language.apply("en")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")): m for c in root.iter("context") for m in c.iter("message")}


# -- the catalogue ----------------------------------------------------------------------------------


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["fr", "en"])
def test_every_message_is_translated_with_its_plural_forms(ts):  # noqa: ANN001
    unfinished = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes":
            done = len(forms) == 2 and all(f.strip() for f in forms)  # French and English: one, and more than one
        else:
            done = bool((translation.text or "").strip())
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not done:
            unfinished.append(f"{context}: {source}")
    where = "scripts/english_plurals.py" if ts == TS_EN else ts.name
    assert not unfinished, f"Translate these in {where}:\n" + "\n".join(unfinished)


@pytest.mark.parametrize(("ts", "only"), [(TS, []), (TS_EN, ["-pluralonly"])], ids=["fr", "en"])
def test_the_catalogue_holds_every_message_of_the_window(tmp_path, ts, only):  # noqa: ANN001
    """scripts/update-translations.sh has been run after the last UI change."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(ts, fresh)
    sources = sorted(str(p) for p in (ROOT / "src" / "atrocity_desk" / "ui").rglob("*.py"))
    subprocess.run([str(PYSIDE / "lupdate"), *sources, "-silent", "-no-obsolete", "-locations", "none", *only,
                    "-ts", str(fresh)], check=True, capture_output=True)
    missing = sorted(set(messages(fresh)) - set(messages(ts)))
    gone = sorted(set(messages(ts)) - set(messages(fresh)))
    assert not missing and not gone, (
        f"Run scripts/update-translations.sh and translate: new {missing[:10]}, no longer used {gone[:10]}")
    if only:
        assert messages(ts), "the English catalogue holds the messages with a count"


def test_english_counts_have_a_singular_and_a_plural(qapp):  # noqa: ANN001
    assert language.catalogue_path("en").is_file(), "the build (setup.py) made no .qm: run scripts/setup.sh"
    assert language.apply("en") == "en"
    assert QCoreApplication.translate("RevisionsPage", "%n judgment(s) changed", "", 1) == "1 judgment changed"
    assert QCoreApplication.translate("RevisionsPage", "%n judgment(s) changed", "", 10) == "10 judgments changed"
    assert QCoreApplication.translate("ToolboxPage", "%n tools", "", 1) == "1 tool"
    assert QCoreApplication.translate("ToolboxPage", "%n tools", "", 0) == "0 tools"


def test_the_built_catalogue_translates_the_window(qapp):  # noqa: ANN001
    assert language.catalogue_path("fr").is_file(), "the build (setup.py) made no .qm: run scripts/setup.sh"
    assert language.apply("fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QCoreApplication.translate("Page", "Toolbox") == "Boîte à outils"
    assert QCoreApplication.translate("ToolboxPage", "%n tools", "", 1) == "1 outil"
    assert QCoreApplication.translate("ToolboxPage", "%n tools", "", 93) == "93 outils"
    # Qt's own catalogue: the standard buttons of dialogs.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_missing_catalogue_leaves_the_window_in_english_with_a_warning(qapp, monkeypatch, tmp_path, caplog):  # noqa: ANN001
    monkeypatch.setattr(language, "catalogue_path", lambda lang: tmp_path / f"atrocity_desk_{lang}.qm")
    with caplog.at_level(logging.WARNING, logger=language.__name__):
        assert language.apply("fr") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert "stays in English" in caplog.text


# -- the choice -------------------------------------------------------------------------------------


def test_the_system_locale_chooses_unless_the_planner_did(isolated_settings):  # noqa: ANN001
    french_canada = QLocale(QLocale.Language.French, QLocale.Country.Canada)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert language.effective(language.SYSTEM, french_canada) == "fr"
    assert language.effective(language.SYSTEM, german) == "en"  # a language the window does not speak
    assert language.effective("en", french_canada) == "en"
    settings = app_settings()
    assert language.chosen(settings) == language.SYSTEM
    language.remember(settings, "fr")
    assert language.chosen(app_settings()) == "fr"
    settings.setValue(language.SETTING, "klingon")  # a hand-edited settings file
    assert language.chosen(settings) == language.SYSTEM


def test_dates_and_numbers_follow_the_language(qapp):  # noqa: ANN001
    assert shown_date("2026-11-23") == "2026-11-23"  # English keeps the stored ISO dates
    language.apply("fr")
    assert shown_date("2026-11-23") == "23 novembre 2026"
    assert shown_date("2026-11-23 14:05") == "23 novembre 2026 14:05"
    assert shown_date("not a date") == "not a date"
    assert QLocale().toString(6.1, "f", 1) == "6,1"  # Qt's widgets write numbers the French way
    assert QLocale().toString(QDate(2026, 11, 23), "MMMM") == "novembre"


# -- View > Language --------------------------------------------------------------------------------


def test_view_language_shows_the_open_case_in_french_and_back(main_window, qtbot):  # noqa: ANN001
    window: MainWindow = main_window
    session = window.session
    window.show_page("toolbox")
    window.session.set_meta(analyst="A. Analyst")  # an edit to undo after the switch
    assert window.undo_action.isEnabled()

    window.language_actions["fr"].trigger()
    assert window.session is session  # the same case, still open
    assert window.file_menu.title() == "&Fichier"
    assert window.nav.item(0).text() == "Vue d'ensemble"
    assert window.current_page().page_id == "toolbox"
    assert window.current_page().count_label.text() == f"{len(session.evidence.tools)} outils"
    assert window.language_actions["fr"].isChecked()
    assert language.chosen(window.settings) == "fr"
    assert window.undo_action.isEnabled()  # the undo history survived the rebuild
    window.undo_action.trigger()
    assert window.session.case.meta().analyst != "A. Analyst"

    window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"
    assert window.nav.item(0).text() == "Overview"
    assert window.session is session


def test_a_window_started_in_french_is_french_throughout(qtbot, case_path):  # noqa: ANN001
    language.apply("fr")
    window = MainWindow(settings=app_settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_case(case_path)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[:3] == ["Vue d'ensemble", "Acteurs et groupes", "Situation"]
    overview = window.show_page("overview")
    assert overview.revision_label.text().startswith("Révision 2 sur 2")
    assert "Évaluée le 23 novembre 2026" in overview.revision_label.text()
    # The content comes from the core in the window's language: findings, factors, indicators.
    french, english = core_language.language("fr"), core_language.language("en")
    finding = window.session.evidence.findings[0]
    assert finding.statement == french.evidence().findings[0].statement != english.evidence().findings[0].statement
    rf = window.session.checklist.risk_factors[0]
    assert rf.title == french.checklist().risk_factors[0].title != english.checklist().risk_factors[0].title
    assert factor_words().factor("phase") == french.factor_vocabulary().factors["phase"].label
    toolbox = window.show_page("toolbox")
    assert toolbox.count_label.text() == f"{len(window.session.evidence.tools)} outils"
    window.close()


def test_switching_back_to_english_reads_the_content_in_english_again(main_window):  # noqa: ANN001
    english = main_window.session.evidence.findings[0].statement
    main_window.language_actions["fr"].trigger()
    assert main_window.session.evidence.findings[0].statement != english
    main_window.language_actions["en"].trigger()
    assert main_window.session.evidence.findings[0].statement == english
    assert factor_words().factor("phase") == core_language.language("en").factor_vocabulary().factors["phase"].label
