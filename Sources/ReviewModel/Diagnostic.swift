/// A place in an input file: the file, a line and, where it helps, a column (both from 1).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int?

  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line` or `file:line:column`, the form compilers and editors understand.
  public var description: String {
    if let column { "\(file):\(line):\(column)" } else { "\(file):\(line)" }
  }
}

/// A finding about an input: something odd that processing survived (a warning) or could not
/// survive (an error).
///
/// Libraries return these as values; only the command layer prints them.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// `file:line:column: warning: message`.
  public var description: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message)"
  }
}
