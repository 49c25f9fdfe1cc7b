/// Replays screening on a labelled set: the model picks each next record, the labels answer.
///
/// It starts from prior knowledge, a few includes and excludes drawn at random, then retrains
/// after every decision and screens the record the model ranks first, as a reviewer would
/// with `litrev screen --order relevance`. Once every relevant record has been found, the
/// records left are all excludes, so their order changes none of the metrics: the replay stops
/// training there, and only keeps counting excludes until the stopping test would have fired.
public struct ScreeningSimulation: Sendable {
  /// One record of the set, as the model reads it, with the reviewers' verdict.
  public var vectors: [SparseVector]
  public var dimension: Int
  public var labels: [Bool]
  public var classifier: Classifier
  public var stoppingTest: StoppingTest

  /// Prepares a replay of `texts` with their labels.
  public init(
    texts: [ScreeningText], labels: [Bool], classifier: Classifier = .default,
    stoppingTest: StoppingTest = StoppingTest()
  ) {
    let extractor = TermExtractor()
    let (vectors, dimension) = TFIDFVectorizer().vectors(of: texts.map(extractor.terms(of:)))
    self.vectors = vectors
    self.dimension = dimension
    self.labels = labels
    self.classifier = classifier
    self.stoppingTest = stoppingTest
  }

  /// How much prior knowledge to start from.
  public struct Priors: Sendable, Hashable {
    public var included: Int
    public var excluded: Int

    public init(included: Int = 1, excluded: Int = 1) {
      self.included = included
      self.excluded = excluded
    }
  }

  /// What one replay did.
  public struct Run: Sendable, Hashable {
    public var seed: UInt64
    /// The records drawn as prior knowledge, by position in the set.
    public var priors: [Int]
    /// The records in the order they were screened after the priors; records never screened
    /// are not in it.
    public var order: [Int]
    /// The metrics over `order`, padded with the records never screened.
    public var metrics: ScreeningMetrics
    /// How many records (priors included) had been screened when the stopping test first
    /// fired, or nil if it never did.
    public var stoppedAfter: Int?
    /// The recall at that point.
    public var recallAtStop: Double?
    /// The number of retrains, and the time they took with the re-ranking, in seconds.
    public var retrains: Int
    public var retrainSeconds: Double
  }

  /// Errors in the set that make a replay impossible.
  public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// There are fewer includes or excludes than the priors need.
    case notEnoughLabels(included: Int, excluded: Int, priors: Priors)

    public var description: String {
      switch self {
      case .notEnoughLabels(let included, let excluded, let priors):
        "the set has \(included) included and \(excluded) excluded records; the priors need "
          + "\(priors.included) and \(priors.excluded), and at least one of each must be left "
          + "to find"
      }
    }
  }

  /// Runs one replay.
  ///
  /// - Parameters:
  ///   - seed: draws the priors and orders the trainer's passes.
  ///   - priors: how many includes and excludes to start from.
  /// - Returns: the order, its metrics and when the stopping test fired.
  /// - Throws: ``SimulationError/notEnoughLabels(included:excluded:priors:)``.
  public func run(seed: UInt64, priors: Priors = Priors()) throws(SimulationError) -> Run {
    let included = labels.indices.filter { labels[$0] }
    let excluded = labels.indices.filter { !labels[$0] }
    guard priors.included >= 1, priors.excluded >= 1, included.count > priors.included,
      excluded.count >= priors.excluded
    else {
      throw .notEnoughLabels(included: included.count, excluded: excluded.count, priors: priors)
    }
    var generator = SeededGenerator(seed: seed)
    let prior =
      Array(generator.shuffled(included).prefix(priors.included))
      + Array(generator.shuffled(excluded).prefix(priors.excluded))
    var examples = prior.map { TrainingExample(vector: vectors[$0], isIncluded: labels[$0]) }
    var screened = prior.map { labels[$0] }
    var isScreened = [Bool](repeating: false, count: labels.count)
    for position in prior { isScreened[position] = true }
    var order: [Int] = []
    var found = prior.count { labels[$0] }
    var stoppedAfter: Int?
    var recallAtStop: Double?
    var retrains = 0
    var retrainTime = Duration.zero
    var trainingState = TrainingState()
    let clock = ContinuousClock()

    func noteStoppingTest() {
      guard stoppedAfter == nil,
        stoppingTest.evaluate(screened: screened, total: labels.count).isMet
      else { return }
      stoppedAfter = screened.count
      recallAtStop = Double(found) / Double(included.count)
    }

    var remaining = labels.indices.filter { !isScreened[$0] }
    while !remaining.isEmpty, found < included.count {
      var next: Int?
      let elapsed = clock.measure {
        let model = classifier.train(
          examples, dimension: dimension, seed: seed &+ UInt64(retrains), state: &trainingState)
        next = RelevanceRanking.best(of: remaining, vectors: vectors, model: model)
      }
      retrains += 1
      retrainTime += elapsed
      guard let next else { break }
      remaining.removeAll { $0 == next }
      order.append(next)
      screened.append(labels[next])
      examples.append(TrainingExample(vector: vectors[next], isIncluded: labels[next]))
      if labels[next] { found += 1 }
      noteStoppingTest()
    }
    // Every relevant record is found: the rest are excludes in any order.
    while stoppedAfter == nil, !remaining.isEmpty {
      order.append(remaining.removeFirst())
      screened.append(false)
      noteStoppingTest()
    }
    var padded = order.map { labels[$0] }
    padded += Array(repeating: false, count: labels.count - prior.count - order.count)
    let seconds =
      Double(retrainTime.components.seconds)
      + Double(retrainTime.components.attoseconds) / 1e18
    return Run(
      seed: seed, priors: prior, order: order, metrics: ScreeningMetrics(labels: padded),
      stoppedAfter: stoppedAfter, recallAtStop: recallAtStop, retrains: retrains,
      retrainSeconds: seconds)
  }
}
