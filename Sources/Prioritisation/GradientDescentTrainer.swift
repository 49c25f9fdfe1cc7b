import Foundation

/// Fits a linear model by stochastic gradient descent with L2 regularisation, weighting the
/// classes so that the few includes count as much, in total, as the many excludes.
///
/// Each pass visits the examples in a seeded random order. The step size falls as
/// 1 / (1 + λt), the schedule under which regularised SGD converges (Pegasos, Shalev-Shwartz
/// et al. 2007), started at 1. The regularisation shrinks every weight at every step; instead
/// of touching all the weights, the weights are kept as `scale × raw`, and only the example's
/// own entries are updated (Bottou's trick), so a step costs the example's size, not the
/// vocabulary's.
struct GradientDescentTrainer {
  enum Loss {
    /// log(1 + e^(−m)): logistic regression.
    case logistic
    /// max(0, 1 − m): a linear support vector machine.
    case hinge

    /// The loss's derivative by the margin m = y·score.
    func slope(margin: Double) -> Double {
      switch self {
      case .logistic:
        return -1 / (1 + exp(margin))
      case .hinge:
        return margin < 1 ? -1 : 0
      }
    }
  }

  var loss: Loss
  /// The strength of the L2 penalty.
  ///
  /// Chosen by `litrev simulate` on the four labelled sets of
  /// `make bench` (mean WSS@95 over 5 seeds): 1e-3 gave 37%, 1e-2 44%, 5e-2 47%, 2e-1 46%
  /// (better on three sets, much worse on Antihistamines). Strong regularisation also makes the
  /// step size fall faster, so the model settles instead of following the last few examples.
  var regularisation = 5e-2
  /// Passes over the training examples.
  var passes = 8

  func train(_ examples: [TrainingExample], dimension: Int, seed: UInt64) -> LinearModel {
    let includes = Double(examples.count { $0.isIncluded })
    let total = Double(examples.count)
    // Balanced class weights: each class carries half of the total weight.
    let includeWeight = total / (2 * includes)
    let excludeWeight = total / (2 * (total - includes))
    var raw = [Double](repeating: 0, count: dimension)
    var scale = 1.0
    var bias = 0.0
    var generator = SeededGenerator(seed: seed)
    var step = 0.0
    let order = Array(examples.indices)
    for _ in 0..<passes {
      for position in generator.shuffled(order) {
        let example = examples[position]
        let label: Double = example.isIncluded ? 1 : -1
        let rate = 1 / (1 + regularisation * step)
        step += 1
        let margin = label * (scale * example.vector.dot(raw) + bias)
        let gradient =
          loss.slope(margin: margin) * label
          * (example.isIncluded ? includeWeight : excludeWeight)
        scale *= 1 - rate * regularisation
        if gradient != 0 {
          example.vector.add(scaledBy: -rate * gradient / scale, to: &raw)
          // The bias moves a hundred times slower than the weights, as scikit-learn's SGD
          // does on sparse data, so it does not swing with every record.
          bias -= rate * gradient * 0.01
        }
        if scale < 1e-6 {
          for index in raw.indices { raw[index] *= scale }
          scale = 1
        }
      }
    }
    return LinearModel(weights: raw.map { $0 * scale }, bias: bias)
  }
}
