-- minutebook archive, schema version 8: the full-text indexes declared the way sqlite-utils and
-- datasette find a table's index. Both look for a virtual table whose CREATE statement matches
--   '%VIRTUAL TABLE%USING FTS%content="<table>"%'  (or content=[<table>])
-- so the option is written exactly so: double quotes, no spaces around '='. Versions 1-7 wrote
-- content = 'items', which neither finds. The index of document_parts is renamed document_parts_fts
-- after the same convention (<table>_fts); items_fts and decisions_fts keep their names.
--
-- An FTS5 table's options cannot be altered, so each index is dropped (its triggers with it) and
-- created again with the same columns, tokenizer and rank, then filled from its table by FTS5's
-- 'rebuild' command. The rowids stay the tables' ids (content_rowid), so nothing else changes.

DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_delete;
DROP TRIGGER items_fts_update;
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5 (title, text, content="items", content_rowid="id", tokenize='porter unicode61');
-- rank = bm25 with an item's title weighing four times its text, as in version 1
INSERT INTO items_fts (items_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
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

DROP TRIGGER decisions_fts_insert;
DROP TRIGGER decisions_fts_delete;
DROP TRIGGER decisions_fts_update;
DROP TABLE decisions_fts;
CREATE VIRTUAL TABLE decisions_fts USING fts5 (text, content="decisions", content_rowid="id", tokenize='porter unicode61');
INSERT INTO decisions_fts (decisions_fts) VALUES ('rebuild');
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

DROP TRIGGER parts_fts_insert;
DROP TRIGGER parts_fts_delete;
DROP TABLE parts_fts;
CREATE VIRTUAL TABLE document_parts_fts USING fts5 (title, text, content="document_parts", content_rowid="id", tokenize='porter unicode61');
INSERT INTO document_parts_fts (document_parts_fts) VALUES ('rebuild');
CREATE TRIGGER document_parts_fts_insert AFTER INSERT ON document_parts BEGIN
  INSERT INTO document_parts_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER document_parts_fts_delete AFTER DELETE ON document_parts BEGIN
  INSERT INTO document_parts_fts (document_parts_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
-- new here: the parts had no update trigger (minutebook never updates a part, but a tool may)
CREATE TRIGGER document_parts_fts_update AFTER UPDATE ON document_parts BEGIN
  INSERT INTO document_parts_fts (document_parts_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO document_parts_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
