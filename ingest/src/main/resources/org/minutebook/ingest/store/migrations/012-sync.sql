-- minutebook archive, schema version 12: reserved for sync (sites, fetches, document sources)
SELECT 1;
