import Reports
import ReviewModel
import ReviewStore
import Screening

/// Builds the evidence table from the project: one row per study included at full text, with
/// its citation, the value that holds for each extraction field (resolved, agreed, or the one
/// extractor's), and the columns of every registered ``EvidenceColumnSource``.
struct EvidenceTableBuilder {
  let context: ExtractionContext
  /// The other parts of the review that add columns (design, appraisal, themes).
  let sources: [any EvidenceColumnSource]

  init(context: ExtractionContext) throws(CommandFailure) {
    self.context = context
    sources = try EvidenceColumnSources.registered(for: context)
  }

  /// The citation columns every table starts with.
  static let citationColumns = [
    EvidenceColumn(name: "id", label: "ID", kind: .integer),
    EvidenceColumn(name: "first_author", label: "First author", kind: .text),
    EvidenceColumn(name: "year", label: "Year", kind: .integer),
    EvidenceColumn(name: "title", label: "Title", kind: .text),
    EvidenceColumn(name: "journal", label: "Journal", kind: .text),
    EvidenceColumn(name: "doi", label: "DOI", kind: .text),
    EvidenceColumn(name: "pmid", label: "PMID", kind: .text),
  ]

  /// What the table holds, and how many fields were left empty because their extractors
  /// disagree and nobody has resolved them.
  struct Result {
    var table: EvidenceTable
    var unresolvedConflicts: Int
  }

  func build() throws(CommandFailure) -> Result {
    let fields = context.fields
    var settled: [Int64: [String: String]] = [:]
    var conflicts = 0
    for outcome in ExtractionOutcome.outcomes(log: try context.extractions()) {
      if let value = outcome.settledValue {
        settled[outcome.recordID, default: [:]][outcome.field] = value
      } else if context.includedIDs.contains(outcome.recordID) {
        conflicts += 1
      }
    }
    let columns =
      Self.citationColumns
      + fields.map { EvidenceColumn(name: $0.name, label: Self.label($0.name), kind: kind($0)) }
    var rows: [[EvidenceCell]] = []
    do {
      for id in context.includedIDs {
        let record = try context.store.record(id: id).record
        var row: [EvidenceCell] = [
          .number(Double(id)), text(record.authors.first?.familyOrCollective),
          record.year.map { .number(Double($0)) } ?? .empty, text(record.title),
          text(record.journal ?? record.journalAbbreviation), text(record.doi), text(record.pmid),
        ]
        for field in fields {
          row.append(
            settled[id]?[field.name].map { EvidenceCell(field.storedValue($0)) } ?? .empty)
        }
        rows.append(row)
      }
      var table = EvidenceTable(title: context.reviewProtocol.title, columns: columns, rows: rows)
      for source in sources {
        table = try table.appendingColumns(from: source, recordIDs: context.includedIDs)
      }
      return Result(table: table, unresolvedConflicts: conflicts)
    } catch {
      throw CommandFailure(error)
    }
  }

  private func text(_ value: String?) -> EvidenceCell {
    guard let value, !value.isEmpty else { return .empty }
    return .text(value)
  }

  private func kind(_ field: ExtractionField) -> EvidenceColumn.Kind {
    switch field.kind {
    case .number: .number
    case .list: .list
    case .text, .choice: .text
    }
  }

  /// `study_design` → `Study design`.
  static func label(_ name: String) -> String {
    let words = name.replacing("_", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }
}
