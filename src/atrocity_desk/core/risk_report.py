"""The outside risk data as text for the command line (``atrocity-desk risk``)."""

from __future__ import annotations

from .risk_data import CountryRisk, RiskEdition
from .vocabulary import RISK_MODEL_SCOPE, risk_estimate_words, risk_percent, translate


def _source_line(edition: RiskEdition) -> str:
    run = f" (model run of {edition.model_run})" if edition.model_run else ""
    return f"Source: {edition.citation}{run}."


def risk_text(edition: RiskEdition, row: CountryRisk) -> str:
    estimate = risk_estimate_words(row.risk, row.rank, edition.of, edition.first_year, edition.last_year)
    return "\n".join([f"{row.country}: {estimate}.", _source_line(edition), translate(RISK_MODEL_SCOPE)])


def risk_table_text(edition: RiskEdition) -> str:
    width = max(len(row.country) for row in edition.countries)
    lines = [
        f"Estimated risk of a new state-led mass killing starting in {edition.first_year} or {edition.last_year}, "
        f"{edition.of} countries, highest first.",
        _source_line(edition),
        translate(RISK_MODEL_SCOPE),
        "",
        f"{'rank':>4}  {'country':<{width}}  risk",
    ]
    lines += [f"{row.rank:>4}  {row.country:<{width}}  {risk_percent(row.risk)}" for row in edition.countries]
    return "\n".join(lines)
