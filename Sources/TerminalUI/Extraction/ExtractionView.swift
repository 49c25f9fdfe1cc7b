import ReviewModel

/// Draws the extraction screen: a pure function from the session and the terminal's size to
/// the screen's lines, so that every layout is tested without a terminal.
///
/// Top: the reviewer and the progress. Middle: the study's citation, then the form with each
/// field's value so far and the current field marked, then that field's type and help.
/// Bottom: a message, the value being typed, and the keys.
public enum ExtractionView {
  static let keys = "Enter store (empty keeps)  ↑ previous field  PgDn next study  Esc quit"

  /// The screen's lines, one per row, none wider than the screen.
  ///
  /// - Parameters:
  ///   - state: the session.
  ///   - size: the terminal's size.
  /// - Returns: exactly `size.rows` lines (fewer only on a screen too small to use).
  public static func lines(_ state: ExtractionSession.State, size: TerminalSize) -> [StyledLine] {
    let width = max(size.columns, 20)
    return ScreenLayout.compose(
      top: [header(state, width: width), ScreenLayout.rule(width)],
      body: body(state, width: width), footer: footer(state, width: width), size: size)
  }

  private static func header(_ state: ExtractionSession.State, width: Int) -> StyledLine {
    var line = StyledLine("litrev extract", style: .bold)
    line.append(" · \(state.reviewer)")
    let shown = min(state.position + 1, state.queue.count)
    let counts =
      "study \(shown) of \(state.queue.count) · \(state.storedCount) value"
      + (state.storedCount == 1 ? "" : "s") + " stored"
    return ScreenLayout.header(line, right: counts, width: width)
  }

  private static func body(_ state: ExtractionSession.State, width: Int) -> [StyledLine] {
    guard let study = state.study else {
      if state.isAtEnd {
        return [
          StyledLine(),
          StyledLine("Every study of this queue has been seen.", style: .bold),
          StyledLine("Press Esc to quit; every value is already in the log."),
        ]
      }
      return [StyledLine("Loading…", style: .dim)]
    }
    let wrapper = TextWrapper(width: width)
    var lines = [StyledLine("Record \(study.recordID)", style: .dim), StyledLine()]
    lines += wrapper.wrap([StyledSpan(study.title, style: .bold)])
    if !study.details.isEmpty { lines += wrapper.wrap([StyledSpan(study.details, style: .dim)]) }
    lines.append(StyledLine())
    let nameWidth = state.fields.map { DisplayWidth.of($0.name) }.max() ?? 0
    for (index, field) in state.fields.enumerated() {
      let isCurrent = index == state.fieldIndex
      var line = StyledLine(isCurrent ? "▸ " : "  ", style: .bold)
      let padding = String(repeating: " ", count: nameWidth - DisplayWidth.of(field.name))
      line.append(field.name + padding + "  ", style: isCurrent ? .bold : .plain)
      if let value = study.values[field.name] {
        line.append(value)
      } else {
        line.append("—", style: .dim)
      }
      lines.append(line)
    }
    if let field = state.field {
      lines.append(StyledLine())
      let what =
        field.kind == .choice
        ? "\(field.name) (choice: type its name or its number)" : field.summary
      lines.append(StyledLine(what, style: .bold))
      if let help = field.help { lines += wrapper.wrap([StyledSpan(help)]) }
      if field.kind == .choice {
        // The choices wrapped together, so that a long list still leaves room for the form.
        let numbered = field.choices.enumerated().map { "\($0.offset + 1) \($0.element)" }
        lines += wrapper.wrap([StyledSpan(numbered.joined(separator: " · "))])
      }
    }
    return lines
  }

  private static func footer(_ state: ExtractionSession.State, width: Int) -> [StyledLine] {
    [
      ScreenLayout.rule(width), StyledLine(state.message ?? ""),
      StyledLine("Value: \(state.input)▏"), StyledLine(keys, style: .dim),
    ]
  }
}
