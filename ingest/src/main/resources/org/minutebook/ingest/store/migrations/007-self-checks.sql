-- minutebook archive, schema version 7: what each document's reading says about itself (the check
-- stage's figures, see SelfCheck), so that stats can show which bodies need a look. Documents
-- stored before this version have none: an older extractor read them, so ingest --reparse reads
-- them again and records their figures.

-- One row per document read (none for a refused one).
CREATE TABLE self_checks (
  document_id          INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  minutes_lines        INTEGER NOT NULL,            -- text lines of its minutes, running headers excluded
  item_lines           INTEGER NOT NULL,            -- those inside an item
  loose_decision_words INTEGER NOT NULL,            -- lines with a decision word outside every decision
  examples             TEXT NOT NULL DEFAULT '[]',  -- JSON: the first few, [{"page":2,"line":14,"word":"agreed","text":"..."}]
  numbering_gaps       INTEGER NOT NULL,            -- item numbers with numbers missing before them
  numbering_repeats    INTEGER NOT NULL,            -- item numbers printed already in their run
  numbering_backwards  INTEGER NOT NULL,            -- steps back to a number not printed, not to a new start
  numbering            TEXT NOT NULL DEFAULT '[]',  -- JSON: [{"kind":"GAP","previous":"4","number":"6"}]
  file_dates           TEXT NOT NULL DEFAULT '[]',  -- JSON: the ISO dates its file name gives
  date_agrees          INTEGER                      -- 1 a meeting has one of them, 0 none has, null nothing to compare
);
