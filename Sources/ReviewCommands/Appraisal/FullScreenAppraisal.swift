import TerminalUI

/// The full-screen appraisal loop: the appraisal session's reducer, the queue's effects and
/// the view in a ``FullScreenLoop``.
struct FullScreenAppraisal {
  let terminal: Terminal
  let queue: AppraisalQueue

  func run() throws -> AppraisalSession.State {
    var state = queue.initialState()
    try FullScreenLoop(
      terminal: terminal, handle: { key, state in AppraisalSession.handle(key, in: &state) },
      perform: { effects, state in try queue.run(effects, on: &state) },
      draw: { state, size in AppraisalView.lines(state, size: size) }
    ).run(&state, starting: AppraisalSession.start(state))
    return state
  }
}
