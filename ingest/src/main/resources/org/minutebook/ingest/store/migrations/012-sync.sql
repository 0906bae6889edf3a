-- minutebook archive, schema version 12: councils' sites that `sync` keeps the archive current
-- from, what each of their URLs gave last time (for conditional requests), the meetings read
-- from them, and where each stored document came from.
CREATE TABLE sites (
  id           INTEGER PRIMARY KEY,
  url          TEXT NOT NULL UNIQUE,           -- the site's root, as ModernGovSite normalises it
  committees   TEXT NOT NULL DEFAULT '[]',     -- JSON array of committee ids or names to follow; [] = all
  since        TEXT,                           -- ISO date: meetings before it are not read
  added_at     TEXT NOT NULL,                  -- ISO-8601 UTC
  last_run_at  TEXT                            -- when a sync of it last finished
);

-- Each meeting of a site that sync has read: a meeting whose GetMeeting answer is unchanged and
-- whose documents were all handled is not read again; complete = 0 marks one a killed or failed
-- run left unfinished, so the next run finishes it.
CREATE TABLE site_meetings (
  site_id        INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  meeting_id     INTEGER NOT NULL,               -- the site's own id
  committee_id   INTEGER,
  committee      TEXT,
  date           TEXT,                           -- ISO date
  detail_sha256  TEXT,                           -- of the GetMeeting answer last read
  complete       INTEGER NOT NULL DEFAULT 0,
  fetched_at     TEXT NOT NULL,
  PRIMARY KEY (site_id, meeting_id)
);

-- What a URL answered last time: its validators for a conditional request, and its bytes' hash.
CREATE TABLE fetches (
  url            TEXT PRIMARY KEY,
  site_id        INTEGER REFERENCES sites (id) ON DELETE CASCADE,
  etag           TEXT,
  last_modified  TEXT,
  sha256         TEXT,
  fetched_at     TEXT NOT NULL
);

-- Where a stored document came from (a document of several meetings, or linked twice, has several rows).
CREATE TABLE document_sources (
  document_sha256  TEXT NOT NULL,
  site_id          INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  committee_id     INTEGER,
  committee        TEXT,
  meeting_id       INTEGER,
  url              TEXT NOT NULL,
  fetched_at       TEXT NOT NULL,
  PRIMARY KEY (document_sha256, url)
);
CREATE INDEX document_sources_site ON document_sources (site_id, meeting_id);
