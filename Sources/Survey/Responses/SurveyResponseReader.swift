import Ingest
import ReviewModel

/// Reads a response file exported by a survey tool into responses that fit a definition.
///
/// The CSV grammar is the project's own ``CSVReader``, not SwiftCSV or CSV.swift: a row that
/// does not fit must be reported with its line and column, and only that reader keeps both
/// (SwiftCSV parses the whole text and keeps no positions; CSV.swift counts rows, not lines, so
/// a multi-line answer puts every later position off). It already handles what survey tools
/// write: a byte order mark (Microsoft Forms, Excel), quoted cells with line breaks inside
/// (free-text answers), and commas or semicolons (Excel in locales with a decimal comma).
public struct SurveyResponseReader {
  private let definition: SurveyDefinition

  public init(definition: SurveyDefinition) {
    self.definition = definition
  }

  /// The responses in the CSV file at `path`.
  ///
  /// - Returns: the rows that fit, and a problem for every cell that does not; a row with a
  ///   problem is left out of the responses.
  /// - Throws: ``SurveyError/unreadableCSV(_:)`` when the file is not CSV, and
  ///   ``SurveyError/missingColumn(_:_:)`` when a column the definition names is not there.
  public func read(path: String) throws(SurveyError) -> SurveyResponseFile {
    do {
      let source = try FileByteSource(path: path)
      var file = try read(CSVReader(source, path: path), path: path)
      file.sha256 = try source.finishSHA256()
      return file
    } catch let error as SurveyError {
      throw error
    } catch let error as IngestError {
      throw .unreadableCSV(error)
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
  }

  /// The responses in the text of a CSV file, for tests and standard input.
  public func read(text: String, path: String) throws(SurveyError) -> SurveyResponseFile {
    do {
      return try read(
        CSVReader(MemoryByteSource(Array(text.utf8)), path: path), path: path)
    } catch let error as SurveyError {
      throw error
    } catch let error as IngestError {
      throw .unreadableCSV(error)
    } catch {
      throw .unreadable(path: path, reason: "\(error)")
    }
  }

  private func read(_ reader: CSVReader, path: String) throws -> SurveyResponseFile {
    var headers: [[String]] = []
    while headers.count < definition.headerRows, let row = try reader.next() {
      headers.append(row.cells)
    }
    let map = SurveyColumnMap(headers: headers, path: path)
    let columns = try definition.questions.map { question throws(SurveyError) in
      try ResolvedSource(question: question, map: map)
    }
    let respondentIndex = try definition.respondentColumn.map { name throws(SurveyError) in
      try map.index(of: name, for: "respondent")
    }
    let width = headers.first?.count ?? 0
    var result = SurveyResponseFile(responses: [], problems: [], skippedLines: [], sha256: nil)
    var seen: [String: Int] = [:]
    var rowNumber = 0
    while let row = try reader.next() {
      if row.isBlank { continue }
      rowNumber += 1
      var problems: [Diagnostic] = []
      func problem(_ message: String, cell: Int?) {
        let position = cell.flatMap { $0 < row.positions.count ? row.positions[$0] : nil }
        let location = SourceLocation(
          file: path, line: position?.line ?? row.line, column: position?.column ?? 1)
        problems.append(Diagnostic(.error, message, at: location))
      }
      if row.cells.count > width {
        problem(
          "this row has \(row.cells.count) cells and the header \(width): "
            + "an answer holding the delimiter must be quoted", cell: width)
      }
      var respondent = "row \(rowNumber)"
      if let respondentIndex {
        let id = cell(row, respondentIndex)
        if id.isEmpty {
          problem("the respondent's id is empty", cell: respondentIndex)
        } else if let earlier = seen[id] {
          problem("respondent '\(id)' is on line \(earlier) already", cell: respondentIndex)
        } else {
          respondent = id
          seen[id] = row.line
        }
      }
      var answers: [String: [String]] = [:]
      for (question, source) in zip(definition.questions, columns) {
        switch SurveyAnswerParser.answer(to: question, from: source, in: row.cells) {
        case .missing: break
        case .values(let values): answers[question.id] = values
        case .invalid(let message, let column): problem(message, cell: column)
        }
      }
      if problems.isEmpty {
        result.responses.append(
          SurveyResponse(respondent: respondent, line: row.line, answers: answers))
      } else {
        result.problems += problems
        result.skippedLines.append(row.line)
      }
    }
    return result
  }

  private func cell(_ row: CSVRow, _ index: Int) -> String {
    index < row.cells.count ? row.cells[index].trimmingSurveySpace() : ""
  }
}

/// A question's columns, found in the header.
enum ResolvedSource {
  case column(Int)
  case optionColumns([(option: String, index: Int)])

  init(question: SurveyQuestion, map: SurveyColumnMap) throws(SurveyError) {
    switch question.source {
    case .column(let name):
      self = .column(try map.index(of: name, for: question.id))
    case .optionColumns(let pairs):
      var resolved: [(option: String, index: Int)] = []
      for pair in pairs {
        resolved.append((pair.option, try map.index(of: pair.column, for: question.id)))
      }
      self = .optionColumns(resolved)
    }
  }
}

extension String {
  /// The text without the spaces and line breaks around it.
  func trimmingSurveySpace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
