import Foundation
import Ingest
import Prioritisation
import ReviewModel

/// A labelled screening set in ASReview's CSV layout: a title, an abstract, sometimes keywords
/// (separated by semicolons), and a column of 1 (included) and 0 (excluded).
struct LabelledSet {
  var texts: [ScreeningText] = []
  var labels: [Bool] = []

  /// Reads the set from `path`, all of it or nothing.
  ///
  /// - Parameters:
  ///   - path: the CSV file.
  ///   - labelColumn: the header of the column holding the labels.
  /// - Throws: an ``IngestError`` naming the file, line and column of a bad cell or header.
  static func read(path: String, labelColumn: String) throws(IngestError) -> LabelledSet {
    let reader = try CSVReader(try FileByteSource(path: path, computesSHA256: false), path: path)
    guard let header = try reader.next() else { throw .emptyFile(path: path) }
    let names = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    func column(_ name: String) -> Int? { names.firstIndex(of: name.lowercased()) }
    guard let label = column(labelColumn) else {
      throw .malformed(
        SourceLocation(file: path, line: header.line, column: 1),
        "no column is named '\(labelColumn)' (the columns are \(header.cells.joined(separator: ", ")))"
      )
    }
    guard let title = column("title") else {
      throw .malformed(
        SourceLocation(file: path, line: header.line, column: 1), "no column is named 'title'")
    }
    let abstract = column("abstract")
    let keywords = column("keywords")
    var set = LabelledSet()
    while let row = try reader.next() {
      guard !row.isBlank else { continue }
      func cell(_ index: Int?) -> String {
        guard let index, index < row.cells.count else { return "" }
        return row.cells[index]
      }
      let value = cell(label).trimmingCharacters(in: .whitespaces)
      guard value == "1" || value == "0" else {
        let position =
          label < row.positions.count
          ? row.positions[label] : (row.positions.last ?? CSVPosition(line: row.line, column: 1))
        throw .malformed(
          SourceLocation(file: path, line: position.line, column: position.column),
          "the label is '\(value)'; \(labelColumn) must be 1 (included) or 0 (excluded)")
      }
      set.labels.append(value == "1")
      set.texts.append(
        ScreeningText(
          title: cell(title), abstract: cell(abstract),
          keywords: cell(keywords).split(separator: ";").map {
            $0.trimmingCharacters(in: .whitespaces)
          }.filter { !$0.isEmpty }))
    }
    return set
  }
}
