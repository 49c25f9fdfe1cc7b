import Ingest

/// The evidence table as CSV that Excel and LibreOffice open as it is.
///
/// UTF-8, CRLF rows, the header first; a cell that a spreadsheet would run as a formula gets
/// a leading apostrophe (``CSVWriter``). Excel on Windows reads a CSV file without a byte order
/// mark in the local code page, so `withByteOrderMark` puts one first.
public enum EvidenceCSV {
  /// The CSV text of `table`.
  ///
  /// - Parameters:
  ///   - table: the table.
  ///   - withByteOrderMark: whether the text starts with U+FEFF.
  /// - Returns: the file's text.
  public static func text(_ table: EvidenceTable, withByteOrderMark: Bool = false) -> String {
    var text = withByteOrderMark ? "\u{FEFF}" : ""
    text += CSVWriter.row(table.columns.map(\.label))
    for row in table.rows {
      text += CSVWriter.row(row.map(\.text))
    }
    return text
  }
}
