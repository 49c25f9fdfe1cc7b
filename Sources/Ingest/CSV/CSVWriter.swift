/// Writes CSV (RFC 4180) that a spreadsheet opens safely.
///
/// A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be taken for a
/// formula by Excel, LibreOffice or Google Sheets (CSV injection), so it gets a leading
/// apostrophe, which spreadsheets show as text and ``CSVWriter/unescapedCell(_:)`` takes off
/// again. A cell holding a comma, a quote or a line break is quoted, with its quotes doubled.
public enum CSVWriter {
  /// The characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// One row, ended by CRLF.
  ///
  /// - Parameter cells: the cells' text.
  /// - Returns: the row as it goes in the file.
  public static func row(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: ",") + "\r\n"
  }

  /// One cell, made formula-safe and quoted when it needs to be.
  ///
  /// - Parameter text: the cell's text.
  /// - Returns: the cell as it goes in the file.
  public static func cell(_ text: String) -> String {
    var text = text
    if let first = text.unicodeScalars.first, formulaStarts.contains(Character(first)) {
      text = "'" + text
    }
    guard text.unicodeScalars.contains(where: { "\",\n\r".unicodeScalars.contains($0) }) else {
      return text
    }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  /// A cell's text as it was before ``cell(_:)`` made it formula-safe: a leading apostrophe
  /// before one of the formula characters is taken off.
  ///
  /// - Parameter text: a cell as a CSV reader gives it.
  /// - Returns: the text without the protecting apostrophe.
  public static func unescapedCell(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first,
      formulaStarts.contains(Character(second))
    else { return text }
    return String(scalars.dropFirst())
  }
}
