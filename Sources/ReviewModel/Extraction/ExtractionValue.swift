/// A typed value of an extraction field.
public enum ExtractionValue: Sendable, Hashable {
  case text(String)
  case number(Double)
  case choice(String)
  case list([String])

  /// The value as the store keeps it and people read it: a whole number without a decimal
  /// point, list items joined by `; `.
  public var storedText: String {
    switch self {
    case .text(let text), .choice(let text): return text
    case .number(let number):
      if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
      return String(number)
    case .list(let items): return items.joined(separator: "; ")
    }
  }
}

/// How an extracted value came to be.
public enum ExtractionMethod: String, Sendable, Hashable, Codable {
  /// Typed by the reviewer, with `extract`.
  case manual
  /// Read from a spreadsheet, with `extractions import`.
  case imported = "import"
  /// Settled a difference between two extractors, with `extractions resolve`.
  case resolution
}

/// A value about to be stored.
public struct ExtractionDraft: Sendable, Hashable {
  public var recordID: Int64
  public var field: String
  public var value: ExtractionValue
  public var reviewer: String
  public var method: ExtractionMethod
  /// `file:line` of the spreadsheet row an imported value came from.
  public var importedFrom: String?

  public init(
    recordID: Int64, field: String, value: ExtractionValue, reviewer: String,
    method: ExtractionMethod = .manual, importedFrom: String? = nil
  ) {
    self.recordID = recordID
    self.field = field
    self.value = value
    self.reviewer = reviewer
    self.method = method
    self.importedFrom = importedFrom
  }
}

/// A value in the log: who extracted what, for which study and field, when and how.
public struct Extraction: Sendable, Hashable {
  public var eventID: Int64
  public var recordID: Int64
  public var field: String
  /// The value as ``ExtractionValue/storedText`` wrote it.
  public var value: String
  public var reviewer: String
  public var method: ExtractionMethod
  /// ISO 8601, UTC.
  public var recordedAt: String

  public init(
    eventID: Int64, recordID: Int64, field: String, value: String, reviewer: String,
    method: ExtractionMethod, recordedAt: String
  ) {
    self.eventID = eventID
    self.recordID = recordID
    self.field = field
    self.value = value
    self.reviewer = reviewer
    self.method = method
    self.recordedAt = recordedAt
  }
}
