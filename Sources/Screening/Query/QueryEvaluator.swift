import ReviewModel

/// Decides whether records match a query.
///
/// Compiles the query's terms once; evaluating a record then only searches bytes.
public struct QueryEvaluator: Sendable {
  public let query: Query
  private let root: Node

  private indirect enum Node: Sendable {
    case term(TermMatcher, SearchField)
    case language(code: String, isPrefix: Bool)
    case years(ClosedRange<Int>)
    case and(Node, Node)
    case or(Node, Node)
    case andNot(Node, Node)
    case not(Node)
  }

  public init(_ query: Query) {
    self.query = query
    root = Self.compile(query)
  }

  /// True when `record` matches the query.
  public func matches(_ record: Record) -> Bool {
    var searchable = SearchableRecord(record)
    return matches(&searchable)
  }

  /// True when the prepared `record` matches the query; the fields it folds stay folded in
  /// `record` for the next query.
  public func matches(_ record: inout SearchableRecord) -> Bool {
    Self.evaluate(root, &record)
  }

  private static func compile(_ query: Query) -> Node {
    switch query {
    case .term(let term) where term.field == .language:
      let text = term.words.map(\.text).joined(separator: " ")
      let isPrefix = term.words.last?.isPrefix ?? false
      return .language(code: isPrefix ? text : LanguageName.code(text), isPrefix: isPrefix)
    case .term(let term): return .term(TermMatcher(term.words), term.field)
    case .years(let range): return .years(range)
    case .and(let lhs, let rhs): return .and(compile(lhs), compile(rhs))
    case .or(let lhs, let rhs): return .or(compile(lhs), compile(rhs))
    case .andNot(let lhs, let rhs): return .andNot(compile(lhs), compile(rhs))
    case .not(let query): return .not(compile(query))
    }
  }

  private static func evaluate(_ node: Node, _ record: inout SearchableRecord) -> Bool {
    switch node {
    case .term(let matcher, let field):
      return record.contains(matcher, in: field)
    case .language(let code, let isPrefix):
      return record.languageCodes().contains { isPrefix ? $0.hasPrefix(code) : $0 == code }
    case .years(let range):
      return record.year.map(range.contains) ?? false
    case .and(let lhs, let rhs): return evaluate(lhs, &record) && evaluate(rhs, &record)
    case .or(let lhs, let rhs): return evaluate(lhs, &record) || evaluate(rhs, &record)
    case .andNot(let lhs, let rhs): return evaluate(lhs, &record) && !evaluate(rhs, &record)
    case .not(let node): return !evaluate(node, &record)
    }
  }
}
