import ReviewModel
import TerminalUI

/// The full-screen screening loop: the screening session's reducer, effects and view in a
/// ``FullScreenLoop``.
struct FullScreenScreening {
  let terminal: Terminal
  let effects: ScreeningEffects

  func run(_ state: inout ScreeningSession.State) throws {
    try FullScreenLoop(
      terminal: terminal, handle: { key, state in ScreeningSession.handle(key, in: &state) },
      perform: { effects, state in try self.effects.run(effects, on: &state) },
      draw: { state, size in ScreeningView.lines(state, size: size) },
      refresh: { state in self.effects.adoptNewestRanking(&state) }
    ).run(&state, starting: ScreeningSession.start(state))
  }
}
