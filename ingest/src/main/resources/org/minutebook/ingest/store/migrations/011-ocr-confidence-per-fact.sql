-- minutebook archive, schema version 11: how sure OCR was of each decision, item heading and name
-- it read (the mean confidence of their words, 0-100), so that a user proofreads those facts and
-- not whole documents. Null for facts read from a text layer or a web page, and for facts stored
-- before this version.
ALTER TABLE decisions ADD COLUMN ocr_confidence REAL;
ALTER TABLE items ADD COLUMN ocr_confidence REAL;
ALTER TABLE attendance ADD COLUMN ocr_confidence REAL;
