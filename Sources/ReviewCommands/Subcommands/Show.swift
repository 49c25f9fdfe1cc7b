import ArgumentParser
import Foundation
import ReviewModel
import ReviewStore

extension LitRev {
  /// `litrev show ID`: one record in full.
  struct Show: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one record in full, with where it came from.")

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Argument(help: "The record's id, as `litrev records` lists it.")
    var id: Int64

    @Flag(help: "Print the record as JSON.")
    var json = false

    @Flag(help: "Print the record's text exactly as it stood in the imported file.")
    var original = false

    func execute() async throws(CommandFailure) {
      let (location, store) = try project.openStore()
      let stored: StoredRecord
      do {
        stored = try store.record(id: id)
      } catch {
        throw CommandFailure(error)
      }
      if original {
        let original = try OriginalText(store: store, location: location)
        guard let bytes = try original.bytes(of: stored) else {
          throw CommandFailure(
            "record \(id) has no original text (it was not read from a file)",
            exitCode: .dataError)
        }
        StandardStreams.output.write(bytes: bytes)
        return
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(StoredRecordJSON(stored)) else { return }
        StandardStreams.output.writeLine(String(decoding: data, as: UTF8.self))
        return
      }
      StandardStreams.output.write(RecordSheet(stored).render())
    }
  }
}

/// A record laid out for reading in a terminal: one labelled field a line, the abstract last.
struct RecordSheet {
  var stored: StoredRecord

  init(_ stored: StoredRecord) {
    self.stored = stored
  }

  func render() -> String {
    let record = stored.record
    var lines: [(String, String)] = [("Record", "\(stored.id)")]
    func add(_ label: String, _ value: String?) {
      if let value, !value.isEmpty { lines.append((label, value)) }
    }
    add("Title", record.title)
    add("Original title", record.vernacularTitle)
    add("Authors", record.authors.map(\.displayName).joined(separator: "; "))
    add("Journal", record.journal)
    add("Year", record.year.map(String.init))
    add("Date", record.publicationDate)
    add("Volume", record.volume)
    add("Issue", record.issue)
    add("Pages", record.pages)
    add("DOI", record.doi)
    add("PMID", record.pmid)
    add("PMCID", record.pmcid)
    add("Type", record.risType)
    add("Publication types", record.publicationTypes.joined(separator: "; "))
    add("Language", record.languages.joined(separator: ", "))
    add("Keywords", record.keywords.joined(separator: "; "))
    add("MeSH", record.meshHeadings.map(\.medlineText).joined(separator: "; "))
    let location = record.location.map { " (\($0))" } ?? ""
    add("Source", "\(stored.source), batch \(stored.batchID), record \(stored.position)\(location)")
    let width = lines.map(\.0.count).max() ?? 0
    var text = lines.map { label, value in
      label + ":" + String(repeating: " ", count: width - label.count + 1) + value
    }.joined(separator: "\n")
    if let abstract = record.abstract {
      text += "\n\n" + abstract
    }
    return text + "\n"
  }
}
