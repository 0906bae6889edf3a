-- minutebook archive, schema version 3: why an Action entry was resolved to its person (or why
-- not), and the people it could be while unresolved.
ALTER TABLE decision_owners ADD COLUMN evidence TEXT;
ALTER TABLE decision_owners ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]';   -- JSON array of names
CREATE INDEX decision_owners_name ON decision_owners (name COLLATE NOCASE);
