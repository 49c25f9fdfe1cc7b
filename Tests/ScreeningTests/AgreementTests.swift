import ReviewModel
import Screening
import Testing

struct AgreementTests {
  /// `count` copies of one pair of verdicts.
  private func pairs(_ count: Int, _ first: Verdict, _ second: Verdict) -> [(Verdict, Verdict)] {
    Array(repeating: (first, second), count: count)
  }

  /// Worked by hand: 50 records; both include 20, both exclude 15, ana includes and ben
  /// excludes 5, ana excludes and ben includes 10.
  ///
  /// pₒ = 35/50 = 0.7. Ana includes 25/50 = 0.5, ben 30/50 = 0.6, so pₑ = 0.5·0.6 + 0.5·0.4 =
  /// 0.5 and κ = (0.7 − 0.5)/(1 − 0.5) = 0.4. SE = √(0.7·0.3/(50·0.5²)) = √0.0168 = 0.129615,
  /// so the 95% interval is 0.4 ± 1.96·0.129615 = 0.4 ± 0.254046: 0.145954 to 0.654046.
  @Test func kappaAndItsIntervalMatchTheHandWorkedExample() throws {
    let agreement = Agreement(
      firstReviewer: "ana", secondReviewer: "ben",
      pairs: pairs(20, .include, .include) + pairs(5, .include, .exclude)
        + pairs(10, .exclude, .include) + pairs(15, .exclude, .exclude))
    #expect(agreement.recordCount == 50)
    #expect(agreement.agreements == 35)
    #expect(agreement.verdicts == [.include, .exclude])
    #expect(agreement.counts == [[20, 5], [10, 15]])
    #expect(agreement.percentAgreement == 0.7)
    let chance = try #require(agreement.chanceAgreement)
    #expect(abs(chance - 0.5) < 1e-12)
    let kappa = try #require(agreement.kappa)
    #expect(abs(kappa - 0.4) < 1e-12)
    let error = try #require(agreement.kappaStandardError)
    #expect(abs(error - 0.129615) < 1e-6)
    let interval = try #require(agreement.kappaConfidenceInterval)
    #expect(abs(interval.lowerBound - 0.145954) < 1e-6)
    #expect(abs(interval.upperBound - 0.654046) < 1e-6)
  }

  @Test func perfectAgreementOnOneVerdictHasNoKappa() {
    let agreement = Agreement(
      firstReviewer: "ana", secondReviewer: "ben", pairs: pairs(4, .exclude, .exclude))
    #expect(agreement.percentAgreement == 1)
    #expect(agreement.kappa == nil)
    #expect(agreement.kappaConfidenceInterval == nil)
  }

  @Test func perfectAgreementOverTwoVerdictsHasKappaOne() {
    let agreement = Agreement(
      firstReviewer: "ana", secondReviewer: "ben",
      pairs: pairs(3, .include, .include) + pairs(2, .maybe, .maybe))
    #expect(agreement.kappa == 1)
    #expect(agreement.kappaConfidenceInterval == 1...1)
  }

  @Test func pairsAreFormedFromTheRecordsBothDecidedLeavingRulesOut() {
    func decision(
      _ record: Int64, _ reviewer: String, _ verdict: Verdict,
      _ method: DecisionMethod = .manual
    ) -> Decision {
      Decision(
        eventID: record, uuid: "", recordID: record, stage: .titleAbstract, verdict: verdict,
        reason: nil, note: nil, reviewer: reviewer, method: method, decidedAt: "")
    }
    let agreements = Agreement.byReviewerPair([
      decision(1, "ben", .include), decision(1, "ana", .include),
      decision(2, "ana", .exclude), decision(2, "ben", .include),
      decision(3, "ana", .maybe),
      decision(4, "litrev", .exclude, .rule("language")), decision(4, "cy", .include),
    ])
    #expect(agreements.count == 1)
    #expect(agreements.first?.firstReviewer == "ana")
    #expect(agreements.first?.secondReviewer == "ben")
    #expect(agreements.first?.recordCount == 2)
    #expect(agreements.first?.agreements == 1)
  }
}
