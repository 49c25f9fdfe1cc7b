/// A ranking of the records still to screen, from the relevance model, as the screen uses it.
///
/// The model is trained off the key loop; when a ranking is ready the shell hands it to
/// ``ScreeningSession/receive(_:in:)``, which reorders the records after the current one. A key
/// press never waits for a ranking.
public struct QueueRanking: Sendable, Hashable {
  /// The records, most likely relevant first.
  public var order: [Int64]
  /// How many decisions the model was trained on.
  public var trainedOn: Int
  /// When it was trained, as the screen shows it (`14:03:12`).
  public var trainedAt: String
  /// Increases with every ranking, so the shell hands over only newer ones.
  public var generation: Int
  private var ranks: [Int64: Int]

  public init(order: [Int64], trainedOn: Int, trainedAt: String, generation: Int) {
    self.order = order
    self.trainedOn = trainedOn
    self.trainedAt = trainedAt
    self.generation = generation
    ranks = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset + 1) })
  }

  /// The rank of `recordID` (1 for the first), or nil when it was not ranked.
  public func rank(of recordID: Int64) -> Int? { ranks[recordID] }
}

/// How the queue is ordered, as the screen's header says.
public enum QueueOrder: String, Sendable, Hashable, CaseIterable {
  /// By the relevance model, once it can train (one include and one exclude).
  case relevance
  /// In a seeded random order.
  case random
  /// In the order the records were imported.
  case imported
}

extension ScreeningSession {
  /// Takes a newer ranking: the records after the current one are put in its order (records
  /// it did not rank keep their order, after the ranked ones); the current record, those
  /// before it and those decided in this session stay where they are.
  ///
  /// - Parameters:
  ///   - ranking: the ranking, ignored when it is not newer than the one the state holds.
  ///   - state: the session, changed in place.
  public static func receive(_ ranking: QueueRanking, in state: inout State) {
    if let current = state.ranking, current.generation >= ranking.generation { return }
    state.ranking = ranking
    state.order = .relevance
    // After an undo, records decided in this session may lie after the current one: they
    // stay put too, or they would come round again.
    let afterDecided = (state.decidedInSession.map(\.position).max() ?? -1) + 1
    let firstMovable = min(
      max(state.position + (state.item == nil ? 0 : 1), afterDecided), state.queue.count)
    let movable = state.queue[firstMovable...]
    let ranked = movable.enumerated().sorted { left, right in
      let leftRank = ranking.rank(of: left.element) ?? Int.max
      let rightRank = ranking.rank(of: right.element) ?? Int.max
      return leftRank != rightRank ? leftRank < rightRank : left.offset < right.offset
    }.map(\.element)
    state.queue.replaceSubrange(firstMovable..., with: ranked)
  }

  /// What the screen says about the model: the order, and for relevance what it was trained on.
  public static func modelStatus(_ state: State) -> String? {
    guard let order = state.order else { return nil }
    guard order == .relevance, let ranking = state.ranking else {
      return order == .relevance
        ? "order: random until one include and one exclude" : "order: \(order.rawValue)"
    }
    var text =
      "order: relevance · trained on \(ranking.trainedOn) decisions at \(ranking.trainedAt)"
    if let id = state.item?.recordID, let rank = ranking.rank(of: id) {
      text += " · rank \(rank) of \(ranking.order.count)"
    }
    return text
  }
}
