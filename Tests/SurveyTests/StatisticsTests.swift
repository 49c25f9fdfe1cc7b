import Foundation
import ReviewModel
import Testing

@testable import Survey

/// The statistics against values worked by hand from their formulas.
struct StatisticsTests {
  private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-4) -> Bool {
    guard let a else { return false }
    return abs(a - b) < tolerance
  }

  @Test func wilsonIntervalOf42Of60() throws {
    // p = 0.7, n = 60, z² = 3.8415: centre (0.7 + 0.03201) / 1.06402 = 0.68797,
    // half-width 1.96·√(0.0035 + 0.000267) / 1.06402 = 0.11305.
    let interval = try #require(WilsonInterval.interval(successes: 42, of: 60))
    #expect(close(interval.lowerBound, 0.57491))
    #expect(close(interval.upperBound, 0.80102))
  }

  @Test func wilsonIntervalStaysInsideZeroToOne() throws {
    // 0 of 10: the upper bound is z²/n / (1 + z²/n) = 0.38415 / 1.38415 = 0.27753.
    let none = try #require(WilsonInterval.interval(successes: 0, of: 10))
    #expect(none.lowerBound == 0)
    #expect(close(none.upperBound, 0.27753))
    let all = try #require(WilsonInterval.interval(successes: 10, of: 10))
    #expect(close(all.lowerBound, 0.72247))
    #expect(close(all.upperBound, 1))
    #expect(WilsonInterval.interval(successes: 0, of: 0) == nil)
  }

  @Test func quartilesAreTypeSeven() {
    // 1, 2, 3, 4: h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75; the median 2.5; Q3 3.25.
    #expect(Quantile.of([4, 1, 3, 2], 0.25) == 1.75)
    #expect(Quantile.of([4, 1, 3, 2], 0.5) == 2.5)
    #expect(Quantile.of([4, 1, 3, 2], 0.75) == 3.25)
    #expect(Quantile.of([5], 0.25) == 5)
    #expect(Quantile.of([], 0.5) == nil)
  }

  @Test func chiSquareOfATwoByThreeTable() throws {
    // Rows 60 and 50, columns 30, 40, 40, n = 110: expected 16.36, 21.82, 21.82 / 13.64,
    // 18.18, 18.18; Σ(O − E)²/E = 12.5278 on 2 df, where the tail is exactly e^(−χ²/2).
    let test = try #require(ChiSquareTest(counts: [[10, 20, 30], [20, 20, 10]]))
    #expect(close(test.statistic, 12.52778))
    #expect(test.degreesOfFreedom == 2)
    #expect(close(test.pValue, exp(-12.52778 / 2), 1e-6))
    #expect(test.meetsCochransRule)
  }

  @Test func chiSquareTailsAgreeWithTheirClosedForms() throws {
    // 1 df: 3.841459 is the 95% point. 4 df: the tail is e^(−x/2)(1 + x/2).
    let oneDegree = IncompleteGamma.upperRegularized(0.5, 3.841459 / 2)
    #expect(close(oneDegree, 0.05, 1e-6))
    let x = 9.0
    #expect(close(IncompleteGamma.upperRegularized(2, x / 2), exp(-x / 2) * (1 + x / 2), 1e-9))
    #expect(close(IncompleteGamma.upperRegularized(2, 0.4 / 2), exp(-0.2) * 1.2, 1e-9))
  }

  @Test func fisherExactTestOfTwoByTwoTables() throws {
    // [[3, 1], [1, 3]]: tables with a = 0…4 have probabilities 1, 16, 36, 16, 1 over 70;
    // those no likelier than a = 3 (16/70) sum to 34/70.
    #expect(close(FisherExactTest(counts: [[3, 1], [1, 3]])?.pValue, 34.0 / 70))
    // [[8, 2], [1, 5]]: 0.034965, as R's fisher.test gives.
    #expect(close(FisherExactTest(counts: [[8, 2], [1, 5]])?.pValue, 0.034965))
    #expect(FisherExactTest(counts: [[1, 2, 3], [4, 5, 6]]) == nil)
  }

  @Test func crossTabulationChoosesItsTest() throws {
    let group = SurveyQuestion(
      id: "grade", text: "Grade", kind: .single(options: ["CT1", "CT2"], allowsOther: false),
      source: .column("g"))
    let answer = SurveyQuestion(
      id: "uses", text: "Uses",
      kind: .single(options: ["Yes", "No", "Unsure"], allowsOther: false),
      source: .column("u"))
    func responses(_ rows: [(String, String, Int)]) -> [SurveyResponse] {
      rows.flatMap { grade, uses, count in
        (0..<count).map { index in
          SurveyResponse(
            respondent: "\(grade)\(uses)\(index)", line: 2,
            answers: ["grade": [grade], "uses": [uses]])
        }
      }
    }
    // Nobody answered Unsure: the column is dropped and the table is 2 × 2.
    let small = CrossTabulation(
      question: answer, by: group,
      responses: responses([
        ("CT1", "Yes", 3), ("CT1", "No", 1), ("CT2", "Yes", 1), ("CT2", "No", 3),
      ]))
    #expect(small.counts == [[3, 1, 0], [1, 3, 0]])
    guard case .fisherExact(let fisher) = small.test else {
      Issue.record("expected Fisher's exact test, got \(small.test)")
      return
    }
    #expect(close(fisher.pValue, 34.0 / 70))
    let sparse = CrossTabulation(
      question: answer, by: group,
      responses: responses([
        ("CT1", "Yes", 3), ("CT1", "No", 1), ("CT1", "Unsure", 1), ("CT2", "Yes", 1),
        ("CT2", "No", 3),
      ]))
    guard case .notTested(let reason) = sparse.test else {
      Issue.record("expected no test for a sparse 2 × 3 table, got \(sparse.test)")
      return
    }
    #expect(reason.contains("Cochran"))
  }

  @Test func likertItemsAreAlsoTestedCollapsedToAgreeingOrNot() throws {
    let group = SurveyQuestion(
      id: "grade", text: "Grade", kind: .single(options: ["CT1", "CT2"], allowsOther: false),
      source: .column("g"))
    let item = SurveyQuestion(
      id: "value", text: "Value", kind: .likert(labels: ["1", "2", "3", "4", "5"], agreeFrom: 4),
      source: .column("v"))
    // CT1: 8 agree (4, 4, 5…), 2 not; CT2: 1 agrees, 5 not: Fisher on [[8, 2], [1, 5]].
    let answers = [
      ("CT1", "4", 5), ("CT1", "5", 3), ("CT1", "2", 2), ("CT2", "4", 1), ("CT2", "1", 3),
      ("CT2", "3", 2),
    ]
    let responses = answers.flatMap { grade, point, count in
      (0..<count).map { index in
        SurveyResponse(
          respondent: "\(grade)\(point)\(index)", line: 2,
          answers: ["grade": [grade], "value": [point]])
      }
    }
    let table = CrossTabulation(question: item, by: group, responses: responses)
    guard case .notTested = table.test else {
      Issue.record("the full 2 × 5 table is too sparse to test: \(table.test)")
      return
    }
    guard case .fisherExact(let fisher)? = table.agreeingTest else {
      Issue.record("expected Fisher's exact test on agreeing or not")
      return
    }
    #expect(close(fisher.pValue, 0.034965))
  }
}
