"""The Early Warning Project's statistical risk assessment (SPEC §5, "Outside risk data").

Reference data beside the evidence base: one row per country with the estimated two-year risk of a
new state-led mass killing and its rank. The 2025 edition ships in ``resources/risk/``; a planner
can import a newer edition's CSV, which is kept in their data folder. Qt-free and light (no
pydantic, sqlite or reportlab), so ``atrocity-desk risk`` starts fast.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from .country_names import normalise
from .datafiles import DataFileError, load_yaml, resource_root
from .vocabulary import risk_citation, risk_estimate_words

RISK_FOLDER = "risk"  # in resources/ and in the planner's data folder
BUNDLED_META = "ewp-statistical-risk-2025.yaml"
MAX_CSV_BYTES = 1_000_000  # the published table is 5 kB; anything this big is not it
_YEARS = re.compile(r"^risk_(\d{4})_(\d{4})$")
# The project's replication files carry the model run in their name: final_forecasts_data_3Sep2025.csv
_RUN_IN_NAME = re.compile(r"(\d{1,2})([A-Z][a-z]{2})(\d{4})")


class RiskDataError(ValueError):
    """A risk table that cannot be used; the message names the file, and the row and field."""


@dataclass(frozen=True)
class CountryRisk:
    country: str  # as the project publishes it
    cow_code: int
    risk: float  # probability of a new onset in the edition's two years
    rank: int  # 1 = highest risk


@dataclass(frozen=True)
class RiskEdition:
    first_year: int
    last_year: int
    countries: tuple[CountryRisk, ...]  # in rank order
    model_run: str = ""  # ISO date of the model run, when known
    bundled: bool = False

    @property
    def edition(self) -> str:
        return str(self.first_year)

    @property
    def of(self) -> int:
        return len(self.countries)

    @property
    def citation(self) -> str:
        return risk_citation(self.first_year, self.last_year)

    @property
    def date(self) -> str:
        """The date an estimate from this edition is recorded with: the model run, else the year."""
        return self.model_run or self.edition

    def to_json(self, row: CountryRisk) -> dict:
        return {"country": row.country, "risk": row.risk, "rank": row.rank, "of": self.of,
                "edition": self.edition, "source": self.citation}

    def estimate_fields(self, row: CountryRisk) -> dict[str, str]:
        """The revision fields that record this row as the case's outside risk estimate."""
        return {
            "risk_estimate": risk_estimate_words(row.risk, row.rank, self.of, self.first_year, self.last_year),
            "risk_estimate_source": self.citation,
            "risk_estimate_date": self.date,
        }


# -- reading a table --------------------------------------------------------------------------------


def parse_edition(text: str, name: str, model_run: str = "", bundled: bool = False) -> RiskEdition:
    """Validate a risk table (CSV text); ``name`` is the file name the messages use."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [cell.strip() for cell in next(reader, [])]
        first, last = _check_header(header, name)
        rows = [_row(cells, line, name, header) for line, cells in enumerate(reader, start=2) if any(c.strip() for c in cells)]
    except csv.Error as exc:
        raise RiskDataError(f"{name}: row {reader.line_num}: not a readable CSV row ({exc}).") from None
    if not rows:
        raise RiskDataError(f"{name}: the table has no countries.")
    _check_whole(rows, name)
    return RiskEdition(first, last, tuple(sorted(rows, key=lambda r: r.rank)), model_run, bundled)


def _check_header(header: list[str], name: str) -> tuple[int, int]:
    years = _YEARS.match(header[2]) if len(header) == 4 else None
    if not years or header[:2] != ["country", "cow_code"]:
        raise RiskDataError(
            f"{name}: row 1 must name the columns country, cow_code, risk_YYYY_YYYY, rank_YYYY_YYYY "
            f"(found: {', '.join(header) or 'nothing'})."
        )
    first, last = int(years[1]), int(years[2])
    if last != first + 1 or header[3] != f"rank_{first}_{last}":
        raise RiskDataError(f"{name}: row 1: field {header[3]!r} must be rank_{first}_{first + 1}, for the two years of {header[2]!r}.")
    return first, last


def _row(cells: list[str], line: int, name: str, header: list[str]) -> CountryRisk:
    if len(cells) != 4:
        raise RiskDataError(f"{name}: row {line} has {len(cells)} fields; every row needs 4 ({', '.join(header)}).")
    country, cow, risk, rank = (c.strip() for c in cells)
    where = f"{name}: row {line}"
    if not country:
        raise RiskDataError(f"{where}: field country is empty.")
    try:
        cow_code = int(cow)
    except ValueError:
        raise RiskDataError(f"{where} ({country}): field cow_code must be a whole number, not {cow!r}.") from None
    try:
        probability = float(risk)
    except ValueError:
        probability = -1.0
    if not 0.0 <= probability <= 1.0:  # also refuses nan
        raise RiskDataError(f"{where} ({country}): field {header[2]} must be a probability from 0 to 1, not {risk!r}.")
    if not rank.isdigit() or int(rank) < 1:
        raise RiskDataError(f"{where} ({country}): field {header[3]} must be a whole number from 1, not {rank!r}.")
    return CountryRisk(country, cow_code, probability, int(rank))


def _check_whole(rows: list[CountryRisk], name: str) -> None:
    """Each country once, ranks 1..n once each, and a higher rank never has a higher risk."""
    seen: dict[str, str] = {}
    for row in rows:
        key = normalise(row.country)
        if key in seen:
            raise RiskDataError(f"{name}: field country: {row.country!r} appears twice (also as {seen[key]!r}).")
        seen[key] = row.country
    ranks = sorted(row.rank for row in rows)
    if ranks != list(range(1, len(rows) + 1)):
        missing = sorted(set(range(1, len(rows) + 1)) - set(ranks))
        raise RiskDataError(f"{name}: field rank: the {len(rows)} countries must be ranked 1 to {len(rows)}, each once (rank {missing[0]} is missing).")
    ordered = sorted(rows, key=lambda r: r.rank)
    for above, below in zip(ordered, ordered[1:]):
        if below.risk > above.risk:
            raise RiskDataError(f"{name}: {below.country} is ranked {below.rank} below {above.country} but has a higher risk.")


def read_edition_file(path: Path, model_run: str = "", bundled: bool = False) -> RiskEdition:
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise RiskDataError(f"{path.name}: the file is larger than {MAX_CSV_BYTES // 1000} kB; a risk table is a few kB.")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise RiskDataError(f"{path.name}: not a UTF-8 text file.") from None
    except OSError as exc:
        raise RiskDataError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from None
    return parse_edition(text, path.name, model_run, bundled)


# -- the editions the application has ---------------------------------------------------------------


@lru_cache(maxsize=1)
def bundled_edition() -> RiskEdition:
    folder = resource_root() / RISK_FOLDER
    meta = _bundled_meta(folder / BUNDLED_META)
    table = folder / meta["file"]
    try:
        return parse_edition(table.read_text(encoding="utf-8"), meta["file"], meta["model_run"], bundled=True)
    except RiskDataError as exc:
        raise DataFileError(str(exc)) from exc


def _bundled_meta(path) -> dict[str, str]:
    """The bundled table's file name and model run, through the compiled cache (no YAML parser
    once it is warm); the copy read back is checked like the file."""
    import sys

    from . import compiled_cache, datafiles

    key = compiled_cache.content_key(
        compiled_cache.file_parts([path]) + compiled_cache.code_parts(sys.modules[__name__], datafiles, pydantic=False)
    )
    return compiled_cache.load_or_build_data("risk-meta", key, lambda: _checked_meta(_meta_fields(load_yaml(path))), _checked_meta)


def _meta_fields(data: object) -> object:
    if not isinstance(data, dict):
        return data
    return {"file": data.get("file"), "model_run": str(data.get("model_run", ""))}  # an unquoted date: its ISO text


def _checked_meta(data: object) -> dict[str, str]:
    if not (isinstance(data, dict) and set(data) == {"file", "model_run"} and all(isinstance(v, str) and v for v in data.values())):
        raise DataFileError(f"{BUNDLED_META}: expected the table's 'file' and its 'model_run'")
    return data


def user_editions(data_dir: Path | None) -> tuple[list[RiskEdition], list[str]]:
    """Editions imported into ``data_dir``, and a message for each stored file that is unusable."""
    folder = data_dir / RISK_FOLDER if data_dir else None
    if folder is None or not folder.is_dir():
        return [], []
    editions, problems = [], []
    for path in sorted(folder.glob("ewp-statistical-risk-*.csv")):
        try:
            editions.append(read_edition_file(path, _stored_model_run(path)))
        except RiskDataError as exc:
            problems.append(str(exc))
    return editions, problems


def newest_edition(data_dir: Path | None) -> RiskEdition:
    """The newest edition the application has; an imported copy wins over a bundled one of its year."""
    imported, _ = user_editions(data_dir)
    return max([bundled_edition(), *imported], key=lambda e: (e.first_year, not e.bundled))


def import_edition(source: Path, data_dir: Path) -> RiskEdition:
    """Validate a newer edition's CSV and keep a copy in ``data_dir``.

    The copy is written beside its final name and renamed into place once whole, so an edition of
    the same year already there stays in use until the new one is complete."""
    # Imported here: the risk command must start without the case-file libraries storage loads.
    from .storage import atomic_write_bytes

    model_run = _model_run_from_name(source.name)
    edition = read_edition_file(source, model_run)
    current = newest_edition(data_dir)
    if edition.first_year < current.first_year:
        raise RiskDataError(f"{source.name}: the {edition.edition} edition is older than the {current.edition} edition in use.")
    folder = data_dir / RISK_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"ewp-statistical-risk-{edition.first_year}"
    atomic_write_bytes(folder / f"{stem}.json", json.dumps({"model_run": model_run, "imported_from": source.name}).encode())
    atomic_write_bytes(folder / f"{stem}.csv", source.read_bytes())
    return edition


def _model_run_from_name(file_name: str) -> str:
    found = _RUN_IN_NAME.search(file_name)
    if not found:
        return ""
    try:
        return datetime.strptime("".join(found.groups()), "%d%b%Y").date().isoformat()
    except ValueError:
        return ""


def _stored_model_run(csv_path: Path) -> str:
    try:
        return str(json.loads(csv_path.with_suffix(".json").read_text(encoding="utf-8")).get("model_run", ""))
    except (OSError, ValueError, AttributeError):
        return ""  # the note is a nicety; the table stands without it
