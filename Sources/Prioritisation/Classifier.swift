/// Which learner turns the decisions so far into a ``LinearModel``.
///
/// All three are linear over the same TF-IDF vectors, so ranking is the same dot product;
/// they differ in the loss they fit. `litrev simulate --classifier` compares them on labelled
/// sets; the default is the one that measured best (see ``Classifier/default``).
public enum Classifier: String, Sendable, Hashable, CaseIterable, Codable {
  /// Logistic regression fitted by stochastic gradient descent.
  case logisticRegression = "logistic"
  /// A linear support vector machine (hinge loss) fitted by stochastic gradient descent.
  case linearSVM = "svm"
  /// Multinomial naive Bayes with equal class priors.
  case naiveBayes = "bayes"

  /// The learner `screen` and `simulate` use unless told otherwise.
  ///
  /// Logistic regression, by measurement (`litrev simulate --classifier`, 5 seeds, the four
  /// labelled sets of `make bench`, λ = 0.05): mean WSS@95 46.9% for logistic regression
  /// (ADHD 66.6, antihistamines 17.2, urinary incontinence 49.8, Kitchenham 54.0), 46.1% for
  /// naive Bayes (67.6, 11.0, 50.7, 55.0) and 43.4% for the SVM (63.3, 7.5, 48.2, 54.7). Its
  /// lead is small; it is steadier on the hardest set, and its scores stay smooth with a tiny
  /// training set, where the hinge loss leaves many records tied.
  public static let `default` = Classifier.logisticRegression

  /// Trains on `examples`: each a vector and whether it was included.
  ///
  /// - Parameters:
  ///   - examples: the decided records.
  ///   - dimension: how many terms the vectors range over.
  ///   - seed: orders the stochastic passes; the same seed gives the same model.
  /// - Returns: the model; with no include or no exclude, a model that scores every record 0.
  public func train(_ examples: [TrainingExample], dimension: Int, seed: UInt64) -> LinearModel {
    let includes = examples.count { $0.isIncluded }
    guard includes > 0, includes < examples.count else {
      return LinearModel(weights: Array(repeating: 0, count: dimension), bias: 0)
    }
    switch self {
    case .logisticRegression:
      return GradientDescentTrainer(loss: .logistic).train(
        examples, dimension: dimension, seed: seed)
    case .linearSVM:
      return GradientDescentTrainer(loss: .hinge).train(examples, dimension: dimension, seed: seed)
    case .naiveBayes:
      return NaiveBayesTrainer().train(examples, dimension: dimension)
    }
  }
}

/// One decided record, as the trainers see it.
public struct TrainingExample: Sendable, Hashable {
  public var vector: SparseVector
  public var isIncluded: Bool

  public init(vector: SparseVector, isIncluded: Bool) {
    self.vector = vector
    self.isIncluded = isIncluded
  }
}
