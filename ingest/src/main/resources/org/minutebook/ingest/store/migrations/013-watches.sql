-- minutebook archive, schema version 13: saved searches ("watch") and what each has reported.
-- What was reported is kept by fingerprint (body, meeting date, item number, a hash of the text;
-- for actions also the initials), not by row id: re-ingesting a changed document replaces its rows
-- with new ids, and the facts that did not change must not be reported again.
CREATE TABLE watches (
  id          INTEGER PRIMARY KEY,
  query       TEXT NOT NULL,                       -- full-text query, as search and decisions read it
  body        TEXT NOT NULL DEFAULT '' COLLATE NOCASE, -- part of a body's name; '' for any body
  added_at    TEXT NOT NULL,                       -- ISO-8601 UTC
  last_run_at TEXT,                                -- ISO-8601 UTC; null until the first run
  UNIQUE (query, body)
);

CREATE TABLE watch_seen (
  watch_id    INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'decision', 'action')),
  fingerprint TEXT NOT NULL,
  PRIMARY KEY (watch_id, kind, fingerprint)
) WITHOUT ROWID;
