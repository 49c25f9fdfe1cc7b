/// A field that a reader keeps as written without interpreting it: a tag and its value.
public struct SourceField: Sendable, Hashable, Codable {
  /// The tag as the file spells it (`M3`, `C1`, `Y2`).
  public var tag: String
  public var value: String

  public init(tag: String, value: String) {
    self.tag = tag
    self.value = value
  }
}
