import Foundation
import Ingest
import ReviewModel
import Survey

/// Reads a coding spreadsheet into coding actions, checking every cell first.
///
/// A row with an empty code says the coder read the answer and gave it no code.
struct CodingSheet {
  let path: String
  let defaultCoder: String?
  let codebook: Codebook
  let answers: Set<AnswerKey>

  func actions(_ reader: CSVReader) throws -> [CodingAction] {
    guard let header = try reader.next() else {
      throw CommandFailure("\(path): the file is empty", exitCode: .dataError)
    }
    let names = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    func column(_ name: String) -> Int? { names.firstIndex(of: name) }
    guard let respondentColumn = column("respondent"), let questionColumn = column("question"),
      let codeColumn = column("code")
    else {
      throw CommandFailure(
        "\(path):1: the header needs respondent, question and code columns", exitCode: .dataError)
    }
    let coderColumn = column("coder")
    var actions: [CodingAction] = []
    var finished: [String: Set<AnswerKey>] = [:]
    while let row = try reader.next() {
      if row.isBlank { continue }
      func cell(_ index: Int) -> String {
        index < row.cells.count
          ? CSVWriter.unescapedCell(row.cells[index]).trimmingCharacters(in: .whitespaces) : ""
      }
      func fail(_ index: Int, _ message: String) -> CommandFailure {
        let position = index < row.positions.count ? row.positions[index] : row.positions.last
        let place = "\(path):\(position?.line ?? row.line):\(position?.column ?? 1)"
        return CommandFailure("\(place): \(message); nothing was stored", exitCode: .dataError)
      }
      let key = AnswerKey(respondent: cell(respondentColumn), questionID: cell(questionColumn))
      guard answers.contains(key) else {
        throw fail(
          respondentColumn,
          "no free-text answer of respondent '\(key.respondent)' to '\(key.questionID)'")
      }
      let code = cell(codeColumn)
      guard code.isEmpty || codebook.code(code) != nil else {
        throw fail(codeColumn, "no code '\(code)' in the codebook")
      }
      guard let coder = coderColumn.map(cell).flatMap({ $0.isEmpty ? nil : $0 }) ?? defaultCoder
      else {
        throw fail(coderColumn ?? 0, "no coder: add a coder column or give --coder")
      }
      if !code.isEmpty {
        actions.append(
          CodingAction(
            respondent: key.respondent, questionID: key.questionID, coder: coder, kind: .apply,
            codeID: code, method: "import"))
      }
      finished[coder, default: []].insert(key)
    }
    for (coder, keys) in finished.sorted(by: { $0.key < $1.key }) {
      for key in keys.sorted() {
        actions.append(
          CodingAction(
            respondent: key.respondent, questionID: key.questionID, coder: coder,
            kind: .reviewed, method: "import"))
      }
    }
    return actions
  }
}
