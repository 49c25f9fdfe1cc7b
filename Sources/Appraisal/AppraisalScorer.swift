/// One appraiser's answers about one study under one instrument: item id → answer id.
public typealias AnswerSet = [String: String]

/// What a set of answers comes to under an instrument.
public struct AppraisalScore: Sendable, Hashable {
  /// The total on the instrument's scale: points (sum), criteria met (count_met) or percent met
  /// (share_met); nil when nothing that counts was answered.
  public var score: Double?
  /// The lowest and highest totals the instrument can give.
  public var minimum: Double
  public var maximum: Double
  /// The rating band of ``score``; nil while any item that counts is unanswered, since a band
  /// of a partial score would mislead.
  public var rating: String?
  /// One sub-score per domain that counts, in the instrument's order.
  public var subscores: [Subscore]
  /// Items that count but have no answer yet, in the instrument's order.
  public var missing: [String]
  /// Items answered not applicable, which left the maximum.
  public var notApplicable: [String]
  /// For instruments with screening questions: whether every one was met (nil when none).
  public var screeningMet: Bool?
  /// For instruments with design categories: the categories the study was appraised under.
  public var categories: [String]

  /// True when every item that counts has an answer.
  public var isComplete: Bool { missing.isEmpty }
}

/// A domain's part of the score.
public struct Subscore: Sendable, Hashable {
  public var domain: String
  public var name: String
  public var score: Double?
  public var maximum: Double
}

extension Instrument {
  /// The lowest and highest totals the instrument can give: the items' least and most points
  /// under `sum`, 0 to the number of scored items under `count_met`, 0 to 100 under `share_met`.
  public var scale: ClosedRange<Double> {
    let scoredItems = domains.filter { $0.role == .scored }.flatMap(\.items)
    switch scoring.method {
    case .sum:
      return scoredItems.map(\.minimumPoints).reduce(
        0, +)...scoredItems.map(\.maximumPoints)
        .reduce(0, +)
    case .countMet:
      return 0...Double(scoredItems.count)
    case .shareMet:
      return 0...100
    }
  }

  /// Scores `answers` (item id → answer id); answers the instrument does not know are left out
  /// (``AnswerSheet`` refuses them before they get here).
  ///
  /// - Parameters:
  ///   - answers: the answers given so far; items without one are reported as missing.
  ///   - bands: the rating bands to use; the instrument's own when nil.
  /// - Returns: the total, sub-scores, rating and what is missing.
  public func score(_ answers: AnswerSet, bands: RatingBands? = nil) -> AppraisalScore {
    let chosen: (Item) -> Answer? = { item in answers[item.id].flatMap(item.answer) }
    let screening = domains.filter { $0.role == .screening }.flatMap(\.items)
    let categories = domains.filter { domain in
      domain.role == .category && domain.items.contains { chosen($0) != nil }
    }
    let counted = domains.filter { $0.role == .scored } + categories
    var missing = (screening + counted.flatMap(\.items)).filter { chosen($0) == nil }.map(\.id)
    if domains.contains(where: { $0.role == .category }) && categories.isEmpty {
      missing += domains.filter { $0.role == .category }.flatMap(\.items).map(\.id)
    }
    let notApplicable = items.filter { chosen($0)?.isNotApplicable == true }.map(\.id)
    let subscores = counted.map { domain in
      let part = tally(domain.items, chosen: chosen)
      return Subscore(
        domain: domain.id, name: domain.name, score: part.score, maximum: part.maximum)
    }
    var total: Double?
    switch scoring.method {
    case .sum, .countMet:
      total = tally(counted.flatMap(\.items), chosen: chosen).score
    case .shareMet where !categories.isEmpty:
      // Each design category apart; the study is as strong as its weakest (MMAT).
      total = subscores.compactMap(\.score).min()
    case .shareMet:
      total = tally(counted.flatMap(\.items), chosen: chosen).score
    }
    let screeningMet =
      screening.isEmpty ? nil : screening.allSatisfy { chosen($0)?.category == .met }
    let range = scale
    return AppraisalScore(
      score: total, minimum: range.lowerBound, maximum: range.upperBound,
      // Scaling back not-applicable items can take a sum a little past the scale's ends
      // (MERSQI's least answers with the response rate not applicable come to 4.9 of 18): the
      // rating is that of the nearest end.
      rating: missing.isEmpty
        ? total.flatMap {
          (bands ?? self.bands).rating(of: min(max($0, range.lowerBound), range.upperBound))
        }
        : nil,
      subscores: subscores, missing: missing, notApplicable: notApplicable,
      screeningMet: screeningMet, categories: categories.map(\.id))
  }

  /// The score and maximum of some items under the instrument's rule.
  private func tally(_ items: [Item], chosen: (Item) -> Answer?) -> (
    score: Double?, maximum: Double
  ) {
    let applicable = items.filter { chosen($0)?.isNotApplicable != true }
    let answered = applicable.compactMap { item in chosen(item).map { (item, $0) } }
    switch scoring.method {
    case .sum:
      let fullMaximum = items.map(\.maximumPoints).reduce(0, +)
      let applicableMaximum = applicable.map(\.maximumPoints).reduce(0, +)
      guard !answered.isEmpty, applicableMaximum > 0 else { return (nil, fullMaximum) }
      let points = answered.compactMap { $0.1.points }.reduce(0, +)
      // Not-applicable items leave the maximum; the total is scaled back to the full one.
      return (points * fullMaximum / applicableMaximum, fullMaximum)
    case .countMet:
      guard !answered.isEmpty else { return (nil, Double(items.count)) }
      return (Double(answered.filter { $0.1.category == .met }.count), Double(items.count))
    case .shareMet:
      guard !answered.isEmpty else { return (nil, 100) }
      let met = answered.filter { $0.1.category == .met }.count
      return (100 * Double(met) / Double(answered.count), 100)
    }
  }
}
