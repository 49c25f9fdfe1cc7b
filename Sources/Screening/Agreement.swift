import Foundation
import ReviewModel

/// How far two reviewers agree about the records they both screened: percent agreement and
/// Cohen's kappa with its 95% confidence interval.
///
/// Kappa is `(pₒ − pₑ) / (1 − pₑ)`, where `pₒ` is the share of records with the same verdict
/// and `pₑ` the share expected by chance from each reviewer's own proportions of verdicts. Its
/// standard error is Cohen's (1960) large-sample approximation,
/// `√(pₒ(1 − pₒ) / (n(1 − pₑ)²))`, and the interval is kappa ± 1.96 standard errors.
public struct Agreement: Sendable, Hashable {
  public var firstReviewer: String
  public var secondReviewer: String
  /// How many records both reviewers decided about.
  public var recordCount: Int
  /// How many of them got the same verdict from both.
  public var agreements: Int
  /// The verdicts in the order of ``counts``' rows and columns.
  public var verdicts: [Verdict]
  /// `counts[i][j]`: records the first reviewer gave `verdicts[i]` and the second `verdicts[j]`.
  public var counts: [[Int]]

  /// The agreement of two reviewers over `pairs`, one (first, second) pair of verdicts per
  /// record both decided about.
  public init(firstReviewer: String, secondReviewer: String, pairs: [(Verdict, Verdict)]) {
    self.firstReviewer = firstReviewer
    self.secondReviewer = secondReviewer
    verdicts = Verdict.allCases.filter { verdict in
      pairs.contains { $0.0 == verdict || $0.1 == verdict }
    }
    var counts = Array(repeating: Array(repeating: 0, count: verdicts.count), count: verdicts.count)
    for (first, second) in pairs {
      if let row = verdicts.firstIndex(of: first), let column = verdicts.firstIndex(of: second) {
        counts[row][column] += 1
      }
    }
    self.counts = counts
    recordCount = pairs.count
    agreements = pairs.filter { $0.0 == $0.1 }.count
  }

  /// The share of records with the same verdict from both, 0 to 1; nil when there are none.
  public var percentAgreement: Double? {
    recordCount == 0 ? nil : Double(agreements) / Double(recordCount)
  }

  /// The agreement expected by chance, pₑ.
  public var chanceAgreement: Double? {
    guard recordCount > 0 else { return nil }
    let n = Double(recordCount)
    return verdicts.indices.reduce(0) { sum, index in
      let first = Double(counts[index].reduce(0, +)) / n
      let second = Double(counts.reduce(0) { $0 + $1[index] }) / n
      return sum + first * second
    }
  }

  /// Cohen's kappa; nil when there are no records, or when both reviewers gave one and the same
  /// verdict to every record (chance agreement is then 1 and kappa is undefined).
  public var kappa: Double? {
    guard let observed = percentAgreement, let chance = chanceAgreement, chance < 1 else {
      return nil
    }
    return (observed - chance) / (1 - chance)
  }

  /// Kappa's standard error (Cohen 1960).
  public var kappaStandardError: Double? {
    guard let observed = percentAgreement, let chance = chanceAgreement, chance < 1 else {
      return nil
    }
    let n = Double(recordCount)
    return (observed * (1 - observed) / (n * (1 - chance) * (1 - chance))).squareRoot()
  }

  /// Kappa ± 1.96 standard errors, cut to kappa's own range of −1 to 1 (with few records the
  /// approximation can reach past it).
  public var kappaConfidenceInterval: ClosedRange<Double>? {
    guard let kappa, let error = kappaStandardError else { return nil }
    return max(-1, kappa - 1.96 * error)...min(1, kappa + 1.96 * error)
  }

  /// The agreement of every pair of reviewers who decided about the same records.
  ///
  /// - Parameter decisions: the decisions in force at one stage (each reviewer's latest per
  ///   record); decisions made by rules are left out, as no person made them, and so are
  ///   resolutions, which settle a disagreement rather than screen.
  /// - Returns: one agreement per pair of reviewers with at least one record in common, the
  ///   pairs in alphabetical order.
  public static func byReviewerPair(_ decisions: [Decision]) -> [Agreement] {
    var verdicts: [Int64: [String: Verdict]] = [:]
    for decision in decisions {
      switch decision.method {
      case .rule, .resolution, .stoppingRule: continue
      case .manual, .imported: break
      }
      verdicts[decision.recordID, default: [:]][decision.reviewer] = decision.verdict
    }
    let reviewers = Set(verdicts.values.flatMap(\.keys)).sorted()
    var result: [Agreement] = []
    for (index, first) in reviewers.enumerated() {
      for second in reviewers[(index + 1)...] {
        let pairs = verdicts.keys.sorted().compactMap { record -> (Verdict, Verdict)? in
          guard let a = verdicts[record]?[first], let b = verdicts[record]?[second] else {
            return nil
          }
          return (a, b)
        }
        if !pairs.isEmpty {
          result.append(Agreement(firstReviewer: first, secondReviewer: second, pairs: pairs))
        }
      }
    }
    return result
  }
}
