import ArgumentParser
import Foundation
import Ingest
import ReviewModel

extension LitRev {
  /// `litrev parse FILE`: reads an export without a project and prints what litrev makes of it.
  struct Parse: ReviewCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the normalised records of an export file, without a project.",
      discussion: """
        For inspecting an export before importing it, and for checking litrev's readers against \
        other tools. The format is sniffed from the content unless --format says otherwise.
        """
    )

    @Argument(
      help: "The export file (PubMed XML, RIS, MEDLINE or BibTeX, possibly gzipped); - for stdin.")
    var file: String

    @Option(help: "The file's format.")
    var format: FormatChoice = .auto

    @Flag(help: "Print the records as one JSON array (the keys of Schemas/record.schema.json).")
    var json = false

    @Flag(help: "Read every record fully and print only how many there are.")
    var count = false

    @Flag(help: "Treat warnings (an unknown tag, a record without a title) as errors.")
    var strict = false

    func validate() throws {
      if json == count {
        throw ValidationError("Say what to print: --json or --count.")
      }
    }

    func execute() async throws(CommandFailure) {
      do {
        let (_, reader) = try ExportReader.open(
          file, format: format.sourceFormat, computesSHA256: false)
        if count {
          var total = 0
          while try reader.next() != nil { total += 1 }
          try finish(reader)
          StandardStreams.output.writeLine(String(total))
        } else {
          try printJSON(reader)
        }
      } catch {
        throw CommandFailure(error)
      }
    }

    private func printJSON(_ reader: any RecordReader) throws(IngestError) {
      let output = BufferedWriter(.output)
      output.write("[")
      var first = true
      var json = JSONWriter(capacity: 16 * 1024)
      while let record = try reader.next() {
        json.reset()
        record.write(to: &json)
        output.write(first ? "\n" : ",\n")
        output.write(bytes: json.bytes)
        first = false
      }
      output.write(first ? "]\n" : "\n]\n")
      output.flush()
      try finish(reader)
    }

    /// Prints the warnings, or fails on the first one with --strict.
    private func finish(_ reader: any RecordReader) throws(IngestError) {
      if strict, let first = reader.diagnostics.first {
        throw .strict(first)
      }
      DiagnosticPrinter().print(reader.diagnostics)
    }
  }
}
