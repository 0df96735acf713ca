"""A case file holding values this version's vocabulary does not know, written with raw sqlite3
as a damaged file, a newer version or another tool would: used by the core and the UI tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from atrocity_desk.core.example import write_example_case

# (table, field, stored value) of each unknown value written into the latest revision.
PHASE = "genocide"
STATUS = "approved"
FAMILY = "carpet_bombing"
RATING = "strongly_favours"
# An unknown value in the FIRST revision too: check reads every revision.
ACTOR_KIND = "bystander"


def write_unrecognised_case(path: Path) -> dict[str, int]:
    """The example case with one unknown factor value, decision status, family and EtD judgment in
    its latest revision and an unknown actor kind in its first; returns the ids of the rows."""
    write_example_case(path).close()
    conn = sqlite3.connect(path)
    try:
        first, latest = conn.execute("SELECT MIN(id), MAX(id) FROM revisions").fetchone()
        conn.execute(
            "UPDATE judgments SET value = ? WHERE revision_id = ? AND kind = 'factor' AND item = 'phase'",
            (PHASE, latest),
        )
        ids = [r[0] for r in conn.execute("SELECT id FROM decisions WHERE revision_id = ? ORDER BY position, id", (latest,))]
        status_row, family_row, etd_row = ids[:3]
        conn.execute("UPDATE decisions SET status = ? WHERE id = ?", (STATUS, status_row))
        conn.execute("UPDATE decisions SET family = ?, tool = NULL WHERE id = ?", (FAMILY, family_row))
        etd = json.loads(conn.execute("SELECT etd FROM decisions WHERE id = ?", (etd_row,)).fetchone()[0])
        etd["effect"] = {"rating": RATING, "reason": "stored by another tool"}
        conn.execute("UPDATE decisions SET etd = ? WHERE id = ?", (json.dumps(etd), etd_row))
        actor_row = conn.execute("SELECT MIN(id) FROM actors WHERE revision_id = ?", (first,)).fetchone()[0]
        conn.execute("UPDATE actors SET kind = ? WHERE id = ?", (ACTOR_KIND, actor_row))
        conn.commit()
    finally:
        conn.close()
    return {
        "first": first, "latest": latest, "status": status_row, "family": family_row,
        "etd": etd_row, "actor": actor_row,
    }
