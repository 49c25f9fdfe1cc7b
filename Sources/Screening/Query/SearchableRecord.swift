import ReviewModel

/// A record prepared for querying: the folded text of each field a query looks in, folded the
/// first time a query looks there.
///
/// Folding is the costly part of evaluating a query, and most records are decided by their
/// title and abstract alone: an `OR` over all fields stops at the first that matches, and a
/// rule that fails on the publication year never looks at the text. So each field is folded
/// on demand and kept for the next query (hence `inout` in ``QueryEvaluator/matches(_:)-…``).
public struct SearchableRecord: Sendable {
  /// The fields folded one by one.
  enum FoldedField: Int, CaseIterable, Sendable {
    /// Title and original-language title.
    case title
    case abstract
    /// Each author as `family given` and `family initials`, for `smith j[au]` and `smith
    /// john[au]`.
    case authors
    /// Publication types, and the RIS "type of work" (`M3`) that Embase fills with them.
    case publicationTypes
    /// MeSH descriptors with their qualifiers, one value each.
    case mesh
    case keywords
    case journal
  }

  public let record: Record
  private var folded = [FoldedText?](repeating: nil, count: FoldedField.allCases.count)
  private var foldedLanguageCodes: [String]?

  public init(_ record: Record) {
    self.record = record
  }

  var year: Int? { record.year }

  /// The record's languages as codes (see ``LanguageName``).
  mutating func languageCodes() -> [String] {
    if let codes = foldedLanguageCodes { return codes }
    let codes = record.languages.map(LanguageName.code)
    foldedLanguageCodes = codes
    return codes
  }

  /// The folded text of `field`, folded now if no query has looked there yet.
  mutating func text(of field: FoldedField) -> FoldedText {
    if let text = folded[field.rawValue] { return text }
    let text = Self.fold(field, of: record)
    folded[field.rawValue] = text
    return text
  }

  private static func fold(_ field: FoldedField, of record: Record) -> FoldedText {
    var text = FoldedText()
    switch field {
    case .title:
      if let title = record.title { text.append(title) }
      if let title = record.vernacularTitle { text.append(title) }
    case .abstract:
      if let abstract = record.abstract { text.append(abstract) }
    case .authors:
      for author in record.authors { append(author, to: &text) }
    case .publicationTypes:
      for type in publicationTypes(of: record) { text.append(type) }
    case .mesh:
      for heading in record.meshHeadings {
        text.append(([heading.descriptor] + heading.qualifiers).joined(separator: ", "))
      }
    case .keywords:
      for keyword in record.keywords { text.append(keyword) }
    case .journal:
      if let journal = record.journal { text.append(journal) }
    }
    return text
  }

  /// The record's publication types: PubMed's `PublicationType`s and, for RIS, the type of work
  /// (`M3`), which Embase fills with `Article`, `Editorial`, `Letter`, `Conference Abstract`.
  public static func publicationTypes(of record: Record) -> [String] {
    record.publicationTypes + record.otherFields.filter { $0.tag == "M3" }.map(\.value)
  }

  private static func append(_ author: Author, to text: inout FoldedText) {
    switch author.name {
    case .person(let family, let given?) where !given.isEmpty:
      text.append(family, given)
      text.append(family, initials(of: given))
    case .person(let family, _):
      text.append(family)
    case .collective(let name):
      text.append(name)
    }
  }

  /// The first letter of each part of `given` ("John Paul" and "Jean-Paul" give "JP"); a
  /// part's accents on its first letter are dropped by folding later either way.
  private static func initials(of given: String) -> String {
    var initials = ""
    var startsPart = true
    for scalar in given.unicodeScalars {
      if scalar == " " || scalar == "-" || scalar == "." {
        startsPart = true
      } else if startsPart {
        initials.unicodeScalars.append(scalar)
        startsPart = false
      }
    }
    return initials
  }

  /// The fields a search in `field` looks in, in the order they are tried: the cheap and the
  /// likely first, since the search stops at the first match.
  private static func foldedFields(of field: SearchField) -> [FoldedField] {
    switch field {
    case .allFields:
      [.title, .abstract, .keywords, .mesh, .publicationTypes, .journal, .authors]
    case .title: [.title]
    case .abstract: [.abstract]
    case .titleAbstract: [.title, .abstract]
    case .author: [.authors]
    case .publicationType: [.publicationTypes]
    case .mesh: [.mesh]
    case .keyword: [.keywords]
    case .language, .publicationDate: []
    }
  }

  /// True when `matcher` finds its term in `field`.
  mutating func contains(_ matcher: TermMatcher, in field: SearchField) -> Bool {
    for folded in Self.foldedFields(of: field) where matcher.matches(text(of: folded)) {
      return true
    }
    return false
  }
}
