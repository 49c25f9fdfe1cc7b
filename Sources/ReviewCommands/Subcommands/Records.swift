import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

extension LitRev {
  /// `litrev records`: lists the imported records.
  struct Records: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the imported records.")

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Option(help: "Only records from this source (database), e.g. PubMed.")
    var source: String?

    @Flag(help: "Print the records as one JSON array.")
    var json = false

    func execute() async throws(CommandFailure) {
      let (_, store) = try project.openStore()
      let filter = ProjectStore.RecordFilter(source: source)
      do {
        if json {
          try printJSON(store, filter)
        } else {
          try printTable(store, filter)
        }
      } catch {
        throw CommandFailure(error)
      }
    }

    private func printTable(_ store: ProjectStore, _ filter: ProjectStore.RecordFilter) throws {
      var table = RecordTable(duplicateGroups: try store.duplicateGroupIDsByRecord())
      try store.forEachRecord(filter) { table.append($0) }
      let output = BufferedWriter(.output)
      output.write(table.render())
      output.write(recordCount(table.count) + "\n")
    }

    private func printJSON(_ store: ProjectStore, _ filter: ProjectStore.RecordFilter) throws {
      let output = BufferedWriter(.output)
      let array = RecordJSONArray(output, duplicateGroups: try store.duplicateGroupIDsByRecord())
      try store.forEachRecord(filter) { try array.append($0) }
      array.finish()
      output.write("\n")
    }
  }
}

/// A stored record as `records --json` and `show --json` print it: the record's keys, plus its id,
/// source and batch, and the duplicate group it belongs to, if any.
///
/// The original text is left out; `show --original` prints it.
struct StoredRecordJSON: Encodable {
  var stored: StoredRecord
  var duplicateGroup: Int64?

  init(_ stored: StoredRecord, duplicateGroup: Int64? = nil) {
    self.stored = stored
    self.duplicateGroup = duplicateGroup
  }

  private enum CodingKeys: String, CodingKey {
    case id, source, batch, position, duplicateGroup
  }

  func encode(to encoder: any Encoder) throws {
    var record = stored.record
    record.originalText = nil
    try record.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(stored.id, forKey: .id)
    try container.encode(stored.source, forKey: .source)
    try container.encode(stored.batchID, forKey: .batch)
    try container.encode(stored.position, forKey: .position)
    try container.encodeIfPresent(duplicateGroup, forKey: .duplicateGroup)
  }
}
