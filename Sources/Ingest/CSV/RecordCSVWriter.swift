import ReviewModel

/// Writes records as CSV with lower-case headers that ASReview, spreadsheets and
/// `CSVRecordReader` read: `title`, `abstract`, `authors`, `doi`, `keywords`, …, and, for
/// ASReview, the `record_id` and `label_included` columns it screens with.
///
/// Lists are `; `-separated; an author is `Family, Given`, a group `Name,` (EndNote's mark, which
/// the reader keeps as a group). Every cell goes through ``CSVWriter``, so none can run as a
/// formula in a spreadsheet.
public struct RecordCSVWriter: Sendable {
  /// Whether to add ASReview's `record_id` and `label_included` columns.
  public var includesLabels: Bool

  public init(includesLabels: Bool) {
    self.includesLabels = includesLabels
  }

  /// The columns, in order.
  public var headers: [String] {
    (includesLabels ? ["record_id"] : []) + Self.recordColumns
      + (includesLabels ? ["label_included"] : [])
  }

  /// The header row.
  public var headerRow: String { CSVWriter.row(headers) }

  /// One record's row.
  ///
  /// - Parameters:
  ///   - record: the record.
  ///   - id: its id in the project, for `record_id`.
  ///   - label: `true` for a record included, `false` excluded, nil for one not decided.
  public func row(for record: Record, id: Int64? = nil, label: Bool? = nil) -> String {
    var cells = Self.cells(of: record)
    if includesLabels {
      cells.insert(id.map(String.init) ?? "", at: 0)
      cells.append(label.map { $0 ? "1" : "0" } ?? "")
    }
    return CSVWriter.row(cells)
  }

  private static let recordColumns = [
    "title", "abstract", "authors", "year", "date", "journal", "journal_abbreviation", "volume",
    "issue", "pages", "doi", "pmid", "pmcid", "issn", "keywords", "language", "publication_types",
    "url", "source_database", "source_id",
  ]

  private static func cells(of record: Record) -> [String] {
    let list = { (items: [String]) in items.joined(separator: "; ") }
    return [
      record.title ?? "", record.abstract ?? "", list(record.authors.map(RISWriter.name)),
      record.year.map(String.init) ?? "", record.publicationDate ?? "", record.journal ?? "",
      record.journalAbbreviation ?? "", record.volume ?? "", record.issue ?? "",
      record.pages ?? "", record.doi ?? "", record.pmid ?? "", record.pmcid ?? "",
      record.issn ?? "", list(record.keywords), list(record.languages),
      list(record.publicationTypes), list(record.urls), record.sourceDatabase ?? "",
      record.sourceId ?? "",
    ]
  }
}
