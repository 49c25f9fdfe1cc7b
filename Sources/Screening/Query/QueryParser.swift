/// Parses the query language into a ``Query``.
///
/// The language is PubMed's, as reviewers already write it:
///
/// - `trainee` a word; `"social media"` a phrase (its words in order, next to each other);
///   `trainee*` a wildcard (a word that starts with `trainee`; at least 3 letters before `*`);
///   `e-learning` the phrase `"e learning"` (punctuation separates words);
/// - a field tag after a term: `[ti]` `[ab]` `[tiab]` `[au]` `[la]` `[pt]` `[mh]` `[kw]`, and
///   `[dp]` with a year or a range of years, `2004:2024[dp]`; PubMed's long names (`[Title]`,
///   `[Mesh]`, `[Title/Abstract]`) also work. A term without a tag searches all text fields;
/// - `AND`, `OR` and `NOT` (upper case), evaluated left to right with equal precedence, as
///   PubMed does: `a OR b AND c` is `(a OR b) AND c`; parentheses group. Two terms with no
///   operator between them are joined by `AND`. `a NOT b` is `a` without `b`; a `NOT` at the
///   start of a query or a group means "everything but", which PubMed does not allow.
///
/// Matching ignores case and diacritics and respects word boundaries: `resident` does not match
/// `residents`, `resident*` does.
public struct QueryParser: Sendable {
  public init() {}

  /// The query `text` as a tree.
  ///
  /// - Parameter text: the query as written.
  /// - Returns: the parsed query.
  /// - Throws: ``ScreeningError/invalidQuery(query:column:message:)`` with the column of the
  ///   first mistake.
  public func parse(_ text: String) throws(ScreeningError) -> Query {
    var state = ParserState(query: text, tokens: try QueryLexer(text).tokens())
    guard !state.tokens.isEmpty else { throw state.error("the query is empty", at: 1) }
    let query = try state.parseSequence()
    if let extra = state.peek {
      // parseSequence stops only at the end or at a closing parenthesis.
      throw state.error("this ) has no matching (", at: extra.column)
    }
    return query
  }
}

private struct ParserState {
  let query: String
  let tokens: [QueryToken]
  var position = 0

  init(query: String, tokens: [QueryToken]) {
    self.query = query
    self.tokens = tokens
  }

  var peek: QueryToken? { position < tokens.count ? tokens[position] : nil }

  func error(_ message: String, at column: Int) -> ScreeningError {
    .invalidQuery(query: query, column: column, message: message)
  }

  /// Operands joined by operators, left to right, up to the end or a closing parenthesis.
  mutating func parseSequence() throws(ScreeningError) -> Query {
    var result = try parseOperand(after: nil)
    while let token = peek {
      switch token.kind {
      case .closeParenthesis:
        return result
      case .and, .or, .not:
        position += 1
        let operand = try parseOperand(after: token)
        switch token.kind {
        case .and: result = .and(result, operand)
        case .or: result = .or(result, operand)
        default: result = .andNot(result, operand)
        }
      default:
        result = .and(result, try parseOperand(after: nil))
      }
    }
    return result
  }

  /// A term, a group in parentheses, or `NOT` and an operand.
  ///
  /// - Parameter previous: the operator before it, for a message when the operand is missing.
  mutating func parseOperand(after previous: QueryToken?) throws(ScreeningError) -> Query {
    guard let token = peek, token.kind != .closeParenthesis else {
      if let previous, let name = previous.operatorName {
        throw error("\(name) has nothing after it", at: previous.column)
      }
      let column = peek?.column ?? query.count + 1
      throw error("a term is missing here", at: column)
    }
    position += 1
    switch token.kind {
    case .openParenthesis:
      if peek?.kind == .closeParenthesis {
        throw error("these parentheses are empty", at: token.column)
      }
      let inner = try parseSequence()
      guard peek?.kind == .closeParenthesis else {
        throw error("this ( is never closed", at: token.column)
      }
      position += 1
      if let tag = peek, case .tag = tag.kind {
        throw error(
          "a field tag cannot follow parentheses: tag each term inside them", at: tag.column)
      }
      return inner
    case .not:
      return .not(try parseOperand(after: token))
    case .and, .or:
      throw error("\(token.operatorName ?? "") needs a term before it", at: token.column)
    case .tag:
      throw error("a field tag must follow a term or a phrase", at: token.column)
    case .closeParenthesis:
      throw error("this ) has no matching (", at: token.column)
    case .word(let text):
      return try term(text, written: text, contentColumn: token.column, token: token)
    case .phrase(let text):
      return try term(text, written: "\"\(text)\"", contentColumn: token.column + 1, token: token)
    }
  }

  /// The term `text` (a word or a phrase's content) with the tag that follows it, if any.
  mutating func term(
    _ text: String, written: String, contentColumn: Int, token: QueryToken
  ) throws(ScreeningError) -> Query {
    var field = SearchField.allFields
    var end = token.column + token.length
    if let tag = peek, case .tag(let name) = tag.kind {
      position += 1
      guard let named = SearchField(tag: name) else {
        throw error(
          "unknown field tag [\(name)]; litrev knows [ti] [ab] [tiab] [au] [la] [pt] [mh] [kw] [dp]",
          at: tag.column)
      }
      field = named
      end = tag.column + tag.length
    }
    if field == .publicationDate {
      return .years(try years(text, at: token.column))
    }
    let words = try wordPatterns(text, contentColumn: contentColumn, termColumn: token.column)
    return .term(
      SearchTerm(words: words, field: field, text: written, columns: token.column..<end))
  }

  /// A year or a range of years, as `[dp]` takes them.
  func years(_ text: String, at column: Int) throws(ScreeningError) -> ClosedRange<Int> {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    let years = parts.compactMap { part in
      part.count == 4 && part.allSatisfy(\.isASCII) ? Int(part) : nil
    }
    guard (1...2).contains(parts.count), years.count == parts.count, let first = years.first,
      let last = years.last
    else {
      throw error("[dp] takes a year or a range of years, such as 2004:2024", at: column)
    }
    guard first <= last else {
      throw error("this range of years runs backwards: write \(last):\(first)", at: column)
    }
    return first...last
  }

  /// The folded words of a term, with a trailing `*` making a word a prefix.
  func wordPatterns(
    _ text: String, contentColumn: Int, termColumn: Int
  ) throws(ScreeningError) -> [WordPattern] {
    var patterns: [WordPattern] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
      guard !characters[index].isWhitespace else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count, !characters[end].isWhitespace { end += 1 }
      let chunk = characters[index..<end]
      if let star = chunk.firstIndex(of: "*"), star != end - 1 {
        throw error("a wildcard * may only end a word", at: contentColumn + star)
      }
      let isWildcard = chunk.last == "*"
      let words = FoldedText.words(of: String(isWildcard ? chunk.dropLast() : chunk))
      if isWildcard {
        guard let last = words.last, last.count >= 3, characters[end - 2].isLetterOrDigit else {
          throw error("a wildcard needs at least 3 letters before it", at: contentColumn + index)
        }
        patterns += words.dropLast().map { WordPattern($0) }
        patterns.append(WordPattern(last, isPrefix: true))
      } else {
        patterns += words.map { WordPattern($0) }
      }
      index = end
    }
    guard !patterns.isEmpty else {
      throw error("this term has no letters or digits to search for", at: termColumn)
    }
    return patterns
  }
}

extension Character {
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
