import Foundation

/// Pearson's chi-square test of independence on a contingency table.
///
/// Statistic `Σ (O − E)² / E` with `E = row total × column total / n`, on
/// `(rows − 1)(columns − 1)` degrees of freedom; the p-value is the upper tail of the
/// chi-square distribution, the regularised upper incomplete gamma `Q(df/2, χ²/2)`.
public struct ChiSquareTest: Sendable, Hashable {
  public var statistic: Double
  public var degreesOfFreedom: Int
  public var pValue: Double
  /// The counts expected under independence, row by row.
  public var expected: [[Double]]

  /// The test of `counts` (rows of equal length); nil for a table with fewer than two rows or
  /// columns holding any count.
  public init?(counts: [[Int]]) {
    let table = ContingencyTable(counts).withoutEmptyLines
    guard table.rows.count >= 2, let width = table.rows.first?.count, width >= 2 else {
      return nil
    }
    let n = Double(table.total)
    let rowTotals = table.rows.map { Double($0.reduce(0, +)) }
    let columnTotals = (0..<width).map { column in Double(table.rows.reduce(0) { $0 + $1[column] })
    }
    var statistic = 0.0
    var expected: [[Double]] = []
    for (row, counts) in table.rows.enumerated() {
      var line: [Double] = []
      for (column, count) in counts.enumerated() {
        let e = rowTotals[row] * columnTotals[column] / n
        line.append(e)
        statistic += (Double(count) - e) * (Double(count) - e) / e
      }
      expected.append(line)
    }
    self.statistic = statistic
    degreesOfFreedom = (table.rows.count - 1) * (width - 1)
    pValue = IncompleteGamma.upperRegularized(
      Double(degreesOfFreedom) / 2, statistic / 2)
    self.expected = expected
  }

  /// Cochran's rule for when the chi-square approximation holds: no expected count below 1,
  /// and no more than one in five below 5.
  public var meetsCochransRule: Bool {
    let cells = expected.flatMap { $0 }
    return cells.allSatisfy { $0 >= 1 }
      && Double(cells.filter { $0 < 5 }.count)
        <= Double(cells.count) / 5
  }
}

/// Counts by row and column, and the table without rows and columns that hold no count (they
/// carry no information and would divide by zero).
struct ContingencyTable {
  var rows: [[Int]]

  init(_ rows: [[Int]]) { self.rows = rows }

  var total: Int { rows.reduce(0) { $0 + $1.reduce(0, +) } }

  var withoutEmptyLines: ContingencyTable {
    let width = rows.map(\.count).max() ?? 0
    let padded = rows.map { $0 + Array(repeating: 0, count: width - $0.count) }
    let keptRows = padded.filter { $0.reduce(0, +) > 0 }
    let keptColumns = (0..<width).filter { column in keptRows.contains { $0[column] > 0 } }
    return ContingencyTable(keptRows.map { row in keptColumns.map { row[$0] } })
  }
}

/// The regularised incomplete gamma function, for chi-square tails.
///
/// By its series where `x < a + 1` and by its continued fraction (Lentz's method) elsewhere,
/// each of which converges fast on its side.
enum IncompleteGamma {
  static func upperRegularized(_ a: Double, _ x: Double) -> Double {
    guard x > 0 else { return 1 }
    if x < a + 1 { return max(0, 1 - lowerSeries(a, x)) }
    return min(1, upperContinuedFraction(a, x))
  }

  private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
    var term = 1 / a
    var sum = term
    var denominator = a
    for _ in 0..<1000 {
      denominator += 1
      term *= x / denominator
      sum += term
      if abs(term) < abs(sum) * 1e-15 { break }
    }
    return sum * exp(-x + a * log(x) - lgamma(a))
  }

  private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var b = x + 1 - a
    var c = 1 / tiny
    var d = 1 / b
    var h = d
    for i in 1...1000 {
      let an = -Double(i) * (Double(i) - a)
      b += 2
      d = an * d + b
      if abs(d) < tiny { d = tiny }
      c = b + an / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return exp(-x + a * log(x) - lgamma(a)) * h
  }
}
