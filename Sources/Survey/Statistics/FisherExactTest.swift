import Foundation

/// Fisher's exact test of a 2 × 2 table, two-sided.
///
/// With the margins fixed, the top-left count follows a hypergeometric distribution; the
/// two-sided p-value sums the probabilities of every table no more likely than the one
/// observed (with a relative tolerance of 1e-7, so that tables equally likely in exact
/// arithmetic are not lost to rounding), as R's `fisher.test` does.
public struct FisherExactTest: Sendable, Hashable {
  public var pValue: Double

  /// The test of `[[a, b], [c, d]]`; nil unless the table is 2 × 2 with some count.
  public init?(counts: [[Int]]) {
    guard counts.count == 2, counts.allSatisfy({ $0.count == 2 }) else { return nil }
    let a = counts[0][0]
    let b = counts[0][1]
    let c = counts[1][0]
    let d = counts[1][1]
    let row1 = a + b
    let column1 = a + c
    let n = a + b + c + d
    guard n > 0 else { return nil }
    func logProbability(_ x: Int) -> Double {
      logChoose(row1, x) + logChoose(n - row1, column1 - x) - logChoose(n, column1)
    }
    let observed = logProbability(a)
    var p = 0.0
    for x in max(0, column1 + row1 - n)...min(row1, column1) {
      let logP = logProbability(x)
      if logP <= observed + 1e-7 * abs(observed) + 1e-12 { p += exp(logP) }
    }
    pValue = min(1, p)
  }
}

/// `log(n choose k)`, through the log-gamma function so that large counts do not overflow.
func logChoose(_ n: Int, _ k: Int) -> Double {
  lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
}
