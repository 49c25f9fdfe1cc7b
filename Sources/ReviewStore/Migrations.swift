import GRDB

/// The schema, as named forward-only migrations.
///
/// A migration, once released, never changes: a change to the schema is a new migration.
/// `Schemas/store.sql` holds the result (a test keeps the two in step).
enum Migrations {
  /// Every migration in the order it runs: its name (stored in the database, so never changed)
  /// and its SQL.
  static let steps: [(name: String, sql: String)] = [
    ("v1: sources, import batches, records, event log", v1),
    ("v2: import batches in any format a reader reads", v2),
    ("v3: screening decisions", v3),
    ("v4: duplicate groups, distinct pairs, duplicate review queue", v4),
    ("v5: resolutions in the decision log", v5),
    ("v6: the kind of each source, for PRISMA's columns", v6SourceKind),
    ("v7: appraisal answers and study designs", appraisal),
    ("v8: extracted values of included studies", extraction),
    ("v9: survey responses, coding of answers, study-theme links", surveySchema),
    ("v10: stopping rules in the decision log", stopping),
    ("v11: taking back a screening decision", decisionRetraction),
    ("v12: export files kept in the project, records pointing into them", keptExports),
  ]

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for step in steps {
      migrator.registerMigration(step.name) { db in try db.execute(sql: step.sql) }
    }
    return migrator
  }

  private static let v1 = """
    CREATE TABLE source (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
    );

    CREATE TABLE import_batch (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      source_id INTEGER NOT NULL REFERENCES source(id),
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('pubmed-xml', 'ris')),
      searched_on TEXT CHECK (searched_on IS NULL OR searched_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      query TEXT,
      record_count INTEGER NOT NULL CHECK (record_count >= 0),
      warning_count INTEGER NOT NULL CHECK (warning_count >= 0),
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL
    );
    CREATE INDEX import_batch_sha256 ON import_batch(sha256);

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
      original_text TEXT,
      UNIQUE (batch_id, position)
    );
    CREATE INDEX record_doi ON record(doi) WHERE doi IS NOT NULL;
    CREATE INDEX record_pmid ON record(pmid) WHERE pmid IS NOT NULL;

    -- What people and rules did, in order. Append-only: the current state of the review is
    -- derived from it, so nothing in it is ever changed or removed.
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
    CREATE INDEX event_record ON event(record_id) WHERE record_id IS NOT NULL;
    CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    -- Imported batches and records are provenance: they are never edited or deleted.
    CREATE TRIGGER record_is_immutable_update BEFORE UPDATE ON record
      BEGIN SELECT RAISE(ABORT, 'imported records are never changed'); END;
    CREATE TRIGGER record_is_immutable_delete BEFORE DELETE ON record
      BEGIN SELECT RAISE(ABORT, 'imported records are never deleted'); END;
    CREATE TRIGGER import_batch_is_immutable_update BEFORE UPDATE ON import_batch
      BEGIN SELECT RAISE(ABORT, 'import batches are never changed'); END;
    CREATE TRIGGER import_batch_is_immutable_delete BEFORE DELETE ON import_batch
      BEGIN SELECT RAISE(ABORT, 'import batches are never deleted'); END;
    """

  /// Lets a batch name any format, so that a new reader needs no migration of its own.
  ///
  /// v1 listed the formats of the first two readers in a CHECK. The format is now any lower-case
  /// name, and the store's reader of batches refuses a name it does not know
  /// (`ImportBatch.init(row:)`).
  ///
  /// SQLite cannot change a CHECK in place, so the table is rebuilt as its documentation says:
  /// the old one renamed (`legacy_alter_table`, so that the references to it from `record` and
  /// `event` keep naming `import_batch`; GRDB turns foreign keys off during migrations), the new
  /// one made and filled, the old one dropped with its index and triggers, which are made again.
  private static let v2 = """
    PRAGMA legacy_alter_table = ON;
    ALTER TABLE import_batch RENAME TO import_batch_v1;
    PRAGMA legacy_alter_table = OFF;

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
    );
    INSERT INTO import_batch SELECT * FROM import_batch_v1;
    DROP TABLE import_batch_v1;
    CREATE INDEX import_batch_sha256 ON import_batch(sha256);
    CREATE TRIGGER import_batch_is_immutable_update BEFORE UPDATE ON import_batch
      BEGIN SELECT RAISE(ABORT, 'import batches are never changed'); END;
    CREATE TRIGGER import_batch_is_immutable_delete BEFORE DELETE ON import_batch
      BEGIN SELECT RAISE(ABORT, 'import batches are never deleted'); END;
    """

  /// Screening decisions: each is an event of kind `screening_decision` (who, when, how) and a
  /// row here with what was decided, where the values are checked.
  private static let v3 = """
    CREATE TABLE screening_decision (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      stage TEXT NOT NULL CHECK (stage IN ('title_abstract', 'full_text')),
      verdict TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe', 'not_retrieved')),
      reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
      note TEXT,
      method TEXT NOT NULL
        CHECK (method IN ('manual', 'import') OR (method GLOB 'rule:?*' AND method NOT GLOB '*[ ]*')),
      -- A report can only fail to be retrieved at the full-text stage.
      CHECK (verdict <> 'not_retrieved' OR stage = 'full_text')
    );
    CREATE INDEX screening_decision_record ON screening_decision(record_id, stage);
    CREATE TRIGGER screening_decision_is_append_only_update BEFORE UPDATE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER screening_decision_is_append_only_delete BEFORE DELETE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    """

  /// Deduplication's current state, kept in step with the `duplicates_*` events of the log in
  /// the same transactions: the log says what was decided, these tables what holds now.
  private static let v4 = """
    -- A group of records found to be one study. A group is never changed, only ended: split
    -- by a person, or taken into a larger group by a later merge.
    CREATE TABLE duplicate_group (
      id INTEGER PRIMARY KEY,
      uuid TEXT NOT NULL UNIQUE,
      merged_by INTEGER NOT NULL REFERENCES event(id),
      ended_by INTEGER REFERENCES event(id)
    );
    CREATE TRIGGER duplicate_group_only_ends BEFORE UPDATE ON duplicate_group
      WHEN OLD.ended_by IS NOT NULL OR NEW.ended_by IS NULL OR NEW.id IS NOT OLD.id
        OR NEW.uuid IS NOT OLD.uuid OR NEW.merged_by IS NOT OLD.merged_by
      BEGIN SELECT RAISE(ABORT, 'a duplicate group is never changed, only ended once'); END;
    CREATE TRIGGER duplicate_group_is_never_deleted BEFORE DELETE ON duplicate_group
      BEGIN SELECT RAISE(ABORT, 'duplicate groups are never deleted'); END;

    CREATE TABLE duplicate_member (
      group_id INTEGER NOT NULL REFERENCES duplicate_group(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      PRIMARY KEY (group_id, record_id)
    ) WITHOUT ROWID;
    CREATE INDEX duplicate_member_record ON duplicate_member(record_id);
    CREATE TRIGGER duplicate_member_is_immutable_update BEFORE UPDATE ON duplicate_member
      BEGIN SELECT RAISE(ABORT, 'duplicate group members are never changed'); END;
    CREATE TRIGGER duplicate_member_is_immutable_delete BEFORE DELETE ON duplicate_member
      BEGIN SELECT RAISE(ABORT, 'duplicate group members are never deleted'); END;

    -- Pairs a person judged to be different studies (or split apart): never merged again.
    CREATE TABLE duplicate_distinct_pair (
      first_record INTEGER NOT NULL REFERENCES record(id),
      second_record INTEGER NOT NULL REFERENCES record(id),
      decided_by INTEGER NOT NULL REFERENCES event(id),
      PRIMARY KEY (first_record, second_record),
      CHECK (first_record < second_record)
    ) WITHOUT ROWID;

    -- Uncertain pairs waiting for `litrev dedupe --review`; each run replaces the queue.
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
    """

  /// Lets the decision log hold resolutions: `litrev resolve` settles a record the reviewers
  /// disagreed about with a decision whose method is `resolution`, and only to include or
  /// exclude.
  ///
  /// The CHECK on `method` is rebuilt as v2 rebuilt `import_batch`'s: the old table renamed, the
  /// new one made and filled, the old one dropped with its index and triggers, which are made
  /// again. No table refers to `screening_decision`, so no reference needs keeping.
  private static let v5 = """
    ALTER TABLE screening_decision RENAME TO screening_decision_v3;

    CREATE TABLE screening_decision (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      stage TEXT NOT NULL CHECK (stage IN ('title_abstract', 'full_text')),
      verdict TEXT NOT NULL CHECK (verdict IN ('include', 'exclude', 'maybe', 'not_retrieved')),
      reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
      note TEXT,
      method TEXT NOT NULL
        CHECK (method IN ('manual', 'import', 'resolution')
          OR (method GLOB 'rule:?*' AND method NOT GLOB '*[ ]*')),
      -- A report can only fail to be retrieved at the full-text stage.
      CHECK (verdict <> 'not_retrieved' OR stage = 'full_text'),
      -- A resolution settles a disagreement one way or the other.
      CHECK (method <> 'resolution' OR verdict IN ('include', 'exclude'))
    );
    INSERT INTO screening_decision SELECT * FROM screening_decision_v3;
    DROP TABLE screening_decision_v3;
    CREATE INDEX screening_decision_record ON screening_decision(record_id, stage);
    CREATE TRIGGER screening_decision_is_append_only_update BEFORE UPDATE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER screening_decision_is_append_only_delete BEFORE DELETE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    """

  /// Each source's kind: database, register, citation searching, website or organisation.
  ///
  /// The PRISMA 2020 diagram puts a source's records in the column of its kind. Sources imported before this
  /// migration were databases: `litrev import` knew no other kind.
  private static let v6SourceKind = """
    ALTER TABLE source ADD COLUMN kind TEXT NOT NULL DEFAULT 'database'
      CHECK (kind IN ('database', 'register', 'citation', 'website', 'organisation'));
    """

  /// The data extracted from included studies.
  ///
  /// One row per value a reviewer entered, imported or settled, beside its event, append-only
  /// like the decision log. A later value of the same reviewer for the same study and field
  /// replaces the earlier one; a resolution settles the field whatever the extractors said.
  private static let extraction = """
    CREATE TABLE extraction_value (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      record_id INTEGER NOT NULL REFERENCES record(id),
      field TEXT NOT NULL CHECK (length(trim(field)) > 0),
      value TEXT NOT NULL CHECK (length(trim(value)) > 0),
      method TEXT NOT NULL CHECK (method IN ('manual', 'import', 'resolution'))
    );
    CREATE INDEX extraction_value_record ON extraction_value(record_id, field);
    CREATE TRIGGER extraction_value_is_append_only_update BEFORE UPDATE ON extraction_value
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER extraction_value_is_append_only_delete BEFORE DELETE ON extraction_value
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    """

  /// Lets a team stop screening by a statistical stopping rule (`litrev stop`).
  ///
  /// The records left are excluded with the method `stop:<rule name>`, each linked to the one event that
  /// holds the evidence; undoing a stop is an event too, and the view
  /// `screening_decision_in_force` leaves out the decisions of undone stops. The log stays
  /// append-only. `screening_decision` is rebuilt, as v5 rebuilt it, for its CHECK on `method`.
  private static let stopping = """
    ALTER TABLE screening_decision RENAME TO screening_decision_v5;

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
    INSERT INTO screening_decision SELECT * FROM screening_decision_v5;
    DROP TABLE screening_decision_v5;
    CREATE INDEX screening_decision_record ON screening_decision(record_id, stage);
    CREATE TRIGGER screening_decision_is_append_only_update BEFORE UPDATE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER screening_decision_is_append_only_delete BEFORE DELETE ON screening_decision
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    CREATE TABLE screening_stop (
      event_id INTEGER PRIMARY KEY REFERENCES event(id),
      rule TEXT NOT NULL CHECK (length(trim(rule)) > 0 AND rule NOT GLOB '*[ ]*'),
      reviewer TEXT NOT NULL
    );
    CREATE TABLE screening_stop_decision (
      decision_event_id INTEGER PRIMARY KEY REFERENCES screening_decision(event_id),
      stop_event_id INTEGER NOT NULL REFERENCES screening_stop(event_id)
    );
    CREATE INDEX screening_stop_decision_stop ON screening_stop_decision(stop_event_id);
    CREATE TABLE screening_stop_undo (
      stop_event_id INTEGER PRIMARY KEY REFERENCES screening_stop(event_id),
      event_id INTEGER NOT NULL UNIQUE REFERENCES event(id)
    );
    CREATE TRIGGER screening_stop_is_append_only_update BEFORE UPDATE ON screening_stop
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER screening_stop_is_append_only_delete BEFORE DELETE ON screening_stop
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    CREATE VIEW screening_decision_in_force AS
      SELECT d.* FROM screening_decision d
      WHERE NOT EXISTS (
        SELECT 1 FROM screening_stop_decision s
        JOIN screening_stop_undo u ON u.stop_event_id = s.stop_event_id
        WHERE s.decision_event_id = d.event_id
      );
    """

  /// Lets a reviewer take back a decision (the screen's undo) without touching the log: the
  /// retraction is an event of its own, linked to the decision, and `screening_decision_in_force`
  /// leaves retracted decisions out, so the reviewer's earlier decision about the record, if
  /// any, stands again.
  private static let decisionRetraction = """
    CREATE TABLE screening_decision_retraction (
      decision_event_id INTEGER PRIMARY KEY REFERENCES screening_decision(event_id),
      event_id INTEGER NOT NULL UNIQUE REFERENCES event(id)
    );
    CREATE TRIGGER screening_decision_retraction_is_append_only_update
      BEFORE UPDATE ON screening_decision_retraction
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER screening_decision_retraction_is_append_only_delete
      BEFORE DELETE ON screening_decision_retraction
      BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

    DROP VIEW screening_decision_in_force;
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
    """

  /// Records point into the export files the project keeps instead of copying their text.
  ///
  /// The project keeps each export file (`exports/`), and a record says which bytes of it are
  /// its own. `original_text` stays, for CSV rows and for records imported before this
  /// migration.
  private static let keptExports = """
    ALTER TABLE import_batch ADD COLUMN export_file TEXT;
    ALTER TABLE record ADD COLUMN original_start INTEGER CHECK (original_start >= 0);
    ALTER TABLE record ADD COLUMN original_end INTEGER CHECK (original_end >= original_start);
    """
}
