/// What the extraction screen shows of one study: its citation, and the values this reviewer
/// has extracted already.
///
/// Built by the command from the store, so that this layer needs neither.
public struct ExtractionStudy: Sendable, Hashable {
  public var recordID: Int64
  public var title: String
  /// Authors, journal, year and identifiers, on one line.
  public var details: String
  /// This reviewer's values so far, by field name, as stored.
  public var values: [String: String]

  public init(recordID: Int64, title: String, details: String, values: [String: String] = [:]) {
    self.recordID = recordID
    self.title = title
    self.details = details
    self.values = values
  }
}
