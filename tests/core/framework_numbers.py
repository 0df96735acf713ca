"""The indicator numbers of the UN Framework of Analysis for Atrocity Crimes (2014), kept apart from
the data so that a test can hold the checklist to them.

How many indicators each risk factor has, and where each count comes from, is written down in
docs/checklist.md. Risk factors 7, 8, 9 and 13 were checked against public transcriptions of the
framework; the others follow the framework as the project's earlier selection and the team's
reading of it had them, and must be checked against the official text when it is at hand (see
"What is not yet verified" in docs/checklist.md). Change a count here only with that record.
"""

INDICATORS_PER_RISK_FACTOR: dict[int, int] = {
    1: 11,
    2: 8,
    3: 10,
    4: 9,
    5: 8,
    6: 11,
    7: 14,
    8: 12,
    9: 6,
    10: 9,
    11: 6,
    12: 7,
    13: 10,
    14: 7,
}

FRAMEWORK_NUMBERS: list[str] = [
    f"{factor}.{n}" for factor, count in INDICATORS_PER_RISK_FACTOR.items() for n in range(1, count + 1)
]

# Named in issue 15 as missing from the earlier selection; each must now be its own indicator.
ONCE_MISSING = ["7.9", "7.11", "9.3", "8.10", "3.10", "4.6"]
