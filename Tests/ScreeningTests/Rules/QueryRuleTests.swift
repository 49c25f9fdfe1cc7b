import ReviewModel
import Screening
import Testing

struct QueryRuleTests {
  @Test func keepsTheRecordsItsExamplesKeep() {
    let examples = QueryRule.examples
    #expect(!examples.kept.isEmpty)
    for record in examples.kept {
      #expect(!examples.rule.excludes(record), "\(record.title ?? "") should be kept")
    }
  }

  @Test func excludesTheRecordsItsExamplesExclude() {
    let examples = QueryRule.examples
    #expect(!examples.excluded.isEmpty)
    for record in examples.excluded {
      #expect(examples.rule.excludes(record), "\(record.title ?? "") should be excluded")
    }
  }
}

struct QueryRuleKindTests {
  @Test func anInclusionRuleExcludesWhatItDoesNotMatch() throws {
    let rule = QueryRule(
      criterionID: "social_media", query: try QueryParser().parse("twitter OR youtube"),
      kind: .inclusion)
    #expect(rule.excludes(.init(title: "Lectures for registrars")))
    #expect(!rule.excludes(.init(title: "YouTube for registrars")))
  }
}
