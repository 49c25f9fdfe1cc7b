import ReviewModel
import Testing

@testable import Deduplication

/// The bound that skips hopeless pairs must never skip one that would have scored enough.
struct ScoreBoundTests {
  /// Records that agree and disagree in every combination the scorer weighs: titles alike or
  /// not, identifiers equal, different or missing, and every placing field agreeing.
  private var records: [Record] {
    let titles = [
      "Eculizumab in atypical haemolytic uraemic syndrome: a cohort",
      "Eculizumab in atypical hemolytic uremic syndrome",
      "Plasma exchange in thrombotic microangiopathy of pregnancy",
      "[Plasma exchange in thrombotic microangiopathy]. [French]",
    ]
    var made: [Record] = []
    for (index, title) in titles.enumerated() {
      for doi in [nil, "10.5555/shared", "10.5555/other\(index)"] {
        var record = Record(
          title: title,
          authors: [
            .person(family: "Okafor"), .person(family: "Lindqvist"), .person(family: "Tanaka"),
          ],
          year: 2019, journal: "Kidney International", volume: "95", issue: "2",
          pages: "301-9")
        record.doi = doi
        record.abstract = "Complement inhibition with eculizumab in adults with aHUS."
        record.pmid = doi == nil ? nil : "3000000\(doi == "10.5555/shared" ? 1 : index + 2)"
        made.append(record)
      }
    }
    return made
  }

  @Test(arguments: [0.5, 0.8, 0.95])
  func aPairTheBoundSkipsScoresBelowTheThreshold(threshold: Double) {
    let scorer = PairScorer()
    let keys = records.map(MatchKeys.init)
    var skipped = 0
    for a in keys {
      for b in keys where a !== b {
        if !scorer.mayReach(threshold, a, b) {
          skipped += 1
          #expect(scorer.score(a, b).value < threshold)
        }
      }
    }
    // The bound must skip something, or the test proves nothing.
    #expect(skipped > 0)
  }
}
