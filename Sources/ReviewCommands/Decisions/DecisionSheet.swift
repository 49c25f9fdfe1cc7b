import Ingest
import ReviewModel
import ReviewStore
import Screening

/// A spreadsheet of decisions: what `decisions export` writes and `decisions import` reads.
///
/// Export writes every decision of the log, oldest first, under ``exportHeader``. Import finds
/// its columns by header name, ignoring case and the columns it does not know: `id` and
/// `decision` (or `verdict`) are needed; `reason`, `reviewer`, `note`, `stage` and `method` are
/// read when present. Imported decisions get the method `import`, except rows whose `method`
/// says `rule:<id>` or `resolution`: those keep it, so that an exported log imported into
/// another project settles its records as it did in the first.
enum DecisionSheet {
  /// The columns `decisions export` writes, in order.
  static let exportHeader = [
    "id", "source", "sourceId", "title", "stage", "reviewer", "verdict", "reason", "note",
    "method", "time",
  ]

  /// The cells of one exported decision.
  ///
  /// - Parameters:
  ///   - decision: the decision.
  ///   - stored: the record it is about.
  /// - Returns: the cells under ``exportHeader``.
  static func exportCells(_ decision: Decision, record stored: StoredRecord) -> [String] {
    let record = stored.record
    return [
      String(decision.recordID), stored.source,
      record.sourceId ?? record.pmid ?? record.doi ?? "", record.title ?? "",
      decision.stage.commandLineName, decision.reviewer, decision.verdict.commandLineName,
      decision.reason ?? "", decision.note ?? "", decision.method.description,
      decision.decidedAt,
    ]
  }

  /// What an import needs besides the file.
  struct ImportContext {
    /// The file's name as the person gave it, for errors and the log.
    var path: String
    /// The stage of rows without a `stage` cell.
    var defaultStage: ScreeningStage
    /// The reviewer of rows without a `reviewer` cell, when `--reviewer` was given.
    var defaultReviewer: String?
    /// Who runs the import, as the log records it.
    var importedBy: String
    /// The protocol, to check reasons against; loaded only when a row needs it.
    var loadProtocol: () throws(CommandFailure) -> ReviewProtocol
    /// Which of these record ids the project holds.
    var existingRecordIDs: (Set<Int64>) throws(CommandFailure) -> Set<Int64>
  }

  /// The decisions of every row of a sheet, checked; the first bad cell stops it.
  ///
  /// - Parameters:
  ///   - reader: the sheet, with its header row still to read.
  ///   - context: the file's name, defaults, the protocol and the project's records.
  /// - Returns: one draft per row that is not blank, in file order.
  /// - Throws: a data failure naming `file:line:column` of the bad cell.
  static func drafts(from reader: CSVReader, _ context: ImportContext) throws(CommandFailure)
    -> [DecisionDraft]
  {
    let columns: Columns
    do {
      guard let header = try reader.next() else {
        throw CommandFailure("\(context.path): the file is empty", exitCode: .dataError)
      }
      columns = try Columns(header: header, path: context.path)
      var rows: [CSVRow] = []
      while let row = try reader.next() {
        if !row.isBlank { rows.append(row) }
      }
      // One look-up for every id the sheet names, rather than one per row.
      let named = Set(
        rows.compactMap { row in
          columns.id < row.cells.count ? Int64(row.cells[columns.id].trimmingWhitespace()) : nil
        })
      let existing = try context.existingRecordIDs(named)
      var drafts: [DecisionDraft] = []
      drafts.reserveCapacity(rows.count)
      var reviewProtocol: ReviewProtocol?
      for row in rows {
        var parser = RowParser(
          row: row, columns: columns, context: context, existingRecordIDs: existing)
        drafts.append(try parser.draft(protocol: &reviewProtocol))
      }
      return drafts
    } catch let error as IngestError {
      throw CommandFailure(error)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure(error)
    }
  }
}

/// Where the columns an import reads are.
private struct Columns {
  var id: Int
  var verdict: Int
  var reason: Int?
  var reviewer: Int?
  var note: Int?
  var stage: Int?
  var method: Int?
  var count: Int

  init(header: CSVRow, path: String) throws(CommandFailure) {
    let names = header.cells.map { $0.trimmingWhitespace().lowercased() }
    func column(_ wanted: String...) -> Int? { names.firstIndex { wanted.contains($0) } }
    guard let id = column("id"), let verdict = column("decision", "verdict") else {
      let missing = column("id") == nil ? "an id" : "a decision (or verdict)"
      throw CommandFailure(
        "\(path):\(header.line):1: the header row has no \(missing) column; "
          + "it needs id and decision, and may have reason, reviewer, note and stage",
        exitCode: .dataError)
    }
    self.id = id
    self.verdict = verdict
    reason = column("reason")
    reviewer = column("reviewer")
    note = column("note", "notes")
    stage = column("stage")
    method = column("method")
    count = names.count
  }
}

/// Reads one row into a decision.
private struct RowParser {
  var row: CSVRow
  var columns: Columns
  var context: DecisionSheet.ImportContext
  var existingRecordIDs: Set<Int64>

  /// The text of the cell in `column`, trimmed, with a formula-guarding apostrophe taken off;
  /// nil when the row has no such cell or it is empty.
  func text(_ column: Int?) -> String? {
    guard let column, column < row.cells.count else { return nil }
    let text = CSVWriter.unescapedCell(row.cells[column]).trimmingWhitespace()
    return text.isEmpty ? nil : text
  }

  /// A failure at the cell in `column` (or the row's first cell, when it has none).
  func failure(_ column: Int?, _ message: String) -> CommandFailure {
    let position =
      column.flatMap { $0 < row.positions.count ? row.positions[$0] : nil }
      ?? row.positions.first ?? CSVPosition(line: row.line, column: 1)
    return CommandFailure(
      "\(context.path):\(position.line):\(position.column): \(message)", exitCode: .dataError)
  }

  mutating func draft(protocol reviewProtocol: inout ReviewProtocol?) throws(CommandFailure)
    -> DecisionDraft
  {
    if row.cells.count > columns.count, row.cells[columns.count...].contains(where: { !$0.isEmpty })
    {
      throw failure(columns.count, "this row has more cells than the header has columns")
    }
    guard let idText = text(columns.id) else { throw failure(columns.id, "the id is empty") }
    guard let id = Int64(idText), id > 0 else {
      throw failure(columns.id, "'\(idText)' is not a record id")
    }
    guard existingRecordIDs.contains(id) else {
      throw failure(columns.id, "no record with id \(id)")
    }
    guard let verdictText = text(columns.verdict) else {
      throw failure(columns.verdict, "the decision is empty")
    }
    guard let verdict = Self.verdict(verdictText) else {
      throw failure(
        columns.verdict,
        "'\(verdictText)' is not a decision: say include, exclude, maybe or not-retrieved")
    }
    var stage = context.defaultStage
    if let stageText = text(columns.stage) {
      guard let named = ScreeningStage(name: stageText.replacing(" ", with: "-")) else {
        throw failure(
          columns.stage, "'\(stageText)' is not a stage: say title-abstract or full-text")
      }
      stage = named
    }
    if verdict == .notRetrieved, stage != .fullText {
      throw failure(columns.verdict, "not-retrieved applies to full texts only")
    }
    guard let reviewer = text(columns.reviewer) ?? context.defaultReviewer else {
      throw failure(
        columns.reviewer,
        "no reviewer: add a reviewer column, or say whose sheet it is with "
          + "--reviewer NAME")
    }
    var method = DecisionMethod.imported
    if let methodText = text(columns.method) {
      switch DecisionMethod(stored: methodText) {
      case .rule(let id)?: method = .rule(id)
      case .resolution?: method = .resolution
      case .stoppingRule(let name)?: method = .stoppingRule(name)
      case .manual?, .imported?: break
      case nil:
        throw failure(
          columns.method,
          "'\(methodText)' is not a method: say manual, import, resolution or rule:<id>")
      }
    }
    if method == .resolution, verdict != .include, verdict != .exclude {
      throw failure(columns.verdict, "a resolution includes or excludes")
    }
    let reason = text(columns.reason)
    var storedReason = reason
    if ReviewProtocol.reasonNeedsProtocol(reason, verdict: verdict, stage: stage) {
      let loaded: ReviewProtocol
      if let reviewProtocol {
        loaded = reviewProtocol
      } else {
        loaded = try context.loadProtocol()
      }
      reviewProtocol = loaded
      do {
        storedReason = try loaded.storedReason(reason, verdict: verdict, stage: stage)
      } catch {
        throw failure(
          reason == nil ? columns.verdict : columns.reason,
          DecisionReason.message(error, option: "a reason"))
      }
    }
    return DecisionDraft(
      recordID: id, stage: stage, verdict: verdict, reason: storedReason,
      note: text(columns.note), reviewer: reviewer, method: method,
      runBy: context.importedBy, importedFrom: "\(context.path):\(row.line)")
  }

  /// The verdict a spreadsheet cell names: litrev's own names, and the past tense that
  /// Rayyan and Covidence write (`Included`, `Excluded`).
  static func verdict(_ text: String) -> Verdict? {
    let name = text.lowercased().replacing(" ", with: "-")
    switch name {
    case "included": return .include
    case "excluded": return .exclude
    default: return Verdict(name: name)
    }
  }
}
