import ReviewModel

/// A criterion's rule written in the query language.
public struct QueryRule: ScreeningRule {
  /// Whether the rule belongs to an exclusion or an inclusion criterion.
  public enum Kind: Sendable, Hashable {
    /// A record that matches the query fails the criterion.
    case exclusion
    /// A record that does not match the query fails the criterion.
    case inclusion
  }

  public static let description = RuleDescription(
    identifier: "query_rule", name: "Criterion rule in the query language",
    rationale: """
      Reviewers can state a criterion as a query (`"medical student*"[tiab] NOT resident*`). \
      For an exclusion criterion, a record the query matches is excluded; for an inclusion \
      criterion, a record it does not match is. The criterion's own id is the reason.
      """)

  public static var examples: RuleExamples<Self> {
    // The examples' query is fixed and known to parse; a failure here is a bug in the parser.
    let query =
      (try? QueryParser().parse(
        "(\"medical student*\"[tiab] OR undergraduate*[tiab]) NOT resident*"))
      ?? .not(.years(0...9999))
    return RuleExamples(
      rule: QueryRule(criterionID: "not_postgraduate", query: query, kind: .exclusion),
      kept: [
        Record(title: "Residents and medical students on Twitter"),
        Record(title: "Podcasts in core training", abstract: "Trainees listened."),
      ],
      excluded: [
        Record(title: "Instagram use by medical students"),
        Record(title: "Facebook groups", abstract: "Undergraduates in year 2 joined."),
      ])
  }

  public var criterionID: String
  public var kind: Kind
  private let evaluator: QueryEvaluator
  public var query: Query { evaluator.query }

  public init(criterionID: String, query: Query, kind: Kind) {
    self.criterionID = criterionID
    self.kind = kind
    evaluator = QueryEvaluator(query)
  }

  public func excludes(_ searchable: inout SearchableRecord) -> Bool {
    let matches = evaluator.matches(&searchable)
    return kind == .exclusion ? matches : !matches
  }
}
