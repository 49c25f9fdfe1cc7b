/// Whether it is safe to stop screening: the hypergeometric test of Callaghan and
/// Müller-Hansen, "Statistical stopping criteria for automated screening in systematic
/// reviews", Systematic Reviews 9:273 (2020).
///
/// The null hypothesis is that recall is still below the target. The last n records screened
/// are treated as a random sample drawn from themselves and the records not yet screened (an
/// urn of unseen + n). If recall were below the target τ, with r relevant records found so far
/// and k of them in the sample, the urn would hold at least K = ⌊r/τ + 1 − (r − k)⌋ relevant
/// records; the p-value is the chance of drawing k or fewer of them in n draws. Every n is
/// tried and the smallest p kept, as the authors' code does. Treating the prioritised last
/// records as random is conservative: a working model puts more relevant records there than
/// chance would.
public struct StoppingTest: Sendable, Hashable {
  /// The recall the team wants to be sure of, such as 0.95.
  public var recallTarget: Double
  /// How sure: the criterion is met when p < 1 − confidence.
  public var confidence: Double

  public init(recallTarget: Double = 0.95, confidence: Double = 0.95) {
    self.recallTarget = recallTarget
    self.confidence = confidence
  }

  /// What the test found.
  public struct Result: Sendable, Hashable, Codable {
    /// The smallest p-value over the samples tried; 1 before anything was screened.
    public var pValue: Double
    /// Whether p < 1 − confidence.
    public var isMet: Bool
    /// The size of the sample (the last records screened) that gave the smallest p.
    public var sampleSize: Int
  }

  /// Tests the screening so far.
  ///
  /// - Parameters:
  ///   - screened: the decisions in the order they were taken, true for an include.
  ///   - total: how many records there are, screened or not.
  /// - Returns: the smallest p-value, and whether the criterion is met.
  public func evaluate(screened: [Bool], total: Int) -> Result {
    let unseen = total - screened.count
    let found = screened.count { $0 }
    var best = Result(pValue: 1, isMet: false, sampleSize: 0)
    // For a given k, a longer sample is stronger evidence (more records, no more relevant
    // ones), so only the longest sample with each k needs testing: the one that reaches back
    // to just after the (k + 1)-th relevant record from the end.
    var hits = 0
    var size = 0
    for label in screened.reversed() {
      if label {
        consider(size: size, hits: hits, found: found, unseen: unseen, into: &best)
        hits += 1
      }
      size += 1
    }
    consider(size: size, hits: hits, found: found, unseen: unseen, into: &best)
    best.isMet = best.pValue < 1 - confidence
    return best
  }

  /// The p-value of the last `size` records, holding `hits` relevant ones, as a sample.
  public func pValue(size: Int, hits: Int, found: Int, unseen: Int) -> Double {
    guard size > 0 else { return 1 }
    // In the authors' order of operations, so that r/τ lands on the same side of an integer.
    let marked = Int(
      (Double(found) / recallTarget + 1 - Double(found - hits)).rounded(.down))
    // The null needs marked − hits relevant records among the unseen; more than there are
    // cannot be, so the null is false.
    guard marked - hits <= unseen else { return 0 }
    return Hypergeometric.cumulative(
      successes: hits, population: unseen + size, marked: marked, draws: size)
  }

  private func consider(size: Int, hits: Int, found: Int, unseen: Int, into best: inout Result) {
    let p = pValue(size: size, hits: hits, found: found, unseen: unseen)
    if p < best.pValue { best = Result(pValue: p, isMet: false, sampleSize: size) }
  }
}
