import ReviewModel
import Screening
import Testing

struct PublicationYearRuleTests {
  @Test func keepsTheRecordsItsExamplesKeep() {
    let examples = PublicationYearRule.examples
    #expect(!examples.kept.isEmpty)
    for record in examples.kept {
      #expect(!examples.rule.excludes(record), "\(record.title ?? "") should be kept")
    }
  }

  @Test func excludesTheRecordsItsExamplesExclude() {
    let examples = PublicationYearRule.examples
    #expect(!examples.excluded.isEmpty)
    for record in examples.excluded {
      #expect(examples.rule.excludes(record), "\(record.title ?? "") should be excluded")
    }
  }
}
