-- The project database's schema after every migration (`make schema` writes it).

CREATE TABLE appraisal_answer (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  instrument TEXT NOT NULL CHECK (length(trim(instrument)) > 0),
  reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
  item TEXT NOT NULL CHECK (length(trim(item)) > 0),
  answer TEXT NOT NULL CHECK (length(trim(answer)) > 0),
  note TEXT,
  method TEXT NOT NULL CHECK (method IN ('manual', 'import', 'resolution'))
);

CREATE TABLE duplicate_distinct_pair (
  first_record INTEGER NOT NULL REFERENCES record(id),
  second_record INTEGER NOT NULL REFERENCES record(id),
  decided_by INTEGER NOT NULL REFERENCES event(id),
  PRIMARY KEY (first_record, second_record),
  CHECK (first_record < second_record)
) WITHOUT ROWID;

CREATE TABLE duplicate_group (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  merged_by INTEGER NOT NULL REFERENCES event(id),
  ended_by INTEGER REFERENCES event(id)
);

CREATE TABLE duplicate_member (
  group_id INTEGER NOT NULL REFERENCES duplicate_group(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  PRIMARY KEY (group_id, record_id)
) WITHOUT ROWID;

CREATE TABLE duplicate_queue (
  first_record INTEGER NOT NULL REFERENCES record(id),
  second_record INTEGER NOT NULL REFERENCES record(id),
  score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
  matched TEXT NOT NULL CHECK (json_valid(matched)),
  flag TEXT,
  queued_by INTEGER NOT NULL REFERENCES event(id),
  PRIMARY KEY (first_record, second_record),
  CHECK (first_record < second_record)
) WITHOUT ROWID;

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  method TEXT NOT NULL,
  batch_id INTEGER REFERENCES import_batch(id),
  record_id INTEGER REFERENCES record(id),
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL
);

CREATE TABLE extraction_value (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  field TEXT NOT NULL CHECK (length(trim(field)) > 0),
  value TEXT NOT NULL CHECK (length(trim(value)) > 0),
  method TEXT NOT NULL CHECK (method IN ('manual', 'import', 'resolution'))
);

CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES source(id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format <> '' AND format NOT GLOB '*[^a-z0-9-]*'),
  searched_on TEXT CHECK (searched_on IS NULL OR searched_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  query TEXT,
  record_count INTEGER NOT NULL CHECK (record_count >= 0),
  warning_count INTEGER NOT NULL CHECK (warning_count >= 0),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL
, export_file TEXT);

CREATE TABLE record (
  id INTEGER PRIMARY KEY,
  -- Deferred: an import writes its records first and its batch row last, once the file's
  -- hash and counts are known, all in one transaction.
  batch_id INTEGER NOT NULL REFERENCES import_batch(id) DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL CHECK (position >= 1),
  line INTEGER,
  pmid TEXT,
  doi TEXT,
  pmcid TEXT,
  title TEXT,
  vernacular_title TEXT,
  abstract TEXT,
  year INTEGER,
  publication_date TEXT,
  journal TEXT,
  journal_abbreviation TEXT,
  volume TEXT,
  issue TEXT,
  pages TEXT,
  issn TEXT,
  ris_type TEXT,
  source_record_id TEXT,
  source_database TEXT,
  authors TEXT NOT NULL CHECK (json_valid(authors)),
  keywords TEXT NOT NULL CHECK (json_valid(keywords)),
  mesh_headings TEXT NOT NULL CHECK (json_valid(mesh_headings)),
  languages TEXT NOT NULL CHECK (json_valid(languages)),
  publication_types TEXT NOT NULL CHECK (json_valid(publication_types)),
  urls TEXT NOT NULL CHECK (json_valid(urls)),
  notes TEXT NOT NULL CHECK (json_valid(notes)),
  other_fields TEXT NOT NULL CHECK (json_valid(other_fields)),
  original_text TEXT, original_start INTEGER CHECK (original_start >= 0), original_end INTEGER CHECK (original_end >= original_start),
  UNIQUE (batch_id, position)
);

CREATE TABLE screening_decision (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  stage TEXT NOT NULL CHECK (stage IN ('title_abstract', 'full_text')),
  verdict TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe', 'not_retrieved')),
  reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
  note TEXT,
  method TEXT NOT NULL
    CHECK (method IN ('manual', 'import', 'resolution')
      OR (method GLOB 'rule:?*' AND method NOT GLOB '*[ ]*')
      OR (method GLOB 'stop:?*' AND method NOT GLOB '*[ ]*')),
  -- A report can only fail to be retrieved at the full-text stage.
  CHECK (verdict <> 'not_retrieved' OR stage = 'full_text'),
  -- A resolution settles a disagreement one way or the other.
  CHECK (method <> 'resolution' OR verdict IN ('include', 'exclude')),
  -- A stopping rule only ends title and abstract screening, by excluding what is left.
  CHECK (method NOT GLOB 'stop:*' OR (verdict = 'exclude' AND stage = 'title_abstract'))
);

CREATE TABLE screening_decision_retraction (
  decision_event_id INTEGER PRIMARY KEY REFERENCES screening_decision(event_id),
  event_id INTEGER NOT NULL UNIQUE REFERENCES event(id)
);

CREATE TABLE screening_stop (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  rule TEXT NOT NULL CHECK (length(trim(rule)) > 0 AND rule NOT GLOB '*[ ]*'),
  reviewer TEXT NOT NULL
);

CREATE TABLE screening_stop_decision (
  decision_event_id INTEGER PRIMARY KEY REFERENCES screening_decision(event_id),
  stop_event_id INTEGER NOT NULL REFERENCES screening_stop(event_id)
);

CREATE TABLE screening_stop_undo (
  stop_event_id INTEGER PRIMARY KEY REFERENCES screening_stop(event_id),
  event_id INTEGER NOT NULL UNIQUE REFERENCES event(id)
);

CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
, kind TEXT NOT NULL DEFAULT 'database'
  CHECK (kind IN ('database', 'register', 'citation', 'website', 'organisation')));

CREATE TABLE study_design (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  design TEXT NOT NULL CHECK (length(trim(design)) > 0)
);

CREATE TABLE study_theme_link (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  record_id INTEGER NOT NULL REFERENCES record(id),
  theme_id TEXT NOT NULL CHECK (length(trim(theme_id)) > 0),
  action TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
  method TEXT NOT NULL CHECK (method IN ('manual', 'suggested')),
  evidence TEXT
);

CREATE TABLE survey_answer (
  respondent_id INTEGER NOT NULL REFERENCES survey_respondent(id),
  question_id TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  value TEXT,
  PRIMARY KEY (respondent_id, question_id, position)
);

CREATE TABLE survey_code_added (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  code_id TEXT NOT NULL UNIQUE CHECK (length(trim(code_id)) > 0),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  theme_id TEXT
);

CREATE TABLE survey_coding (
  event_id INTEGER PRIMARY KEY REFERENCES event(id),
  respondent TEXT NOT NULL,
  question_id TEXT NOT NULL,
  coder TEXT NOT NULL CHECK (length(trim(coder)) > 0),
  action TEXT NOT NULL CHECK (action IN ('apply', 'remove', 'reject', 'reviewed', 'memo')),
  code_id TEXT,
  memo TEXT,
  method TEXT NOT NULL CHECK (method IN ('manual', 'suggested', 'import')),
  CHECK ((action IN ('apply', 'remove', 'reject')) = (code_id IS NOT NULL)),
  CHECK ((action = 'memo') = (memo IS NOT NULL))
);

CREATE TABLE survey_import (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL UNIQUE REFERENCES event(id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  title TEXT NOT NULL,
  distributed INTEGER NOT NULL CHECK (distributed >= 1),
  response_count INTEGER NOT NULL CHECK (response_count >= 0),
  skipped_count INTEGER NOT NULL CHECK (skipped_count >= 0)
);

CREATE TABLE survey_respondent (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES survey_import(id),
  respondent TEXT NOT NULL CHECK (length(respondent) > 0),
  line INTEGER NOT NULL CHECK (line >= 1),
  UNIQUE (import_id, respondent)
);

CREATE INDEX appraisal_answer_study ON appraisal_answer(record_id, instrument, item);

CREATE INDEX duplicate_member_record ON duplicate_member(record_id);

CREATE INDEX event_record ON event(record_id) WHERE record_id IS NOT NULL;

CREATE INDEX extraction_value_record ON extraction_value(record_id, field);

CREATE INDEX import_batch_sha256 ON import_batch(sha256);

CREATE INDEX record_doi ON record(doi) WHERE doi IS NOT NULL;

CREATE INDEX record_pmid ON record(pmid) WHERE pmid IS NOT NULL;

CREATE INDEX screening_decision_record ON screening_decision(record_id, stage);

CREATE INDEX screening_stop_decision_stop ON screening_stop_decision(stop_event_id);

CREATE INDEX study_design_record ON study_design(record_id);

CREATE INDEX study_theme_link_theme ON study_theme_link(theme_id, record_id);

CREATE INDEX survey_coding_answer ON survey_coding(respondent, question_id);

CREATE INDEX survey_import_sha256 ON survey_import(sha256);

CREATE TRIGGER appraisal_answer_is_append_only_delete BEFORE DELETE ON appraisal_answer
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER appraisal_answer_is_append_only_update BEFORE UPDATE ON appraisal_answer
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER duplicate_group_is_never_deleted BEFORE DELETE ON duplicate_group
  BEGIN SELECT RAISE(ABORT, 'duplicate groups are never deleted'); END;

CREATE TRIGGER duplicate_group_only_ends BEFORE UPDATE ON duplicate_group
  WHEN OLD.ended_by IS NOT NULL OR NEW.ended_by IS NULL OR NEW.id IS NOT OLD.id
    OR NEW.uuid IS NOT OLD.uuid OR NEW.merged_by IS NOT OLD.merged_by
  BEGIN SELECT RAISE(ABORT, 'a duplicate group is never changed, only ended once'); END;

CREATE TRIGGER duplicate_member_is_immutable_delete BEFORE DELETE ON duplicate_member
  BEGIN SELECT RAISE(ABORT, 'duplicate group members are never deleted'); END;

CREATE TRIGGER duplicate_member_is_immutable_update BEFORE UPDATE ON duplicate_member
  BEGIN SELECT RAISE(ABORT, 'duplicate group members are never changed'); END;

CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER extraction_value_is_append_only_delete BEFORE DELETE ON extraction_value
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER extraction_value_is_append_only_update BEFORE UPDATE ON extraction_value
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER import_batch_is_immutable_delete BEFORE DELETE ON import_batch
  BEGIN SELECT RAISE(ABORT, 'import batches are never deleted'); END;

CREATE TRIGGER import_batch_is_immutable_update BEFORE UPDATE ON import_batch
  BEGIN SELECT RAISE(ABORT, 'import batches are never changed'); END;

CREATE TRIGGER record_is_immutable_delete BEFORE DELETE ON record
  BEGIN SELECT RAISE(ABORT, 'imported records are never deleted'); END;

CREATE TRIGGER record_is_immutable_update BEFORE UPDATE ON record
  BEGIN SELECT RAISE(ABORT, 'imported records are never changed'); END;

CREATE VIEW screening_decision_in_force AS
  SELECT d.* FROM screening_decision d
  WHERE NOT EXISTS (
    SELECT 1 FROM screening_stop_decision s
    JOIN screening_stop_undo u ON u.stop_event_id = s.stop_event_id
    WHERE s.decision_event_id = d.event_id
  )
  AND NOT EXISTS (
    SELECT 1 FROM screening_decision_retraction r WHERE r.decision_event_id = d.event_id
  );

CREATE TRIGGER screening_decision_is_append_only_delete BEFORE DELETE ON screening_decision
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER screening_decision_is_append_only_update BEFORE UPDATE ON screening_decision
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER screening_decision_retraction_is_append_only_delete
  BEFORE DELETE ON screening_decision_retraction
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER screening_decision_retraction_is_append_only_update
  BEFORE UPDATE ON screening_decision_retraction
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER screening_stop_is_append_only_delete BEFORE DELETE ON screening_stop
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER screening_stop_is_append_only_update BEFORE UPDATE ON screening_stop
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER study_design_is_append_only_delete BEFORE DELETE ON study_design
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER study_design_is_append_only_update BEFORE UPDATE ON study_design
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER study_theme_link_is_append_only_delete BEFORE DELETE ON study_theme_link
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER study_theme_link_is_append_only_update BEFORE UPDATE ON study_theme_link
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER survey_coding_is_append_only_delete BEFORE DELETE ON survey_coding
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TRIGGER survey_coding_is_append_only_update BEFORE UPDATE ON survey_coding
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
