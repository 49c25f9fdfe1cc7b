import ReviewModel

/// A record prepared for querying: the folded text of each field a query looks in.
///
/// Made once per record and evaluated against any number of queries, so that folding (the
/// costly part) happens once.
public struct SearchableRecord: Sendable {
  /// Title and original-language title.
  var title = FoldedText()
  var abstract = FoldedText()
  /// Each author as `family given` and `family initials`, for `smith j[au]` and `smith
  /// john[au]`.
  var authors = FoldedText()
  /// Publication types, and the RIS "type of work" (`M3`) that Embase fills with them.
  var publicationTypes = FoldedText()
  /// MeSH descriptors with their qualifiers, one value each.
  var mesh = FoldedText()
  var keywords = FoldedText()
  var journal = FoldedText()
  /// The record's languages as codes (see ``LanguageName``).
  var languageCodes: [String] = []
  var year: Int?

  /// The record's fields that `fields` need.
  ///
  /// - Parameters:
  ///   - record: the record.
  ///   - fields: the fields the queries to evaluate look in (``Query/fields``); all by default.
  public init(_ record: Record, fields: Set<SearchField> = Set(SearchField.allCases)) {
    let all = fields.contains(.allFields)
    year = record.year
    if all || fields.contains(.title) || fields.contains(.titleAbstract) {
      for text in [record.title, record.vernacularTitle].compactMap({ $0 }) { title.append(text) }
    }
    if all || fields.contains(.abstract) || fields.contains(.titleAbstract),
      let text = record.abstract
    {
      abstract.append(text)
    }
    if all || fields.contains(.author) {
      for author in record.authors { Self.append(author, to: &authors) }
    }
    if all || fields.contains(.publicationType) {
      for type in Self.publicationTypes(of: record) { publicationTypes.append(type) }
    }
    if all || fields.contains(.mesh) {
      for heading in record.meshHeadings {
        mesh.append(([heading.descriptor] + heading.qualifiers).joined(separator: ", "))
      }
    }
    if all || fields.contains(.keyword) {
      for keyword in record.keywords { keywords.append(keyword) }
    }
    if all, let text = record.journal { journal.append(text) }
    if fields.contains(.language) {
      languageCodes = record.languages.map(LanguageName.code)
    }
  }

  /// The record's publication types: PubMed's `PublicationType`s and, for RIS, the type of work
  /// (`M3`), which Embase fills with `Article`, `Editorial`, `Letter`, `Conference Abstract`.
  public static func publicationTypes(of record: Record) -> [String] {
    record.publicationTypes + record.otherFields.filter { $0.tag == "M3" }.map(\.value)
  }

  private static func append(_ author: Author, to text: inout FoldedText) {
    switch author.name {
    case .person(let family, let given?) where !given.isEmpty:
      text.append("\(family) \(given)")
      let initials = given.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." })
        .compactMap(\.first).map(String.init).joined()
      text.append("\(family) \(initials)")
    case .person(let family, _):
      text.append(family)
    case .collective(let name):
      text.append(name)
    }
  }

  /// True when `matcher` finds its term in `field`.
  func contains(_ matcher: TermMatcher, in field: SearchField) -> Bool {
    switch field {
    case .allFields:
      matcher.matches(title) || matcher.matches(abstract) || matcher.matches(keywords)
        || matcher.matches(mesh) || matcher.matches(authors)
        || matcher.matches(publicationTypes) || matcher.matches(journal)
    case .title: matcher.matches(title)
    case .abstract: matcher.matches(abstract)
    case .titleAbstract: matcher.matches(title) || matcher.matches(abstract)
    case .author: matcher.matches(authors)
    case .publicationType: matcher.matches(publicationTypes)
    case .mesh: matcher.matches(mesh)
    case .keyword: matcher.matches(keywords)
    case .language, .publicationDate: false
    }
  }
}
