/// How well a screening order did, as ASReview's insights extension measures a simulation.
///
/// `labels` are the records in the order they were screened, prior knowledge left out, and
/// padded with the records never screened (as excludes), so there are as many as the set has
/// records beyond the priors. Like the extension, recall levels are compared as the fractions
/// found/relevant, and a share screened as screened/records.
public struct ScreeningMetrics: Sendable, Hashable {
  public let labels: [Bool]
  /// How many of `labels` are relevant.
  public let relevant: Int

  public init(labels: [Bool]) {
    self.labels = labels
    relevant = labels.count { $0 }
  }

  /// Work saved over sampling at `recall` (0.95 for WSS@95): the share of records not screened
  /// to reach that recall, beyond what screening in random order leaves unscreened.
  ///
  /// Random order is the expected count round(relevant × i / (records − 1)) at position i, as
  /// the extension draws it; the level reached is the highest j/relevant not above `recall`.
  public func workSavedOverSampling(atRecall recall: Double) -> Double {
    guard relevant > 0, labels.count > 1 else { return 0 }
    var level = 0
    for found in 1...relevant where Double(found) / Double(relevant) <= recall { level = found }
    guard level > 0 else { return 0 }
    let screened = firstPosition(reaching: level)
    let step = Double(relevant) / Double(labels.count - 1)
    var random = 0
    while random < labels.count - 1,
      (Double(random) * step).rounded(.toNearestOrEven) < Double(level)
    {
      random += 1
    }
    return Double(random - screened) / Double(labels.count)
  }

  /// The share of relevant records found after screening `share` of the records (0.1 for
  /// RRF@10).
  public func recall(afterScreening share: Double) -> Double {
    guard relevant > 0 else { return 0 }
    var found = 0
    for (position, label) in labels.enumerated() {
      guard Double(position + 1) / Double(labels.count) <= share else { break }
      if label { found += 1 }
    }
    return Double(found) / Double(relevant)
  }

  /// The average time to discovery: the mean number of records screened up to and including
  /// each relevant one.
  public var averageTimeToDiscovery: Double {
    guard relevant > 0 else { return 0 }
    var sum = 0
    for (position, label) in labels.enumerated() where label { sum += position + 1 }
    return Double(sum) / Double(relevant)
  }

  /// The recall after each record: the curve `--svg` draws.
  public var recallCurve: [Double] {
    var found = 0
    return labels.map { label in
      if label { found += 1 }
      return relevant > 0 ? Double(found) / Double(relevant) : 0
    }
  }

  /// The index of the record at which `count` relevant records have been found.
  private func firstPosition(reaching count: Int) -> Int {
    var found = 0
    for (position, label) in labels.enumerated() where label {
      found += 1
      if found == count { return position }
    }
    return labels.count
  }
}
