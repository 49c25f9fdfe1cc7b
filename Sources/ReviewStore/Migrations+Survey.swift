extension Migrations {
  /// Survey imports with their respondents and answers; the coding of free-text answers and
  /// the links of studies to themes, both append-only beside their events.
  ///
  /// Coding names respondents by the id the response file gives them, not by a row of
  /// `survey_respondent`, so that coding survives importing a corrected file.
  static let surveySchema = """
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
    CREATE INDEX survey_import_sha256 ON survey_import(sha256);

    CREATE TABLE survey_respondent (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES survey_import(id),
      respondent TEXT NOT NULL CHECK (length(respondent) > 0),
      line INTEGER NOT NULL CHECK (line >= 1),
      UNIQUE (import_id, respondent)
    );

    -- One row per value; a multiple-choice question answered by choosing nothing has one row
    -- with a NULL value, so that it counts as answered.
    CREATE TABLE survey_answer (
      respondent_id INTEGER NOT NULL REFERENCES survey_respondent(id),
      question_id TEXT NOT NULL,
      position INTEGER NOT NULL CHECK (position >= 0),
      value TEXT,
      PRIMARY KEY (respondent_id, question_id, position)
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
    CREATE INDEX survey_coding_answer ON survey_coding(respondent, question_id);

    CREATE TABLE survey_code_added (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      code_id TEXT NOT NULL UNIQUE CHECK (length(trim(code_id)) > 0),
      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
      theme_id TEXT
    );

    CREATE TABLE study_theme_link (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      theme_id TEXT NOT NULL CHECK (length(trim(theme_id)) > 0),
      action TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
      method TEXT NOT NULL CHECK (method IN ('manual', 'suggested')),
      evidence TEXT
    );
    CREATE INDEX study_theme_link_theme ON study_theme_link(theme_id, record_id);

    CREATE TRIGGER survey_coding_is_append_only_update BEFORE UPDATE ON survey_coding
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER survey_coding_is_append_only_delete BEFORE DELETE ON survey_coding
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER study_theme_link_is_append_only_update BEFORE UPDATE ON study_theme_link
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER study_theme_link_is_append_only_delete BEFORE DELETE ON study_theme_link
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    """
}
