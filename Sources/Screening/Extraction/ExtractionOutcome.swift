import ReviewModel

/// What holds for one field of one study, given everything extracted about it.
///
/// The rule mirrors screening's: a resolution settles the field (the latest one counts);
/// otherwise each extractor's latest value counts, and extractors who differ are in conflict
/// until someone resolves it. One extractor's value stands alone, since the protocol's form
/// does not say how many extractors a study needs.
public struct ExtractionOutcome: Sendable, Hashable {
  /// Whether the field has a value that holds, and how it came to hold.
  public enum Status: Sendable, Hashable {
    /// One extractor gave this value.
    case single(Extraction)
    /// Every extractor gave this value.
    case agreement([Extraction])
    /// A resolution settled it.
    case resolution(Extraction)
    /// Extractors gave different values; their latest, by reviewer.
    case conflict([Extraction])
  }

  public var recordID: Int64
  public var field: String
  public var status: Status

  public init(recordID: Int64, field: String, status: Status) {
    self.recordID = recordID
    self.field = field
    self.status = status
  }

  /// The stored text of the value that holds; nil while extractors disagree.
  public var settledValue: String? {
    switch status {
    case .single(let extraction), .resolution(let extraction): extraction.value
    case .agreement(let extractions): extractions.first?.value
    case .conflict: nil
    }
  }

  /// The outcome of every study and field the log holds values for.
  ///
  /// - Parameter log: the extracted values, oldest first, as the store gives them.
  /// - Returns: one outcome per study and field, by study id and then field name.
  public static func outcomes(log: [Extraction]) -> [ExtractionOutcome] {
    struct Key: Hashable, Comparable {
      var recordID: Int64
      var field: String
      static func < (lhs: Key, rhs: Key) -> Bool {
        (lhs.recordID, lhs.field) < (rhs.recordID, rhs.field)
      }
    }
    var latestByReviewer: [Key: [String: Extraction]] = [:]
    var resolution: [Key: Extraction] = [:]
    for extraction in log {
      let key = Key(recordID: extraction.recordID, field: extraction.field)
      if extraction.method == .resolution {
        resolution[key] = extraction
      } else {
        latestByReviewer[key, default: [:]][extraction.reviewer] = extraction
      }
    }
    let keys = Set(latestByReviewer.keys).union(resolution.keys).sorted()
    return keys.map { key in
      let values = (latestByReviewer[key] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
      let status: Status
      if let settled = resolution[key] {
        status = .resolution(settled)
      } else if values.count == 1, let only = values.first {
        status = .single(only)
      } else if Set(values.map { normalized($0.value) }).count == 1 {
        status = .agreement(values)
      } else {
        status = .conflict(values)
      }
      return ExtractionOutcome(recordID: key.recordID, field: key.field, status: status)
    }
  }

  /// Values that differ only in case or spacing are the same answer.
  private static func normalized(_ value: String) -> String {
    value.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
