import Screening

/// The codes of a thematic analysis and the themes they make up, as `codebook.yaml` gives them.
public struct Codebook: Sendable {
  public var themes: [Theme]

  public init(themes: [Theme]) {
    self.themes = themes
  }

  /// Every code, theme by theme.
  public var codes: [Code] { themes.flatMap(\.codes) }

  /// The code with `id`.
  public func code(_ id: String) -> Code? { codes.first { $0.id == id } }

  /// The theme with `id`.
  public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

  /// The theme a code belongs to.
  public func theme(ofCode id: String) -> Theme? {
    themes.first { $0.codes.contains { $0.id == id } }
  }

  /// Adds codes made while coding to their themes (or to a theme `uncategorised` made for
  /// them), so that reports count them too.
  public mutating func add(_ added: [(id: String, name: String, themeID: String?)]) {
    for code in added where self.code(code.id) == nil {
      let newCode = Code(id: code.id, name: code.name, definition: "", examples: [], patterns: [])
      if let themeID = code.themeID, let index = themes.firstIndex(where: { $0.id == themeID }) {
        themes[index].codes.append(newCode)
      } else if let index = themes.firstIndex(where: { $0.id == Self.uncategorised }) {
        themes[index].codes.append(newCode)
      } else {
        themes.append(
          Theme(
            id: Self.uncategorised, name: "Not yet in a theme",
            description: "Codes made while coding that no theme takes yet.", codes: [newCode]))
      }
    }
  }

  /// The theme that takes codes made while coding without one.
  public static let uncategorised = "uncategorised"
}

/// A theme: a pattern of meaning across answers, made of codes.
public struct Theme: Sendable {
  public var id: String
  public var name: String
  public var description: String
  public var codes: [Code]

  public init(id: String, name: String, description: String, codes: [Code]) {
    self.id = id
    self.name = name
    self.description = description
    self.codes = codes
  }
}

/// A code: a label for one idea in an answer, and what suggests it.
public struct Code: Sendable {
  public var id: String
  public var name: String
  public var definition: String
  /// Phrases typical of the code; each suggests the code where it occurs as a phrase.
  public var examples: [String]
  /// Query-language patterns (`video* OR youtube`), each suggesting the code where it matches.
  public var patterns: [Query]

  public init(
    id: String, name: String, definition: String, examples: [String], patterns: [Query]
  ) {
    self.id = id
    self.name = name
    self.definition = definition
    self.examples = examples
    self.patterns = patterns
  }

  /// The patterns and the example phrases, as queries.
  public var suggestingQueries: [Query] {
    let parser = QueryParser()
    let phrases = examples.compactMap { example -> Query? in
      guard !example.contains("\"") else { return nil }
      return try? parser.parse("\"\(example)\"")
    }
    return patterns + phrases
  }
}
