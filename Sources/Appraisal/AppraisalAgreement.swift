/// How far two appraisers agree: per item, with a weighted kappa over the studies both
/// appraised, and on the totals, with an intraclass correlation.
public enum AppraisalAgreement {
  /// Cohen's kappa with linear weights for ordinal answers.
  ///
  /// The answers of an item are ordered as the instrument lists them (for points, lowest to
  /// highest; for yes / no / can't tell, as written), and a disagreement by one step counts
  /// partly: weight `1 − |i − j| / (k − 1)` for categories `i` and `j` of `k`. With two
  /// categories it is Cohen's kappa.
  ///
  /// - Parameters:
  ///   - pairs: the two appraisers' answers, as positions in the ordered list, one pair a study.
  ///   - categories: how many answers the item allows.
  /// - Returns: the weighted kappa, or nil when it is undefined (no pairs, or both appraisers
  ///   always gave the same single answer, so chance agreement is 1).
  public static func weightedKappa(_ pairs: [(Int, Int)], categories: Int) -> Double? {
    guard !pairs.isEmpty, categories >= 2 else { return nil }
    let n = Double(pairs.count)
    var observed = Array(repeating: Array(repeating: 0.0, count: categories), count: categories)
    var first = Array(repeating: 0.0, count: categories)
    var second = Array(repeating: 0.0, count: categories)
    for (a, b) in pairs {
      observed[a][b] += 1 / n
      first[a] += 1 / n
      second[b] += 1 / n
    }
    func weight(_ i: Int, _ j: Int) -> Double {
      1 - Double(abs(i - j)) / Double(categories - 1)
    }
    var agreement = 0.0
    var chance = 0.0
    for i in 0..<categories {
      for j in 0..<categories {
        agreement += weight(i, j) * observed[i][j]
        chance += weight(i, j) * first[i] * second[j]
      }
    }
    guard chance < 1 - 1e-12 else { return nil }
    return (agreement - chance) / (1 - chance)
  }

  /// The intraclass correlation ICC(2,1) of Shrout and Fleiss (McGraw and Wong's ICC(A,1)):
  /// two-way random effects, absolute agreement, single rater.
  ///
  /// Absolute agreement, because two appraisers who rank studies alike but one scores two
  /// points higher throughout do not agree on the score the review reports.
  ///
  /// - Parameter scores: one row a study, one column an appraiser; every row the same length.
  /// - Returns: the ICC, or nil with fewer than two studies or two appraisers, or no variance.
  public static func intraclassCorrelation(_ scores: [[Double]]) -> Double? {
    let n = scores.count
    guard n >= 2, let k = scores.first?.count, k >= 2, scores.allSatisfy({ $0.count == k })
    else { return nil }
    let grand = scores.flatMap { $0 }.reduce(0, +) / Double(n * k)
    let rowMeans = scores.map { $0.reduce(0, +) / Double(k) }
    let columnMeans = (0..<k).map { column in
      scores.map { $0[column] }.reduce(0, +) / Double(n)
    }
    let rowSquares = Double(k) * rowMeans.map { ($0 - grand) * ($0 - grand) }.reduce(0, +)
    let columnSquares = Double(n) * columnMeans.map { ($0 - grand) * ($0 - grand) }.reduce(0, +)
    var errorSquares = 0.0
    for (row, values) in scores.enumerated() {
      for (column, value) in values.enumerated() {
        let residual = value - rowMeans[row] - columnMeans[column] + grand
        errorSquares += residual * residual
      }
    }
    let meanRows = rowSquares / Double(n - 1)
    let meanColumns = columnSquares / Double(k - 1)
    let meanError = errorSquares / Double((n - 1) * (k - 1))
    let denominator =
      meanRows + Double(k - 1) * meanError + Double(k) * (meanColumns - meanError) / Double(n)
    guard denominator > 1e-12 else { return nil }
    return (meanRows - meanError) / denominator
  }
}

extension Item {
  /// The position of an answer on the item's ordinal scale: by points when answers carry
  /// points, otherwise in the order listed; nil for an answer the item does not allow.
  public func ordinalPosition(of answerID: String) -> Int? {
    let ordered =
      answers.allSatisfy { $0.points != nil || $0.isNotApplicable }
      ? answers.enumerated().sorted { left, right in
        (left.element.points ?? -1, left.offset) < (right.element.points ?? -1, right.offset)
      }.map(\.element)
      : answers
    return ordered.firstIndex { $0.id == answerID }
  }
}
