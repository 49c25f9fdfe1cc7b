/// The layout the full-screen views share: a header and a rule at the top, a body, and a footer
/// at the bottom, cut to the terminal's size.
enum ScreenLayout {
  /// The screen's lines: `top`, then as much of `body` as fits (with a line saying that the
  /// rest does not), blank lines down to `footer`, and `footer`; none wider than the screen.
  ///
  /// - Returns: exactly `size.rows` lines (fewer only on a screen too small to use).
  static func compose(
    top: [StyledLine], body: [StyledLine], footer: [StyledLine], size: TerminalSize
  ) -> [StyledLine] {
    let bodyHeight = max(size.rows - top.count - footer.count, 0)
    var body = body
    if body.count > bodyHeight {
      body = Array(body.prefix(max(bodyHeight - 1, 0)))
      if bodyHeight > 0 {
        body.append(StyledLine("… (the rest does not fit this window)", style: .dim))
      }
    }
    body += Array(repeating: StyledLine(), count: max(bodyHeight - body.count, 0))
    return Array((top + body + footer).prefix(size.rows)).map { $0.truncated(to: size.columns) }
  }

  /// `left`, with `right` at the right edge when there is room for both.
  static func header(_ left: StyledLine, right: String, width: Int) -> StyledLine {
    var line = left
    let gap = width - line.width - DisplayWidth.of(right)
    if gap >= 2 {
      line.append(String(repeating: " ", count: gap))
      line.append(right)
    }
    return line
  }

  /// A horizontal line across the screen.
  static func rule(_ width: Int) -> StyledLine {
    StyledLine(String(repeating: "─", count: width), style: .dim)
  }
}
