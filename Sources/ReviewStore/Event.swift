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
  /// A reviewer stopped title/abstract screening by a stopping rule; the records left were
  /// excluded as `stop:<rule>` (payload: `rule`, `records`, and the evidence: `screened`,
  /// `includes`, `p_value`, `recall_target`, `confidence`).
  public static let screeningStopped = EventKind(rawValue: "screening_stopped")
  /// A stop was undone: its exclusions no longer count (payload: `stop`, the stop's uuid,
  /// `rule`, `records`).
  public static let screeningStopUndone = EventKind(rawValue: "screening_stop_undone")
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
