-- minutebook archive, schema version 4: the language models a document was read without though
-- it needed them (absent, or they failed), so that --reparse reads it again once they are there.

-- a JSON array of model gaps ("NAMES": the name recogniser, "DATES": SUTime); '[]' when none
ALTER TABLE documents ADD COLUMN model_gaps TEXT NOT NULL DEFAULT '[]';
