/// A trained linear scorer: a weight per term and a bias.
///
/// A higher score means more likely
/// relevant; only the order of scores matters, never their size.
public struct LinearModel: Sendable, Hashable {
  public var weights: [Double]
  public var bias: Double

  public init(weights: [Double], bias: Double) {
    self.weights = weights
    self.bias = bias
  }

  /// The score of one record's vector.
  public func score(_ vector: SparseVector) -> Double {
    vector.dot(weights) + bias
  }
}
