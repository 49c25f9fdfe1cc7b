/// One token of a query, with the column (from 1) where it starts.
struct QueryToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// A bare word as written: `trainee*`, `e-learning`, `2004:2024`.
    case word(String)
    /// The text between double quotes.
    case phrase(String)
    /// The text between square brackets.
    case tag(String)
    case openParenthesis
    case closeParenthesis
    case and
    case or
    case not
  }

  var kind: Kind
  var column: Int
  /// How many characters the token takes, quotes and brackets included.
  var length: Int

  /// The operator's name, for messages: `AND`, `OR`, `NOT`.
  var operatorName: String? {
    switch kind {
    case .and: "AND"
    case .or: "OR"
    case .not: "NOT"
    default: nil
    }
  }
}

/// Splits a query into tokens: words, "phrases", [tags], parentheses and the operators AND, OR
/// and NOT.
///
/// Operators are upper case, as in PubMed; a lower-case `and`, `or` or `not` is refused rather
/// than searched for, because a reviewer who writes one almost always means the operator.
struct QueryLexer {
  private let characters: [Character]
  private let query: String

  init(_ query: String) {
    self.query = query
    characters = Array(query)
  }

  /// The query's tokens, in order.
  ///
  /// - Throws: ``ScreeningError/invalidQuery(query:column:message:)`` for an unclosed quote or
  ///   bracket, or a lower-case operator.
  func tokens() throws(ScreeningError) -> [QueryToken] {
    var tokens: [QueryToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let column = index + 1
      switch character {
      case _ where character.isWhitespace:
        index += 1
      case "(":
        tokens.append(QueryToken(kind: .openParenthesis, column: column, length: 1))
        index += 1
      case ")":
        tokens.append(QueryToken(kind: .closeParenthesis, column: column, length: 1))
        index += 1
      case "\"":
        guard let close = characters[(index + 1)...].firstIndex(of: "\"") else {
          throw error("this phrase has no closing quote", at: column)
        }
        let text = String(characters[(index + 1)..<close])
        tokens.append(QueryToken(kind: .phrase(text), column: column, length: close - index + 1))
        index = close + 1
      case "[":
        guard let close = characters[(index + 1)...].firstIndex(of: "]") else {
          throw error("this field tag has no closing ]", at: column)
        }
        let text = String(characters[(index + 1)..<close])
        tokens.append(QueryToken(kind: .tag(text), column: column, length: close - index + 1))
        index = close + 1
      default:
        var end = index
        while end < characters.count, !Self.endsWord(characters[end]) { end += 1 }
        let word = String(characters[index..<end])
        tokens.append(
          QueryToken(kind: try kind(ofWord: word, at: column), column: column, length: end - index))
        index = end
      }
    }
    return tokens
  }

  private static func endsWord(_ character: Character) -> Bool {
    character.isWhitespace || character == "(" || character == ")" || character == "\""
      || character == "["
  }

  private func kind(ofWord word: String, at column: Int) throws(ScreeningError) -> QueryToken.Kind {
    switch word {
    case "AND": return .and
    case "OR": return .or
    case "NOT": return .not
    default:
      let upper = word.uppercased()
      if upper == "AND" || upper == "OR" || upper == "NOT" {
        throw error(
          "'\(word)' is not an operator: write \(upper), or put it in quotes to search for the word",
          at: column)
      }
      return .word(word)
    }
  }

  private func error(_ message: String, at column: Int) -> ScreeningError {
    .invalidQuery(query: query, column: column, message: message)
  }
}
