"""The outside risk data as text for the command line (``atrocity-desk risk``)."""

from __future__ import annotations

from .risk_data import CountryRisk, RiskEdition
from .vocabulary import RISK_MODEL_SCOPE, risk_estimate_words, risk_percent, translate


def _source_line(edition: RiskEdition) -> str:
    if edition.model_run:
        return translate("Source: {citation} (model run of {run}).").format(citation=edition.citation, run=edition.model_run)
    return translate("Source: {citation}.").format(citation=edition.citation)


def risk_text(edition: RiskEdition, row: CountryRisk) -> str:
    estimate = risk_estimate_words(row.risk, row.rank, edition.of, edition.first_year, edition.last_year)
    first = translate("{country}: {estimate}.").format(country=row.country, estimate=estimate)
    return "\n".join([first, _source_line(edition), translate(RISK_MODEL_SCOPE)])


def risk_table_text(edition: RiskEdition) -> str:
    width = max(len(row.country) for row in edition.countries)
    rank, country, risk = translate("rank"), translate("country"), translate("risk")
    lines = [
        translate("Estimated risk of a new state-led mass killing starting in {first} or {last}, "
                  "{of} countries, highest first.").format(first=edition.first_year, last=edition.last_year, of=edition.of),
        _source_line(edition),
        translate(RISK_MODEL_SCOPE),
        "",
        f"{rank:>4}  {country:<{width}}  {risk}",
    ]
    lines += [f"{row.rank:>4}  {row.country:<{width}}  {risk_percent(row.risk)}" for row in edition.countries]
    return "\n".join(lines)
