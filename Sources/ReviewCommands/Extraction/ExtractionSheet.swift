import Ingest
import ReviewModel
import ReviewStore

/// A spreadsheet of extracted data: what `extractions export --csv` writes and
/// `extractions import` reads.
///
/// One row per study and extractor, with that extractor's latest value of each field; the
/// columns are `id`, `reviewer`, the study's `first_author`, `year` and `title` (for people;
/// import ignores them), then one column per field of the form, named as the form names it.
enum ExtractionSheet {
  /// Columns that identify the study for people, written on export and ignored on import.
  static let citationColumns = ["first_author", "year", "title"]

  /// The header row of an export.
  static func header(_ fields: [ExtractionField]) -> [String] {
    ["id", "reviewer"] + citationColumns + fields.map(\.name)
  }

  /// The rows of an export: each extractor's latest values, study by study.
  ///
  /// - Parameters:
  ///   - log: the extracted values, oldest first.
  ///   - fields: the form.
  ///   - record: the stored record of a study.
  /// - Returns: the rows' cells, under ``header(_:)``.
  static func rows(
    _ log: [Extraction], fields: [ExtractionField], record: (Int64) throws -> StoredRecord
  ) throws -> [[String]] {
    struct Key: Hashable, Comparable {
      var recordID: Int64
      var reviewer: String
      static func < (lhs: Key, rhs: Key) -> Bool {
        (lhs.recordID, lhs.reviewer) < (rhs.recordID, rhs.reviewer)
      }
    }
    var latest: [Key: [String: String]] = [:]
    for extraction in log where extraction.method != .resolution {
      latest[Key(recordID: extraction.recordID, reviewer: extraction.reviewer), default: [:]][
        extraction.field] = extraction.value
    }
    return try latest.keys.sorted().map { key in
      let stored = try record(key.recordID).record
      let values = latest[key] ?? [:]
      return [
        String(key.recordID), key.reviewer, stored.authors.first?.familyOrCollective ?? "",
        stored.year.map(String.init) ?? "", stored.title ?? "",
      ] + fields.map { values[$0.name] ?? "" }
    }
  }

  /// The values of every row of a sheet, checked against the form; the first bad cell stops it.
  ///
  /// - Parameters:
  ///   - reader: the sheet, with its header row still to read.
  ///   - path: the file's name, for errors and the log.
  ///   - context: the form and the included studies.
  ///   - defaultReviewer: the extractor of rows without a `reviewer` cell.
  /// - Returns: one draft per non-empty cell of a field column, in file order.
  /// - Throws: a data failure naming `file:line:column` of the bad cell.
  static func drafts(
    from reader: CSVReader, path: String, context: ExtractionContext, defaultReviewer: String
  ) throws(CommandFailure) -> [ExtractionDraft] {
    do {
      guard let header = try reader.next() else {
        throw CommandFailure("\(path): the file is empty", exitCode: .dataError)
      }
      let names = header.cells.map { CSVWriter.unescapedCell($0).trimmingWhitespace() }
      func place(_ row: CSVRow, _ column: Int) -> String {
        let position =
          column < row.positions.count
          ? row.positions[column] : CSVPosition(line: row.line, column: 1)
        return "\(path):\(position.line):\(position.column)"
      }
      guard let idColumn = names.firstIndex(where: { $0.lowercased() == "id" }) else {
        throw CommandFailure(
          "\(path):\(header.line):1: the header row has no id column; it needs id, and a "
            + "column per field of the extraction form", exitCode: .dataError)
      }
      let reviewerColumn = names.firstIndex { $0.lowercased() == "reviewer" }
      var fieldColumns: [(Int, ExtractionField)] = []
      for (column, name) in names.enumerated()
      where column != idColumn && column != reviewerColumn && !name.isEmpty
        && !citationColumns.contains(name.lowercased())
      {
        guard let field = context.reviewProtocol.extractionField(name) else {
          throw CommandFailure(
            "\(place(header, column)): '\(name)' is not a field of the extraction form; its "
              + "fields are: " + context.fields.map(\.name).joined(separator: ", "),
            exitCode: .dataError)
        }
        fieldColumns.append((column, field))
      }
      var drafts: [ExtractionDraft] = []
      while let row = try reader.next() {
        guard !row.isBlank else { continue }
        func cell(_ column: Int) -> String {
          column < row.cells.count
            ? CSVWriter.unescapedCell(row.cells[column]).trimmingWhitespace() : ""
        }
        if row.cells.count > names.count,
          row.cells[names.count...].contains(where: { !$0.isEmpty })
        {
          throw CommandFailure(
            "\(place(row, names.count)): this row has more cells than the header has columns",
            exitCode: .dataError)
        }
        guard let id = Int64(cell(idColumn)), id > 0 else {
          throw CommandFailure(
            "\(place(row, idColumn)): '\(cell(idColumn))' is not a record id",
            exitCode: .dataError)
        }
        guard context.includedIDs.contains(id) else {
          throw CommandFailure(
            "\(place(row, idColumn)): record \(id) is not a study included at full text",
            exitCode: .dataError)
        }
        let reviewer = reviewerColumn.map(cell).flatMap { $0.isEmpty ? nil : $0 } ?? defaultReviewer
        for (column, field) in fieldColumns {
          let text = cell(column)
          guard !text.isEmpty else { continue }
          switch field.value(from: text) {
          case .failure(let error):
            throw CommandFailure("\(place(row, column)): \(error.message)", exitCode: .dataError)
          case .success(let value):
            drafts.append(
              ExtractionDraft(
                recordID: id, field: field.name, value: value, reviewer: reviewer,
                method: .imported, importedFrom: "\(path):\(row.line)"))
          }
        }
      }
      return drafts
    } catch {
      // A reader's error (file:line:column) or one of ours, as it was.
      throw CommandFailure(error)
    }
  }
}
