import ReviewModel
import TerminalUI

/// The full-screen extraction loop: the extraction session's reducer, effects and view in a
/// ``FullScreenLoop``.
struct FullScreenExtraction {
  let terminal: Terminal
  let effects: ExtractionEffects

  func run(_ state: inout ExtractionSession.State) throws {
    try FullScreenLoop(
      terminal: terminal, handle: { key, state in ExtractionSession.handle(key, in: &state) },
      perform: { effects, state in try self.effects.run(effects, on: &state) },
      draw: { state, size in ExtractionView.lines(state, size: size) }
    ).run(&state, starting: ExtractionSession.start(state))
  }
}
