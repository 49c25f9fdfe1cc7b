/// How an appraisal answer came to be.
public enum AppraisalMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Given by a person at the terminal or in an answer sheet.
  case manual
  /// Read from a spreadsheet (`litrev appraisals import`).
  case `import`
  /// Settles an item the appraisers answered differently (`litrev appraisals resolve`).
  case resolution
}

/// One answer to one item of an appraisal instrument about one study, as the log holds it.
public struct AppraisalAnswer: Sendable, Hashable {
  public var eventID: Int64
  public var uuid: String
  public var recordID: Int64
  /// The instrument's id (`mersqi`, `axis`, a project's own).
  public var instrument: String
  public var reviewer: String
  public var item: String
  /// The id of the answer chosen, one the instrument's item allows.
  public var answer: String
  public var note: String?
  public var method: AppraisalMethod
  /// ISO 8601, UTC.
  public var answeredAt: String

  public init(
    eventID: Int64, uuid: String, recordID: Int64, instrument: String, reviewer: String,
    item: String, answer: String, note: String?, method: AppraisalMethod, answeredAt: String
  ) {
    self.eventID = eventID
    self.uuid = uuid
    self.recordID = recordID
    self.instrument = instrument
    self.reviewer = reviewer
    self.item = item
    self.answer = answer
    self.note = note
    self.method = method
    self.answeredAt = answeredAt
  }
}

/// An appraisal answer about to be stored.
public struct AppraisalAnswerDraft: Sendable, Hashable {
  public var recordID: Int64
  public var instrument: String
  public var reviewer: String
  public var item: String
  public var answer: String
  public var note: String?
  public var method: AppraisalMethod

  public init(
    recordID: Int64, instrument: String, reviewer: String, item: String, answer: String,
    note: String? = nil, method: AppraisalMethod = .manual
  ) {
    self.recordID = recordID
    self.instrument = instrument
    self.reviewer = reviewer
    self.item = item
    self.answer = answer
    self.note = note
    self.method = method
  }
}
