"""Outside risk data (SPEC §5): the Early Warning Project's table, found by the names planners type,
validated row by row, and a newer edition imported without ever losing the one in use."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atrocity_desk.core.country_names import closest_countries, find_country, normalise
from atrocity_desk.core.risk_data import RiskDataError, bundled_edition, import_edition, newest_edition, parse_edition

HEADER_2026 = "country,cow_code,risk_2026_2027,rank_2026_2027\n"


def table_2026() -> str:
    """A made-up newer edition: three countries, Chad first."""
    return HEADER_2026 + "Chad,483,0.09,1\nBurma/Myanmar,775,0.08,2\nIvory Coast,437,0.01,3\n"


def test_the_bundled_edition_is_the_published_2025_table():
    edition = bundled_edition()
    assert (edition.edition, edition.first_year, edition.last_year, edition.of) == ("2025", 2025, 2026, 168)
    assert edition.model_run == "2025-09-03"
    assert edition.citation == "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025"
    top = edition.countries[0]
    assert (top.country, top.cow_code, top.risk, top.rank) == ("Burma/Myanmar", 775, 0.1041, 1)


@pytest.mark.parametrize(
    "typed, published",
    [
        ("Myanmar", "Burma/Myanmar"),
        ("Burma", "Burma/Myanmar"),
        ("burma / myanmar", "Burma/Myanmar"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Cote d'Ivoire", "Ivory Coast"),
        ("COTE D’IVOIRE", "Ivory Coast"),
        ("ivory coast", "Ivory Coast"),
        ("Kyrgyzstan", "Kyrgystan"),
        ("Kyrgystan", "Kyrgystan"),
        ("Gambia", "The Gambia"),
        ("guinea bissau", "Guinea-Bissau"),
        ("DRC", "Democratic Republic of Congo"),
        ("Congo-Brazzaville", "Republic of Congo"),
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("Perú", "Peru"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("Sudan, Darfur", "Sudan"),
        ("  South Sudan ", "South Sudan"),
    ],
)
def test_a_country_is_found_by_the_names_planners_type(typed, published):
    row = find_country(bundled_edition(), typed)
    assert row is not None and row.country == published


def test_a_name_that_matches_no_country_gives_the_closest_names():
    edition = bundled_edition()
    assert find_country(edition, "Myanmr") is None
    assert closest_countries(edition, "Myanmr")[0] == "Burma/Myanmar"
    assert find_country(edition, "Congo") is None  # two countries: the planner chooses
    assert closest_countries(edition, "Congo")[:2] == ["Democratic Republic of Congo", "Republic of Congo"]


def test_an_estimate_is_recorded_with_its_source_and_date():
    edition = bundled_edition()
    fields = edition.estimate_fields(find_country(edition, "Chad"))
    assert fields == {
        "risk_estimate": "8.12% estimated risk of a new state-led mass killing starting in 2025 or 2026 (rank 2 of 168)",
        "risk_estimate_source": "Early Warning Project, Statistical Risk Assessment 2025–26, USHMM, 2025",
        "risk_estimate_date": "2025-09-03",
    }


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "row 1 must name the columns"),
        ("country,cow_code,risk,rank\nChad,483,0.1,1\n", "row 1 must name the columns"),
        ("country,cow_code,risk_2026_2028,rank_2026_2028\nChad,483,0.1,1\n", "must be rank_2026_2027"),
        (HEADER_2026, "no countries"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,625,0.05\n", "row 3 has 3 fields"),
        (HEADER_2026 + "Chad,483,0.1,1\n,625,0.05,2\n", "row 3: field country is empty"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,six,0.05,2\n", "row 3 (Sudan): field cow_code"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,625,high,2\n", "row 3 (Sudan): field risk_2026_2027"),
        (HEADER_2026 + "Chad,483,1.5,1\n", "row 2 (Chad): field risk_2026_2027 must be a probability"),
        (HEADER_2026 + "Chad,483,nan,1\n", "row 2 (Chad): field risk_2026_2027"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,625,0.05,0\n", "row 3 (Sudan): field rank_2026_2027"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,625,0.05,3\n", "rank 2 is missing"),
        (HEADER_2026 + "Chad,483,0.1,1\nCHAD,483,0.05,2\n", "'CHAD' appears twice"),
        (HEADER_2026 + "Chad,483,0.1,1\nSudan,625,0.2,2\n", "Sudan is ranked 2 below Chad but has a higher risk"),
    ],
)
def test_a_bad_table_is_refused_naming_row_and_field(text, message):
    with pytest.raises(RiskDataError, match="new.csv") as refused:
        parse_edition(text, "new.csv")
    assert message in str(refused.value)


def test_the_newest_edition_is_used_and_named_after_its_model_run(tmp_path):
    source = tmp_path / "final_forecasts_data_2Sep2026.csv"
    source.write_text(table_2026(), encoding="utf-8")
    assert newest_edition(tmp_path / "data").edition == "2025"
    imported = import_edition(source, tmp_path / "data")
    assert (imported.edition, imported.of, imported.model_run) == ("2026", 3, "2026-09-02")
    in_use = newest_edition(tmp_path / "data")
    assert (in_use.edition, in_use.model_run, in_use.bundled) == ("2026", "2026-09-02", False)
    assert find_country(in_use, "Côte d'Ivoire").rank == 3  # aliases hold for every edition


def test_a_bad_newer_table_is_refused_and_the_old_one_kept(tmp_path):
    data = tmp_path / "data"
    good = tmp_path / "good.csv"
    good.write_text(table_2026(), encoding="utf-8")
    import_edition(good, data)
    stored = data / "risk" / "ewp-statistical-risk-2026.csv"
    before = stored.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER_2026 + "Chad,483,0.09,1\nSudan,625,lots,2\n", encoding="utf-8")
    with pytest.raises(RiskDataError, match="row 3"):
        import_edition(bad, data)
    assert stored.read_bytes() == before
    assert sorted(p.name for p in (data / "risk").iterdir()) == ["ewp-statistical-risk-2026.csv", "ewp-statistical-risk-2026.json"]
    assert newest_edition(data).countries[0].country == "Chad"


def test_an_older_edition_or_a_non_text_file_is_refused(tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("country,cow_code,risk_2024_2025,rank_2024_2025\nChad,483,0.09,1\n", encoding="utf-8")
    with pytest.raises(RiskDataError, match="older than the 2025 edition in use"):
        import_edition(old, tmp_path / "data")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(RiskDataError, match="not a UTF-8 text file"):
        import_edition(binary, tmp_path / "data")
    assert not (tmp_path / "data" / "risk").exists()


def test_a_damaged_stored_edition_is_skipped_not_used(tmp_path):
    folder = tmp_path / "risk"
    folder.mkdir()
    (folder / "ewp-statistical-risk-2030.csv").write_text("country\nnonsense\n", encoding="utf-8")
    assert newest_edition(tmp_path).edition == "2025"


def test_every_alias_names_a_published_country_and_no_other_countrys_name():
    from atrocity_desk.core.datafiles import load_yaml, resource_root

    aliases = load_yaml(resource_root() / "risk" / "country-aliases.yaml")
    edition = bundled_edition()
    published = {row.country for row in edition.countries}
    assert set(aliases) <= published
    for country, names in aliases.items():
        for name in names:
            own = find_country(edition, name)
            assert own is not None and own.country == country, (name, country)
            assert normalise(name) not in {normalise(p) for p in published - {country}}


def test_an_edition_without_a_model_run_date_is_dated_by_its_year(tmp_path):
    source = tmp_path / "new.csv"
    source.write_text(table_2026(), encoding="utf-8")
    edition = import_edition(source, tmp_path / "data")
    assert edition.model_run == "" and edition.estimate_fields(edition.countries[0])["risk_estimate_date"] == "2026"
    assert newest_edition(tmp_path / "data").date == "2026"


CELLS = st.sampled_from(["Chad", "Sudan", "483", "0.1", "0.05", "1", "2", "", "x", "-1", "nan", '"', "\x00"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.lists(CELLS, min_size=4, max_size=4) | st.lists(CELLS, max_size=6), max_size=5))
def test_any_text_is_either_a_table_or_refused_with_a_message(rows):
    text = HEADER_2026 + "\n".join(",".join(cells) for cells in rows)
    try:
        edition = parse_edition(text, "fuzz.csv")
    except RiskDataError as refused:
        assert str(refused).startswith("fuzz.csv: ")
    else:
        assert [row.rank for row in edition.countries] == list(range(1, edition.of + 1))
