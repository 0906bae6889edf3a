-- minutebook archive, schema version 5: each Action entry's owner is stored once, with the kind of
-- evidence behind it as a code the archive's steps select on (the evidence text is for reading);
-- and the work the archive-wide link step has still to do after a write.

-- One row per owner. A decision's owner and the Action-column entry beside that decision with the
-- same initials share one row, so every query reads the same person for both.
-- kind: an OwnerEvidence code: meeting (resolved on its own meeting's evidence), body (resolved at
-- the body's nearby meetings), candidates (unresolved, several people could be meant), none
-- (unresolved, nothing in its meeting has the initials), unrecorded (no evidence stored).
CREATE TABLE owners (
  id         INTEGER PRIMARY KEY,
  item_id    INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  initials   TEXT NOT NULL,
  name       TEXT,                            -- the person, null while unresolved
  kind       TEXT NOT NULL,
  evidence   TEXT,                            -- why, in words, for display
  candidates TEXT NOT NULL DEFAULT '[]'       -- JSON array of names while unresolved
);
CREATE INDEX owners_item ON owners (item_id);
CREATE INDEX owners_name ON owners (name COLLATE NOCASE);
CREATE INDEX owners_kind ON owners (kind, initials);

ALTER TABLE decision_owners ADD COLUMN owner_id INTEGER REFERENCES owners (id);
ALTER TABLE action_entries ADD COLUMN owner_id INTEGER REFERENCES owners (id);
CREATE INDEX decision_owners_owner ON decision_owners (owner_id);
CREATE INDEX action_entries_owner ON action_entries (owner_id);

-- Existing owners move here, their kind read (this once) from the evidence text schema 3 wrote.
-- A decision's owner keeps its rowid as its owner id.
INSERT INTO owners (id, item_id, initials, name, kind, evidence, candidates)
SELECT o.rowid, d.item_id, o.initials, o.name,
       CASE WHEN o.evidence LIKE 'resolved at the body''s meeting of %' THEN 'body'
            WHEN o.name IS NOT NULL THEN 'meeting'
            WHEN o.candidates <> '[]' THEN 'candidates'
            WHEN o.evidence IS NULL THEN 'unrecorded'
            ELSE 'none' END,
       o.evidence, o.candidates
FROM decision_owners o JOIN decisions d ON d.id = o.decision_id;
UPDATE decision_owners SET owner_id = rowid;
-- An entry beside a decision with an owner of the same initials is that owner (where the two
-- disagreed, the decision's was the one the archive-wide step had updated).
UPDATE action_entries SET owner_id = (SELECT o.owner_id FROM decision_owners o
  WHERE o.decision_id = action_entries.decision_id AND o.initials = action_entries.initials)
WHERE decision_id IS NOT NULL;
-- Any other entry with an owner gets a row of its own, numbered after the decisions' owners.
INSERT INTO owners (id, item_id, initials, name, kind, evidence, candidates)
SELECT (SELECT coalesce(max(rowid), 0) FROM decision_owners) + a.id, a.item_id, a.initials, a.person,
       CASE WHEN a.evidence LIKE 'resolved at the body''s meeting of %' THEN 'body'
            WHEN a.person IS NOT NULL THEN 'meeting'
            WHEN a.candidates <> '[]' THEN 'candidates'
            WHEN a.evidence IS NULL THEN 'unrecorded'
            ELSE 'none' END,
       a.evidence, a.candidates
FROM action_entries a WHERE a.owner_id IS NULL AND (a.person IS NOT NULL OR a.evidence IS NOT NULL);
UPDATE action_entries SET owner_id = (SELECT coalesce(max(rowid), 0) FROM decision_owners) + id
WHERE owner_id IS NULL AND (person IS NOT NULL OR evidence IS NOT NULL);

-- The copies are gone: the owner lives in owners only.
DROP INDEX decision_owners_name;
DROP INDEX action_entries_person;
ALTER TABLE decision_owners DROP COLUMN name;
ALTER TABLE decision_owners DROP COLUMN evidence;
ALTER TABLE decision_owners DROP COLUMN candidates;
ALTER TABLE action_entries DROP COLUMN person;
ALTER TABLE action_entries DROP COLUMN evidence;
ALTER TABLE action_entries DROP COLUMN candidates;

-- A meeting (its body's key and its date) whose archive-wide links may have changed: a meeting of
-- it was written or removed, or a matters-arising row naming it was written. Recorded in the
-- document's own write transaction; the link step works through it and clears it in its own.
CREATE TABLE pending_links (
  body_key TEXT NOT NULL,
  date     TEXT NOT NULL,
  PRIMARY KEY (body_key, date)
) WITHOUT ROWID;
-- Archives written before this version are linked already.
