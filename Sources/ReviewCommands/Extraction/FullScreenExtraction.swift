import ReviewModel
import TerminalUI

/// The full-screen extraction loop: the extraction session on the shared ``FullScreenLoop``.
struct FullScreenExtraction {
  let terminal: Terminal
  let effects: ExtractionEffects

  func run(_ state: inout ExtractionSession.State) throws {
    try FullScreenLoop(terminal: terminal).run(
      &state,
      start: { state in try effects.run(ExtractionSession.start(state), on: &state) },
      handle: { key, state in
        try effects.run(ExtractionSession.handle(key, in: &state), on: &state)
      },
      view: ExtractionView.lines)
  }
}
