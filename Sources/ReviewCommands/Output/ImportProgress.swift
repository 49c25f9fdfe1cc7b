import Foundation

/// A running count of records read, on standard error, only when standard error is a terminal
/// (a log file or a pipe gets the one-line summary alone).
final class ImportProgress {
  private let file: String
  private let isShown: Bool
  private var count = 0
  private var lastShown = ContinuousClock.now

  init(file: String) {
    self.file = file
    isShown = StandardStreams.error.isTerminal
  }

  /// Counts one more record; redraws at most ten times a second.
  func advance() {
    count += 1
    guard isShown, count % 512 == 0 else { return }
    let now = ContinuousClock.now
    guard now - lastShown > .milliseconds(100) else { return }
    lastShown = now
    StandardStreams.error.write("\r\u{1B}[K\(file): \(count) records read…")
  }

  /// Clears the progress line.
  func finish() {
    if isShown { StandardStreams.error.write("\r\u{1B}[K") }
  }
}
