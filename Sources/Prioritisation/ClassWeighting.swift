/// How much each include and each exclude counts in training.
///
/// A review's decisions are mostly excludes; weighed one to one, a learner would do best by
/// scoring everything low, and the next include would be found by chance. Weighting the includes
/// up is ASReview's "dynamic balancing", done here by sample weights instead of by copying records.
public struct ClassWeighting: Sendable, Hashable {
  /// The total weight of the includes over the total weight of the excludes.
  ///
  /// 1 is the usual "balanced" weighting (scikit-learn's `class_weight="balanced"`). ASReview's
  /// default model uses 9.8: includes are still scarce after balancing, and a model that errs
  /// towards them finds the next one sooner, at the cost of a few more excludes read early.
  public var ratio: Double

  public init(ratio: Double = 9.8) {
    precondition(ratio > 0, "the includes must weigh something")
    self.ratio = ratio
  }

  /// The weight of one include and of one exclude among `total` examples of which `includes` are
  /// includes: in the ratio asked for, and scaled so that the mean weight is 1, so that a
  /// learner's regularisation means the same whatever the mix.
  public func sampleWeights(includes: Int, total: Int) -> (include: Double, exclude: Double) {
    let excludes = total - includes
    guard includes > 0, excludes > 0 else { return (1, 1) }
    // Unnormalised: each include 1, each exclude includes / (ratio × excludes).
    let exclude = Double(includes) / (ratio * Double(excludes))
    let mean = (Double(includes) + exclude * Double(excludes)) / Double(total)
    return (1 / mean, exclude / mean)
  }
}
