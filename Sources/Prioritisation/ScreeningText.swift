import ReviewModel

/// The parts of a record the relevance model reads: what a reviewer reads at title and abstract.
///
/// Authors, journals and years are left out on purpose: they say who wrote a study, not what it
/// is about, and a model that learnt them would rank a reviewer's favourite authors first.
public struct ScreeningText: Sendable, Hashable {
  public var title: String
  public var abstract: String
  public var keywords: [String]
  /// MeSH descriptors, without their qualifiers.
  public var meshTerms: [String]

  public init(title: String, abstract: String, keywords: [String] = [], meshTerms: [String] = []) {
    self.title = title
    self.abstract = abstract
    self.keywords = keywords
    self.meshTerms = meshTerms
  }

  /// The text of `record`.
  public init(_ record: Record) {
    self.init(
      title: record.title ?? "", abstract: record.abstract ?? "", keywords: record.keywords,
      meshTerms: record.meshHeadings.map(\.descriptor))
  }

  /// Every value in the order the model reads them: a phrase never spans two of them.
  var values: [String] { [title, abstract] + keywords + meshTerms }
}
