import TerminalUI

/// The loop every full-screen session runs: read keys, let the session's pure reducer decide,
/// carry out its effects, redraw when something changed or the window was resized.
///
/// The terminal leaves full-screen mode on every way out (see ``RawMode``).
struct FullScreenLoop<State, Effect> {
  let terminal: Terminal
  /// The reducer: what a key does to the state.
  let handle: (Key, inout State) -> [Effect]
  /// The shell: carries out effects; false once the session should end.
  let perform: ([Effect], inout State) throws -> Bool
  /// The view: the screen's lines for a state and a size.
  let draw: (State, TerminalSize) -> [StyledLine]
  /// Takes in what work in the background has finished since the last look (a newer
  /// ranking); true when it changed the state.
  var refresh: (inout State) -> Bool = { _ in false }

  func run(_ state: inout State, starting effects: [Effect]) throws {
    try terminal.enterFullScreen()
    defer { terminal.leaveFullScreen() }
    var running = try perform(effects, &state)
    var size = terminal.size
    terminal.draw(draw(state, size))
    while running {
      let keys = try terminal.readKeys(timeout: 100)
      var changed = refresh(&state)
      for key in keys where running {
        running = try perform(handle(key, &state), &state)
        changed = true
      }
      let newSize = terminal.size
      guard running, changed || newSize != size else { continue }
      size = newSize
      terminal.draw(draw(state, size))
    }
  }
}
