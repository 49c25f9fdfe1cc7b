/// The CSV exports litrev reads, told apart by their header rows; columns are found by name,
/// whatever their case and order.
enum CSVDialect: Sendable, Equatable, CaseIterable {
  /// PubMed's "Save → Format: CSV".
  case pubMed
  /// Scopus's "Export → CSV".
  case scopus
  /// ASReview's data format: `title`, `abstract`, `authors`, `doi`, `keywords`, a label column.
  case asReview

  /// The headers each dialect writes, as a person reads them in an error.
  var expectedHeaders: [String] {
    switch self {
    case .pubMed:
      [
        "PMID", "Title", "Authors", "Citation", "First Author", "Journal/Book", "Publication Year",
        "Create Date", "PMCID", "NIHMS ID", "DOI",
      ]
    case .scopus:
      [
        "Authors", "Author full names", "Title", "Year", "Source title", "Volume", "Issue",
        "Page start", "Page end", "DOI", "Abstract", "Author Keywords", "Index Keywords",
        "PubMed ID", "EID",
      ]
    case .asReview:
      ["title", "abstract", "authors", "doi", "keywords", "label_included"]
    }
  }

  var name: String {
    switch self {
    case .pubMed: "PubMed's CSV"
    case .scopus: "Scopus's CSV"
    case .asReview: "ASReview's CSV"
    }
  }

  /// The dialect whose headers `headers` (lower-cased) show, or nil.
  ///
  /// PubMed's is told by `citation` or `journal/book` beside `pmid`; Scopus's by `eid`, `source
  /// title` or `author(s) id`; any other file with a `title` column is read as ASReview's, the
  /// plainest of the three, which screening tools and spreadsheets also write.
  static func recognise(_ headers: Set<String>) -> CSVDialect? {
    if headers.contains("pmid")
      && (headers.contains("citation") || headers.contains("journal/book"))
    {
      return .pubMed
    }
    if headers.contains("eid") || headers.contains("source title")
      || headers.contains("author(s) id")
    {
      return .scopus
    }
    if headers.contains("title") || headers.contains("primary_title") { return .asReview }
    return nil
  }

  /// Every header a dialect writes, lower-cased: one of them in a first line makes a file CSV.
  static let knownHeaders: Set<String> = Set(
    allCases.flatMap { $0.expectedHeaders.map { $0.lowercased() } })

  /// The sentence that ends a refusal: what each dialect's header row holds.
  static var expectedHeadersSentence: String {
    allCases.map { "\($0.name) (\($0.expectedHeaders.joined(separator: ", ")))" }
      .joined(separator: "; ")
  }
}
