import ArgumentParser
import Prioritisation
import ReviewModel
import ReviewStore
import TerminalUI

extension QueueOrder: ExpressibleByArgument {}

/// Puts a reviewer's queue in the order `screen --order` asks for, and, for relevance, starts
/// the model that keeps it in order.
struct QueueOrdering {
  /// The queue in its first order.
  var recordIDs: [Int64]
  /// The order in force: relevance only at title and abstract.
  var order: QueueOrder
  /// For relevance: retrains after each decision.
  var ranker: BackgroundRanker?
  /// For relevance, when the model could train already: the first ranking.
  var ranking: QueueRanking?

  /// - Parameters:
  ///   - queue: the reviewer's queue, in import order.
  ///   - order: the order asked for.
  ///   - seed: seeds the random order and the model's training.
  init(
    queue: ScreeningQueue, order: QueueOrder, store: ProjectStore, seed: UInt64
  ) throws {
    var generator = SeededGenerator(seed: seed)
    switch order {
    case .imported:
      recordIDs = queue.recordIDs
      self.order = .imported
    case .random:
      recordIDs = generator.shuffled(queue.recordIDs)
      self.order = .random
    case .relevance where queue.stage != .titleAbstract:
      // The model learns from title/abstract decisions; a full-text queue keeps import order.
      recordIDs = queue.recordIDs
      self.order = .imported
    case .relevance:
      // Random until the model can train, so that no record is first only for being first in
      // the file.
      recordIDs = generator.shuffled(queue.recordIDs)
      self.order = .relevance
      let labels = try ProjectRelevanceModel.trainingLabels(store: store, reviewer: queue.reviewer)
      let ranker = BackgroundRanker(
        model: try ProjectRelevanceModel(store: store), queueRecords: queue.recordIDs,
        labels: labels, seed: seed)
      if ranker.canTrain {
        ranker.requestRetrain()
        ranking = ranker.waitForNewestRanking()
      }
      self.ranker = ranker
    }
  }

  /// Sets the session's order and first ranking.
  func apply(to state: inout ScreeningSession.State) {
    state.order = order
    if let ranking { ScreeningSession.receive(ranking, in: &state) }
  }
}
