import ReviewModel

/// Excludes records published outside the protocol's years.
public struct PublicationYearRule: ScreeningRule {
  public static let description = RuleDescription(
    identifier: "publication_year", name: "Publication years",
    rationale: """
      The protocol limits the review to studies published in a range of years, usually because \
      the intervention did not exist before or to match the search limits. A record without a \
      year is left for people: its year cannot be judged from the export.
      """)

  public static var examples: RuleExamples<Self> {
    RuleExamples(
      rule: PublicationYearRule(years: 2004...2024),
      kept: [
        Record(title: "Residents on Twitter", year: 2004),
        Record(title: "Podcasts in core training", year: 2024),
        Record(title: "An undated blog study"),
      ],
      excluded: [
        Record(title: "Mailing lists for house officers", year: 2003),
        Record(title: "A study from the future", year: 2025),
      ])
  }

  public var years: ClosedRange<Int>
  public var criterionID: String { Self.description.identifier }

  public init(years: ClosedRange<Int>) {
    self.years = years
  }

  public func excludes(_ searchable: inout SearchableRecord) -> Bool {
    let record = searchable.record
    guard let year = record.year else { return false }
    return !years.contains(year)
  }
}
