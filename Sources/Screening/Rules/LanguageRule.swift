import ReviewModel

/// Excludes records in none of the protocol's languages.
public struct LanguageRule: ScreeningRule {
  public static let description = RuleDescription(
    identifier: "language", name: "Language of publication",
    rationale: """
      The protocol limits the review to the languages its team can read. Codes and names are \
      compared as one (`eng`, `en` and `English` are the same language). A record in several \
      languages is kept when any of them is allowed; a record that names no language is left \
      for people.
      """)

  public static var examples: RuleExamples<Self> {
    RuleExamples(
      rule: LanguageRule(languages: ["English"]),
      kept: [
        Record(title: "Residents on Twitter", languages: ["eng"]),
        Record(title: "Podcasts in core training", languages: ["English"]),
        Record(title: "Bilingual survey", languages: ["fre", "eng"]),
        Record(title: "No language given"),
      ],
      excluded: [
        Record(title: "Les réseaux sociaux en internat", languages: ["fre"]),
        Record(title: "Soziale Medien in der Weiterbildung", languages: ["German"]),
      ])
  }

  public var languages: [String]
  private let codes: Set<String>
  public var criterionID: String { Self.description.identifier }

  public init(languages: [String]) {
    self.languages = languages
    codes = Set(languages.map(LanguageName.code))
  }

  public func excludes(_ searchable: inout SearchableRecord) -> Bool {
    let record = searchable.record
    guard !record.languages.isEmpty else { return false }
    return !record.languages.contains { codes.contains(LanguageName.code($0)) }
  }
}
