/// A MeSH heading: a descriptor with its qualifiers, and whether it is a major topic.
public struct MeshHeading: Sendable, Hashable, Codable {
  public var descriptor: String
  public var qualifiers: [String]
  /// True when the descriptor or any of its qualifiers is marked as a major topic.
  public var isMajorTopic: Bool

  public init(descriptor: String, qualifiers: [String] = [], isMajorTopic: Bool = false) {
    self.descriptor = descriptor
    self.qualifiers = qualifiers
    self.isMajorTopic = isMajorTopic
  }

  /// The MEDLINE text form: `Education, Medical, Graduate/methods*`, with `*` after a major topic.
  public var medlineText: String {
    ([descriptor] + qualifiers).joined(separator: "/") + (isMajorTopic ? "*" : "")
  }
}
