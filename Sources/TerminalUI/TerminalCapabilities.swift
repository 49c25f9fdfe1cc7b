#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// When to write colour: `--color auto|always|never`.
public enum ColorMode: String, Sendable, CaseIterable {
  case auto, always, never
}

/// What the terminal on the other end can do, detected once and passed around as a value.
public struct TerminalCapabilities: Sendable, Hashable {
  /// Standard input is a terminal, so keys can be read one at a time.
  public var inputIsTerminal: Bool
  /// Standard output is a terminal, so the screen can be drawn.
  public var outputIsTerminal: Bool
  /// `TERM` is `dumb` or unset: no cursor movement.
  public var isDumb: Bool
  /// Colour may be written.
  public var usesColor: Bool

  public init(inputIsTerminal: Bool, outputIsTerminal: Bool, isDumb: Bool, usesColor: Bool) {
    self.inputIsTerminal = inputIsTerminal
    self.outputIsTerminal = outputIsTerminal
    self.isDumb = isDumb
    self.usesColor = usesColor
  }

  /// True when a full-screen interface can run: both ends are a terminal that moves its cursor.
  public var supportsFullScreen: Bool { inputIsTerminal && outputIsTerminal && !isDumb }

  /// The capabilities of this process's standard input and output.
  ///
  /// - Parameters:
  ///   - environment: the process environment (`TERM`, `NO_COLOR`, `FORCE_COLOR`).
  ///   - colorMode: the user's `--color` choice.
  /// - Returns: what was found.
  public static func detect(environment: [String: String], colorMode: ColorMode = .auto)
    -> TerminalCapabilities
  {
    resolve(
      environment: environment, colorMode: colorMode,
      inputIsTerminal: isatty(STDIN_FILENO) != 0, outputIsTerminal: isatty(STDOUT_FILENO) != 0)
  }

  /// The rules of ``detect(environment:colorMode:)`` without the system calls, so they can be
  /// tested: `--color` wins, then `NO_COLOR` (any value) and `FORCE_COLOR`, then whether output
  /// is a terminal that is not dumb.
  public static func resolve(
    environment: [String: String], colorMode: ColorMode, inputIsTerminal: Bool,
    outputIsTerminal: Bool
  ) -> TerminalCapabilities {
    let term = environment["TERM"] ?? ""
    let isDumb = term.isEmpty || term == "dumb"
    let usesColor: Bool
    switch colorMode {
    case .always: usesColor = true
    case .never: usesColor = false
    case .auto:
      if environment["NO_COLOR"] != nil {
        usesColor = false
      } else if let force = environment["FORCE_COLOR"], force != "0" {
        usesColor = true
      } else {
        usesColor = outputIsTerminal && !isDumb
      }
    }
    return TerminalCapabilities(
      inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal, isDumb: isDumb,
      usesColor: usesColor)
  }
}

/// A terminal's size in character cells.
public struct TerminalSize: Sendable, Hashable {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }
}
