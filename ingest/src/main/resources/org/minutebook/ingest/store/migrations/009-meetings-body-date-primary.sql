-- minutebook archive, schema version 9: the index of meetings by body and date also holds whether
-- each meeting is primary, so that it has every column a search's filter reads and search finds
-- the filtered meetings from the index alone. The body is matched anywhere in the name (LIKE
-- '%...%'), which no index can seek, so every entry is still read, but an entry is a few dozen
-- bytes where a meeting's row is hundreds, and no row is looked up: at 74,000 meetings the scan
-- takes half the time of reading the table, a third where the filter keeps many meetings.
-- is_primary goes last: an index led by it would offer queries that join meetings by id a scan
-- of every primary meeting instead.
DROP INDEX meetings_body_date;
CREATE INDEX meetings_body_date ON meetings (body COLLATE NOCASE, date, is_primary);
