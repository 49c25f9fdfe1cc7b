import Dispatch
import Foundation
import Prioritisation
import TerminalUI

/// Retrains the relevance model off the key loop, after every decision, and keeps the newest
/// ranking for the screen to pick up.
///
/// Requests pile up while a reviewer presses keys faster than the model trains; only the
/// newest is worth training, so a waiting request that has been overtaken is dropped.
/// `@unchecked Sendable`: every mutable field is read and written under `lock`.
final class BackgroundRanker: @unchecked Sendable {
  private let model: ProjectRelevanceModel
  private let queueRecords: [Int64]
  private let seed: UInt64
  private let worker = DispatchQueue(label: "litrev.relevance-ranker")
  private let lock = NSLock()
  private var labels: [Int64: Bool]
  private var requests = 0
  private var newest: QueueRanking?

  /// - Parameters:
  ///   - model: the project's vectors.
  ///   - queueRecords: the records of the reviewer's queue, which the rankings order.
  ///   - labels: what the model learns from at the start.
  ///   - seed: the trainer's seed; each retrain adds its generation to it.
  init(model: ProjectRelevanceModel, queueRecords: [Int64], labels: [Int64: Bool], seed: UInt64) {
    self.model = model
    self.queueRecords = queueRecords
    self.labels = labels
    self.seed = seed
  }

  /// Whether the model has what it needs to train.
  var canTrain: Bool { lock.withLock { ProjectRelevanceModel.canTrain(labels) } }

  /// Takes a decision into the training set and asks for a retrain.
  func learn(recordID: Int64, included: Bool?) {
    lock.withLock { labels[recordID] = included }
    requestRetrain()
  }

  /// Asks for a retrain on the labels so far; returns at once.
  func requestRetrain() {
    let ticket = lock.withLock {
      requests += 1
      return requests
    }
    worker.async { [self] in
      let snapshot: [Int64: Bool]? = lock.withLock { ticket == requests ? labels : nil }
      guard let snapshot else { return }
      let candidates = queueRecords.filter { snapshot[$0] == nil }
      guard
        let order = model.ranking(
          labels: snapshot, candidates: candidates, seed: seed &+ UInt64(ticket))
      else { return }
      let time = Date().formatted(
        Date.ISO8601FormatStyle(timeZone: .current).time(includingFractionalSeconds: false))
      let ranking = QueueRanking(
        order: order, trainedOn: snapshot.count, trainedAt: time, generation: ticket)
      lock.withLock {
        if (newest?.generation ?? 0) < ticket { newest = ranking }
      }
    }
  }

  /// The newest ranking ready, if any; never waits.
  func newestRanking() -> QueueRanking? { lock.withLock { newest } }

  /// Waits until every retrain asked for has finished, then returns the newest ranking.
  func waitForNewestRanking() -> QueueRanking? {
    worker.sync {}
    return newestRanking()
  }
}
