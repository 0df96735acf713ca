"""`atrocity-desk risk [COUNTRY] [--json]` (SPEC §6): the outside risk data on the command line."""

from __future__ import annotations

import json
import subprocess
import sys

from atrocity_desk.cli import main


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "atrocity_desk", *args], capture_output=True, text=True, env=env)


def test_risk_json_of_one_country_in_the_spec_shape(capsys):
    assert main(["risk", "Myanmar", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "country": "Burma/Myanmar", "risk": 0.1041, "rank": 1, "of": 168, "edition": "2025",
        "source": "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025",
    }


def test_risk_json_without_a_country_is_the_whole_table_in_rank_order(capsys):
    assert main(["risk", "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert len(table) == 168 and [row["rank"] for row in table] == list(range(1, 169))
    assert table[35]["country"] == "Ivory Coast" and set(table[35]) == {"country", "risk", "rank", "of", "edition", "source"}


def test_risk_text_names_the_figure_its_source_and_what_the_model_forecasts(capsys):
    assert main(["risk", "Côte d'Ivoire"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Ivory Coast: 2.46% estimated risk of a new state-led mass killing starting in 2025 or 2026 (rank 36 of 168).")
    assert "Source: Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025 (model run of 2025-09-03)." in out
    assert "onset of a new state-led mass killing" in out and "non-state groups" in out


def test_risk_text_table_lists_every_country(capsys):
    assert main(["risk"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[5].split() == ["1", "Burma/Myanmar", "10.4%"]
    assert len([line for line in lines if line[:4].strip().isdigit()]) == 168


def test_risk_in_french_says_every_line_in_french(capsys):
    assert main(["risk", "--lang", "fr", "Myanmar"]) == 0
    first, source, scope = capsys.readouterr().out.splitlines()
    assert first.startswith("Burma/Myanmar\u00a0: risque estimé à 10,4\u202f%")  # the data's country name
    assert source == ("Source\u00a0: Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025 "
                      "(exécution du modèle du 2025-09-03).")
    assert scope.startswith("Le modèle prévoit")
    assert main(["risk", "--lang", "fr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Risque estimé") and lines[1].startswith("Source\u00a0:")
    assert lines[4].split() == ["rang", "pays", "risque"] and lines[5].split()[:2] == ["1", "Burma/Myanmar"]
    assert lines[5].endswith(" 10,4\u202f%")


def test_an_unknown_country_gives_the_closest_names_and_a_non_zero_exit():
    result = run_cli("risk", "Kyrgyzstn")
    assert result.returncode == 2 and result.stdout == ""
    assert "no country called 'Kyrgyzstn'" in result.stderr and "Closest names: Kyrgystan" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_risk_command_loads_neither_qt_nor_the_case_or_memo_libraries():
    code = (
        "import sys; from atrocity_desk.cli import main; main(['risk', 'Chad', '--json']); "
        "print([m for m in ('PySide6', 'reportlab', 'sqlite_utils', 'pydantic') if m in sys.modules], file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr.strip() == "[]"


def test_the_risk_command_uses_an_edition_imported_into_the_data_folder(tmp_path):
    import os

    from atrocity_desk.core.risk_data import import_edition

    source = tmp_path / "new.csv"
    source.write_text("country,cow_code,risk_2026_2027,rank_2026_2027\nChad,483,0.09,1\n", encoding="utf-8")
    import_edition(source, tmp_path / "data")
    result = run_cli("risk", "Chad", "--json", env={**os.environ, "ATROCITY_DESK_DATA_DIR": str(tmp_path / "data")})
    assert json.loads(result.stdout)["edition"] == "2026" and json.loads(result.stdout)["of"] == 1
