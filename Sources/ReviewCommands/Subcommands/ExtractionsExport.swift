import ArgumentParser
import Foundation
import Ingest
import ReviewModel
import ReviewStore

extension LitRev.Extractions {
  /// `litrev extractions export`: every extractor's values, as a table or CSV.
  struct ExtractionsExport: ReviewCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write the extracted values: each extractor's latest, study by study.",
      discussion: """
        As a text table (id, reviewer, field, value), as JSON with --json, or with --csv as a \
        spreadsheet that \
        `litrev extractions import` reads back: one row per study and extractor, columns id, \
        reviewer, first_author, year, title and one per field of the form. CSV cells that \
        start with = + - @, a tab or a carriage return get a leading apostrophe, so that no \
        spreadsheet runs them as formulas.
        """
    )

    @OptionGroup(title: "Project")
    var project: ProjectOptions

    @Flag(help: "Write CSV instead of a text table.")
    var csv = false

    @Flag(help: "Write JSON instead of a text table: one object per study and extractor.")
    var json = false

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, for Excel on Windows.")
    var bom = false

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
      if bom && !csv { throw ValidationError("--bom goes with --csv.") }
      if csv && json { throw ValidationError("Choose one of --csv and --json.") }
    }

    func execute() async throws(CommandFailure) {
      let context = try ExtractionContext(project: project)
      let log = try context.extractions()
      let rows: [[String]]
      do {
        rows = try ExtractionSheet.rows(log, fields: context.fields) {
          try context.store.record(id: $0)
        }
      } catch {
        throw CommandFailure(error)
      }
      let text: String
      if csv {
        text =
          (bom ? "\u{FEFF}" : "") + CSVWriter.row(ExtractionSheet.header(context.fields))
          + rows.map(CSVWriter.row).joined()
      } else if json {
        text = Self.json(rows, fields: context.fields)
      } else {
        var table = TextTable(headers: ["ID", "Reviewer", "Field", "Value"], rightAligned: [0])
        let fieldNames = context.fields.map(\.name)
        for row in rows {
          for (index, name) in fieldNames.enumerated() where !row[5 + index].isEmpty {
            table.rows.append([row[0], row[1], name, row[5 + index]])
          }
        }
        text = table.rows.isEmpty ? "Nothing has been extracted yet.\n" : table.render()
      }
      try OutputFile.write(text, to: output, what: "\(rows.count) row\(rows.count == 1 ? "" : "s")")
    }

    /// `[{"id": 2, "reviewer": "ana", "values": {"country": "UK", …}}, …]`: each extractor's
    /// values as stored, the fields without one left out.
    private static func json(_ rows: [[String]], fields: [ExtractionField]) -> String {
      var writer = JSONWriter()
      writer.beginArray()
      for row in rows {
        writer.beginObject()
        writer.key("id")
        writer.int(Int(row[0]))
        writer.key("reviewer")
        writer.string(row[1])
        writer.key("values")
        writer.beginObject()
        for (index, field) in fields.enumerated() where !row[5 + index].isEmpty {
          writer.key(field.name)
          writer.string(row[5 + index])
        }
        writer.endObject()
        writer.endObject()
      }
      writer.endArray()
      return writer.text + "\n"
    }
  }
}
