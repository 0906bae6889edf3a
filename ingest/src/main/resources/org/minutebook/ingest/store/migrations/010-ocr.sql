-- minutebook archive, schema version 10: how much of each document was read by OCR and how sure
-- the OCR was (see model Ocr), so that a user knows what to proofread. Null for a document read
-- from its text layer alone, and for documents stored before this version (none was OCR'd then).
ALTER TABLE documents ADD COLUMN ocr_pages INTEGER;       -- pages read by OCR
ALTER TABLE documents ADD COLUMN ocr_words INTEGER;       -- words OCR found on them
ALTER TABLE documents ADD COLUMN ocr_confidence REAL;     -- their mean confidence, 0-100
ALTER TABLE documents ADD COLUMN ocr_seconds REAL;        -- what the OCR took
