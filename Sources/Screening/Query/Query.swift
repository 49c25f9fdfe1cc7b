import ReviewModel

/// A parsed query: the tree ``QueryParser`` builds and ``QueryEvaluator`` walks.
///
/// Operators are evaluated left to right with equal precedence, as PubMed does:
/// `a OR b AND c` is `(a OR b) AND c`. Parentheses group.
public indirect enum Query: Sendable, Hashable, CustomStringConvertible {
  /// A word, a phrase or a wildcard, in a field.
  case term(SearchTerm)
  /// Publication years, `2004:2024[dp]` or `2010[dp]`.
  case years(ClosedRange<Int>)
  /// Both sides match.
  case and(Query, Query)
  /// Either side matches.
  case or(Query, Query)
  /// The left side matches and the right side does not: `a NOT b`.
  case andNot(Query, Query)
  /// Everything the query does not match: a leading `NOT b`, an extension of PubMed's syntax.
  case not(Query)

  /// The query written out with every operation in parentheses, to show how it was read.
  public var description: String {
    switch self {
    case .term(let term): term.description
    case .years(let range):
      range.lowerBound == range.upperBound
        ? "\(range.lowerBound)[dp]" : "\(range.lowerBound):\(range.upperBound)[dp]"
    case .and(let lhs, let rhs): "(\(lhs) AND \(rhs))"
    case .or(let lhs, let rhs): "(\(lhs) OR \(rhs))"
    case .andNot(let lhs, let rhs): "(\(lhs) NOT \(rhs))"
    case .not(let query): "(NOT \(query))"
    }
  }

  /// The terms of the query, left to right, except those under a `NOT`: what a match was
  /// found by, and so what to highlight.
  public var positiveTerms: [SearchTerm] {
    switch self {
    case .term(let term): [term]
    case .years, .not: []
    case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.positiveTerms + rhs.positiveTerms
    case .andNot(let lhs, _): lhs.positiveTerms
    }
  }

  /// The fields the query looks in.
  public var fields: Set<SearchField> {
    switch self {
    case .term(let term): [term.field]
    case .years: [.publicationDate]
    case .and(let lhs, let rhs), .or(let lhs, let rhs), .andNot(let lhs, let rhs):
      lhs.fields.union(rhs.fields)
    case .not(let query): query.fields
    }
  }
}

/// Where a term is searched for: PubMed's field tags.
public enum SearchField: String, Sendable, Hashable, CaseIterable {
  /// No tag: title, abstract, keywords, MeSH, authors, publication types and journal.
  case allFields = "all"
  case title = "ti"
  case abstract = "ab"
  case titleAbstract = "tiab"
  case author = "au"
  case language = "la"
  case publicationType = "pt"
  case mesh = "mh"
  case keyword = "kw"
  case publicationDate = "dp"

  /// The field a tag (`tiab`, `Title/Abstract`, `MeSH Terms`) names, ignoring case.
  public init?(tag: String) {
    let name = tag.lowercased().trimmingWhitespace()
    if let field = SearchField(rawValue: name), field != .allFields {
      self = field
      return
    }
    switch name {
    case "title": self = .title
    case "abstract": self = .abstract
    case "title/abstract": self = .titleAbstract
    case "author", "author name": self = .author
    case "language": self = .language
    case "publication type": self = .publicationType
    case "mesh", "mesh terms", "mesh term": self = .mesh
    case "keyword", "keywords", "ot", "other term": self = .keyword
    case "date - publication", "publication date", "pdat": self = .publicationDate
    case "all fields", "all": self = .allFields
    default: return nil
    }
  }
}

/// One word of a search term, folded (lower case, no diacritics), whole or as a prefix
/// (`trainee*`).
public struct WordPattern: Sendable, Hashable {
  public var text: String
  /// True for a wildcard: the word only has to start with ``text``.
  public var isPrefix: Bool

  public init(_ text: String, isPrefix: Bool = false) {
    self.text = text
    self.isPrefix = isPrefix
  }
}

/// A word, a phrase or a wildcard in one field: the words must appear in order, next to each
/// other, within one value of the field (one title, one keyword, one author).
public struct SearchTerm: Sendable, Hashable, CustomStringConvertible {
  public var words: [WordPattern]
  public var field: SearchField
  /// The term as written, without its tag: `"social media"`, `trainee*`.
  public var text: String
  /// The columns (from 1) the term and its tag take in the query.
  public var columns: Range<Int>

  public init(words: [WordPattern], field: SearchField, text: String, columns: Range<Int>) {
    self.words = words
    self.field = field
    self.text = text
    self.columns = columns
  }

  /// `"social media"[tiab]`, or the term alone when it has no tag.
  public var description: String {
    field == .allFields ? text : "\(text)[\(field.rawValue)]"
  }
}
