-- minutebook archive, schema version 1.
-- Lists of a few strings (references, vote names, a part's actions) are JSON arrays in TEXT columns.

-- Every file ever offered to the archive, refused ones included, keyed by the SHA-256 of its bytes.
CREATE TABLE documents (
  id                INTEGER PRIMARY KEY,
  sha256            TEXT NOT NULL UNIQUE,
  path              TEXT NOT NULL,            -- where it was last read from
  file_name         TEXT NOT NULL,
  format            TEXT,                     -- PDF or HTML; null when not recognised
  pages             INTEGER,
  kind              TEXT,                     -- MINUTES, AGENDA, REPORT, OTHER; null when refused
  status            TEXT NOT NULL CHECK (status IN ('INGESTED', 'INGESTED_WITH_WARNINGS', 'REFUSED')),
  refusal_reason    TEXT,                     -- a RefusalReason name when refused
  refusal_detail    TEXT,
  warnings          TEXT NOT NULL DEFAULT '[]',
  extractor_version TEXT NOT NULL,
  ingested_at       TEXT NOT NULL,            -- ISO-8601 UTC
  content           BLOB                      -- the file's bytes, so a newer extractor can re-derive its rows
);
CREATE INDEX documents_path ON documents (path);

CREATE TABLE meetings (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,         -- its place among the document's meetings
  body              TEXT NOT NULL,
  date              TEXT NOT NULL,            -- ISO-8601 date
  start_time        TEXT,                     -- HH:MM
  end_time          TEXT,
  venue             TEXT,
  next_meeting      TEXT,
  first_page        INTEGER,
  last_page         INTEGER,
  extractor_version TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX meetings_date ON meetings (date);
CREATE INDEX meetings_body_date ON meetings (body COLLATE NOCASE, date);

-- A person as named in the archive: one row per distinct name (honorifics removed).
CREATE TABLE people (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  key  TEXT NOT NULL UNIQUE                   -- lower-case name with single spaces
);

CREATE TABLE attendance (
  meeting_id      INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  list            TEXT NOT NULL CHECK (list IN ('present', 'alsoPresent', 'apologies', 'substitutes', 'virtual')),
  ordinal         INTEGER NOT NULL,
  person_id       INTEGER NOT NULL REFERENCES people (id),
  name            TEXT NOT NULL,
  honorific       TEXT,
  role            TEXT,
  position        TEXT,
  standing_in_for TEXT,
  PRIMARY KEY (meeting_id, list, ordinal)
);
CREATE INDEX attendance_person ON attendance (person_id);

CREATE TABLE items (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  number      TEXT,
  title       TEXT,
  page        INTEGER,
  agenda_item TEXT,
  refs        TEXT NOT NULL DEFAULT '[]',     -- report references, e.g. ["ABC19042"]
  text        TEXT NOT NULL,
  box         TEXT,                           -- where its heading was printed: [page, x, y, width, height]
  UNIQUE (meeting_id, ordinal)
);

CREATE TABLE decisions (
  id           INTEGER PRIMARY KEY,
  item_id      INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('RESOLVED', 'AGREED')),
  meeting_date TEXT NOT NULL,                 -- the meeting's date, kept here so decisions list by date fast
  text         TEXT NOT NULL,
  actions      TEXT NOT NULL DEFAULT '[]',    -- Action-column entries beside it, e.g. ["LS","JB"]
  page         INTEGER,
  vote_for     TEXT,                          -- JSON arrays of names; all null when no vote was recorded
  vote_against TEXT,
  vote_abstain TEXT,
  vote_result  TEXT,
  box          TEXT,
  UNIQUE (item_id, ordinal)
);

CREATE TABLE decision_parts (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  label       TEXT NOT NULL,
  text        TEXT NOT NULL,
  actions     TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (decision_id, ordinal)
);

-- Who owns a decision's actions: one row per entry, resolved to a name where known.
CREATE TABLE decision_owners (
  decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  initials    TEXT NOT NULL,
  name        TEXT,
  PRIMARY KEY (decision_id, ordinal)
);

-- Every entry of the Action column: one row per initials (a "CD/EF" cell gives two rows with the
-- same row_ordinal), with the text it is printed beside and the decision it belongs to, if any.
CREATE TABLE action_entries (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  row_ordinal INTEGER NOT NULL,
  ordinal     INTEGER NOT NULL,               -- place within its cell
  initials    TEXT NOT NULL,
  beside      TEXT,
  page        INTEGER,
  decision_id INTEGER REFERENCES decisions (id) ON DELETE CASCADE,
  box         TEXT,
  UNIQUE (item_id, row_ordinal, ordinal)
);
CREATE INDEX action_entries_initials ON action_entries (initials COLLATE NOCASE);
CREATE INDEX decisions_item ON decisions (item_id);
CREATE INDEX decisions_date ON decisions (meeting_date, id);
CREATE INDEX action_entries_decision ON action_entries (decision_id);
CREATE INDEX items_meeting ON items (meeting_id);

-- Full-text search (porter stemming) over items and decisions, kept current by triggers.
CREATE VIRTUAL TABLE items_fts USING fts5 (title, text, content = 'items', content_rowid = 'id', tokenize = 'porter unicode61');
-- rank = bm25 with an item's title weighing four times its text
INSERT INTO items_fts (items_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
CREATE VIRTUAL TABLE decisions_fts USING fts5 (text, content = 'decisions', content_rowid = 'id', tokenize = 'porter unicode61');

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
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
