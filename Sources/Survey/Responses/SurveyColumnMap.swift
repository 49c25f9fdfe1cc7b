import ReviewModel

/// Finds the columns a definition names among the header rows of a response file.
///
/// Tools name columns differently: Google and Microsoft Forms put the question text in one
/// header row; REDCap its variable names; Qualtrics writes three header rows (ids such as `Q3`,
/// the question texts, then import ids); SurveyMonkey two, the question in the first (only over
/// the first column of a multiple-choice block) and the option in the second. A name matches,
/// in this order: a cell of the first header row; a cell of any header row, when only one has
/// it; or `QUESTION / OPTION`, the first row carried over the blank cells after it and the
/// second row under it, which names SurveyMonkey's option columns. Names are compared with
/// spaces trimmed and case ignored.
struct SurveyColumnMap {
  private let headers: [[String]]
  private let path: String

  init(headers: [[String]], path: String) {
    self.headers = headers.map { $0.map(Self.key) }
    self.path = path
  }

  static func key(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  /// The column index (from 0) of `name`.
  func index(of name: String, for question: String) throws(SurveyError) -> Int {
    let wanted = Self.key(name)
    if let first = headers.first {
      let hits = first.indices.filter { first[$0] == wanted }
      if hits.count == 1 { return hits[0] }
      if hits.count > 1 { throw ambiguous(name, question) }
    }
    let anywhere = Set(headers.flatMap { row in row.indices.filter { row[$0] == wanted } })
    if anywhere.count == 1, let hit = anywhere.first { return hit }
    if anywhere.count > 1 { throw ambiguous(name, question) }
    if headers.count >= 2 {
      var carried = ""
      var hits: [Int] = []
      for index in headers[1].indices {
        if index < headers[0].count, !headers[0][index].isEmpty { carried = headers[0][index] }
        if "\(carried) / \(headers[1][index])" == wanted { hits.append(index) }
      }
      if hits.count == 1 { return hits[0] }
      if hits.count > 1 { throw ambiguous(name, question) }
    }
    throw .missingColumn(
      SourceLocation(file: path, line: 1, column: 1),
      "no column '\(name)' for question '\(question)' in the header")
  }

  private func ambiguous(_ name: String, _ question: String) -> SurveyError {
    .missingColumn(
      SourceLocation(file: path, line: 1, column: 1),
      "more than one column is named '\(name)' (question '\(question)'); name it exactly")
  }
}
