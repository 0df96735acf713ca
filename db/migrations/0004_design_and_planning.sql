-- Version 4: how each option is designed (SPEC §4 option design), the per-revision memo fields
-- (SPEC §2 step 2), and the planning layer (SPEC §2 step 7, §4 actors and groups).

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

-- What the memo's decision box needs, per revision.
ALTER TABLE revisions ADD COLUMN situation_now TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN decision_requested TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN meeting TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN meeting_date TEXT NOT NULL DEFAULT '';

-- The strategy: the "no new action" baseline (a row of the grid, judged like an option), the
-- coalition to build, transition and exit.
ALTER TABLE revisions ADD COLUMN baseline TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN baseline_etd TEXT NOT NULL DEFAULT '{}';
ALTER TABLE revisions ADD COLUMN coalition TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN transition_exit TEXT NOT NULL DEFAULT '';

-- Per option: the legal basis and the consent it needs.
ALTER TABLE decisions ADD COLUMN legal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN consent TEXT NOT NULL DEFAULT '';

-- Per objective: what success looks like.
ALTER TABLE objectives ADD COLUMN success_measure TEXT NOT NULL DEFAULT '';

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

-- Structured groups at risk (on actors of kind group_at_risk) and which actor targets which group.
ALTER TABLE actors ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN population TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN displaced TEXT NOT NULL DEFAULT '';
ALTER TABLE actors ADD COLUMN women_children_risks TEXT NOT NULL DEFAULT '';
CREATE TABLE actor_targets (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, group_id)
);

CREATE INDEX phases_by_revision ON phases (revision_id, position);
CREATE INDEX decision_points_by_phase ON decision_points (phase_id, position);
CREATE INDEX assumptions_by_revision ON assumptions (revision_id, position);
CREATE INDEX scenarios_by_revision ON scenarios (revision_id, position);
CREATE INDEX trigger_dates_by_revision ON trigger_dates (revision_id, position);
