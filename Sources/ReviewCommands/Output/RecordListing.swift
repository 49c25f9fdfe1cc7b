import Foundation
import ReviewModel
import ReviewStore

/// The table of records that `records` and `query` print: id, duplicate group, source, year,
/// first author, title.
struct RecordTable {
  private var table = TextTable(
    headers: ["ID", "Group", "Source", "Year", "First author", "Title"], rightAligned: [0, 1])
  private let duplicateGroups: [Int64: Int64]

  /// - Parameter duplicateGroups: the duplicate group of each record that is in one.
  init(duplicateGroups: [Int64: Int64]) {
    self.duplicateGroups = duplicateGroups
  }

  /// How many records the table holds.
  var count: Int { table.rows.count }

  mutating func append(_ stored: StoredRecord) {
    let record = stored.record
    table.rows.append([
      String(stored.id), duplicateGroups[stored.id].map(String.init) ?? "", stored.source,
      record.year.map(String.init) ?? "",
      (record.authors.first?.familyOrCollective ?? "").truncated(to: 20),
      (record.title ?? "(no title)").truncated(to: 70),
    ])
  }

  func render() -> String { table.render() }
}

/// Writes stored records as a JSON array, one record a line, as they come.
final class RecordJSONArray {
  private let output: BufferedWriter
  private let encoder = JSONEncoder()
  private let duplicateGroups: [Int64: Int64]
  private var isFirst = true

  /// - Parameters:
  ///   - output: where the array goes.
  ///   - duplicateGroups: the duplicate group of each record that is in one.
  init(_ output: BufferedWriter, duplicateGroups: [Int64: Int64]) {
    self.output = output
    self.duplicateGroups = duplicateGroups
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    output.write("[")
  }

  func append(_ stored: StoredRecord) throws {
    output.write(isFirst ? "\n" : ",\n")
    output.write(
      bytes: try encoder.encode(
        StoredRecordJSON(stored, duplicateGroup: duplicateGroups[stored.id])))
    isFirst = false
  }

  /// Closes the array.
  func finish() {
    output.write(isFirst ? "]" : "\n]")
  }
}

/// `1 record`, `2 records`.
func recordCount(_ count: Int) -> String {
  "\(count) record\(count == 1 ? "" : "s")"
}
