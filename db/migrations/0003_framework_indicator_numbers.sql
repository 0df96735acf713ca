-- Version 3: risk-factor indicators carry their number in the UN Framework of Analysis (2014) and
-- the checklist covers every indicator (docs/checklist.md). Indicator ids now follow the framework
-- numbers (rf07.9 answers framework indicator 7.9), so answers saved under the old ids move:
--
-- * renumbered: the old question is the same, its id changes (old rf04.6 -> rf04.7);
-- * split: one old question combined several framework indicators; its answer is copied to each
--   part with a note asking the planner to check that part ("absent" holds for every part;
--   "present" held for at least one);
-- * merged: two old questions are now one (old rf09.3 and rf09.4 -> rf09.4); the new answer is
--   "present" if either was, "absent" only if both were, and unknown otherwise.
--
-- Old ids not listed keep their id and meaning. The schema itself does not change.

CREATE TEMP TABLE indicator_map (old_item TEXT NOT NULL, new_item TEXT NOT NULL, note_prefix TEXT NOT NULL);

INSERT INTO indicator_map VALUES
    ('rf01.7', 'rf01.7', 'Carried over from an earlier question that combined framework indicators 1.7, 1.8 and 1.9; check this part.'),
    ('rf01.7', 'rf01.8', 'Carried over from an earlier question that combined framework indicators 1.7, 1.8 and 1.9; check this part.'),
    ('rf01.7', 'rf01.9', 'Carried over from an earlier question that combined framework indicators 1.7, 1.8 and 1.9; check this part.'),
    ('rf01.8', 'rf01.10', 'Carried over from an earlier question that combined framework indicators 1.10 and 1.11; check this part.'),
    ('rf01.8', 'rf01.11', 'Carried over from an earlier question that combined framework indicators 1.10 and 1.11; check this part.'),
    ('rf03.8', 'rf03.8', 'Carried over from an earlier question that combined framework indicators 3.8 and 3.9; check this part.'),
    ('rf03.8', 'rf03.9', 'Carried over from an earlier question that combined framework indicators 3.8 and 3.9; check this part.'),
    ('rf04.6', 'rf04.7', ''),
    ('rf04.7', 'rf04.8', ''),
    ('rf04.8', 'rf04.9', ''),
    ('rf06.5', 'rf06.5', 'Carried over from an earlier question that combined framework indicators 6.5 and 6.6; check this part.'),
    ('rf06.5', 'rf06.6', 'Carried over from an earlier question that combined framework indicators 6.5 and 6.6; check this part.'),
    ('rf06.6', 'rf06.7', ''),
    ('rf06.7', 'rf06.8', ''),
    ('rf06.8', 'rf06.9', ''),
    ('rf06.9', 'rf06.10', ''),
    ('rf06.10', 'rf06.11', ''),
    ('rf07.9', 'rf07.10', 'Carried over from an earlier question that combined framework indicators 7.10 and 7.12; check this part.'),
    ('rf07.9', 'rf07.12', 'Carried over from an earlier question that combined framework indicators 7.10 and 7.12; check this part.'),
    ('rf07.10', 'rf07.14', ''),
    ('rf08.10', 'rf08.11', 'Carried over from an earlier question that combined framework indicators 8.11 and 8.12; check this part.'),
    ('rf08.10', 'rf08.12', 'Carried over from an earlier question that combined framework indicators 8.11 and 8.12; check this part.'),
    ('rf09.3', 'rf09.4', 'Carried over from two earlier questions now merged as framework indicator 9.4.'),
    ('rf09.4', 'rf09.4', 'Carried over from two earlier questions now merged as framework indicator 9.4.'),
    ('rf10.6', 'rf10.7', ''),
    ('rf10.7', 'rf10.8', ''),
    ('rf10.8', 'rf10.9', '');

-- Set the old answers aside first, so that no new id meets an old answer still under that id.
UPDATE judgments SET item = 'v2:' || item
WHERE kind = 'indicator' AND item IN (SELECT old_item FROM indicator_map);

INSERT INTO judgments (revision_id, kind, item, value, confidence, note, source, updated_at)
SELECT revision_id, 'indicator', new_item, value,
       CASE WHEN value IS NULL THEN NULL ELSE confidence END,
       trim(note_prefix || ' ' || notes), sources, updated_at
FROM (
    SELECT j.revision_id, m.new_item, m.note_prefix,
           CASE
               WHEN SUM(j.value = 'present') > 0 THEN 'present'
               WHEN SUM(j.value = 'absent') = (SELECT COUNT(*) FROM indicator_map p WHERE p.new_item = m.new_item) THEN 'absent'
           END AS value,
           -- the least sure of the answers combined
           CASE
               WHEN SUM(j.confidence = 'low') > 0 THEN 'low'
               WHEN SUM(j.confidence = 'medium') > 0 THEN 'medium'
               WHEN SUM(j.confidence = 'high') > 0 THEN 'high'
           END AS confidence,
           coalesce(group_concat(NULLIF(j.note, ''), ' '), '') AS notes,
           coalesce(group_concat(NULLIF(j.source, ''), '; '), '') AS sources,
           MAX(j.updated_at) AS updated_at
    FROM judgments j JOIN indicator_map m ON j.item = 'v2:' || m.old_item
    WHERE j.kind = 'indicator'
    GROUP BY j.revision_id, m.new_item
);

DELETE FROM judgments WHERE kind = 'indicator' AND item LIKE 'v2:%';

DROP TABLE indicator_map;
