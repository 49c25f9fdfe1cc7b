extension Migrations {
  /// Quality appraisal: appraisal answers and study designs.
  ///
  /// Every answer to an instrument's item and every study design set is an event, and also a
  /// row here, written in the same transaction, so that the current answers
  /// can be read without walking the log. Both tables only grow: a changed answer is a new row,
  /// and the latest one counts.
  static let appraisal = """
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
    CREATE INDEX appraisal_answer_study ON appraisal_answer(record_id, instrument, item);
    CREATE TRIGGER appraisal_answer_is_append_only_update BEFORE UPDATE ON appraisal_answer
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER appraisal_answer_is_append_only_delete BEFORE DELETE ON appraisal_answer
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    -- A study's design (cross-sectional, qualitative, mixed, …), which chooses its instrument
    -- through the protocol's designs: mapping. The latest row about a record counts.
    CREATE TABLE study_design (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      design TEXT NOT NULL CHECK (length(trim(design)) > 0)
    );
    CREATE INDEX study_design_record ON study_design(record_id);
    CREATE TRIGGER study_design_is_append_only_update BEFORE UPDATE ON study_design
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER study_design_is_append_only_delete BEFORE DELETE ON study_design
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    """
}
