/// Draws the appraisal screen: a pure function from the session and the terminal's size to the
/// screen's lines.
///
/// Top: the instrument, the reviewer and the progress through the queue. Middle: the study, the
/// domain and question, its guidance, and the answers on their keys (the one given marked).
/// Bottom: a message and the keys, or the note being typed.
public enum AppraisalView {
  static let keys = "1-9 answer  n note  ← back  → forward  ] next study  ? help  q quit"

  /// The screen's lines, exactly `size.rows` of them, none wider than the screen.
  public static func lines(_ state: AppraisalSession.State, size: TerminalSize) -> [StyledLine] {
    let width = max(size.columns, 20)
    let header = [
      self.header(state, width: width),
      StyledLine(String(repeating: "─", count: width), style: .dim),
    ]
    let footer = self.footer(state)
    let room = max(size.rows - header.count - footer.count, 0)
    var body = self.body(state, width: width)
    if body.count > room { body = Array(body.prefix(room)) }
    body += Array(repeating: StyledLine(), count: room - body.count)
    return Array((header + body + footer).prefix(size.rows)).map { $0.truncated(to: size.columns) }
  }

  private static func header(_ state: AppraisalSession.State, width: Int) -> StyledLine {
    var line = StyledLine("litrev appraise", style: .bold)
    if let form = state.form { line.append(" · \(form.instrumentName)") }
    line.append(" · \(state.reviewer)")
    let progress = "study \(min(state.position + 1, state.queue.count)) of \(state.queue.count)"
    let gap = width - line.width - DisplayWidth.of(progress)
    if gap >= 2 {
      line.append(String(repeating: " ", count: gap))
      line.append(progress)
    }
    return line
  }

  private static func body(_ state: AppraisalSession.State, width: Int) -> [StyledLine] {
    if state.mode == .help {
      return [
        StyledLine("Keys", style: .bold),
        "  1 to 9   choose that answer; it is stored at once, then the next item shows",
        "  n        type a note for this item (Enter keeps it, Esc cancels)",
        "  ← b ↑    the previous item        → f ↓ space  the next item",
        "  ]        the next study           q            quit (everything given is kept)",
        "", StyledLine("Press any key to go back.", style: .dim),
      ]
    }
    guard let form = state.form, let question = state.currentQuestion else {
      if state.isAtEnd {
        return [
          "", StyledLine("Every study in this queue is appraised.", style: .bold),
          "Press q to quit.",
        ]
      }
      return [StyledLine("Loading…", style: .dim)]
    }
    let wrapper = TextWrapper(width: width)
    var lines = wrapper.wrap([StyledSpan("Record \(form.recordID): \(form.title)", style: .bold)])
    let answered = form.questions.filter { form.answers[$0.itemID] != nil }.count
    lines.append(
      StyledLine(
        "Item \(state.question + 1) of \(form.questions.count) · \(answered) answered · \(question.domain)",
        style: .dim))
    lines.append("")
    lines += wrapper.wrap([StyledSpan(question.text, style: .bold)])
    if let guidance = question.guidance {
      lines += wrapper.wrap([StyledSpan(guidance, style: .dim)])
    }
    lines.append("")
    let given = form.answers[question.itemID]
    for (index, choice) in question.choices.enumerated() {
      let chosen = choice.id == given
      var line = StyledLine(chosen ? " ▸ " : "   ")
      line.append("\(index + 1)", style: .bold)
      line.append("  \(choice.label)", style: chosen ? .bold : .plain)
      lines.append(line)
    }
    if let note = state.pendingNote ?? form.notes[question.itemID] {
      lines.append("")
      lines += wrapper.wrap([StyledSpan("Note: \(note)", style: .dim)])
    }
    return lines
  }

  private static func footer(_ state: AppraisalSession.State) -> [StyledLine] {
    if case .typingNote(let text) = state.mode {
      return [StyledLine(state.message ?? ""), StyledLine("Note: \(text)▏", style: .bold)]
    }
    return [StyledLine(state.message ?? "", style: .bold), StyledLine(keys, style: .dim)]
  }
}
