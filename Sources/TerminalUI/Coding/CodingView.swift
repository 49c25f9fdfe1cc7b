/// Draws the coding screen: a pure function from the session and the terminal's size to the
/// lines of the screen.
///
/// Top: the coder and the progress. Middle: the question, the answer with the words that
/// suggest codes in bold, the suggestions (accepted ✓, rejected ✗, the cursor ›) and the codes
/// applied. Bottom: a message and the keys, or the line being typed.
public enum CodingView {
  static let keys =
    "y accept  x reject  a all  c code  r remove  w new code  m memo  n next  s skip  ? help  q quit"

  /// The screen's lines, exactly `size.rows` of them, none wider than the screen.
  public static func lines(_ state: CodingSession.State, size: TerminalSize) -> [StyledLine] {
    let width = max(size.columns, 20)
    var header = StyledLine("litrev survey code", style: .bold)
    header.append(
      "  \(state.coder)  answer \(min(state.position + 1, state.items.count)) of "
        + "\(state.items.count)  \(state.finished) finished")
    var lines = [header, StyledLine(String(repeating: "─", count: width), style: .dim)]
    let footer = self.footer(state)
    var body: [StyledLine] = state.mode == .help ? help(state) : self.body(state, width: width)
    let height = max(size.rows - lines.count - footer.count, 0)
    if body.count > height { body = Array(body.prefix(height)) }
    body += Array(repeating: StyledLine(), count: max(height - body.count, 0))
    lines += body + footer
    return Array(lines.prefix(size.rows)).map { $0.truncated(to: size.columns) }
  }

  private static func body(_ state: CodingSession.State, width: Int) -> [StyledLine] {
    guard let item = state.item else { return [StyledLine("Every answer is done.")] }
    var lines = [
      StyledLine("\(item.respondent) · \(item.questionID): \(item.question)", style: .dim),
      StyledLine(),
    ]
    lines += TextWrapper(width: width).wrap(spans(item))
    lines.append(StyledLine())
    if item.suggestions.isEmpty {
      lines.append(StyledLine("No code is suggested for this answer.", style: .dim))
    } else {
      lines.append(StyledLine("Suggested codes", style: .bold))
    }
    for (index, code) in item.suggestions.enumerated() {
      let mark =
        switch state.verdicts[code] {
        case true?: "✓"
        case false?: "✗"
        case nil: " "
        }
      let cursor = index == state.cursor ? "›" : " "
      let name = state.codes.first { $0.id == code }?.name ?? ""
      lines.append(StyledLine("\(cursor) [\(mark)] \(code)  \(name)"))
    }
    lines.append(StyledLine())
    let applied = item.applied.sorted()
    lines.append(
      StyledLine("Codes: " + (applied.isEmpty ? "none yet" : applied.joined(separator: ", "))))
    return lines
  }

  /// The answer's text as spans, the suggesting stretches in bold.
  static func spans(_ item: CodingItem) -> [StyledSpan] {
    var spans: [StyledSpan] = []
    var position = item.text.startIndex
    for range in item.highlights.sorted(by: { $0.lowerBound < $1.lowerBound })
    where range.lowerBound >= position && range.upperBound <= item.text.endIndex {
      if position < range.lowerBound {
        spans.append(StyledSpan(String(item.text[position..<range.lowerBound])))
      }
      spans.append(StyledSpan(String(item.text[range]), style: .bold))
      position = range.upperBound
    }
    if position < item.text.endIndex { spans.append(StyledSpan(String(item.text[position...]))) }
    return spans
  }

  private static func help(_ state: CodingSession.State) -> [StyledLine] {
    [
      StyledLine("Keys", style: .bold),
      "↑ ↓       move over the suggested codes",
      "y, space  accept the suggestion under the cursor;  x  reject it",
      "a         accept every suggestion not yet decided",
      "c         apply a code by its id;  r  remove one",
      "w         make a new code: ID THEME NAME (THEME - for none)",
      "m         write a memo about this answer",
      "Enter, n  this answer is done: go on;  s  skip it for now",
      "q         stop; every action is already in the log",
      StyledLine(),
      StyledLine("Codes: " + state.codes.map(\.id).joined(separator: ", "), style: .dim),
      StyledLine(),
      StyledLine("any key goes back", style: .dim),
    ]
  }

  private static func footer(_ state: CodingSession.State) -> [StyledLine] {
    let prompt: StyledLine? =
      switch state.mode {
      case .typingCode(let text): StyledLine("code to apply: \(text)▏")
      case .typingRemoval(let text): StyledLine("code to remove: \(text)▏")
      case .typingNewCode(let text): StyledLine("new code (ID THEME NAME): \(text)▏")
      case .typingMemo(let text): StyledLine("memo: \(text)▏")
      case .browsing, .help: nil
      }
    return [
      StyledLine(state.message, style: .bold),
      prompt ?? StyledLine(keys, style: .dim),
    ]
  }
}
