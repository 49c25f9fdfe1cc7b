import Prioritisation
import Testing

struct ScreeningMetricsTests {
  /// Ten records, relevant ones at positions 1 and 3.
  ///
  /// Worked by hand: random order finds
  /// round(2i/9) by index i, i.e. 0 0 0 1 1 1 1 2 2 2, so its first and second finds are at
  /// indices 3 and 7; this order's are at 0 and 2.
  static let labels = [true, false, true] + Array(repeating: false, count: 7)

  @Test func workSavedOverSampling() {
    let metrics = ScreeningMetrics(labels: Self.labels)
    // 95% of 2 is reached at the first find (1/2 ≤ 0.95 < 2/2): (3 − 0) / 10.
    #expect(metrics.workSavedOverSampling(atRecall: 0.95) == 0.3)
    // 100%: (7 − 2) / 10.
    #expect(metrics.workSavedOverSampling(atRecall: 1) == 0.5)
  }

  @Test func relevantRecordsFoundAtTenPercent() {
    let metrics = ScreeningMetrics(labels: Self.labels)
    #expect(metrics.recall(afterScreening: 0.1) == 0.5)
    #expect(metrics.recall(afterScreening: 0.3) == 1)
    #expect(metrics.recall(afterScreening: 0.05) == 0)
  }

  @Test func averageTimeToDiscovery() {
    #expect(ScreeningMetrics(labels: Self.labels).averageTimeToDiscovery == 2)
    #expect(
      ScreeningMetrics(labels: [false, false, true, false, true]).averageTimeToDiscovery == 4)
  }

  @Test func twentyRelevantReachNinetyFivePercentAtTheNineteenth() {
    // 20 relevant first, then 80 excludes: 19/20 is exactly 0.95. Random order reaches 19
    // finds at the first i with round(20i/99) ≥ 19: i = 92 (92 × 20/99 = 18.59 rounds to 19;
    // 91 × 20/99 = 18.38 rounds to 18).
    let labels = Array(repeating: true, count: 20) + Array(repeating: false, count: 80)
    let metrics = ScreeningMetrics(labels: labels)
    #expect(metrics.workSavedOverSampling(atRecall: 0.95) == Double(92 - 18) / 100)
  }

  @Test func recallCurveRisesWithEachFind() {
    #expect(ScreeningMetrics(labels: [true, false, true, false]).recallCurve == [0.5, 0.5, 1, 1])
  }
}
