/// A screening stage.
public enum ScreeningStage: String, Sendable, Hashable, Codable, CaseIterable {
  /// Screening of titles and abstracts.
  case titleAbstract = "title_abstract"
  /// Screening of the full reports of the records that passed title/abstract screening.
  case fullText = "full_text"

  /// The stage named `text`: its stored name (`title_abstract`) or its command-line spelling
  /// (`title-abstract`).
  public init?(name text: String) {
    self.init(rawValue: text.lowercased().replacing("-", with: "_"))
  }

  /// How the command line spells it: `title-abstract`, `full-text`.
  public var commandLineName: String { rawValue.replacing("_", with: "-") }
}

/// What a reviewer (or a rule) decided about a record at a stage.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
  case include
  case exclude
  /// Undecided: the record needs a second look or a discussion.
  case maybe
  /// At full text: the report could not be obtained (PRISMA counts these).
  case notRetrieved = "not_retrieved"

  /// The verdict named `text`: its stored name or its command-line spelling (`not-retrieved`).
  public init?(name text: String) {
    self.init(rawValue: text.lowercased().replacing("-", with: "_"))
  }

  /// How the command line spells it.
  public var commandLineName: String { rawValue.replacing("_", with: "-") }
}

/// How a decision was reached.
public enum DecisionMethod: Sendable, Hashable, Codable, CustomStringConvertible {
  /// A person decided, through the screening screen or `litrev decide`.
  case manual
  /// Taken from a co-reviewer's spreadsheet (`litrev decisions import`).
  case imported
  /// A protocol rule decided; the value is the criterion's id.
  case rule(String)
  /// A person settled a record the reviewers disagreed about (`litrev resolve`); it overrides
  /// the reviewers' own decisions and is never one of them.
  case resolution
  /// The team stopped screening by a stopping rule (`litrev stop`); the value is the rule's
  /// name. PRISMA counts these apart from the records people excluded.
  case stoppingRule(String)

  /// The method as stored: `manual`, `import`, `rule:<criterion id>`, `resolution` or
  /// `stop:<rule name>`.
  public var description: String {
    switch self {
    case .manual: "manual"
    case .imported: "import"
    case .rule(let id): "rule:\(id)"
    case .resolution: "resolution"
    case .stoppingRule(let name): "stop:\(name)"
    }
  }

  /// The method stored as `text`, or nil when it is none of the forms ``description`` writes.
  public init?(stored text: String) {
    switch text {
    case "manual": self = .manual
    case "import": self = .imported
    case "resolution": self = .resolution
    case _ where text.hasPrefix("rule:") && text.count > 5: self = .rule(String(text.dropFirst(5)))
    case _ where text.hasPrefix("stop:") && text.count > 5:
      self = .stoppingRule(String(text.dropFirst(5)))
    default: return nil
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let method = DecisionMethod(stored: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown method '\(text)'"))
    }
    self = method
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// One screening decision, as the log holds it.
public struct Decision: Sendable, Hashable, Codable {
  /// The id of the log event that holds the decision.
  public var eventID: Int64
  /// Unique across projects, like every event's.
  public var uuid: String
  public var recordID: Int64
  public var stage: ScreeningStage
  public var verdict: Verdict
  /// Why: a criterion id, a full-text exclusion reason's id, or the reviewer's words.
  public var reason: String?
  public var note: String?
  /// Who decided; for a rule, the person who ran it.
  public var reviewer: String
  public var method: DecisionMethod
  /// ISO 8601, UTC.
  public var decidedAt: String

  public init(
    eventID: Int64, uuid: String, recordID: Int64, stage: ScreeningStage, verdict: Verdict,
    reason: String?, note: String?, reviewer: String, method: DecisionMethod, decidedAt: String
  ) {
    self.eventID = eventID
    self.uuid = uuid
    self.recordID = recordID
    self.stage = stage
    self.verdict = verdict
    self.reason = reason
    self.note = note
    self.reviewer = reviewer
    self.method = method
    self.decidedAt = decidedAt
  }
}

/// A decision about to be recorded.
public struct DecisionDraft: Sendable, Hashable {
  public var recordID: Int64
  public var stage: ScreeningStage
  public var verdict: Verdict
  public var reason: String?
  public var note: String?
  public var reviewer: String
  public var method: DecisionMethod
  /// For a rule's decision, the person who ran the rules (the reviewer is the tool); for an
  /// imported one, the person who ran the import.
  public var runBy: String?
  /// For a resolution, the uuids of the reviewers' decisions it settles.
  public var resolves: [String]
  /// For an imported decision, where it came from (`decisions.csv:4`).
  public var importedFrom: String?

  public init(
    recordID: Int64, stage: ScreeningStage, verdict: Verdict, reason: String? = nil,
    note: String? = nil, reviewer: String, method: DecisionMethod = .manual, runBy: String? = nil,
    resolves: [String] = [], importedFrom: String? = nil
  ) {
    self.recordID = recordID
    self.stage = stage
    self.verdict = verdict
    self.reason = reason
    self.note = note
    self.reviewer = reviewer
    self.method = method
    self.runBy = runBy
    self.resolves = resolves
    self.importedFrom = importedFrom
  }
}
