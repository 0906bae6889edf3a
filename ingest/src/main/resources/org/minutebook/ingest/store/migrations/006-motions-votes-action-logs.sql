-- minutebook archive, schema version 6: motions (a decision's mover, seconder, outcome and counts),
-- the divisions recorded in an item, the rows of action tables printed in the minutes, the heading
-- an item stands under, members printed as absent, and members leaving or arriving.
--
-- SQLite cannot change a CHECK constraint, so decisions (whose kind may now be MOTION) and
-- attendance (whose list may now be 'absent') are rebuilt the way
-- https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema Changes") sets
-- out: create the new table, copy, drop the old, rename, then recreate its indexes and triggers.
-- Migrations runs every migration with foreign keys off (a pragma that cannot change inside the
-- transaction, and with them on, dropping decisions would delete its parts, owners and entries)
-- and runs PRAGMA foreign_key_check before it commits.
--
-- The new outcome columns have no CHECK: a new outcome in the model must not need a rebuild again.

CREATE TABLE decisions_new (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('RESOLVED', 'AGREED', 'MOTION')),
  meeting_date  TEXT NOT NULL,                -- the meeting's date, kept here so decisions list by date fast
  text          TEXT NOT NULL,
  actions       TEXT NOT NULL DEFAULT '[]',   -- Action-column entries beside it, e.g. ["LS","JB"]
  page          INTEGER,
  vote_for      TEXT,                         -- JSON arrays of names; all null when no vote was recorded
  vote_against  TEXT,
  vote_abstain  TEXT,
  vote_result   TEXT,
  box           TEXT,
  deadline_text TEXT,
  deadline_date TEXT,
  deadline_how  TEXT,
  vote_absent   TEXT,                         -- JSON array, like vote_for (null in rows written before this version)
  mover         TEXT,                         -- how it was put: as printed, honorific dropped; null where not printed
  seconder      TEXT,
  result        TEXT,                         -- a VoteResult name: CARRIED, LOST, WITHDRAWN, DEFERRED
  tally_for     INTEGER,                      -- the printed counts; all null when none are printed
  tally_against INTEGER,
  tally_abstain INTEGER,
  UNIQUE (item_id, ordinal)
);
INSERT INTO decisions_new (id, item_id, ordinal, kind, meeting_date, text, actions, page, vote_for, vote_against, vote_abstain,
  vote_result, box, deadline_text, deadline_date, deadline_how)
SELECT id, item_id, ordinal, kind, meeting_date, text, actions, page, vote_for, vote_against, vote_abstain,
  vote_result, box, deadline_text, deadline_date, deadline_how FROM decisions;
DROP TABLE decisions;
ALTER TABLE decisions_new RENAME TO decisions;
CREATE INDEX decisions_item ON decisions (item_id);
CREATE INDEX decisions_date ON decisions (meeting_date, id);
CREATE INDEX decisions_mover ON decisions (mover COLLATE NOCASE);
-- the ids are kept, so the full-text index (keyed by id) still holds; its triggers went with the old table
CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions BEGIN
  INSERT INTO decisions_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions BEGIN
  INSERT INTO decisions_fts (decisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER decisions_fts_update AFTER UPDATE ON decisions BEGIN
  INSERT INTO decisions_fts (decisions_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO decisions_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE attendance_new (
  meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  list            TEXT NOT NULL CHECK (list IN ('present', 'alsoPresent', 'apologies', 'substitutes', 'virtual', 'absent')),
  ordinal         INTEGER NOT NULL,
  person_id       INTEGER NOT NULL REFERENCES people (id),
  name            TEXT NOT NULL,
  honorific       TEXT,
  role            TEXT,
  position        TEXT,
  standing_in_for TEXT,
  PRIMARY KEY (meeting_id, list, ordinal)
);
INSERT INTO attendance_new (meeting_id, list, ordinal, person_id, name, honorific, role, position, standing_in_for)
SELECT meeting_id, list, ordinal, person_id, name, honorific, role, position, standing_in_for FROM attendance;
DROP TABLE attendance;
ALTER TABLE attendance_new RENAME TO attendance;
CREATE INDEX attendance_person ON attendance (person_id);

-- Members leaving or arriving during the meeting, as printed (a name, not a person: "Edgell").
CREATE TABLE movements (
  meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('left', 'arrived')),
  ordinal     INTEGER NOT NULL,
  name        TEXT NOT NULL,
  time        TEXT,                           -- HH:MM
  before_item TEXT,                           -- the number of the item before which it happened
  PRIMARY KEY (meeting_id, kind, ordinal)
);

-- the heading an item stands under ("NEW BUSINESS"), for a lettered entry under an unnumbered heading
ALTER TABLE items ADD COLUMN grp TEXT;

-- Every recorded division in an item, in order (a decision's own vote is one of them).
CREATE TABLE divisions (
  id            INTEGER PRIMARY KEY,
  item_id       INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  motion        TEXT,                         -- a short text of what was voted on
  result        TEXT,                         -- a VoteResult name, or null
  tally_for     INTEGER,
  tally_against INTEGER,
  tally_abstain INTEGER,
  vote_for      TEXT,                         -- JSON arrays of names; all null when only counts are printed
  vote_against  TEXT,
  vote_abstain  TEXT,
  vote_absent   TEXT,
  vote_result   TEXT,
  page          INTEGER,
  UNIQUE (item_id, ordinal)
);

-- The rows of action tables printed in an item (NO / ACTION / OWNER / UPDATE). A row of a later
-- meeting of the same body with the same ref carries the same action on: the link stage sets
-- follows to the row it carries on from (the one at the body's nearest earlier meeting).
CREATE TABLE action_log (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  ref         TEXT,                           -- "Dec22.02", or null where the table prints none
  action      TEXT NOT NULL,
  owner       TEXT NOT NULL DEFAULT '[]',     -- the OWNER cell split on '/', a JSON array: ["JH","HD"]
  update_text TEXT NOT NULL DEFAULT '',
  due         TEXT,                           -- the action date as printed
  page        INTEGER,
  follows     INTEGER REFERENCES action_log (id) ON DELETE SET NULL,
  UNIQUE (item_id, ordinal)
);
CREATE INDEX action_log_item ON action_log (item_id);
CREATE INDEX action_log_follows ON action_log (follows);

-- Each action-log owner with the person resolved, stored once in owners as a decision's owner is
-- (so the link stage resolves it across meetings alike), in the order the row's people were given.
CREATE TABLE action_log_owners (
  entry_id INTEGER NOT NULL REFERENCES action_log (id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,
  initials TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES owners (id),
  PRIMARY KEY (entry_id, ordinal)
);
CREATE INDEX action_log_owners_owner ON action_log_owners (owner_id);
