-- minutebook archive, schema version 3: why an Action entry was resolved to its person (or why
-- not), and the people it could be while unresolved; when a decision's actions are due.

-- candidates: a JSON array of names
ALTER TABLE decision_owners ADD COLUMN evidence TEXT;
ALTER TABLE decision_owners ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]';
CREATE INDEX decision_owners_name ON decision_owners (name COLLATE NOCASE);

-- every Action entry's person (null while unresolved), why, and its candidates (a JSON array)
ALTER TABLE action_entries ADD COLUMN person TEXT;
ALTER TABLE action_entries ADD COLUMN evidence TEXT;
ALTER TABLE action_entries ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]';
CREATE INDEX action_entries_person ON action_entries (person COLLATE NOCASE);

-- the deadline as written ("by the end of January"), as an ISO date as precise as the words
-- (2019-01-31, or 2018-09 for a month), and how the date was worked out
ALTER TABLE decisions ADD COLUMN deadline_text TEXT;
ALTER TABLE decisions ADD COLUMN deadline_date TEXT;
ALTER TABLE decisions ADD COLUMN deadline_how TEXT;
