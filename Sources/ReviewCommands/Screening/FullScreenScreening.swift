import ReviewModel
import TerminalUI

/// The full-screen screening loop: the screening session on the shared ``FullScreenLoop``.
struct FullScreenScreening {
  let terminal: Terminal
  let effects: ScreeningEffects

  func run(_ state: inout ScreeningSession.State) throws {
    try FullScreenLoop(terminal: terminal).run(
      &state,
      start: { state in try effects.run(ScreeningSession.start(state), on: &state) },
      handle: { key, state in
        try effects.run(ScreeningSession.handle(key, in: &state), on: &state)
      },
      view: ScreeningView.lines)
  }
}
