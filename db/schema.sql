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
    risk_estimate_date TEXT NOT NULL DEFAULT '',
    situation_now TEXT NOT NULL DEFAULT '',
    decision_requested TEXT NOT NULL DEFAULT '',
    meeting TEXT NOT NULL DEFAULT '',
    meeting_date TEXT NOT NULL DEFAULT '',
    baseline TEXT NOT NULL DEFAULT '',
    baseline_etd TEXT NOT NULL DEFAULT '{}',
    coalition TEXT NOT NULL DEFAULT '',
    transition_exit TEXT NOT NULL DEFAULT ''
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
    position INTEGER NOT NULL DEFAULT 0,
    location TEXT NOT NULL DEFAULT '',
    population TEXT NOT NULL DEFAULT '',
    displaced TEXT NOT NULL DEFAULT '',
    women_children_risks TEXT NOT NULL DEFAULT ''
);

CREATE TABLE objectives (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    success_measure TEXT NOT NULL DEFAULT ''
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
    requirements TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    consent TEXT NOT NULL DEFAULT ''
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

-- Option design: one answer per option and design property, like a factor judgment
-- (value NULL = unknown).
CREATE TABLE design_answers (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    property TEXT NOT NULL,
    value TEXT,
    confidence TEXT CHECK (confidence IS NULL OR confidence IN ('low', 'medium', 'high')),
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, property)
);

-- Phases of the strategy (now; if the situation worsens; later), each with the options it uses.
CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);

-- Decision points: the observable event and the response it triggers (escalate / scale back).
CREATE TABLE decision_points (
    id INTEGER PRIMARY KEY,
    phase_id INTEGER NOT NULL REFERENCES phases(id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    response TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- Key assumptions, each with what would prove it wrong and the indicator that would show it.
CREATE TABLE assumptions (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    disproved_by TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- Plausible atrocity scenarios (most likely, most dangerous, others) with their warning signs.
CREATE TABLE scenarios (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    warning_signs TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- The calendar of triggers: dated events and their status (upcoming, happened, passed quietly).
CREATE TABLE trigger_dates (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'upcoming',
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

-- Which actor targets which group at risk (SPEC §4).
CREATE TABLE actor_targets (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, group_id)
);

CREATE INDEX actors_by_revision ON actors (revision_id, position);
CREATE INDEX objectives_by_revision ON objectives (revision_id, position);
CREATE INDEX decisions_by_revision ON decisions (revision_id, position);
-- Evidence packs (SPEC §5): per case, not per revision.
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

CREATE INDEX audit_by_revision ON audit (revision_id);
CREATE INDEX phases_by_revision ON phases (revision_id, position);
CREATE INDEX decision_points_by_phase ON decision_points (phase_id, position);
CREATE INDEX assumptions_by_revision ON assumptions (revision_id, position);
CREATE INDEX scenarios_by_revision ON scenarios (revision_id, position);
CREATE INDEX trigger_dates_by_revision ON trigger_dates (revision_id, position);
