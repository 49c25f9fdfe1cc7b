import ReviewModel
import ReviewStore
import TerminalUI

/// Carries out what the screening session asks for: writes each decision to the log the moment
/// it is made, loads records, searches the queue.
struct ScreeningEffects {
  let store: ProjectStore
  let queue: ScreeningQueue

  /// Runs `effects` in order, updating `state` with what they load.
  ///
  /// - Returns: false when the session asked to quit.
  func run(_ effects: [ScreeningEffect], on state: inout ScreeningSession.State) throws -> Bool {
    for effect in effects {
      switch effect {
      case .record(let draft):
        _ = try store.recordDecision(draft)
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
}
