import ReviewModel

/// Applies a protocol's rules to records: the first criterion a record fails, if any.
///
/// The rules run in a fixed order, and a record's reason is the first it fails: publication
/// years, language, publication type, then the exclusion criteria's rules and the inclusion
/// criteria's rules in the order the protocol lists them.
public struct RuleScreener: Sendable {
  public let rules: [any ScreeningRule]

  /// The rules `loaded` states.
  public init(_ loaded: LoadedProtocol) {
    let criteria = loaded.reviewProtocol.criteria
    var rules: [any ScreeningRule] = []
    if let years = criteria.publicationYears {
      rules.append(PublicationYearRule(years: years))
    }
    if !criteria.languages.isEmpty {
      rules.append(LanguageRule(languages: criteria.languages))
    }
    if !criteria.excludedPublicationTypes.isEmpty {
      rules.append(PublicationTypeRule(excludedTypes: criteria.excludedPublicationTypes))
    }
    for criterion in criteria.exclude {
      if let query = loaded.rules[criterion.id] {
        rules.append(QueryRule(criterionID: criterion.id, query: query, kind: .exclusion))
      }
    }
    for criterion in criteria.include {
      if let query = loaded.rules[criterion.id] {
        rules.append(QueryRule(criterionID: criterion.id, query: query, kind: .inclusion))
      }
    }
    self.init(rules: rules)
  }

  public init(rules: [any ScreeningRule]) {
    self.rules = rules
  }

  /// The ids of the criteria the rules check, in the order they run.
  public var criterionIDs: [String] { rules.map(\.criterionID) }

  /// The id of the first criterion `record` fails, or nil when the rules leave it for people.
  public func failedCriterion(_ record: Record) -> String? {
    var searchable = SearchableRecord(record)
    return rules.first { $0.excludes(&searchable) }?.criterionID
  }
}
