/// What an event in the log records.
///
/// Later capabilities add kinds; a kind's raw value is stored and never reused for something else.
public struct EventKind: RawRepresentable, Sendable, Hashable, Codable {
  public var rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// `litrev init` made the project.
  public static let projectCreated = EventKind(rawValue: "project_created")
  /// A file's records were imported as a batch.
  public static let recordsImported = EventKind(rawValue: "records_imported")
  /// A reviewer or a rule decided about a record at a screening stage; the decision itself is
  /// in the payload and, checked, in the `screening_decision` table.
  public static let screeningDecision = EventKind(rawValue: "screening_decision")
  /// Records were merged into one duplicate group (payload: `group`, `records`, `score`,
  /// `matched`, and `supersedes` when earlier groups were taken into it).
  public static let duplicatesMerged = EventKind(rawValue: "duplicates_merged")
  /// A duplicate group was split back into its records (payload: `group`, `records`).
  public static let duplicatesSplit = EventKind(rawValue: "duplicates_split")
  /// Two records were judged different studies (payload: `records`).
  public static let duplicatesDistinct = EventKind(rawValue: "duplicates_distinct")
  /// A run queued uncertain pairs for review, replacing the queue (payload: `pairs`).
  public static let duplicatesQueued = EventKind(rawValue: "duplicates_queued")
  /// An appraiser answered an item of a quality-appraisal instrument about a study (payload:
  /// `instrument`, `item`, `answer`, and `note` when given); also in `appraisal_answer`.
  public static let appraisalAnswer = EventKind(rawValue: "appraisal_answer")
  /// A study's design was set (payload: `design`); also in `study_design`.
  public static let studyDesignSet = EventKind(rawValue: "study_design_set")
  /// A reviewer extracted (or imported) one field's value for an included study (payload:
  /// `field`, `value`, and `imported_from` for a spreadsheet row); the value is also in the
  /// `extraction_value` table.
  public static let extractionRecorded = EventKind(rawValue: "extraction_recorded")
  /// Extractors' differing values for one field were settled (payload: `field`, `value`).
  public static let extractionResolved = EventKind(rawValue: "extraction_resolved")
  /// A survey's response file was imported (payload: `file`, `sha256`, `responses`, `skipped`).
  public static let surveyImported = EventKind(rawValue: "survey_imported")
  /// A coder applied, removed or rejected a code, finished an answer or wrote a memo; the
  /// action is in the payload and in the `survey_coding` table.
  public static let answerCoded = EventKind(rawValue: "answer_coded")
  /// A coder made a new code while coding (payload: `code`, `name`, `theme`).
  public static let codeAdded = EventKind(rawValue: "code_added")
  /// A study was linked to a theme, or unlinked (payload: `theme`, `action`, `evidence`).
  public static let studyThemeLinked = EventKind(rawValue: "study_theme_linked")
  /// A reviewer stopped title/abstract screening by a stopping rule; the records left were
  /// excluded as `stop:<rule>` (payload: `rule`, `records`, and the evidence: `screened`,
  /// `includes`, `p_value`, `recall_target`, `confidence`).
  public static let screeningStopped = EventKind(rawValue: "screening_stopped")
  /// A stop was undone: its exclusions no longer count (payload: `stop`, the stop's uuid,
  /// `rule`, `records`).
  public static let screeningStopUndone = EventKind(rawValue: "screening_stop_undone")
  /// A reviewer took back their latest decision about a record (payload: `decision`, the
  /// decision's uuid, `stage`, `verdict`); their earlier decision, if any, stands again.
  public static let screeningDecisionRetracted = EventKind(
    rawValue: "screening_decision_retracted")
}

/// One entry of the append-only log: who did what, when, how, and to what.
public struct Event: Sendable, Hashable {
  public var id: Int64
  /// Unique across projects, so that logs from several reviewers' machines can be merged.
  public var uuid: String
  public var kind: EventKind
  /// The reviewer, or the tool for automatic steps.
  public var actor: String
  /// How it was decided: `manual`, `import`, `rule:<id>`, `model`.
  public var method: String
  public var batchID: Int64?
  public var recordID: Int64?
  public var payload: [String: String]
  /// ISO 8601, UTC.
  public var createdAt: String
}

/// An event about to be appended.
public struct EventDraft: Sendable, Hashable {
  public var kind: EventKind
  public var actor: String
  public var method: String
  public var batchID: Int64?
  public var recordID: Int64?
  public var payload: [String: String]

  public init(
    kind: EventKind, actor: String, method: String, batchID: Int64? = nil,
    recordID: Int64? = nil, payload: [String: String] = [:]
  ) {
    self.kind = kind
    self.actor = actor
    self.method = method
    self.batchID = batchID
    self.recordID = recordID
    self.payload = payload
  }
}
