import Foundation

/// The hypergeometric distribution: draws without replacement from an urn.
enum Hypergeometric {
  /// P(X ≤ `successes`) when `draws` items are drawn from `population` items of which
  /// `marked` are marked.
  static func cumulative(successes: Int, population: Int, marked: Int, draws: Int) -> Double {
    let lowest = max(0, draws - (population - marked))
    let highest = min(successes, marked, draws)
    guard lowest <= highest else { return successes < lowest ? 0 : 1 }
    let denominator = logChoose(population, draws)
    var sum = 0.0
    for hits in lowest...highest {
      sum += exp(
        logChoose(marked, hits) + logChoose(population - marked, draws - hits) - denominator)
    }
    return min(sum, 1)
  }

  /// ln C(n, k).
  static func logChoose(_ n: Int, _ k: Int) -> Double {
    lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
  }
}
