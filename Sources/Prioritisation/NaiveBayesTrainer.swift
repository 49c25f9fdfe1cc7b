import Foundation

/// Multinomial naive Bayes over TF-IDF weights, with equal class priors.
///
/// Each class's term distribution is its records' summed weights, smoothed by `smoothing` per
/// term; a record's score is the log-likelihood ratio of the two, which is linear in its
/// vector. Equal priors are the balancing: with the real ones, the rare includes would rank
/// below almost everything until many had been found.
struct NaiveBayesTrainer {
  /// Additive smoothing per term (ASReview's tuned default for its naive Bayes, 3.822).
  var smoothing = 3.822

  func train(_ examples: [TrainingExample], dimension: Int) -> LinearModel {
    var included = [Double](repeating: 0, count: dimension)
    var excluded = [Double](repeating: 0, count: dimension)
    for example in examples {
      if example.isIncluded {
        example.vector.add(scaledBy: 1, to: &included)
      } else {
        example.vector.add(scaledBy: 1, to: &excluded)
      }
    }
    // Each class's weights are averaged over its records: summed, the many excludes would
    // outweigh the few includes term by term, whatever the priors say.
    let includeCount = Double(max(examples.count { $0.isIncluded }, 1))
    let excludeCount = Double(max(examples.count { !$0.isIncluded }, 1))
    for term in 0..<dimension {
      included[term] /= includeCount
      excluded[term] /= excludeCount
    }
    let smoothedTotal = Double(dimension) * smoothing
    let includedTotal = included.reduce(0, +) + smoothedTotal
    let excludedTotal = excluded.reduce(0, +) + smoothedTotal
    var weights = [Double](repeating: 0, count: dimension)
    for term in 0..<dimension {
      weights[term] =
        log((included[term] + smoothing) / includedTotal)
        - log((excluded[term] + smoothing) / excludedTotal)
    }
    return LinearModel(weights: weights, bias: 0)
  }
}
