import ReviewModel
import TerminalUI

/// The full-screen screening loop.
///
/// Reads keys, lets the session decide, carries out its effects, redraws. The terminal is
/// restored on every way out (see ``RawMode``).
struct FullScreenScreening {
  let terminal: Terminal
  let effects: ScreeningEffects

  func run(_ state: inout ScreeningSession.State) throws {
    try terminal.enterFullScreen()
    defer { terminal.leaveFullScreen() }
    var running = try effects.run(ScreeningSession.start(state), on: &state)
    var size = terminal.size
    terminal.draw(ScreeningView.lines(state, size: size))
    while running {
      let keys = try terminal.readKeys(timeout: 100)
      var changed = effects.adoptNewestRanking(&state)
      for key in keys where running {
        running = try effects.run(ScreeningSession.handle(key, in: &state), on: &state)
        changed = true
      }
      let newSize = terminal.size
      if changed || newSize != size {
        size = newSize
        if running { terminal.draw(ScreeningView.lines(state, size: size)) }
      }
    }
  }
}
