import ReviewModel
import Yams

/// A node of a parsed protocol file with its key path (`criteria.exclude[2].rule`), so that
/// every mistake can be reported where it is.
public struct ProtocolValue {
  public let node: Node
  public let keyPath: String
  public let file: String

  public var location: SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column)
  }

  public func error(_ message: String) -> ScreeningError {
    .invalidProtocol(location, keyPath: keyPath, message: message)
  }

  /// True for `~`, `null` or an empty value.
  public var isNull: Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// The entries of a mapping, by key.
  ///
  /// - Parameters:
  ///   - keys: the keys this mapping may hold.
  ///   - required: those it must hold.
  /// - Throws: for a value that is not a mapping, a key not in `keys`, or a missing required key.
  public func mapping(keys: [String], required: [String] = []) throws(ScreeningError)
    -> [String: ProtocolValue]
  {
    guard case .mapping(let mapping) = node else {
      throw error("expected keys and values here, found \(kind)")
    }
    var entries: [String: ProtocolValue] = [:]
    for (keyNode, value) in mapping {
      guard case .scalar(let key) = keyNode else {
        throw error("a key must be a plain word")
      }
      let child = ProtocolValue(node: value, keyPath: joined(key.string), file: file)
      guard keys.contains(key.string) else {
        let keyLocation = SourceLocation(
          file: file, line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column)
        throw .invalidProtocol(
          keyLocation, keyPath: child.keyPath,
          message: "unknown key '\(key.string)'; expected one of: \(keys.joined(separator: ", "))")
      }
      entries[key.string] = child
    }
    for key in required where entries[key] == nil {
      throw .invalidProtocol(location, keyPath: joined(key), message: "missing required key")
    }
    return entries
  }

  /// The value of one key of a mapping, without checking its other keys: for a reader of one
  /// section of a file that another loader checks whole (the protocol's `themes:`).
  public func value(forKey wanted: String) -> ProtocolValue? {
    guard case .mapping(let mapping) = node else { return nil }
    for (keyNode, value) in mapping {
      if case .scalar(let key) = keyNode, key.string == wanted {
        return ProtocolValue(node: value, keyPath: joined(wanted), file: file)
      }
    }
    return nil
  }

  /// The items of a list; an absent or empty value is an empty list.
  public func elements() throws(ScreeningError) -> [ProtocolValue] {
    if isNull { return [] }
    guard case .sequence(let sequence) = node else {
      throw error("expected a list here, found \(kind)")
    }
    return sequence.enumerated().map { index, item in
      ProtocolValue(node: item, keyPath: "\(keyPath)[\(index)]", file: file)
    }
  }

  /// A scalar's text.
  public func text() throws(ScreeningError) -> String {
    guard case .scalar(let scalar) = node, !isNull else {
      throw error("expected text here, found \(kind)")
    }
    return scalar.string
  }

  /// A scalar's text, which must not be blank.
  public func nonEmptyText() throws(ScreeningError) -> String {
    let value = try text()
    guard !value.trimmingWhitespace().isEmpty else { throw error("must not be empty") }
    return value
  }

  /// A whole number written without quotes.
  public func integer() throws(ScreeningError) -> Int {
    guard case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(scalar.string)
    else { throw error("expected a whole number here, found \(kind)") }
    return value
  }

  /// A number written without quotes.
  public func number() throws(ScreeningError) -> Double {
    guard case .scalar(let scalar) = node, scalar.style == .plain,
      let value = Double(scalar.string), value.isFinite
    else { throw error("expected a number here, found \(kind)") }
    return value
  }

  /// `true` or `false`.
  public func boolean() throws(ScreeningError) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else {
      throw error("expected true or false here, found \(kind)")
    }
    switch scalar.string {
    case "true", "True", "TRUE": return true
    case "false", "False", "FALSE": return false
    default: throw error("expected true or false here, found \(kind)")
    }
  }

  /// What the node is, for messages: `a list`, `keys and values`, `'abc'`, `nothing`.
  private var kind: String {
    switch node {
    case .mapping: "keys and values"
    case .sequence: "a list"
    case .scalar(let scalar): isNull ? "nothing" : "'\(scalar.string)'"
    case .alias: "an alias"
    }
  }

  private func joined(_ key: String) -> String {
    keyPath.isEmpty ? key : "\(keyPath).\(key)"
  }
}
