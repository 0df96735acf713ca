-- Version 5: evidence packs (SPEC §5, §3), stored inside the case so a memo reproduces anywhere.
-- One row per pack the case uses: its header, the hash and YAML text as imported (export writes the
-- text back unchanged), whether the case reads it, and whether the planner let it lift a ceiling.
CREATE TABLE evidence_packs (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    date TEXT NOT NULL,
    hash TEXT NOT NULL,
    yaml TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    allow_lift INTEGER NOT NULL DEFAULT 0 CHECK (allow_lift IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
);
