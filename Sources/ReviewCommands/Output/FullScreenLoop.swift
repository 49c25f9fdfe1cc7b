import TerminalUI

/// The loop every full-screen command runs.
///
/// It enters the full screen, starts the session, then reads keys, lets the session decide,
/// carries out its effects and redraws, until the session asks to quit. The terminal is restored
/// on every way out (see ``RawMode``).
struct FullScreenLoop {
  let terminal: Terminal

  /// Runs the loop on `state`.
  ///
  /// - Parameters:
  ///   - state: the session's state, changed as it goes.
  ///   - start: starts the session; false when it has nothing to do.
  ///   - handle: one key: the session's reducer and its effects; false when it quits.
  ///   - view: the screen's lines for a state and a size.
  /// - Throws: what the effects or the terminal throw.
  func run<State>(
    _ state: inout State, start: (inout State) throws -> Bool,
    handle: (Key, inout State) throws -> Bool,
    view: (State, TerminalSize) -> [StyledLine]
  ) throws {
    try terminal.enterFullScreen()
    defer { terminal.leaveFullScreen() }
    var running = try start(&state)
    var size = terminal.size
    terminal.draw(view(state, size))
    while running {
      let keys = try terminal.readKeys(timeout: 100)
      var changed = false
      for key in keys where running {
        running = try handle(key, &state)
        changed = true
      }
      let newSize = terminal.size
      if changed || newSize != size {
        size = newSize
        if running { terminal.draw(view(state, size)) }
      }
    }
  }
}
