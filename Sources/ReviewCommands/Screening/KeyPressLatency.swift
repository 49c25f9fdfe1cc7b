import Foundation
import ReviewModel
import ReviewStore
import Screening
import TerminalUI

/// What one key press costs the full-screen screening loop, measured without a terminal.
///
/// `make bench` runs it (through `screening-bench`) on a large project, because the issue's
/// target, the next record drawn within 20 ms of a key press, is about this loop and not about
/// the terminal: each press goes through the session's reducer, the effects (the decision
/// written to the log in its own transaction, the next record loaded and highlighted) and the
/// view, and ends with the frame's bytes built, exactly as ``FullScreenScreening`` does, short
/// of writing them.
public enum KeyPressLatency {
  public struct Measurement: Sendable {
    /// How long building the reviewer's queue took, before the first record is shown.
    public var queueSetup: Duration
    /// How many records the queue held.
    public var queued: Int
    /// One duration per key press, in the order pressed.
    public var keyPresses: [Duration]
  }

  /// Screens `count` records of the project in `folder` at title and abstract as `reviewer`,
  /// cycling through include, maybe, and exclude with the first reason (two presses).
  ///
  /// The decisions are stored: run it on a copy of a project.
  public static func measure(folder: URL, reviewer: String, count: Int) throws -> Measurement {
    let location = ProjectLocation(folder: folder)
    let store = try ProjectStore(path: location.databasePath)
    let loaded = try ProtocolLoader().load(path: location.protocolPath)
    let clock = ContinuousClock()
    let started = clock.now
    let queue = try ScreeningQueue(
      store: store, loaded: loaded, stage: .titleAbstract, reviewer: reviewer)
    var state = ScreeningSession.State(
      stage: .titleAbstract, reviewer: reviewer,
      reasons: loaded.reviewProtocol.reasons(at: .titleAbstract), reasonIsRequired: false,
      queue: queue.recordIDs, alreadyDecided: queue.alreadyDecided)
    let effects = ScreeningEffects(store: store, queue: queue)
    let size = TerminalSize(rows: 40, columns: 120)
    _ = try effects.run(ScreeningSession.start(state), on: &state)
    _ = Frame(lines: ScreeningView.lines(state, size: size), size: size, usesColor: true)
    let queueSetup = clock.now - started

    let cycle: [Key] = [.character("i"), .character("m"), .character("e"), .character("1")]
    var presses: [Duration] = []
    presses.reserveCapacity(count)
    var index = 0
    while presses.count < count, state.item != nil {
      let key = cycle[index % cycle.count]
      index += 1
      let pressed = clock.now
      guard try effects.run(ScreeningSession.handle(key, in: &state), on: &state) else { break }
      let frame = Frame(lines: ScreeningView.lines(state, size: size), size: size, usesColor: true)
      presses.append(clock.now - pressed)
      precondition(!frame.text.isEmpty)
    }
    return Measurement(queueSetup: queueSetup, queued: queue.recordIDs.count, keyPresses: presses)
  }
}
