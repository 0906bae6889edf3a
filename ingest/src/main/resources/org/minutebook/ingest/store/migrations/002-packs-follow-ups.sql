-- minutebook archive, schema version 2: the documents inside a file (a pack's agenda, minutes and
-- reports), the rows of matters-arising reports linked to the decisions they follow up, the
-- approval of earlier minutes, and one meeting read from several sources.

-- A body's name reduced to lower-case letters and digits, so the same body printed two ways
-- ("Riverside Board", "RIVERSIDE BOARD") is matched. Rows written before this version get it here.
ALTER TABLE meetings ADD COLUMN body_key TEXT NOT NULL DEFAULT '';
UPDATE meetings SET body_key = '?' || document_id || '.' || ordinal WHERE trim(body) = '';
UPDATE meetings SET body_key = lower(replace(replace(replace(replace(replace(replace(replace(replace(body, ' ', ''), '-', ''), ',', ''), '.', ''), '''', ''), '’', ''), '&', ''), '/', '')) WHERE trim(body) <> '';
-- The same meeting read from several files (a PDF and a web page, two packs) is one meeting:
-- one of its rows is primary (the one with most decisions, then items), the others are sources.
ALTER TABLE meetings ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1;
-- The earlier minutes this meeting approved: approves = 1 when it did, with the dates printed
-- (a JSON array, empty for "the previous meeting") and the item that did it.
ALTER TABLE meetings ADD COLUMN approves INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meetings ADD COLUMN approves_dates TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meetings ADD COLUMN approves_item TEXT;
CREATE INDEX meetings_key_date ON meetings (body_key, date);

CREATE TABLE document_parts (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  kind          TEXT NOT NULL,                -- MINUTES, AGENDA, NOTICE, REPORT, OTHER
  first_page    INTEGER,
  last_page     INTEGER,
  title         TEXT,
  first_line    TEXT,
  report_number TEXT,
  text          TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX document_parts_report ON document_parts (report_number);
CREATE VIRTUAL TABLE parts_fts USING fts5 (title, text, content = 'document_parts', content_rowid = 'id', tokenize = 'porter unicode61');
CREATE TRIGGER parts_fts_insert AFTER INSERT ON document_parts BEGIN
  INSERT INTO parts_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER parts_fts_delete AFTER DELETE ON document_parts BEGIN
  INSERT INTO parts_fts (parts_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

-- A row of a matters-arising report, linked (when found) to the decision it follows up.
CREATE TABLE follow_ups (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  body         TEXT,
  body_key     TEXT NOT NULL DEFAULT '',
  minute       TEXT,
  meeting_date TEXT,
  title        TEXT,
  resolution   TEXT NOT NULL,
  update_text  TEXT NOT NULL,
  reported_on  TEXT,
  page         INTEGER,
  decision_id  INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
  link_note    TEXT,                          -- how the link was made when the minute number disagreed
  UNIQUE (document_id, ordinal)
);
CREATE INDEX follow_ups_decision ON follow_ups (decision_id);
CREATE INDEX follow_ups_unlinked ON follow_ups (decision_id, meeting_date);
