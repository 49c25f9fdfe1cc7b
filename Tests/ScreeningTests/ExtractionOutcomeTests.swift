import ReviewModel
import Screening
import Testing

/// Which value holds for a field: the one extractor's, the agreed one, or the resolution's;
/// extractors who differ are in conflict until resolved.
struct ExtractionOutcomeTests {
  private var nextEvent: Int64 = 0

  private mutating func value(
    _ record: Int64, _ field: String, _ value: String, by reviewer: String,
    method: ExtractionMethod = .manual
  ) -> Extraction {
    nextEvent += 1
    return Extraction(
      eventID: nextEvent, recordID: record, field: field, value: value, reviewer: reviewer,
      method: method, recordedAt: "2024-05-14T09:46:40.000Z")
  }

  @Test mutating func oneExtractorsValueStands() {
    let ana = value(1, "country", "UK", by: "ana")
    let outcomes = ExtractionOutcome.outcomes(log: [ana])
    #expect(outcomes == [ExtractionOutcome(recordID: 1, field: "country", status: .single(ana))])
    #expect(outcomes[0].settledValue == "UK")
  }

  @Test mutating func theLatestValueOfEachExtractorCountsAndCaseDoesNotMatter() {
    let log = [
      value(1, "country", "France", by: "ana"), value(1, "country", "uk", by: "ben"),
      value(1, "country", "UK", by: "ana"),
    ]
    let outcome = ExtractionOutcome.outcomes(log: log)[0]
    #expect(outcome.status == .agreement([log[2], log[1]]))
    #expect(outcome.settledValue == "UK")
  }

  @Test mutating func extractorsWhoDifferAreInConflictUntilResolved() {
    var log = [
      value(1, "participants_n", "120", by: "ana"), value(1, "participants_n", "112", by: "ben"),
    ]
    #expect(ExtractionOutcome.outcomes(log: log)[0].status == .conflict(log))
    #expect(ExtractionOutcome.outcomes(log: log)[0].settledValue == nil)
    let resolution = value(1, "participants_n", "112", by: "cy", method: .resolution)
    log.append(resolution)
    log.append(value(1, "participants_n", "130", by: "ana"))
    #expect(ExtractionOutcome.outcomes(log: log)[0].status == .resolution(resolution))
  }

  @Test mutating func outcomesComeByStudyAndField() {
    let log = [
      value(2, "b", "x", by: "ana"), value(1, "b", "x", by: "ana"), value(1, "a", "x", by: "ana"),
    ]
    #expect(
      ExtractionOutcome.outcomes(log: log).map { "\($0.recordID)\($0.field)" } == [
        "1a", "1b", "2b",
      ])
  }
}
