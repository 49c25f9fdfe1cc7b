import ReviewModel

/// Excludes records of publication types the protocol rules out (editorials, letters,
/// comments).
public struct PublicationTypeRule: ScreeningRule {
  public static let description = RuleDescription(
    identifier: "publication_type", name: "Publication type",
    rationale: """
      Editorials, letters and comments report no study, so protocols rule them out. A record \
      is excluded when one of its publication types (PubMed's PublicationType, or the type of \
      work, RIS `M3`, that Embase writes) is one of the protocol's, compared whole and ignoring \
      case: excluding `Review` does not exclude a `Systematic Review`. A record with no \
      publication type is left for people.
      """)

  public static var examples: RuleExamples<Self> {
    RuleExamples(
      rule: PublicationTypeRule(excludedTypes: ["Editorial", "Letter", "Comment"]),
      kept: [
        Record(title: "Residents on Twitter", publicationTypes: ["Journal Article"]),
        Record(
          title: "Embase article", otherFields: [SourceField(tag: "M3", value: "Article")]),
        Record(title: "No type given"),
      ],
      excluded: [
        Record(title: "Why we tweet", publicationTypes: ["Editorial"]),
        Record(title: "Re: podcasts", publicationTypes: ["Comment", "Letter"]),
        Record(
          title: "Embase letter", otherFields: [SourceField(tag: "M3", value: "LETTER")]),
      ])
  }

  public var excludedTypes: [String]
  private let folded: Set<String>
  public var criterionID: String { Self.description.identifier }

  public init(excludedTypes: [String]) {
    self.excludedTypes = excludedTypes
    folded = Set(excludedTypes.map(Self.fold))
  }

  public func excludes(_ searchable: inout SearchableRecord) -> Bool {
    SearchableRecord.publicationTypes(of: searchable.record).contains {
      folded.contains(Self.fold($0))
    }
  }

  private static func fold(_ type: String) -> String {
    FoldedText.words(of: type).joined(separator: " ")
  }
}
