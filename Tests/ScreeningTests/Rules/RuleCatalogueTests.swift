import Foundation
import ReviewTestSupport
import Screening
import Testing

/// Every built-in rule has a unique identifier and a test file of its own.
struct RuleCatalogueTests {
  private let descriptions = [
    PublicationYearRule.description, LanguageRule.description, PublicationTypeRule.description,
    QueryRule.description,
  ]

  @Test func identifiersAndAliasesAreUniqueAndSnakeCase() {
    let ids = descriptions.flatMap { [$0.identifier] + $0.deprecatedAliases }
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.allSatisfy { $0.isLowercase || $0 == "_" }, "\(id)")
    }
    for description in descriptions {
      #expect(!description.name.isEmpty && !description.rationale.isEmpty)
    }
  }

  @Test func everyRuleFileHasATestFile() throws {
    let root = TestFiles.repositoryRoot
    let sources = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("Sources/Screening/Rules").path)
    let tests = Set(
      try FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent("Tests/ScreeningTests/Rules").path))
    let rules = sources.filter { $0.hasSuffix("Rule.swift") && $0 != "ScreeningRule.swift" }
    #expect(rules.count == descriptions.count, "a rule is missing from this catalogue")
    for rule in rules {
      #expect(tests.contains(rule.replacing(".swift", with: "Tests.swift")), "\(rule) has no tests")
    }
  }

  @Test func theBuiltInCriteriaAreTheHardRules() {
    #expect(
      ProtocolLoader.builtInCriterionIDs == ["publication_year", "language", "publication_type"])
  }
}
