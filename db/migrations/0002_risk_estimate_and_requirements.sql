-- Version 2: an outside statistical risk estimate per revision (SPEC §4), the requirements of each
-- option (SPEC §7), and an index for the audit log of one revision.

ALTER TABLE revisions ADD COLUMN risk_estimate TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN risk_estimate_source TEXT NOT NULL DEFAULT '';
ALTER TABLE revisions ADD COLUMN risk_estimate_date TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN requirements TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_by_revision ON audit (revision_id);
