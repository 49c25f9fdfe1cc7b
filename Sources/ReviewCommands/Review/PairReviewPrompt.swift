import Deduplication
import TerminalUI

/// How `dedupe --review` asks about a pair and says what it did.
protocol PairReviewPrompt {
  /// Shows the pair and waits for an answer; nil when the input has ended.
  mutating func ask(_ comparison: PairComparison, position: Int, count: Int) throws
    -> DuplicateReviewSession.Answer?
  /// Says what an answer did.
  mutating func tell(_ message: String)
  /// Ends the prompt (leaves the full screen); safe to call more than once.
  mutating func finish()
}

/// One word a line from standard input, for pipes and scripts.
struct LinePairPrompt: PairReviewPrompt {
  /// Reads one line of input; nil at its end.
  var readAnswer: () -> String? = { readLine(strippingNewline: true) }

  mutating func ask(_ comparison: PairComparison, position: Int, count: Int)
    -> DuplicateReviewSession.Answer?
  {
    let output = StandardStreams.output
    output.writeLine("\nPair \(position) of \(count)")
    for line in comparison.lines() { output.writeLine(line) }
    while true {
      output.write("Same study? [same/different/skip/quit] ")
      guard let line = readAnswer() else { return nil }
      if let answer = DuplicateReviewSession.Answer(line) { return answer }
      output.writeLine("Answer same, different, skip or quit.")
    }
  }

  mutating func tell(_ message: String) {
    StandardStreams.output.writeLine(message)
  }

  mutating func finish() {}
}

/// The pair on the full screen, the fields that differ in reverse video, one key an answer:
/// s same, d different, k skip, q quit.
struct FullScreenPairPrompt: PairReviewPrompt {
  let terminal: Terminal
  private var message: String?

  init(terminal: Terminal) {
    self.terminal = terminal
  }

  mutating func ask(_ comparison: PairComparison, position: Int, count: Int) throws
    -> DuplicateReviewSession.Answer?
  {
    try terminal.enterFullScreen()
    var size = terminal.size
    terminal.draw(Self.lines(comparison, position: position, count: count, message, size: size))
    message = nil
    while true {
      for key in try terminal.readKeys(timeout: 100) {
        switch key {
        case .character("s"): return .same
        case .character("d"): return .different
        case .character("k"), .character(" "): return .skip
        case .character("q"), .control("c"): return .quit
        default: continue
        }
      }
      if terminal.size != size {
        size = terminal.size
        terminal.draw(
          Self.lines(comparison, position: position, count: count, nil, size: size))
      }
    }
  }

  mutating func tell(_ message: String) {
    self.message = message
  }

  mutating func finish() {
    terminal.leaveFullScreen()
  }

  /// The screen for one pair: a pure function of the pair and the size, like the screening view.
  static func lines(
    _ comparison: PairComparison, position: Int, count: Int, _ message: String?,
    size: TerminalSize
  ) -> [StyledLine] {
    var lines = [
      StyledLine("litrev dedupe --review · pair \(position) of \(count)", style: .bold),
      StyledLine(String(repeating: "─", count: size.columns), style: .dim),
    ]
    for text in comparison.lines(width: size.columns) {
      // The comparison marks a field whose values differ with `*` in its first column.
      lines.append(StyledLine(text, style: text.hasPrefix("* ") ? .differing : .plain))
    }
    let footer = [
      StyledLine(String(repeating: "─", count: size.columns), style: .dim),
      StyledLine(message ?? ""),
      StyledLine("s same study  d different studies  k skip  q quit", style: .dim),
    ]
    let room = max(size.rows - footer.count, 0)
    lines = Array(lines.prefix(room))
    lines += Array(repeating: StyledLine(), count: room - lines.count)
    return lines + footer
  }
}

extension TextStyle {
  /// A field whose values differ between the two records.
  fileprivate static let differing = TextStyle(foreground: .yellow, isReversed: true)
}
