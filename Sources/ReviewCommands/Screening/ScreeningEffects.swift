import ReviewModel
import ReviewStore
import TerminalUI

/// Carries out what the screening session asks for: writes each decision to the log the moment
/// it is made, loads records, searches the queue.
struct ScreeningEffects {
  let store: ProjectStore
  let queue: ScreeningQueue
  /// Retrains the relevance model after each decision, when the queue is in relevance order.
  var ranker: BackgroundRanker?
  /// Whether the next record waits for the retrain (line mode, so that a script sees the same
  /// order every time); the full screen never waits.
  var waitsForRanking = false

  /// Runs `effects` in order, updating `state` with what they load.
  ///
  /// - Returns: false when the session asked to quit.
  func run(_ effects: [ScreeningEffect], on state: inout ScreeningSession.State) throws -> Bool {
    for effect in effects {
      switch effect {
      case .record(let draft):
        _ = try store.recordDecision(draft)
        teach(draft.recordID, draft.verdict, &state)
      case .setDesign(let recordID, let design):
        try store.setStudyDesign(recordID: recordID, design: design, actor: state.reviewer)
      case .retract(let recordID, let restoring):
        try store.retractLatestDecision(
          recordID: recordID, stage: state.stage, reviewer: state.reviewer)
        teach(recordID, restoring, &state)
      case .load(let position):
        state.item = try queue.item(state.queue[position])
      case .search(let words, let after):
        let found = try state.queue.indices.dropFirst(after + 1).first {
          try queue.matches(state.queue[$0], words: words)
        }
        if let found {
          state.position = found
          state.item = try queue.item(state.queue[found])
        } else {
          state.message = "No record after this one holds \"\(words)\"."
        }
      case .quit:
        return false
      }
    }
    return true
  }

  /// Tells the ranker the verdict that now stands on `recordID` (none, after an undo back to
  /// undecided), so that the model learns from exactly the decisions in force.
  private func teach(_ recordID: Int64, _ verdict: Verdict?, _ state: inout ScreeningSession.State)
  {
    guard let ranker else { return }
    let included: Bool? =
      switch verdict {
      case .include: true
      case .exclude: false
      case .maybe, .notRetrieved, nil: nil
      }
    ranker.learn(recordID: recordID, included: included)
    if waitsForRanking, let ranking = ranker.waitForNewestRanking() {
      ScreeningSession.receive(ranking, in: &state)
    }
  }
}

extension ScreeningEffects {
  /// Hands the newest ranking that is ready to the session, without waiting for one.
  ///
  /// - Returns: true when the queue's order changed.
  func adoptNewestRanking(_ state: inout ScreeningSession.State) -> Bool {
    guard let ranking = ranker?.newestRanking(),
      ranking.generation > (state.ranking?.generation ?? 0)
    else { return false }
    ScreeningSession.receive(ranking, in: &state)
    return true
  }
}
