import ReviewModel

/// Reads the CSV exports of PubMed, Scopus and ASReview as records, a row at a time.
///
/// The header row says which of them a file is (see ``CSVDialect/recognise(_:)``); columns are
/// found by name, whatever their case and order, and columns litrev does not interpret are kept
/// under their headers in ``Record/otherFields``. The cells come from ``CSVReader``, the
/// project's own streaming reader, which knows the line and column of every cell.
///
/// Why not a CSV library: swiftcsv/SwiftCSV 0.10.0 and yaslab/CSV.swift 2.5.2 are the ones
/// available. SwiftCSV parses the whole text in memory (a 30,000-record Scopus export is some
/// 100 MB, and memory must stay flat) and gives no positions for errors; CSV.swift streams but
/// counts rows rather than lines, so `file:line` for a row after a quoted line break is wrong,
/// and it keeps text after a closing quote without a word where a malformed file must be
/// refused. Neither reads Windows-1252. ``CSVReader`` does all of it in some 200 lines that
/// decisions import already relies on. Measured on 2026-12-02 on a 58 MB, 30,000-record
/// ASReview CSV (release builds, a loaded 2-core machine, two runs each): SwiftCSV only
/// splitting the rows 7.8–10.5 s and 215 MB peak RSS, CSV.swift 5.4–8.4 s and 19 MB, and
/// `litrev parse --count` with this reader, rows made into records, 2.2–2.8 s and 26 MB.
///
/// Refused, exit 65 and nothing stored: a header row none of the dialects has (the error lists
/// the headers each dialect writes), a row with more cells than there are headers, a quoted cell
/// that never closes, text after a closing quote. A row with fewer cells (spreadsheets drop
/// trailing empty ones) and a record without a title are warnings; blank rows are skipped.
public final class CSVRecordReader: RecordReader {
  public private(set) var diagnostics: [Diagnostic] = []

  private let path: String
  private let source: any ByteSource
  private var reader: CSVReader?
  private var dialect: CSVDialect?
  private var headers: [String] = []
  private var columns: [String: Int] = [:]
  private let keepsOriginalText: Bool

  /// A reader of the CSV in `source`; `path` names the file in locations and errors.
  public init(_ source: any ByteSource, path: String, options: ReaderOptions = ReaderOptions()) {
    self.source = source
    self.path = path
    keepsOriginalText = options.locatesOriginal
  }

  public func next() throws(IngestError) -> Record? {
    let reader = try openedReader()
    guard let dialect else { return nil }
    while let row = try reader.next() {
      if row.isBlank { continue }
      if row.cells.count > headers.count {
        let extra = row.positions[headers.count]
        throw .malformed(
          SourceLocation(file: path, line: extra.line, column: extra.column),
          "this row has \(row.cells.count) cells, but the header row names \(headers.count) "
            + "columns")
      }
      let location = SourceLocation(file: path, line: row.line)
      if row.cells.count < headers.count {
        diagnostics.append(
          Diagnostic(
            .warning,
            "this row has \(row.cells.count) cells, fewer than the \(headers.count) columns; "
              + "the missing ones are read as empty", at: location))
      }
      var recordRow = CSVRecordRow(columns: columns, headers: headers, cells: row.cells)
      var record = dialect.makeRecord(&recordRow, location: location)
      if keepsOriginalText {
        // The row as CSV, without its line end (two scalars, though one character).
        record.originalText = String(CSVWriter.row(row.cells).unicodeScalars.dropLast(2))
      }
      if record.title == nil {
        diagnostics.append(Diagnostic(.warning, "a CSV row without a title", at: location))
      }
      return record
    }
    return nil
  }

  /// The CSV reader, past the header row, which it reads the first time.
  private func openedReader() throws(IngestError) -> CSVReader {
    if let reader { return reader }
    let opened = try CSVReader(source, path: path)
    reader = opened
    var header: CSVRow?
    while let row = try opened.next() {
      if !row.isBlank {
        header = row
        break
      }
    }
    guard let header else { return opened }
    headers = header.cells.map { $0.trimmingWhitespace() }
    for (index, name) in headers.enumerated() where columns[name.lowercased()] == nil {
      columns[name.lowercased()] = index
    }
    guard let found = CSVDialect.recognise(Set(columns.keys)) else {
      throw .malformed(
        SourceLocation(file: path, line: header.line),
        "no column this reader knows in the header row; expected the headers of "
          + CSVDialect.expectedHeadersSentence)
    }
    dialect = found
    return opened
  }
}
