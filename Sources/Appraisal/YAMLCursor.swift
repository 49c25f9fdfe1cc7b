import ReviewModel
import Yams

/// A place in a parsed YAML file: the node, its key path and the file, so that every mistake in
/// an instrument, an answer sheet or the protocol's appraisal settings names where it is.
struct YAMLCursor {
  let node: Node
  let keyPath: String
  let file: String

  /// Parses `text`; a syntax error is reported at its line.
  static func root(of text: String, file: String) throws(InstrumentError) -> YAMLCursor {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw InstrumentError.invalid(
          SourceLocation(file: file, line: 1), keyPath: "", message: "the file is empty")
      }
      return YAMLCursor(node: node, keyPath: "", file: file)
    } catch let error as InstrumentError {
      throw error
    } catch let error as YamlError {
      throw .invalid(
        Self.location(of: error, file: file), keyPath: "", message: "not valid YAML: \(error)")
    } catch {
      throw .invalid(SourceLocation(file: file, line: 1), keyPath: "", message: "\(error)")
    }
  }

  private static func location(of error: YamlError, file: String) -> SourceLocation {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      SourceLocation(file: file, line: mark.line, column: mark.column)
    case .duplicatedKeysInMapping(_, let context):
      SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
    default:
      SourceLocation(file: file, line: 1)
    }
  }

  var location: SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column)
  }

  /// An error at this node.
  func failure(_ message: String) -> InstrumentError {
    .invalid(location, keyPath: keyPath, message: message)
  }

  var isMapping: Bool { node.mapping != nil }

  var isScalar: Bool { node.scalar != nil }

  var isAbsent: Bool {
    if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any {
      return ["", "~", "null"].contains(scalar.string)
    }
    return false
  }

  /// The entries of a mapping by key; any key outside `allowed` is a mistake, as is a missing
  /// `required` one.
  func fields(allowed: [String], required: [String] = []) throws(InstrumentError)
    -> [String: YAMLCursor]
  {
    guard case .mapping(let mapping) = node else {
      throw failure("expected keys and values here, found \(summary)")
    }
    var fields: [String: YAMLCursor] = [:]
    for (key, value) in mapping {
      let name = key.scalar?.string ?? ""
      let path = keyPath.isEmpty ? name : "\(keyPath).\(name)"
      guard allowed.contains(name) else {
        throw .invalid(
          SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column),
          keyPath: path,
          message: "unknown key '\(name)'; expected one of: \(allowed.joined(separator: ", "))")
      }
      fields[name] = YAMLCursor(node: value, keyPath: path, file: file)
    }
    if let name = required.first(where: { fields[$0] == nil }) {
      throw .invalid(
        location, keyPath: keyPath.isEmpty ? name : "\(keyPath).\(name)",
        message: "missing required key")
    }
    return fields
  }

  /// The entries of a mapping whose keys are names chosen by the writer, in file order.
  func namedEntries() throws(InstrumentError) -> [(name: String, value: YAMLCursor)] {
    if isAbsent { return [] }
    guard case .mapping(let mapping) = node else {
      throw failure("expected keys and values here, found \(summary)")
    }
    return mapping.map { key, value in
      let name = key.scalar?.string ?? ""
      return (
        name,
        YAMLCursor(node: value, keyPath: keyPath.isEmpty ? name : "\(keyPath).\(name)", file: file)
      )
    }
  }

  /// The items of a list.
  func list() throws(InstrumentError) -> [YAMLCursor] {
    if isAbsent { return [] }
    guard case .sequence(let sequence) = node else {
      throw failure("expected a list here, found \(summary)")
    }
    return sequence.enumerated().map { offset, element in
      YAMLCursor(node: element, keyPath: "\(keyPath)[\(offset)]", file: file)
    }
  }

  /// A scalar's text, not blank.
  func text() throws(InstrumentError) -> String {
    guard case .scalar(let scalar) = node, !isAbsent,
      !scalar.string.allSatisfy({ $0.isWhitespace })
    else { throw failure("expected text here, found \(summary)") }
    return scalar.string
  }

  /// A number written without quotes.
  func number() throws(InstrumentError) -> Double {
    guard case .scalar(let scalar) = node, scalar.style == .plain,
      let value = Double(scalar.string), value.isFinite
    else { throw failure("expected a number here, found \(summary)") }
    return value
  }

  /// An id: lower-case letters, digits, `_` and `-`, starting with a letter.
  func identifier() throws(InstrumentError) -> String {
    let value = try text()
    let isValid =
      value.first.map { $0.isASCII && $0.isLetter && $0.isLowercase } == true
      && value.allSatisfy {
        ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" || $0 == "-"
      }
    guard isValid else {
      throw failure(
        "'\(value)' is not an id: use lower-case letters, digits, _ and -, starting with a letter")
    }
    return value
  }

  /// What the node is, for messages.
  private var summary: String {
    switch node {
    case .mapping: "keys and values"
    case .sequence: "a list"
    case .scalar(let scalar): isAbsent ? "nothing" : "'\(scalar.string)'"
    case .alias: "an alias"
    }
  }
}
