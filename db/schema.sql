-- The whole current schema of a .atrocase file (SPEC §3). Migrations in migrations/ bring older
-- files here; tests/core/test_migrations.py checks that a migrated file equals a fresh one.
-- PRAGMA application_id and user_version are set by the storage code, not here.

CREATE TABLE case_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    assessed_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    end_state TEXT NOT NULL DEFAULT '',
    bottom_line TEXT NOT NULL DEFAULT '',
    risk_estimate TEXT NOT NULL DEFAULT '',
    risk_estimate_source TEXT NOT NULL DEFAULT '',
    risk_estimate_date TEXT NOT NULL DEFAULT ''
);

CREATE TABLE judgments (
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('factor', 'indicator')),
    item TEXT NOT NULL,
    value TEXT,
    confidence TEXT CHECK (confidence IS NULL OR confidence IN ('low', 'medium', 'high')),
    note TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (revision_id, kind, item)
);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    actor_type TEXT NOT NULL DEFAULT '',
    motive TEXT NOT NULL DEFAULT '',
    means TEXT NOT NULL DEFAULT '',
    opportunity TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE objectives (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    tool TEXT,
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '[]',
    lead_actor TEXT NOT NULL DEFAULT '',
    timing TEXT NOT NULL DEFAULT '',
    monitoring TEXT NOT NULL DEFAULT '',
    findings_weighed TEXT NOT NULL DEFAULT '[]',
    etd TEXT NOT NULL DEFAULT '{}',
    position INTEGER NOT NULL DEFAULT 0,
    requirements TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    revision_id INTEGER,
    who TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT
);

CREATE INDEX actors_by_revision ON actors (revision_id, position);
CREATE INDEX objectives_by_revision ON objectives (revision_id, position);
CREATE INDEX decisions_by_revision ON decisions (revision_id, position);
CREATE INDEX audit_by_revision ON audit (revision_id);
