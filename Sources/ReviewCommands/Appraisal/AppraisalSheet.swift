import Appraisal
import Ingest
import ReviewModel

/// Reads a spreadsheet of appraisal answers: one row per answer, columns found by their header
/// in any case and order: id, instrument, item, answer, and optionally reviewer and note.
///
/// Every row is checked before anything is stored: the record exists, the instrument is known,
/// the item is the instrument's and the answer one it allows (the allowed ones are listed);
/// a bad cell is named by file:line:column.
enum AppraisalSheet {
  static let columns = "id, instrument, item and answer (and may have reviewer and note)"

  /// The answers of the sheet, in file order.
  static func drafts(
    from reader: CSVReader, path: String, catalogue: InstrumentCatalogue,
    defaultReviewer: String, recordExists: (Int64) throws -> Bool
  ) throws -> [AppraisalAnswerDraft] {
    guard let header = try reader.next() else {
      throw CommandFailure("\(path): the file is empty", exitCode: .dataError)
    }
    let names = header.cells.map { $0.trimmingWhitespace().lowercased() }
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
    guard let id = column("id"), let instrument = column("instrument"), let item = column("item"),
      let answer = column("answer")
    else {
      throw CommandFailure(
        "\(path):\(header.line):1: the header row needs the columns \(columns)",
        exitCode: .dataError)
    }
    let reviewer = column("reviewer")
    let note = column("note")
    var drafts: [AppraisalAnswerDraft] = []
    while let row = try reader.next() {
      if row.isBlank { continue }
      func cell(_ index: Int?) -> String? {
        guard let index, index < row.cells.count else { return nil }
        let text = CSVWriter.unescapedCell(row.cells[index]).trimmingWhitespace()
        return text.isEmpty ? nil : text
      }
      func failure(_ index: Int, _ message: String) -> CommandFailure {
        let position =
          index < row.positions.count
          ? row.positions[index] : CSVPosition(line: row.line, column: 1)
        return CommandFailure(
          "\(path):\(position.line):\(position.column): \(message)", exitCode: .dataError)
      }
      guard let idText = cell(id), let recordID = Int64(idText) else {
        throw failure(id, "the id must be a record's number, not '\(cell(id) ?? "")'")
      }
      guard try recordExists(recordID) else { throw failure(id, "no record with id \(recordID)") }
      let chosen: Instrument
      do {
        chosen = try catalogue.instrument(cell(instrument) ?? "")
      } catch {
        throw failure(instrument, error.description)
      }
      let itemID = cell(item) ?? ""
      let answerID = cell(answer) ?? ""
      do {
        try chosen.validate([GivenAnswer(item: itemID, answer: answerID)])
      } catch {
        if case .unknownItem = error { throw failure(item, error.description) }
        throw failure(answer, error.description)
      }
      drafts.append(
        AppraisalAnswerDraft(
          recordID: recordID, instrument: chosen.id,
          reviewer: cell(reviewer) ?? defaultReviewer, item: itemID, answer: answerID,
          note: cell(note), method: .import))
    }
    return drafts
  }
}
