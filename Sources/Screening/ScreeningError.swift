import ReviewModel

/// Why a query or a protocol could not be used.
public enum ScreeningError: Error, Equatable, CustomStringConvertible, Sendable {
  /// A query that does not parse: what is wrong, and the column (from 1) where it is.
  case invalidQuery(query: String, column: Int, message: String)
  /// A protocol file that is not valid: where, at which key path (`criteria.exclude[2].rule`),
  /// and what is wrong.
  case invalidProtocol(SourceLocation, keyPath: String, message: String)
  /// The protocol file does not exist.
  case protocolNotFound(path: String)
  /// The protocol file exists but cannot be read, or is not text.
  case unreadableProtocol(path: String, reason: String)

  public var description: String {
    switch self {
    case .invalidQuery(let query, let column, let message):
      "invalid query at column \(column): \(message)\n" + caretDiagram(query: query, column: column)
    case .invalidProtocol(let location, let keyPath, let message):
      keyPath.isEmpty ? "\(location): \(message)" : "\(location): \(keyPath): \(message)"
    case .protocolNotFound(let path):
      "\(path): no protocol file here (`litrev init` writes a starter one)"
    case .unreadableProtocol(let path, let reason):
      "\(path): cannot read the protocol: \(reason)"
    }
  }
}

/// The query on one line and a caret under `column` (from 1) on the next, indented by two
/// spaces, as compilers show where an error is.
///
/// - Parameters:
///   - query: the query as written; line breaks in it are shown as spaces.
///   - column: the column the caret points at.
/// - Returns: the two lines, the second ending in `^`.
public func caretDiagram(query: String, column: Int) -> String {
  let line = String(query.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  return "  \(line)\n  " + String(repeating: " ", count: max(0, column - 1)) + "^"
}
