import ReviewModel

/// Draws the screening screen: a pure function from the session and the terminal's size to the
/// lines of the screen, so that every layout is tested without a terminal.
///
/// Top: the stage, the reviewer and the progress. Middle: the record (title, authors, journal
/// and identifiers, abstract), or the reasons to choose from, or the help. Bottom: a message
/// and the keys, or the line being typed.
public enum ScreeningView {
  static let keys =
    "i include  e exclude  m maybe  u undo  n note  s skip  / search  ? help  q quit"
  static let fullTextKeys =
    "i include  e exclude  r not retrieved  m maybe  u undo  n note  s skip  / search  ? help  q quit"

  /// The screen's lines, one per row, none wider than the screen.
  ///
  /// - Parameters:
  ///   - state: the session.
  ///   - size: the terminal's size.
  /// - Returns: exactly `size.rows` lines (fewer only on a screen too small to use).
  public static func lines(_ state: ScreeningSession.State, size: TerminalSize) -> [StyledLine] {
    let width = max(size.columns, 20)
    return ScreenLayout.compose(
      top: [header(state, width: width), rule(width)], body: body(state, width: width),
      footer: footer(state, width: width), size: size)
  }

  private static func header(_ state: ScreeningSession.State, width: Int) -> StyledLine {
    let stage = state.stage == .titleAbstract ? "title and abstract" : "full text"
    var line = StyledLine("litrev screen", style: .bold)
    line.append(" · \(stage) · \(state.reviewer)")
    let progress = state.progress
    let counts =
      "\(progress.decided)/\(progress.total) decided · \(progress.included) in · "
      + "\(progress.excluded) out · \(progress.maybe) maybe"
    return ScreenLayout.header(line, right: counts, width: width)
  }

  private static func rule(_ width: Int) -> StyledLine {
    ScreenLayout.rule(width)
  }

  private static func body(_ state: ScreeningSession.State, width: Int) -> [StyledLine] {
    switch state.mode {
    case .help: return help(state)
    case .choosingReason(let verdict): return reasons(state, verdict: verdict)
    case .choosingDesign: return designs(state)
    default: break
    }
    guard let item = state.item else {
      if state.isAtEnd {
        return [
          StyledLine(), StyledLine("Every record in this queue has been seen.", style: .bold),
          StyledLine("Press u to take back the last decision, or q to quit."),
        ]
      }
      return [StyledLine("Loading…", style: .dim)]
    }
    let wrapper = TextWrapper(width: width)
    var lines: [StyledLine] = []
    var position = StyledLine("Record \(item.recordID)", style: .dim)
    position.append(" · \(state.position + 1) of \(state.queue.count) in this queue", style: .dim)
    if let standing = item.standingVerdict {
      position.append("  you decided: \(standing.commandLineName)", style: .bold)
    }
    lines.append(position)
    if let status = ScreeningSession.modelStatus(state) {
      lines.append(StyledLine(status, style: .dim))
    }
    lines.append(StyledLine())
    lines += wrapper.wrap(item.title.map { StyledSpan($0.text, style: bolder($0.style)) })
    if !item.byline.isEmpty { lines += wrapper.wrap([StyledSpan(item.byline)]) }
    if !item.details.isEmpty { lines += wrapper.wrap([StyledSpan(item.details, style: .dim)]) }
    lines.append(StyledLine())
    if item.abstract.isEmpty {
      lines.append(StyledLine("(no abstract)", style: .dim))
    } else {
      lines += wrapper.wrap(item.abstract)
    }
    return lines
  }

  private static func bolder(_ style: TextStyle) -> TextStyle {
    var style = style
    style.isBold = true
    return style
  }

  private static func reasons(_ state: ScreeningSession.State, verdict: Verdict) -> [StyledLine] {
    let what = verdict == .exclude ? "Exclude" : "Not retrieved"
    var lines = [StyledLine("\(what): why? Press a number.", style: .bold), StyledLine()]
    for (index, reason) in state.reasons.enumerated().prefix(9) {
      lines.append(StyledLine("  \(index + 1)  \(reason.label)"))
    }
    lines.append(StyledLine())
    let enter =
      state.reasonIsRequired && verdict == .exclude
      ? "" : "Enter: no reason  ·  "
    lines.append(StyledLine("\(enter)Esc: back", style: .dim))
    return lines
  }

  private static func designs(_ state: ScreeningSession.State) -> [StyledLine] {
    var lines = [
      StyledLine("Include: the study's design? Press a number.", style: .bold), StyledLine(),
    ]
    for (index, design) in state.designs.enumerated().prefix(9) {
      lines.append(StyledLine("  \(index + 1)  \(design)"))
    }
    lines.append(StyledLine())
    lines.append(StyledLine("Enter: include, design later  ·  Esc: back", style: .dim))
    return lines
  }

  private static func help(_ state: ScreeningSession.State) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine("Keys", style: .bold), StyledLine()]
    var entries = [
      (
        "i",
        "include the record"
          + (state.stage == .fullText && !state.designs.isEmpty ? ", then choose its design" : "")
      ),
      ("e", "exclude it, then choose a reason" + (state.reasonIsRequired ? "" : " (or Enter)")),
      ("m", "maybe: undecided, for a second look or a discussion"),
    ]
    if state.stage == .fullText { entries.append(("r", "the full text could not be retrieved")) }
    entries += [
      ("u", "undo: take back your last decision and go back to its record"),
      ("n", "write a note, kept with your next decision"),
      ("s", "skip: next record, undecided"), ("/", "search the queue for words"),
      ("q", "quit; every decision is already saved, and the next run goes on from here"),
    ]
    for (key, meaning) in entries {
      var line = StyledLine("  \(key)  ", style: .bold)
      line.append(meaning)
      lines.append(line)
    }
    lines.append(StyledLine())
    var legend = StyledLine("Terms that suggest ")
    legend.append("inclusion", style: HighlightStyle.includeTerm)
    legend.append(" or ")
    legend.append("exclusion", style: HighlightStyle.excludeTerm)
    legend.append(" are marked.")
    lines.append(legend)
    lines.append(StyledLine("Any key goes back.", style: .dim))
    return lines
  }

  private static func footer(_ state: ScreeningSession.State, width: Int) -> [StyledLine] {
    var lines = [rule(width)]
    var status = StyledLine(state.message ?? "")
    if let note = state.pendingNote { status.append("  note: \(note)", style: .dim) }
    lines.append(status)
    switch state.mode {
    case .typingNote(let text): lines.append(StyledLine("Note: \(text)▏  (Enter keeps, Esc drops)"))
    case .typingSearch(let text): lines.append(StyledLine("Search: \(text)▏  (Enter finds)"))
    default:
      lines.append(StyledLine(state.stage == .fullText ? fullTextKeys : keys, style: .dim))
    }
    return lines
  }
}
