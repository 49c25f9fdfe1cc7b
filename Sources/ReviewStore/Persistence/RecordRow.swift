import GRDB
import ReviewModel

/// How a ``Record`` maps onto the `record` table's columns, both ways.
enum RecordRow {
  static let columns = [
    "line", "pmid", "doi", "pmcid", "title", "vernacular_title", "abstract", "year",
    "publication_date", "journal", "journal_abbreviation", "volume", "issue", "pages", "issn",
    "ris_type", "source_record_id", "source_database", "authors", "keywords", "mesh_headings",
    "languages", "publication_types", "urls", "notes", "other_fields", "original_text",
    "original_start", "original_end",
  ]

  static let insertSQL =
    "INSERT INTO record (batch_id, position, \(columns.joined(separator: ", "))) VALUES ("
    + Array(repeating: "?", count: columns.count + 2).joined(separator: ", ") + ")"

  /// `SELECT` of a stored record: id, batch, position, source name, then ``columns``, then the
  /// batch's file name (for the record's location).
  static let selectSQL = select(withOriginalText: true)

  /// ``selectSQL`` with NULL for the original text, for reading many records at once.
  static let selectWithoutTextSQL = select(withOriginalText: false)

  private static func select(withOriginalText: Bool) -> String {
    let selected = columns.map { column in
      column == "original_text" && !withOriginalText ? "NULL" : "r." + column
    }
    return "SELECT r.id, r.batch_id, r.position, s.name, " + selected.joined(separator: ", ")
      + ", b.file_name FROM record r JOIN import_batch b ON b.id = r.batch_id"
      + " JOIN source s ON s.id = b.source_id"
  }

  static func storedRecord(_ row: Row) throws -> StoredRecord {
    let file: String = row[33]
    let line: Int? = row[4]
    let originalStart: Int? = row[31]
    let originalEnd: Int? = row[32]
    let originalBytes = originalStart.flatMap { start in originalEnd.map { start..<$0 } }
    let record = ReviewModel.Record(
      pmid: row[5], doi: row[6], pmcid: row[7], title: row[8], vernacularTitle: row[9],
      abstract: row[10], authors: try JSONColumn.decodeAuthors(row[22]),
      year: row[11], publicationDate: row[12], journal: row[13], journalAbbreviation: row[14],
      volume: row[15], issue: row[16], pages: row[17], issn: row[18],
      keywords: try JSONColumn.decodeStrings(row[23]),
      meshHeadings: try JSONColumn.decodeStrings(row[24])
        .map(MeshHeading.init(medlineText:)),
      languages: try JSONColumn.decodeStrings(row[25]),
      publicationTypes: try JSONColumn.decodeStrings(row[26]),
      urls: try JSONColumn.decodeStrings(row[27]),
      notes: try JSONColumn.decodeStrings(row[28]), risType: row[19],
      sourceId: row[20], sourceDatabase: row[21],
      otherFields: try JSONColumn.decodeFields(row[29]),
      location: line.map { SourceLocation(file: file, line: $0) },
      originalBytes: originalBytes, originalText: row[30])
    return StoredRecord(
      id: row[0], batchID: row[1], position: row[2], source: row[3], record: record)
  }
}
