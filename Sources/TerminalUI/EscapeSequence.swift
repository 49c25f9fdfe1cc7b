/// The control sequences litrev writes to a terminal: the only place their bytes are spelt out.
public enum EscapeSequence: Sendable, Hashable {
  case clearScreen
  /// Clears from the cursor to the end of the line.
  case clearToEndOfLine
  /// Moves the cursor to a 1-based row and column.
  case moveTo(row: Int, column: Int)
  case hideCursor, showCursor
  /// Switches to the alternate screen, so that the shell's screen comes back on exit.
  case enterAlternateScreen, leaveAlternateScreen
  /// Select Graphic Rendition: the style of the text that follows.
  case style(TextStyle)
  case resetStyle

  /// The bytes to write, as text.
  public var text: String {
    switch self {
    case .clearScreen: "\u{1B}[2J"
    case .clearToEndOfLine: "\u{1B}[K"
    case .moveTo(let row, let column): "\u{1B}[\(row);\(column)H"
    case .hideCursor: "\u{1B}[?25l"
    case .showCursor: "\u{1B}[?25h"
    case .enterAlternateScreen: "\u{1B}[?1049h"
    case .leaveAlternateScreen: "\u{1B}[?1049l"
    case .resetStyle: "\u{1B}[0m"
    case .style(let style): "\u{1B}[\(style.parameters.map(String.init).joined(separator: ";"))m"
    }
  }
}
