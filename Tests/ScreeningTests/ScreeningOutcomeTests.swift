import ReviewModel
import Screening
import Testing

/// What counts as decided, over logs written by hand: each decision's event id is its place in
/// the log.
struct ScreeningOutcomeTests {
  private var nextEventID: Int64 = 0

  /// A decision about `record`, later in the log than every one made before it.
  private mutating func decision(
    _ record: Int64, _ reviewer: String, _ verdict: Verdict, _ method: DecisionMethod = .manual,
    reason: String? = nil
  ) -> Decision {
    nextEventID += 1
    return Decision(
      eventID: nextEventID, uuid: "u\(nextEventID)", recordID: record, stage: .titleAbstract,
      verdict: verdict, reason: reason, note: nil, reviewer: reviewer, method: method,
      decidedAt: "")
  }

  private let twoReviewers = StageSettings(reviewersPerRecord: 2, isBlind: true)
  private let oneReviewer = StageSettings(reviewersPerRecord: 1, isBlind: false)

  private func statuses(_ log: [Decision], _ settings: StageSettings) -> [Int64: String] {
    Dictionary(
      uniqueKeysWithValues: ScreeningOutcome.outcomes(log: log, settings: settings).map {
        ($0.recordID, $0.status.summary)
      })
  }

  @Test mutating func withOneReviewerTheirVerdictDecides() {
    let log = [
      decision(1, "ana", .include), decision(2, "ana", .exclude, reason: "not_postgraduate"),
      decision(3, "ana", .maybe),
    ]
    let outcomes = ScreeningOutcome.outcomes(log: log, settings: oneReviewer)
    #expect(outcomes.map(\.recordID) == [1, 2, 3])
    #expect(outcomes[0].status == .decided(.include, .singleReviewer(log[0])))
    #expect(outcomes[1].status.verdict == .exclude)
    #expect(outcomes[2].status == .undecided([log[2]]))
  }

  @Test mutating func withTwoReviewersOneIsNotEnough() {
    let log = [decision(1, "ana", .include)]
    let outcome = ScreeningOutcome.outcomes(log: log, settings: twoReviewers).first
    #expect(outcome?.status == .awaitingSecondReviewer(log[0]))
    #expect(outcome?.status.verdict == nil)
  }

  @Test mutating func twoReviewersWhoAgreeDecide() {
    let log = [
      decision(1, "ben", .exclude), decision(1, "ana", .exclude),
      decision(2, "ana", .maybe), decision(2, "ben", .maybe),
    ]
    let outcomes = ScreeningOutcome.outcomes(log: log, settings: twoReviewers)
    // The reviewers' decisions come by reviewer, whatever their order in the log.
    #expect(outcomes[0].status == .decided(.exclude, .agreement([log[1], log[0]])))
    #expect(outcomes[0].reviewerDecisions.map(\.reviewer) == ["ana", "ben"])
    #expect(outcomes[1].status == .undecided([log[2], log[3]]))
  }

  @Test mutating func reviewersWhoDifferAreInConflictWhateverTheProtocolSays() {
    let log = [
      decision(1, "ana", .include), decision(1, "ben", .exclude),
      decision(2, "ana", .include), decision(2, "ben", .maybe),
    ]
    for settings in [oneReviewer, twoReviewers] {
      #expect(statuses(log, settings) == [1: "conflict", 2: "conflict"])
    }
    let outcome = ScreeningOutcome.outcomes(log: log, settings: twoReviewers).first
    #expect(outcome?.status == .conflict([log[0], log[1]]))
  }

  @Test mutating func aReviewersLaterDecisionReplacesTheirEarlierOne() {
    let log = [
      decision(1, "ana", .include), decision(1, "ben", .exclude), decision(1, "ben", .include),
      decision(2, "ana", .include), decision(2, "ben", .include), decision(2, "ana", .exclude),
    ]
    #expect(statuses(log, twoReviewers) == [1: "include (2 reviewers agree)", 2: "conflict"])
  }

  @Test mutating func aResolutionSettlesAConflictAndKeepsTheReviewersDecisions() {
    let log = [
      decision(1, "ana", .include), decision(1, "ben", .exclude),
      decision(1, "ana", .exclude, .resolution, reason: "not_postgraduate"),
    ]
    let outcome = ScreeningOutcome.outcomes(log: log, settings: twoReviewers).first
    #expect(outcome?.status == .decided(.exclude, .resolution(log[2])))
    // The resolver's own screening verdict is still theirs.
    #expect(outcome?.reviewerDecisions == [log[0], log[1]])
  }

  @Test mutating func theLatestResolutionCountsEvenAfterTheReviewersChangeTheirMinds() {
    let log = [
      decision(1, "ana", .include), decision(1, "ben", .exclude),
      decision(1, "cy", .exclude, .resolution), decision(1, "cy", .include, .resolution),
      decision(1, "ben", .maybe),
    ]
    #expect(statuses(log, twoReviewers) == [1: "include (resolved by cy)"])
  }

  @Test mutating func aRuleExclusionDecidesAlone() {
    let log = [
      decision(1, "litrev", .exclude, .rule("language"), reason: "language"),
      decision(2, "litrev", .exclude, .rule("language")), decision(2, "ana", .include),
    ]
    let outcomes = ScreeningOutcome.outcomes(log: log, settings: twoReviewers)
    #expect(outcomes[0].status == .decided(.exclude, .rule(log[0])))
    #expect(outcomes[0].reviewerDecisions.isEmpty)
    // A person's decision does not put a rule's exclusion in doubt; a resolution would.
    #expect(outcomes[1].status.summary == "exclude (rule:language)")
    #expect(outcomes[1].reviewerDecisions == [log[2]])
  }

  @Test mutating func importedDecisionsCountAsTheirReviewers() {
    let log = [decision(1, "ana", .include), decision(1, "ben", .include, .imported)]
    #expect(statuses(log, twoReviewers) == [1: "include (2 reviewers agree)"])
  }

  @Test func recordsNobodyDecidedAboutAreAbsent() {
    #expect(ScreeningOutcome.outcomes(log: [], settings: twoReviewers).isEmpty)
  }
}
