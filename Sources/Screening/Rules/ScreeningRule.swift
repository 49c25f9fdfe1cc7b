import ReviewModel

/// A check that can mark a record ineligible without a person: one of PRISMA's "automation
/// tools".
///
/// Rules only exclude: a record a rule does not exclude is left for people, never included.
/// Each rule type carries its own description and examples (as SwiftLint's rules do), and a
/// test runs every example.
public protocol ScreeningRule: Sendable {
  /// What the rule is: its stable identifier, name and rationale.
  static var description: RuleDescription { get }
  /// A rule configured as the examples need, with records it keeps and records it excludes.
  static var examples: RuleExamples<Self> { get }
  /// The criterion a record fails when the rule excludes it; decisions store it as their
  /// reason and as `rule:<criterion id>` for their method.
  var criterionID: String { get }
  /// True when the rule marks `record` ineligible.
  ///
  /// `record` is shared by all the rules checked on it, so that a field one rule's query
  /// folded is not folded again for the next.
  func excludes(_ record: inout SearchableRecord) -> Bool
}

/// A rule's stable identity and its explanation for people.
public struct RuleDescription: Sendable, Hashable {
  /// Stable snake_case id: stored in decisions, never reused for another rule.
  public var identifier: String
  /// Ids this rule had before; decisions that name them still refer to it.
  public var deprecatedAliases: [String]
  public var name: String
  /// Why the rule exists and what it does with records it cannot judge.
  public var rationale: String

  public init(identifier: String, name: String, rationale: String, deprecatedAliases: [String] = [])
  {
    self.identifier = identifier
    self.name = name
    self.rationale = rationale
    self.deprecatedAliases = deprecatedAliases
  }
}

/// A configured rule with records it keeps (leaves for people) and records it excludes.
public struct RuleExamples<Rule: ScreeningRule>: Sendable {
  public var rule: Rule
  public var kept: [Record]
  public var excluded: [Record]

  public init(rule: Rule, kept: [Record], excluded: [Record]) {
    self.rule = rule
    self.kept = kept
    self.excluded = excluded
  }
}

extension ScreeningRule {
  /// True when the rule excludes `record`, prepared here.
  public func excludes(_ record: Record) -> Bool {
    var searchable = SearchableRecord(record)
    return excludes(&searchable)
  }
}
